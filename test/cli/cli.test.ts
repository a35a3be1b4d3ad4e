import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync, existsSync, chmodSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, runCli } from '../helpers/cli.js';

const SAMPLE = 'fixtures/001_bba0ae0f59e3be14.txt';

describe('CLI exit codes and streams', () => {
  const table: { name: string; args: string[]; input?: string; code: number; stdout?: RegExp; stderr?: RegExp }[] = [
    { name: 'unknown option is a usage error', args: ['parse', '--bogus'], code: 2, stderr: /unknown option/ },
    { name: 'unknown command is a usage error', args: ['frobnicate'], code: 2 },
    { name: 'bad --format is a usage error', args: ['parse', '--format', 'xml', SAMPLE], code: 2, stderr: /format/ },
    { name: 'bad --max-bytes is a usage error', args: ['parse', '--max-bytes', 'lots', SAMPLE], code: 2 },
    { name: '--help exits 0', args: ['--help'], code: 0, stdout: /parse/ },
    { name: 'stdin as "-"', args: ['parse', '-'], input: 'Số: 12/TB-UBND\n', code: 0, stdout: /"schemaVersion": "1"/ },
    { name: 'piped stdin without inputs', args: ['parse'], input: 'Số: 12/TB-UBND\n', code: 0, stdout: /"path": "-"/ },
    { name: 'missing file exits 1 and names it', args: ['parse', 'no/such.txt'], code: 1, stderr: /no\/such\.txt: no such file/ },
    { name: 'empty stdin is a clear error', args: ['parse', '-'], input: '', code: 1, stderr: /empty/ },
    { name: 'schema prints JSON Schema', args: ['schema'], code: 0, stdout: /"\$schema"/ },
    { name: 'normalize prints text', args: ['normalize', '-'], input: 'Một.\r\n\r\nHai  ba', code: 0, stdout: /^Một\.\n\nHai ba\n$/ },
  ];
  for (const t of table) {
    it(t.name, () => {
      const r = runCli(t.args, { input: t.input });
      expect(r.code, r.stderr).toBe(t.code);
      if (t.stdout) expect(r.stdout).toMatch(t.stdout);
      if (t.stderr) expect(r.stderr).toMatch(t.stderr);
    });
  }
});

describe('parse', () => {
  it('gives one JSON record for one file, with source.path as given', () => {
    const r = runCli(['parse', SAMPLE]);
    expect(r.code).toBe(0);
    const rec = JSON.parse(r.stdout);
    expect(rec.source.path).toBe(SAMPLE);
    expect(rec.source.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('gives NDJSON in input order for several inputs, and goes on past an unreadable one', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'vn-cli-'));
    const a = path.join(dir, 'a.txt');
    const b = path.join(dir, 'b.txt');
    const locked = path.join(dir, 'locked.txt');
    writeFileSync(a, 'Số: 1/TB-UBND\n');
    writeFileSync(b, 'Số: 2/TB-UBND\n');
    writeFileSync(locked, 'Số: 3/TB-UBND\n');
    chmodSync(locked, 0o000);
    const unreadable = (() => {
      try {
        readFileSync(locked);
        return false; // running as root: permissions do not stop us
      } catch {
        return true;
      }
    })();
    const r = runCli(['parse', b, path.join(dir, 'missing.txt'), a, ...(unreadable ? [locked] : [])]);
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.source.path)).toEqual([b, a]);
    expect(r.stderr).toContain('missing.txt');
    if (unreadable) expect(r.stderr).toMatch(/locked\.txt: permission denied/);
  });

  it('walks directories and expands globs', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'vn-cli-'));
    writeFileSync(path.join(dir, 'x.txt'), 'Số: 1/TB-UBND\n');
    writeFileSync(path.join(dir, 'y.md'), '# THÔNG BÁO\n');
    writeFileSync(path.join(dir, 'skip.json'), '{}');
    const r1 = runCli(['parse', dir, '--format', 'ndjson']);
    expect(r1.stdout.trim().split('\n')).toHaveLength(2);
    const r2 = runCli(['parse', path.join(dir, '*.txt')]);
    expect(JSON.parse(r2.stdout).source.path).toBe(path.join(dir, 'x.txt'));
  });

  it('writes NAME.json per input under --out-dir, mirroring the tree', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'vn-cli-'));
    const src = path.join(dir, 'in');
    const out = path.join(dir, 'out');
    runCli(['normalize', '-']); // warm
    writeFileSync(path.join(dir, 'top.txt'), 'x');
    const sub = path.join(src, 'sub');
    mkdirSync(sub, { recursive: true });
    writeFileSync(path.join(sub, 'n.txt'), 'Số: 1/TB-UBND\n');
    const r = runCli(['parse', src, '-o', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(path.join(out, 'sub/n.json'))).toBe(true);
    expect(JSON.parse(readFileSync(path.join(out, 'sub/n.json'), 'utf8')).schemaVersion).toBe('1');
  });
});

