/** Expands the inputs given on the command line into a list of sources, in the order given. */
import { lstat, stat } from 'node:fs/promises';
import path from 'node:path';

/** fast-glob, loaded for a directory or a pattern only (its initialisation is a tenth of the CLI's start-up). */
const glob = async () => (await import('fast-glob')).default;

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
      const fg = await glob();
      const found = await fg(DIR_PATTERN, { cwd: input, onlyFiles: true, dot: false, followSymbolicLinks: true, suppressErrors: true });
      // Entries named like documents that are not readable files: a broken symbolic link is a
      // document of the batch that cannot be read, and is said so (a directory is just walked).
      const named = await fg(DIR_PATTERN, { cwd: input, onlyFiles: false, dot: false, followSymbolicLinks: false, suppressErrors: true });
      const files = new Set(found);
      const broken: string[] = [];
      for (const rel of named) {
        if (files.has(rel)) continue;
        const full = path.join(input, rel);
        const link = await lstat(full).catch(() => null);
        if (link?.isSymbolicLink() && !(await stat(full).catch(() => null))) broken.push(rel);
      }
      const all = [...found.map((rel) => ({ rel, broken: false })), ...broken.map((rel) => ({ rel, broken: true }))];
      all.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
      if (all.length === 0) yield { kind: 'missing', display: input, reason: 'the directory holds no .txt, .md or .html document' };
      for (const { rel, broken: isBroken } of all) {
        const display = path.join(input, rel);
        if (isBroken) yield { kind: 'missing', display, reason: 'broken symbolic link (its target does not exist)' };
        else yield { kind: 'file', display, file: display, relative: rel };
      }
      continue;
    }
    if (st) {
      yield { kind: 'file', display: input, file: input, relative: path.basename(input) };
      continue;
    }
    const fg = await glob();
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
