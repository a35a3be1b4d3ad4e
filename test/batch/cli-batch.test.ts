import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync, readdirSync, mkdirSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, runCli, ROOT } from '../helpers/cli.js';

const SAMPLE = readFileSync(path.join(ROOT, 'fixtures/001_bba0ae0f59e3be14.txt'), 'utf8');

function makeBatch(n: number): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'vn-batch-'));
  const src = path.join(dir, 'in');
  mkdirSync(src);
  for (let i = 0; i < n; i++) writeFileSync(path.join(src, `doc-${String(i).padStart(5, '0')}.txt`), SAMPLE.replace('/TB-VPUBND', `${i}/TB-VPUBND`));
  return dir;
}

describe('--jsonl-in', () => {
  it('gives exactly one line per input line, in order, bad lines included', () => {
    const lines: string[] = [];
    for (let i = 0; i < 1000; i++) {
      if (i % 97 === 5) lines.push('{not json');
      else if (i % 89 === 7) lines.push(JSON.stringify({ path: `/no/such/file-${i}.txt` }));
      else if (i % 83 === 9) lines.push(JSON.stringify({ nothing: true, id: i }));
      else if (i % 79 === 11) lines.push(JSON.stringify({ text: '', id: i }));
      else lines.push(JSON.stringify({ text: `Số: ${i}/TB-UBND\n\nTHÔNG BÁO\n`, id: i }));
    }
    const r = runCli(['parse', '--jsonl-in'], { input: lines.join('\n') + '\n' });
    const out = r.stdout.trimEnd().split('\n');
    expect(out).toHaveLength(1000);
    out.forEach((l, i) => {
      const o = JSON.parse(l);
      if (i % 97 === 5 || i % 89 === 7) expect(o.error, `line ${i}`).toBeDefined();
      else if (i % 83 === 9 || i % 79 === 11) {
        expect(o.error).toBeDefined();
        expect(o.id).toBe(i);
      } else {
        expect(o.schemaVersion).toBe('1');
        expect(o.source.path).toBe(String(i));
      }
    });
    expect(r.code).toBe(1);
  });
});

describe('--out-dir batches', () => {
  it('survives SIGKILL: no partial file, and --skip-existing completes the batch without redoing', async () => {
    const dir = makeBatch(1500);
    const out = path.join(dir, 'out');
    const child = spawn(process.execPath, [BIN, 'parse', path.join(dir, 'in'), '-o', out, '-j', '2', '-q'], { stdio: 'ignore' });
    // Kill it mid-batch, once some outputs exist.
    await new Promise<void>((resolve) => {
      const t = setInterval(() => {
        const n = existsSync(out) ? readdirSync(out).length : 0;
        if (n > 100 || child.exitCode !== null) {
          clearInterval(t);
          child.kill('SIGKILL');
          resolve();
        }
      }, 5);
    });
    await new Promise((r) => child.once('exit', r));
    const afterKill = readdirSync(out);
    for (const f of afterKill.filter((x) => x.endsWith('.json'))) {
      expect(() => JSON.parse(readFileSync(path.join(out, f), 'utf8')), f).not.toThrow();
    }
    const doneBefore = afterKill.filter((x) => x.endsWith('.json')).length;
    expect(doneBefore).toBeGreaterThan(0);
    const summaryFile = path.join(dir, 'summary.json');
    const r = runCli(['parse', path.join(dir, 'in'), '-o', out, '--skip-existing', '--summary', summaryFile, '-q']);
    expect(r.code, r.stderr).toBe(0);
    const final = readdirSync(out).filter((x) => x.endsWith('.json'));
    expect(final).toHaveLength(1500);
    for (const f of final) JSON.parse(readFileSync(path.join(out, f), 'utf8'));
    const summary = JSON.parse(readFileSync(summaryFile, 'utf8'));
    expect(summary.skipped).toBe(doneBefore);
    expect(summary.records).toBe(1500 - doneBefore);
    expect(summary.failures).toBe(0);
    // Leftover temp files of the killed run are hidden dotfiles, never NAME.json.
    expect(readdirSync(out).filter((x) => !x.endsWith('.json') && !x.startsWith('.'))).toEqual([]);
  }, 120_000);

  it('--skip-existing without --out-dir is a usage error', () => {
    expect(runCli(['parse', 'fixtures', '--skip-existing']).code).toBe(2);
  });
});

