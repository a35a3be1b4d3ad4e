/** Expands the inputs given on the command line into a list of sources, in the order given. */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import fg from 'fast-glob';

export const DOCUMENT_EXTENSIONS = ['txt', 'md', 'markdown', 'html', 'htm'];
const DIR_PATTERN = `**/*.{${DOCUMENT_EXTENSIONS.join(',')}}`;

export type InputItem =
  | { kind: 'stdin'; display: string }
  | { kind: 'file'; display: string; file: string; /** path relative to the input root, for --out-dir */ relative: string }
  | { kind: 'missing'; display: string; reason: string };

/** Lazily yields the inputs: files as given, directories walked, globs expanded (each sorted). */
export async function* expandInputs(inputs: string[]): AsyncGenerator<InputItem> {
  for (const input of inputs) {
    if (input === '-') {
      yield { kind: 'stdin', display: '-' };
      continue;
    }
    let st: Awaited<ReturnType<typeof stat>> | null = null;
    try {
      st = await stat(input);
    } catch {
      st = null;
    }
    if (st?.isDirectory()) {
      const found = await fg(DIR_PATTERN, { cwd: input, onlyFiles: true, dot: false, followSymbolicLinks: true, suppressErrors: true });
      found.sort();
      for (const rel of found) yield { kind: 'file', display: path.join(input, rel), file: path.join(input, rel), relative: rel };
      continue;
    }
    if (st) {
      yield { kind: 'file', display: input, file: input, relative: path.basename(input) };
      continue;
    }
    if (fg.isDynamicPattern(input)) {
      const found = await fg(input, { onlyFiles: true, dot: false, suppressErrors: true });
      found.sort();
      if (found.length === 0) yield { kind: 'missing', display: input, reason: 'the pattern matches no file' };
      const base = fg.generateTasks(input)[0]?.base ?? '.';
      for (const f of found) yield { kind: 'file', display: f, file: f, relative: path.relative(base, f) };
      continue;
    }
    yield { kind: 'missing', display: input, reason: 'no such file or directory' };
  }
}
