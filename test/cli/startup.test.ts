/**
 * The fast start (scripts/bundle.js): the CLI runs from dist/bundle with V8 code caches and the
 * engine's prebuilt values (src/vocabulary/prebuilt.ts). Each is only a shortcut: a one-document
 * run gives the same output without them, with stale ones, and from the plain tsc output.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

const INPUTS = ['fixtures/001_bba0ae0f59e3be14.txt'];
const md = readdirSync(path.join(ROOT, 'fixtures')).find((f) => f.endsWith('.md'));
if (md) INPUTS.push(`fixtures/${md}`);

/** A copy of the installed package (bin, dist, package.json; node_modules linked) to break things in. */
function install(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'vn-startup-'));
  for (const p of ['bin', 'dist', 'package.json']) cpSync(path.join(ROOT, p), path.join(dir, p), { recursive: true });
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  return dir;
}

function parse(dir: string, input: string): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [path.join(dir, 'bin/vn-notice.js'), 'parse', input], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const bundle = (dir: string, name = '') => path.join(dir, 'dist/bundle', name);

/** Where the engine bundle names the Node version of its prebuilt values (in a JSON string literal, quotes maybe escaped). */
const VERSION_MARK = new RegExp(String.raw`(node\\?"\\?:\\?")` + process.version.replace(/\./g, '\\.'), 'g');

describe('cold one-document run', () => {
  let dir: string;
  let expected: string[];

  beforeAll(() => {
    dir = install();
    expected = INPUTS.map((input) => {
      const r = parse(dir, input);
      expect(r.code, r.stderr).toBe(0);
      return r.stdout;
    });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('the build made a bundle with code caches and prebuilt values', () => {
    for (const f of ['cli.cjs.cache', 'engine.cjs.cache']) expect(readdirSync(bundle(dir))).toContain(f);
    expect(readFileSync(bundle(dir, 'engine.cjs'), 'utf8')).toMatch(VERSION_MARK);
  });

  const same = () => INPUTS.forEach((input, i) => expect(parse(dir, input).stdout, input).toBe(expected[i]));

  it('gives the same output with caches V8 rejects (garbage)', () => {
    for (const f of ['cli.cjs.cache', 'engine.cjs.cache']) writeFileSync(bundle(dir, f), 'not a code cache');
    same();
  });

  it('gives the same output with caches older than their bundle', () => {
    const old = new Date(Date.now() - 3_600_000);
    for (const f of ['cli.cjs.cache', 'engine.cjs.cache']) utimesSync(bundle(dir, f), old, old);
    same();
  });

  it('gives the same output without caches', () => {
    for (const f of readdirSync(bundle(dir)).filter((f) => f.endsWith('.cache'))) rmSync(bundle(dir, f));
    same();
  });

  it('gives the same output computing the prebuilt values (built by another Node version)', () => {
    const file = bundle(dir, 'engine.cjs');
    const source = readFileSync(file, 'utf8');
    const other = source.replace(VERSION_MARK, '$1v0.0.0');
    expect(other).not.toBe(source);
    writeFileSync(file, other);
    same();
  });

  it('gives the same output from the tsc output (no bundle)', () => {
    rmSync(bundle(dir), { recursive: true });
    same();
  });
});

describe('bin/vn-notice.js exit code', () => {
  /** bin with a stand-in CLI bundle whose main() is `main` (source of a function). */
  function run(main: string): { code: number | null; stdout: string; stderr: string } {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'vn-bin-'));
    try {
      cpSync(path.join(ROOT, 'bin'), path.join(dir, 'bin'), { recursive: true });
      mkdirSync(bundle(dir), { recursive: true });
      writeFileSync(bundle(dir, 'load.cjs'), `exports.load = () => ({ main: ${main} });\n`);
      const r = spawnSync(process.execPath, [path.join(dir, 'bin/vn-notice.js')], { encoding: 'utf8' });
      return { code: r.status, stdout: r.stdout, stderr: r.stderr };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  it("is the command's", () => {
    expect(run(`async () => { process.stdout.write('x'.repeat(200000)); return 1; }`)).toMatchObject({ code: 1, stdout: 'x'.repeat(200000) });
    expect(run('async () => 0').code).toBe(0);
  });

  it('is not 0 when the command never finishes (nothing left to run: output would be missing)', () => {
    const r = run(`() => { process.stdout.write('partial'); return new Promise(() => {}); }`);
    expect(r.code).toBe(13);
    expect(r.stderr).toMatch(/never finished/);
  });
});
