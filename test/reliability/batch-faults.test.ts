/**
 * Batch faults (issue #8), with real files in a temp directory and the built CLI: a batch that
 * mixes good documents with an empty file, a binary file, a PDF, a file without read permission,
 * a directory named like a file, a broken symlink, a 200 MB file above --max-bytes and invalid
 * UTF-8 must process every good file, print one clear error per bad file naming it and the
 * reason, and exit 1. With --out-dir the outputs are whole (atomic writes).
 *
 * (SIGKILL mid-batch + --skip-existing is tested in test/batch/cli-batch.test.ts.)
 */
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';

const GOOD = {
  'good-1.txt': readFileSync(path.join(ROOT, 'fixtures/001_bba0ae0f59e3be14.txt')),
  'good-2.txt': readFileSync(path.join(ROOT, 'fixtures/corpus/030.txt')),
  'good-3.md': readFileSync(path.join(ROOT, 'fixtures/corpus/036.txt')),
};

/** A bad input: the file name, and what the error line must say about it. */
interface Bad {
  name: string;
  reason: RegExp;
  /** The code of its {source, error} line under --errors-as-records. */
  code?: string;
}

const BAD: Bad[] = [
  { name: 'empty.txt', reason: /empty/i, code: 'empty' },
  { name: 'binary.txt', reason: /binary/i, code: 'binary' },
  { name: 'scanned.txt', reason: /PDF/, code: 'pdf' }, // a PDF under a .txt name, as archives have them
  { name: 'report.pdf', reason: /PDF/, code: 'pdf' },
  { name: 'broken-link.txt', reason: /no such file|broken|symbolic link/i },
  { name: 'huge.txt', reason: /above the limit|--max-bytes|too large/i, code: 'too-large' },
];
const LOCKED: Bad = { name: 'locked.txt', reason: /permission denied/i };
const DIR_LIKE_FILE: Bad = { name: 'x.txt', reason: /directory/i };

/** Valid Vietnamese text with a broken UTF-8 sequence (0xC3 0x28): may parse via legacy decoding. */
const INVALID_UTF8 = Buffer.concat([
  Buffer.from('Số: 12/TB-UBND\n\nTHÔNG BÁO\n\nKết luận của đồng chí Phó Chủ tịch UBND tỉnh ', 'utf8'),
  Buffer.from([0xc3, 0x28]),
  Buffer.from(' tại buổi làm việc.\n\n1. Sở Y tế chủ trì thực hiện.\n', 'utf8'),
]);

let dir = '';
let inDir = '';

/** True when file permissions do not stop this process (root): the unreadable-file case is skipped. */
const permissionsIgnored = (() => {
  const probeDir = mkdtempSync(path.join(os.tmpdir(), 'vn-perm-'));
  const probe = path.join(probeDir, 'probe.txt');
  writeFileSync(probe, 'x');
  chmodSync(probe, 0o000);
  try {
    readFileSync(probe);
    return true;
  } catch {
    return false;
  } finally {
    rmSync(probeDir, { recursive: true, force: true });
  }
})();

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'vn-faults-'));
  inDir = path.join(dir, 'in');
  mkdirSync(inDir);
  for (const [name, bytes] of Object.entries(GOOD)) writeFileSync(path.join(inDir, name), bytes);
  writeFileSync(path.join(inDir, 'empty.txt'), '');
  // Binary: NUL bytes at mixed offsets (not UTF-16), like an image or an executable.
  const binary = Buffer.alloc(4096);
  for (let i = 0; i < binary.length; i++) binary[i] = (i * 7919 + (i >> 3)) % 251;
  writeFileSync(path.join(inDir, 'binary.txt'), binary);
  const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1'), Buffer.from('1 0 obj\n<< /Type /Catalog >>\nendobj\n')]);
  writeFileSync(path.join(inDir, 'scanned.txt'), pdf);
  writeFileSync(path.join(inDir, 'report.pdf'), pdf);
  symlinkSync(path.join(dir, 'no-such-target.txt'), path.join(inDir, 'broken-link.txt'));
  // 200 MB, sparse: costs no disk, and must be refused before it is read.
  writeFileSync(path.join(inDir, 'huge.txt'), '');
  truncateSync(path.join(inDir, 'huge.txt'), 200 * 1024 * 1024);
  writeFileSync(path.join(inDir, 'bad-utf8.txt'), INVALID_UTF8);
  mkdirSync(path.join(inDir, 'x.txt'));
  writeFileSync(path.join(inDir, 'locked.txt'), GOOD['good-1.txt']);
  chmodSync(path.join(inDir, 'locked.txt'), 0o000);
}, 120_000);

