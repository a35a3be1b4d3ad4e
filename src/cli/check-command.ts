/** `vn-notice check DIR [--update]`: every X.txt|md|html beside an X.json is parsed and compared. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import fg from 'fast-glob';
import { compareExpected, fixtureView, type Mismatch } from '../check/compare.js';
import { DOCUMENT_EXTENSIONS } from './inputs.js';
import { markFailed, writeFileAtomic, writeOut } from './write.js';
import { out as c } from './color.js';

export interface FixturePair {
  source: string;
  expected: string;
}

/** Finds fixture pairs under dir, sorted. */
export async function findFixtures(dir: string): Promise<FixturePair[]> {
  const sources = await fg(`**/*.{${DOCUMENT_EXTENSIONS.join(',')}}`, { cwd: dir, onlyFiles: true });
  const jsons = new Set(await fg('**/*.json', { cwd: dir, onlyFiles: true }));
  const pairs: FixturePair[] = [];
  for (const s of sources.sort()) {
    const j = s.replace(/\.[^.]+$/, '.json');
    if (jsons.has(j)) pairs.push({ source: path.join(dir, s), expected: path.join(dir, j) });
  }
  return pairs;
}

/** Loads an expected file, following `{"$sameAs": "OTHER.json"}` (relative to it) and `$encoding`. */
export async function loadExpected(file: string, depth = 0): Promise<Record<string, unknown>> {
  const data = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
  if (typeof data.$sameAs === 'string' && depth < 4) {
    const base = await loadExpected(path.resolve(path.dirname(file), data.$sameAs), depth + 1);
    const { $sameAs: _s, ...own } = data;
    return { ...base, ...own };
  }
  return data;
}

const show = (v: unknown) => (v === undefined ? 'undefined' : JSON.stringify(v));

export function formatMismatches(name: string, mismatches: Mismatch[]): string {
  const lines = [c.red.bold(`✗ ${name}`) + c.dim(` (${mismatches.length} difference${mismatches.length === 1 ? '' : 's'})`)];
  for (const m of mismatches.slice(0, 40)) {
    lines.push(`  ${c.bold(m.path || '(root)')}`);
    lines.push(`    ${c.green('- expected')} ${show(m.expected)}`);
    lines.push(`    ${c.red('+ actual  ')} ${show(m.actual)}`);
  }
  if (mismatches.length > 40) lines.push(c.dim(`  … and ${mismatches.length - 40} more`));
  return lines.join('\n') + '\n';
}

/**
 * Known gaps: `DIR/known-gaps.json` maps a fixture (relative path) to the mismatch paths that the
 * program is known to get wrong today, each a value a person read in the document. They are
 * reported, not failed; a listed gap that now matches fails the check until it is removed from
 * the list (a ratchet: gaps can only shrink), and any mismatch not listed fails as usual.
 */
export const KNOWN_GAPS_FILE = 'known-gaps.json';

async function loadKnownGaps(dir: string): Promise<Record<string, string[]>> {
  try {
    return JSON.parse(await readFile(path.join(dir, KNOWN_GAPS_FILE), 'utf8')) as Record<string, string[]>;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw new Error(`${path.join(dir, KNOWN_GAPS_FILE)}: ${(e as Error).message}`);
  }
}

export interface CheckOptions {
  update?: boolean;
  /** Rewrite known-gaps.json from the current mismatches. */
  updateGaps?: boolean;
  quiet?: boolean;
}

export async function checkCommand(dir: string, opts: CheckOptions): Promise<number> {
  if ((opts.update || opts.updateGaps) && process.env.CI) {
    process.stderr.write('vn-notice check --update/--update-gaps refuses to rewrite expected files when CI is set\n');
    return 2;
  }
  const knownGaps = await loadKnownGaps(dir);
  const newGaps: Record<string, string[]> = {};
  let gapCount = 0;
  const pairs = await findFixtures(dir);
  if (pairs.length === 0) {
    process.stderr.write(`vn-notice check: no fixture pairs (X.txt beside X.json) under ${dir}\n`);
    return 1;
  }
  const { parseNotice } = await import('../batch/engine.js');
  let failed = 0;
  for (const pair of pairs) {
    const name = path.relative(dir, pair.source);
    let mismatches: Mismatch[];
    try {
      const expected = await loadExpected(pair.expected);
      const bytes = await readFile(pair.source);
      const options = {
        path: name,
        encoding: typeof expected.$encoding === 'string' ? expected.$encoding : undefined,
      };
      const record = parseNotice(bytes, options);
      if (opts.update) {
        if (typeof expected.$sameAs !== 'string') await writeFileAtomic(pair.expected, JSON.stringify(fixtureView(record), null, 2) + '\n');
        continue;
      }
      mismatches = compareExpected(expected, record);
    } catch (e) {
      mismatches = [{ path: '(parse)', expected: 'a record', actual: (e as Error).message }];
    }
    const key = name.split(path.sep).join('/');
    if (opts.updateGaps) {
      if (mismatches.length > 0) newGaps[key] = mismatches.map((m) => m.path);
      continue;
    }
    const listed = new Set(knownGaps[key] ?? []);
    const unexpected = mismatches.filter((m) => !listed.has(m.path));
    const stillGaps = mismatches.length - unexpected.length;
    const fixed = [...listed].filter((p) => !mismatches.some((m) => m.path === p));
    gapCount += stillGaps;
    if (unexpected.length > 0 || fixed.length > 0) {
      failed++;
      markFailed();
      if (unexpected.length > 0) await writeOut(formatMismatches(name, unexpected));
      if (fixed.length > 0) {
        await writeOut(
          c.yellow.bold(`✗ ${name}`) + c.dim(` now matches ${fixed.length} listed gap(s); remove them from ${KNOWN_GAPS_FILE}:`) + '\n' +
            fixed.map((p) => `  ${p}`).join('\n') + '\n',
        );
      }
    } else if (!opts.quiet) {
      await writeOut(c.green(`✓ ${name}`) + (stillGaps ? c.dim(` (${stillGaps} known gap${stillGaps === 1 ? '' : 's'})`) : '') + '\n');
    }
  }
  if (opts.update) {
    await writeOut(`updated ${pairs.length} expected file(s)\n`);
    return 0;
  }
  if (opts.updateGaps) {
    const sorted = Object.fromEntries(Object.entries(newGaps).sort(([a], [b]) => a.localeCompare(b)));
    await writeFileAtomic(path.join(dir, KNOWN_GAPS_FILE), JSON.stringify(sorted, null, 2) + '\n');
    const n = Object.values(newGaps).reduce((a, g) => a + g.length, 0);
    await writeOut(`wrote ${KNOWN_GAPS_FILE}: ${n} known gap(s) in ${Object.keys(newGaps).length} fixture(s)\n`);
    return 0;
  }
  await writeOut(`${pairs.length - failed} passed, ${failed} failed${gapCount ? `, ${gapCount} known gaps` : ''}\n`);
  return failed > 0 ? 1 : 0;
}
