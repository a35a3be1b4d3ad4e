/**
 * scripts/corpus-report.js (issue #8's regression corpus) keeps working as the record evolves:
 * it runs every fixture document, writes a baseline, finds no change against itself, and reports
 * a loss (exit 1 under --strict) against a baseline that had more.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

const SCRIPT = path.join(ROOT, 'scripts/corpus-report.js');
/** The samples and the notes beside them (which must be left out): enough to test the script, and quick. */
const GLOB = ['--glob', 'fixtures/*.{txt,md,html}'];
const run = (args: string[]) => spawnSync(process.execPath, [SCRIPT, ...GLOB, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

let dir = '';
let baselineFile = '';

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'vn-corpus-report-'));
  baselineFile = path.join(dir, 'baseline.json');
}, 120_000);

describe('scripts/corpus-report.js', () => {
  it('writes a baseline with counts per field, per diagnostic code and per file, and times', () => {
    const r = run(['--baseline', baselineFile, '--update']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/corpus-report: \d+ documents/);
    const b = JSON.parse(readFileSync(baselineFile, 'utf8'));
    const files = Object.keys(b.files);
    expect(files.length).toBeGreaterThanOrEqual(5);
    expect(files.some((f) => /README|NOTES|SOURCES|DISPUTES/.test(f)), 'notes are not documents').toBe(false);
    expect(Object.keys(b.totals)).toContain('directives.total');
    expect(typeof b.timeMs).toBe('number');
    for (const f of files) expect(b.files[f].counts ?? b.files[f].error, f).toBeDefined();
  }, 120_000);

  it('finds nothing gained or lost against its own baseline, and --strict exits 0', () => {
    const r = run(['--baseline', baselineFile, '--strict']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/0 gained, 0 lost/);
  }, 120_000);

  it('reports a loss per field and per file against a richer baseline; --strict exits 1, plain runs exit 0', () => {
    const b = JSON.parse(readFileSync(baselineFile, 'utf8'));
    const name = Object.keys(b.files).find((f) => b.files[f].counts)!;
    b.files[name].counts['directives.total'] += 3;
    b.totals['directives.total'] += 3;
    const richer = path.join(dir, 'richer.json');
    writeFileSync(richer, JSON.stringify(b));
    const plain = run(['--baseline', richer]);
    expect(plain.status).toBe(0);
    expect(plain.stdout).toContain(name);
    expect(plain.stdout).toMatch(/lost\s+directives\.total/);
    expect(plain.stdout).toMatch(/3 lost/);
    const strict = run(['--baseline', richer, '--strict']);
    expect(strict.status).toBe(1);
  }, 120_000);

  it('the committed baseline fixtures/corpus-report.json is readable and covers the fixtures', () => {
    const committed = JSON.parse(readFileSync(path.join(ROOT, 'fixtures/corpus-report.json'), 'utf8'));
    expect(Object.keys(committed.files).length).toBeGreaterThanOrEqual(20);
    expect(committed.totals).toBeDefined();
  });
});