afterAll(() => {
  if (!dir) return;
  try {
    chmodSync(path.join(inDir, 'locked.txt'), 0o600);
  } catch {
    // already gone
  }
  rmSync(dir, { recursive: true, force: true });
});

const p = (name: string) => path.join(inDir, name);

/** The bad inputs that apply on this machine. */
const badCases = () => [...BAD, ...(permissionsIgnored ? [] : [LOCKED])];

function records(stdout: string): Record<string, any>[] {
  return stdout
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));
}

/** Every good file has its record; every bad one has exactly one stderr line naming it with the reason. */
function expectBatchOutcome(r: { code: number | null; stdout: string; stderr: string }, bad: Bad[], good: string[]) {
  expect(r.code, r.stderr).toBe(1);
  const lines = records(r.stdout).filter((l) => l.schemaVersion === '1');
  const parsed = lines.map((l) => l.source.path);
  for (const g of good) expect(parsed, `a record for ${g}`).toContain(p(g));
  for (const l of lines) expect(l.text.length, `${l.source.path} has text`).toBeGreaterThan(0);
  const errLines = r.stderr.split('\n').filter(Boolean);
  for (const b of bad) {
    const mine = errLines.filter((l) => l.includes(p(b.name)));
    expect(mine, `one error line for ${b.name}:\n${r.stderr}`).toHaveLength(1);
    expect(mine[0], `${b.name}: the reason`).toMatch(b.reason);
    expect(parsed, `no record for ${b.name}`).not.toContain(p(b.name));
  }
  // The invalid UTF-8 file either parses (legacy-encoding detection) or fails with one clear line.
  const utf8Errors = errLines.filter((l) => l.includes(p('bad-utf8.txt')));
  if (parsed.includes(p('bad-utf8.txt'))) expect(utf8Errors).toHaveLength(0);
  else expect(utf8Errors, r.stderr).toHaveLength(1);
  // Nothing else on stderr but error lines (and a summary line, which batches may print).
  for (const l of errLines) expect(l, 'stderr holds only error lines and the summary').toMatch(/^error |\d+ files, \d+ records/);
}

const GOOD_NAMES = Object.keys(GOOD);

