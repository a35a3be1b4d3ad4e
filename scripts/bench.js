// npm run bench: throughput and memory of vn-notice against the machine's floor.
// Not a test: it prints figures, checks them against the targets, and saves them under
// bench/results/. Env: BENCH_DOCS (default 10000), BENCH_BIG_MB (default 100), BENCH_GB_CHECK
// (default 1: also stream 1 GB through `parse --split -` to check memory stays flat).
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync, readdirSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildDocs } from '../bench/generate.js';

const ROOT = new URL('..', import.meta.url).pathname;
const BIN = path.join(ROOT, 'bin/vn-notice.js');
const N = Number(process.env.BENCH_DOCS ?? 10000);
const BIG_MB = Number(process.env.BENCH_BIG_MB ?? 100);
const GB_CHECK = process.env.BENCH_GB_CHECK !== '0';
const CORES = os.availableParallelism();
const work = path.join(ROOT, 'bench/corpus');
const docsDir = path.join(work, 'docs');

function run(cmd, args, { stdin, stdout = 'ignore' } = {}) {
  return new Promise((resolve) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(cmd, args, { stdio: [stdin ? 'pipe' : 'ignore', stdout, 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    let out = '';
    if (stdout === 'pipe') child.stdout.on('data', (d) => (out += d));
    if (stdin) stdin(child.stdin);
    child.on('exit', (code) => resolve({ code, seconds: Number(process.hrtime.bigint() - t0) / 1e9, stderr: err, stdout: out }));
  });
}

const results = { date: new Date().toISOString(), node: process.version, cores: CORES, docs: N, runs: {} };
const fmt = (r) => `${r.mbPerSecond.toFixed(2).padStart(8)} MB/s ${r.docsPerSecond.toFixed(0).padStart(7)} docs/s  peak RSS ${r.peakRssMB.toFixed(0).padStart(4)} MB  (${r.seconds.toFixed(2)} s)`;

console.log(`building ${N} documents in bench/corpus/docs ...`);
const corpusBytes = await buildDocs(docsDir, N);
console.log(`  ${(corpusBytes / 1e6).toFixed(1)} MB`);
spawnSync('sync');

// 1. the floor
{
  const r = await run(process.execPath, [path.join(ROOT, 'bench/floor.js'), docsDir]);
  const s = JSON.parse(r.stderr.trim().split('\n').pop());
  results.runs.floor = { seconds: r.seconds, mbPerSecond: s.bytes / 1e6 / r.seconds, docsPerSecond: s.files / r.seconds, peakRssMB: s.peakRssMB };
  console.log(`floor (read+NFC+write)   ${fmt(results.runs.floor)}`);
}

// 2-3. the CLI with 1 worker and with all workers
for (const [name, jobs] of [['cli-1-worker', 1], [`cli-${CORES}-workers`, CORES]]) {
  const summary = path.join(work, `${name}.summary.json`);
  const r = await run(process.execPath, [BIN, 'parse', docsDir, '--format', 'ndjson', '-j', String(jobs), '-q', '--summary', summary]);
  if (r.code !== 0) console.log(`  (exit ${r.code}) ${r.stderr.slice(0, 500)}`);
  const s = JSON.parse(readFileSync(summary, 'utf8'));
  results.runs[name] = { seconds: r.seconds, mbPerSecond: s.bytes / 1e6 / r.seconds, docsPerSecond: s.records / r.seconds, peakRssMB: s.peakRssMB, failures: s.failures };
  console.log(`${name.padEnd(24)} ${fmt(results.runs[name])}`);
}

// 4. the library call alone
{
  const r = await run(process.execPath, [path.join(ROOT, 'bench/library.js'), docsDir, String(Math.min(N, 3000))], { stdout: 'pipe' });
  const s = JSON.parse(r.stdout.trim());
  results.runs.library = { seconds: s.seconds, mbPerSecond: s.bytes / 1e6 / s.seconds, docsPerSecond: s.files / s.seconds, peakRssMB: s.peakRssMB };
  console.log(`library parseNotice      ${fmt(results.runs.library)}`);
}

// 5. cold start: one document from the CLI, median of 7
{
  const sample = path.join(ROOT, 'fixtures/001_bba0ae0f59e3be14.txt');
  const times = [];
  for (let i = 0; i < 7; i++) times.push((await run(process.execPath, [BIN, 'parse', sample])).seconds * 1000);
  times.sort((a, b) => a - b);
  results.runs.coldStart = { ms: times[3], all: times };
  console.log(`cold start, one document  ${times[3].toFixed(0)} ms (median of 7)`);
}

// 6. one large input: ~BIG_MB of form-feed separated documents streamed through --split
async function streamed(mb, label) {
  const summary = path.join(work, `${label}.summary.json`);
  const r = await run(process.execPath, [BIN, 'parse', '--split', '-', '-q', '--summary', summary, '-j', String(CORES)], {
    stdin: (sink) => {
      const gen = spawn(process.execPath, [path.join(ROOT, 'bench/generate.js'), 'stream', String(mb)], { stdio: ['ignore', 'pipe', 'inherit'] });
      gen.stdout.pipe(sink);
    },
  });
  const s = JSON.parse(readFileSync(summary, 'utf8'));
  results.runs[label] = { seconds: r.seconds, mbPerSecond: s.bytes / 1e6 / r.seconds, docsPerSecond: s.records / r.seconds, peakRssMB: s.peakRssMB, records: s.records };
  console.log(`${label.padEnd(24)} ${fmt(results.runs[label])}`);
}
await streamed(BIG_MB, `split-${BIG_MB}MB`);
if (GB_CHECK) await streamed(1000, 'split-1GB');

// 7. SIGKILL mid-batch, then --skip-existing: every output present and valid, none partial
{
  const out = path.join(work, 'out');
  spawnSync('rm', ['-rf', out]);
  const child = spawn(process.execPath, [BIN, 'parse', docsDir, '-o', out, '-q'], { stdio: 'ignore' });
  await new Promise((resolve) => {
    const t = setInterval(() => {
      const n = existsSync(out) ? readdirSync(out).length : 0;
      if (n >= N / 3 || child.exitCode !== null) {
        clearInterval(t);
        child.kill('SIGKILL');
        resolve();
      }
    }, 20);
  });
  await new Promise((r) => (child.exitCode !== null ? r() : child.once('exit', r)));
  const before = readdirSync(out).filter((f) => f.endsWith('.json')).length;
  const r = await run(process.execPath, [BIN, 'parse', docsDir, '-o', out, '--skip-existing', '-q']);
  const files = readdirSync(out).filter((f) => f.endsWith('.json'));
  let valid = 0;
  for (const f of files) {
    try {
      JSON.parse(readFileSync(path.join(out, f), 'utf8'));
      valid++;
    } catch {}
  }
  results.runs.killResume = { killedAfter: before, exit: r.code, files: files.length, valid, expected: N };
  console.log(`SIGKILL + --skip-existing  ${before} done before the kill; after resume ${valid}/${N} valid JSON files (${files.length} files)`);
}

const R = results.runs;
const ratios = {
  pipelineOverFloor: R['cli-1-worker'].mbPerSecond / R.floor.mbPerSecond,
  workersOverOne: R[`cli-${CORES}-workers`].mbPerSecond / R['cli-1-worker'].mbPerSecond,
};
results.ratios = ratios;
results.targets = {
  'pipeline (1 worker) >= 50% of floor': ratios.pipelineOverFloor >= 0.5,
  [`all workers >= 1.8x one worker (${CORES} cores)`]: ratios.workersOverOne >= 1.8,
  'peak RSS <= 200 MB, 10k documents': Math.max(R['cli-1-worker'].peakRssMB, R[`cli-${CORES}-workers`].peakRssMB) <= 200,
  ...(GB_CHECK ? { 'peak RSS <= 200 MB, 1 GB of input': R['split-1GB'].peakRssMB <= 200 } : {}),
  'cold start <= 150 ms': R.coldStart.ms <= 150,
  'kill + resume gives every file': R.killResume.valid === N,
};
console.log(`\npipeline/floor ${(ratios.pipelineOverFloor * 100).toFixed(0)}%   workers/1-worker ${ratios.workersOverOne.toFixed(2)}x`);
for (const [k, ok] of Object.entries(results.targets)) console.log(`${ok ? 'PASS' : 'MISS'}  ${k}`);
mkdirSync(path.join(ROOT, 'bench/results'), { recursive: true });
const file = path.join(ROOT, 'bench/results', `${results.date.replace(/[:.]/g, '-')}.json`);
writeFileSync(file, JSON.stringify(results, null, 2) + '\n');
console.log(`saved ${path.relative(ROOT, file)}`);