describe('--files-from, --shard and --split', () => {
  it('reads paths from a list and splits them across shards without loss', () => {
    const dir = makeBatch(40);
    const list = readdirSync(path.join(dir, 'in')).map((f) => path.join(dir, 'in', f));
    writeFileSync(path.join(dir, 'list.txt'), list.join('\n') + '\n');
    const seen: string[] = [];
    for (const shard of ['0/3', '1/3', '2/3']) {
      const r = runCli(['parse', '--files-from', path.join(dir, 'list.txt'), '--shard', shard]);
      expect(r.code).toBe(0);
      for (const l of r.stdout.trim().split('\n').filter(Boolean)) seen.push(JSON.parse(l).source.path);
    }
    expect(seen.sort()).toEqual([...list].sort());
  });

  it('splits a file of form-feed separated documents into records', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'vn-split-'));
    const f = path.join(dir, 'all.txt');
    writeFileSync(f, ['Số: 1/TB-UBND', 'Số: 2/TB-UBND', 'Số: 3/TB-UBND'].join('\n\f') + '\n');
    const r = runCli(['parse', '--split', f]);
    const recs = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(recs.map((x) => x.source.path)).toEqual([`${f}#1`, `${f}#2`, `${f}#3`]);
  });

  it('reports a --split input that cannot be read and goes on with the others', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'vn-split-'));
    const a = path.join(dir, 'a.txt');
    const b = path.join(dir, 'b.txt');
    writeFileSync(a, 'Số: 1/TB-UBND\n\fSố: 2/TB-UBND\n');
    writeFileSync(b, 'Số: 3/TB-UBND\n');
    const missing = path.join(dir, 'missing.txt');
    const r = runCli(['parse', '--split', a, missing, dir, b, '--errors-as-records']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${missing}: no such file`);
    expect(r.stderr).toContain(`${dir}: is a directory`);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((x) => x.source.path)).toEqual([`${a}#1`, `${a}#2`, missing, dir, `${b}#1`]);
    expect(lines.map((x) => (x.error ? x.error.code : 'record'))).toEqual(['record', 'record', 'read', 'read', 'record']);
  });
});