describe('a batch of good files mixed with bad ones', () => {
  it('names every input on the command line: all good files parsed, one clear error per bad one, exit 1', () => {
    const bad = badCases();
    const args = ['parse', ...GOOD_NAMES.slice(0, 2).map(p), ...bad.map((b) => p(b.name)), p('bad-utf8.txt'), p(GOOD_NAMES[2]), '--max-bytes', '1000000'];
    const r = runCli(args);
    expectBatchOutcome(r, bad, GOOD_NAMES);
    // Records come in input order.
    const order = records(r.stdout).map((l) => l.source.path);
    expect(order.indexOf(p(GOOD_NAMES[0]))).toBeLessThan(order.indexOf(p(GOOD_NAMES[2])));
  }, 60_000);

  it('--errors-as-records gives one {source, error} line per bad input with its code', () => {
    const bad = badCases();
    const r = runCli(['parse', ...GOOD_NAMES.map(p), ...bad.map((b) => p(b.name)), '--max-bytes', '1000000', '--errors-as-records']);
    expect(r.code).toBe(1);
    const errs = records(r.stdout).filter((l) => l.error);
    expect(errs).toHaveLength(bad.length);
    for (const b of bad) {
      const e = errs.find((l) => l.source.path === p(b.name));
      expect(e, b.name).toBeDefined();
      if (b.code) expect(e!.error.code, b.name).toBe(b.code);
      expect(e!.error.message).toMatch(b.reason);
    }
  }, 60_000);

  it('--files-from: the same, and a directory named like a file is "a directory, not a file"', () => {
    const bad = [...badCases(), DIR_LIKE_FILE];
    const list = path.join(dir, 'list.txt');
    writeFileSync(list, [...GOOD_NAMES, ...bad.map((b) => b.name), 'bad-utf8.txt'].map(p).join('\n') + '\n');
    const r = runCli(['parse', '--files-from', list, '--max-bytes', '1000000']);
    expectBatchOutcome(r, bad, GOOD_NAMES);
  }, 60_000);

  it('a walked directory: every good file parsed, every bad regular file reported, exit 1', () => {
    // A walk finds *.txt|md|html: the .pdf is not picked up, the directory x.txt is walked (and is
    // empty); the broken link is reported.
    const bad = badCases().filter((b) => b.name !== 'report.pdf');
    const r = runCli(['parse', inDir, '--max-bytes', '1000000']);
    expectBatchOutcome(r, bad, GOOD_NAMES);
  }, 60_000);

  // A directory given explicitly that holds no document ("x.txt" is an empty directory) is
  // reported, naming it, and the exit code says so.
  it('a directory named like a file, given explicitly, gets one clear error', () => {
    const r = runCli(['parse', p(GOOD_NAMES[0]), p('x.txt')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`${p('x.txt').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}.*directory`));
  }, 60_000);

  // Walking a directory reports a broken symbolic link named like a document: it is a file of the
  // batch that cannot be read.
  it('a walked directory reports a broken symbolic link', () => {
    const r = runCli(['parse', inDir, '--max-bytes', '1000000']);
    expect(r.stderr).toContain(p('broken-link.txt'));
  }, 60_000);

  it('with --out-dir: NAME.json for each good file, whole and valid; none for the bad ones; no temp files left', () => {
    const bad = badCases();
    const out = path.join(dir, `out-${Date.now()}`);
    const r = runCli(['parse', ...GOOD_NAMES.map(p), ...bad.map((b) => p(b.name)), p('bad-utf8.txt'), '-o', out, '--max-bytes', '1000000']);
    expect(r.code, r.stderr).toBe(1);
    const files = readdirSync(out).sort();
    // Only NAME.json files: no temp file, no partial, no dotfile left behind after a normal run.
    for (const f of files) expect(f, 'only NAME.json in --out-dir').toMatch(/^[^.].*\.json$/);
    for (const g of GOOD_NAMES) {
      const f = path.join(out, g.replace(/\.[^.]+$/, '.json'));
      const rec = JSON.parse(readFileSync(f, 'utf8'));
      expect(rec.schemaVersion).toBe('1');
      expect(rec.source.path).toBe(p(g));
    }
    for (const b of bad) expect(existsSync(path.join(out, b.name.replace(/\.[^.]+$/, '.json'))), `no output for ${b.name}`).toBe(false);
    for (const b of bad) expect(r.stderr).toContain(p(b.name));
  }, 60_000);

  it('with --out-dir, a failing input leaves an existing NAME.json as it was', () => {
    const out = path.join(dir, `out-keep-${Date.now()}`);
    mkdirSync(out);
    const before = '{"kept": true}\n';
    writeFileSync(path.join(out, 'empty.json'), before);
    const r = runCli(['parse', p('empty.txt'), p(GOOD_NAMES[0]), '-o', out]);
    expect(r.code).toBe(1);
    expect(readFileSync(path.join(out, 'empty.json'), 'utf8')).toBe(before);
    expect(JSON.parse(readFileSync(path.join(out, 'good-1.json'), 'utf8')).schemaVersion).toBe('1');
  }, 60_000);

  // As root (CI here) permissions do not apply: this case, and locked.txt in the batches above, are skipped.
  it.skipIf(permissionsIgnored)('a file without read permission: "permission denied", and the batch goes on', () => {
    const r = runCli(['parse', p(LOCKED.name), p(GOOD_NAMES[0])]);
    expectBatchOutcome(r, [LOCKED], [GOOD_NAMES[0]]);
  }, 60_000);
});