describe('check', () => {
  it('refuses --update when CI is set', () => {
    const r = runCli(['check', 'fixtures', '--update'], { env: { CI: 'true' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/refuses/);
  });

  it('exits 1 and prints a diff on a mismatch', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'vn-check-'));
    writeFileSync(path.join(dir, 'a.txt'), 'Số: 12/TB-UBND\n');
    writeFileSync(path.join(dir, 'a.json'), JSON.stringify({ document: { number: { raw: '99/TB-UBND' } } }));
    const r = runCli(['check', dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('document.number');
    expect(r.stdout).toMatch(/0 passed, 1 failed/);
  });

  it('--update rewrites expected files from the output', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'vn-check-'));
    writeFileSync(path.join(dir, 'a.txt'), 'Số: 12/TB-UBND\n');
    writeFileSync(path.join(dir, 'a.json'), '{}');
    const r = runCli(['check', dir, '--update'], { env: { CI: undefined } });
    expect(r.code).toBe(0);
    const updated = JSON.parse(readFileSync(path.join(dir, 'a.json'), 'utf8'));
    expect(updated).toHaveProperty('document');
    expect(updated).not.toHaveProperty('text');
    expect(runCli(['check', dir]).code).toBe(0);
  });
});

describe('check with known gaps', () => {
  it('reports listed gaps without failing, fails on a new mismatch, and fails when a listed gap is fixed', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'vn-gaps-'));
    writeFileSync(path.join(dir, 'a.txt'), 'Số: 12/TB-UBND\n');
    writeFileSync(path.join(dir, 'a.json'), JSON.stringify({ document: { number: { raw: '99/TB-UBND' } } }));
    expect(runCli(['check', dir]).code).toBe(1);
    const w = runCli(['check', dir, '--update-gaps'], { env: { CI: undefined } });
    expect(w.code).toBe(0);
    expect(JSON.parse(readFileSync(path.join(dir, 'known-gaps.json'), 'utf8'))).toEqual({ 'a.txt': ['document.number.raw'] });
    const ok = runCli(['check', dir]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/1 passed, 0 failed, 1 known gaps/);
    // A new mismatch beside the listed one fails.
    writeFileSync(path.join(dir, 'a.json'), JSON.stringify({ document: { number: { raw: '99/TB-UBND' } }, signer: { name: 'X' } }));
    expect(runCli(['check', dir]).code).toBe(1);
    // The listed gap fixed (the expectation now matches): the stale entry fails the check.
    writeFileSync(path.join(dir, 'b.txt'), 'x');
    writeFileSync(path.join(dir, 'a.json'), JSON.stringify({ schemaVersion: '1' }));
    const stale = runCli(['check', dir]);
    expect(stale.code).toBe(1);
    expect(stale.stdout).toMatch(/remove them from known-gaps\.json/);
  });
});

/** Runs the CLI with its stdout already closed by the reader (as `| head` does once it has its lines). */
function runWithClosedStdout(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
    // Closed before the child has started, so its first write to stdout fails with EPIPE.
    child.stdout.destroy();
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('a reader that closes stdout early (| head)', () => {
  it('still exits 1 when a document had failed before the pipe closed', async () => {
    // The missing file is reported (stderr) before the first record is written (stdout).
    const r = await runWithClosedStdout(['parse', 'no/such.txt', SAMPLE, SAMPLE, '--format', 'ndjson']);
    expect(r.stderr).toMatch(/no\/such\.txt: no such file/);
    expect(r.code).toBe(1);
  }, 30_000);

  it('exits 0 when nothing had failed: a closed stdout alone is not a failure', async () => {
    const r = await runWithClosedStdout(['parse', SAMPLE, SAMPLE, SAMPLE, '--format', 'ndjson']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  }, 30_000);

  it('check: exits 1 when a fixture had mismatched before the pipe closed', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'vn-cli-'));
    // The only fixture, and it mismatches: the document's number is 1/TB-UBND, not 999/XX.
    writeFileSync(path.join(dir, 'a.txt'), 'Số: 1/TB-UBND\n');
    writeFileSync(path.join(dir, 'a.json'), JSON.stringify({ number: { raw: '999/XX' } }));
    const r = await runWithClosedStdout(['check', dir]);
    expect(r.code).toBe(1);
  }, 30_000);
});