describe('--timeout-ms', () => {
  it('aborts a stuck document, reports it, and finishes the rest of the batch', () => {
    const dir = makeBatch(6);
    writeFileSync(path.join(dir, 'in', 'doc-00003.txt'), 'Số: 3/TB-UBND <<vn-notice:hang>>\n');
    const r = runCli(['parse', path.join(dir, 'in'), '--timeout-ms', '3000', '-j', '2'], { env: { VN_NOTICE_FAULT_INJECT: 'hang' } });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/doc-00003\.txt: parsing took longer than 3000 ms/);
    const paths = r.stdout.trim().split('\n').map((l) => JSON.parse(l).source.path);
    expect(paths).toHaveLength(5);
    expect(paths.some((p: string) => p.endsWith('doc-00003.txt'))).toBe(false);
  }, 60_000);

  const FAULTS = { VN_NOTICE_FAULT_INJECT: 'hang' };
  const sourcePaths = (stdout: string) => stdout.trim().split('\n').filter(Boolean).map((l) => path.basename(JSON.parse(l).source.path));

  it('counts the budget from when a worker starts a document, not while it waits in the queue', () => {
    // One worker is handed documents ahead of time: each of these waits about 900 ms behind the
    // one before it, which, counted, would put the later ones past the 1500 ms budget.
    const dir = makeBatch(4);
    for (let i = 0; i < 4; i++) writeFileSync(path.join(dir, 'in', `doc-0000${i}.txt`), `Số: ${i}/TB-UBND <<vn-notice:sleep:900>>\n`);
    const r = runCli(['parse', path.join(dir, 'in'), '--timeout-ms', '1500', '-j', '1'], { env: FAULTS });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(sourcePaths(r.stdout)).toEqual(['doc-00000.txt', 'doc-00001.txt', 'doc-00002.txt', 'doc-00003.txt']);
  }, 60_000);

  it('parses the documents queued behind a hanging one on the same worker', () => {
    const dir = makeBatch(5);
    writeFileSync(path.join(dir, 'in', 'doc-00001.txt'), 'Số: 1/TB-UBND <<vn-notice:hang>>\n');
    const r = runCli(['parse', path.join(dir, 'in'), '--timeout-ms', '1000', '-j', '1'], { env: FAULTS });
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/doc-00001\.txt: parsing took longer than 1000 ms/)]);
    expect(sourcePaths(r.stdout)).toEqual(['doc-00000.txt', 'doc-00002.txt', 'doc-00003.txt', 'doc-00004.txt']);
  }, 60_000);

  it('aborts a document that keeps going past its budget even when a slow one came before it', () => {
    const dir = makeBatch(3);
    writeFileSync(path.join(dir, 'in', 'doc-00000.txt'), 'Số: 0/TB-UBND <<vn-notice:sleep:700>>\n');
    writeFileSync(path.join(dir, 'in', 'doc-00001.txt'), 'Số: 1/TB-UBND <<vn-notice:sleep:1600>>\n');
    const r = runCli(['parse', path.join(dir, 'in'), '--timeout-ms', '1000', '-j', '1'], { env: FAULTS });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/doc-00001\.txt: parsing took longer than 1000 ms/);
    expect(sourcePaths(r.stdout)).toEqual(['doc-00000.txt', 'doc-00002.txt']);
  }, 60_000);

  it('holds one document (a file or stdin) to the budget too', () => {
    const dir = makeBatch(0);
    const stuck = path.join(dir, 'stuck.txt');
    writeFileSync(stuck, 'Số: 3/TB-UBND <<vn-notice:hang>>\n');
    const r = runCli(['parse', stuck, '--timeout-ms', '1000'], { env: FAULTS });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/stuck\.txt: parsing took longer than 1000 ms/);
    expect(r.stdout).toBe('');
    const s = runCli(['parse', '-', '--timeout-ms', '1000'], { env: FAULTS, input: 'Số: 3/TB-UBND <<vn-notice:hang>>\n' });
    expect(s.code).toBe(1);
    expect(s.stderr).toMatch(/-: parsing took longer than 1000 ms/);
  }, 60_000);

  it('parses one document on the main thread when no budget is given (no worker starts)', () => {
    // Only a worker honours the fault markers: parsed in-process, the "hang" is plain text.
    const dir = makeBatch(0);
    const file = path.join(dir, 'one.txt');
    writeFileSync(file, 'Số: 3/TB-UBND <<vn-notice:hang>>\n');
    const r = runCli(['parse', file], { env: FAULTS });
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).document.number.raw).toBe('3/TB-UBND');
  }, 60_000);

  it('blames a worker that dies on the document it was parsing only', () => {
    const dir = makeBatch(5);
    writeFileSync(path.join(dir, 'in', 'doc-00002.txt'), 'Số: 2/TB-UBND <<vn-notice:exit>>\n');
    const r = runCli(['parse', path.join(dir, 'in'), '-j', '1'], { env: FAULTS });
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/doc-00002\.txt: worker failed/)]);
    expect(sourcePaths(r.stdout)).toEqual(['doc-00000.txt', 'doc-00001.txt', 'doc-00003.txt', 'doc-00004.txt']);
  }, 60_000);
});
