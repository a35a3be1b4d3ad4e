/** `vn-notice parse`: argument handling and I/O around the batch runner. */
import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { DEFAULT_MAX_BYTES } from '../context.js';
import { Collector } from '../batch/collect.js';
import { inProcessParser } from '../batch/parser.js';
import { createProgress } from '../batch/progress.js';
import { runBatch, type Summary } from '../batch/runner.js';
import { jobsFromInputs, jobsFromJsonLines, jobsFromList, jobsFromSplitFile, type Job } from '../batch/sources.js';
import { inShard, type Shard } from '../batch/shard.js';
import { readStdin } from './read.js';
import { markFailed, writeFileAtomic } from './write.js';
import { prettyRecord } from './pretty.js';
import { err as ce } from './color.js';

export const DEFAULT_TIMEOUT_MS = 60_000;

export interface ParseCommandOptions {
  format?: 'json' | 'ndjson' | 'pretty';
  outDir?: string;
  encoding?: string;
  maxBytes?: number;
  jobs?: number;
  timeoutMs?: number;
  quiet?: boolean;
  verbose?: boolean;
  skipExisting?: boolean;
  summary?: string;
  errorsAsRecords?: boolean;
  jsonlIn?: boolean;
  filesFrom?: string;
  shard?: Shard;
  split?: boolean;
}

export function reportFailure(display: string, reason: string): void {
  markFailed();
  process.stderr.write(`${ce.red('error')} ${ce.bold(display)}: ${reason}\n`);
}

async function* filtered(jobs: AsyncIterable<Job>, shard: Shard | undefined): AsyncGenerator<Job> {
  for await (const job of jobs) if (inShard(job.display, shard)) yield job;
}

function summaryLine(s: Summary): string {
  return `${s.files} files, ${s.records} records, ${s.failures} failed${s.skipped ? `, ${s.skipped} skipped` : ''} in ${s.seconds.toFixed(2)} s (${s.docsPerSecond.toFixed(0)} docs/s, ${s.mbPerSecond.toFixed(1)} MB/s)\n`;
}

/** Returns the exit code: 0 all fine, 1 some input failed. */
export async function parseCommand(inputs: string[], opts: ParseCommandOptions): Promise<number> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  let source: AsyncIterable<Job>;
  let batch = true;
  if (opts.jsonlIn) source = jobsFromJsonLines();
  else if (opts.filesFrom) source = jobsFromList(opts.filesFrom);
  else if (opts.split) source = (async function* () {
    for (const f of inputs) yield* jobsFromSplitFile(f, maxBytes);
  })();
  else {
    source = jobsFromInputs(inputs, readStdin);
    // One file or stdin: one record, parsed on this thread (no worker start-up cost).
    batch = !(inputs.length === 1 && (inputs[0] === '-' || !/[*?[{]/.test(inputs[0])) && !(await isDirectory(inputs[0])));
  }
  const format = opts.format ?? (opts.jsonlIn || batch ? 'ndjson' : 'json');
  const jobs = opts.jobs ?? availableParallelism();
  // Made before the pool starts: it briefly sets a V8 flag that workers must not start under.
  const collector = batch ? new Collector() : undefined;
  // The pool (and worker_threads) is loaded for a batch, and for one document given a time
  // budget: only a worker can be stopped midway, so --timeout-ms means the same for one
  // document as for many. One document without --timeout-ms is parsed on this thread (no
  // worker start-up cost) and has no budget.
  const pooled = (batch || opts.timeoutMs !== undefined) && jobs > 0 && !process.env.VN_NOTICE_IN_PROCESS;
  const parser = pooled
    ? await (await import('../batch/pool.js')).poolParser(batch ? jobs : 1, opts.timeoutMs ?? DEFAULT_TIMEOUT_MS)
    : inProcessParser(!batch);
  const showProgress = batch && !opts.quiet && !opts.jsonlIn && process.stderr.isTTY === true && !process.env.CI;
  const progress = createProgress(showProgress);
  let summary: Summary;
  try {
    summary = await runBatch(
      filtered(source, opts.shard),
      {
        format,
        outDir: opts.outDir,
        encoding: opts.encoding,
        maxBytes,
        skipExisting: opts.skipExisting,
        errorsAsRecords: opts.errorsAsRecords || opts.jsonlIn,
        indent: format === 'json' && !batch,
      },
      {
        parser,
        progress,
        // Failures are always reported, --quiet or not: one line naming the file and the reason.
        onError: reportFailure,
        pretty: (json) => prettyRecord(JSON.parse(json)),
        collector,
      },
    );
  } finally {
    progress.stop();
    await parser.close();
  }
  if (batch && !opts.quiet && !opts.jsonlIn && (opts.verbose || process.stderr.isTTY || opts.outDir)) {
    process.stderr.write(summaryLine(summary));
  }
  if (opts.summary) {
    const { errors, ...counts } = summary;
    await writeFileAtomic(opts.summary, JSON.stringify({ ...counts, errors }, null, 2) + '\n');
  }
  return summary.failures > 0 ? 1 : 0;
}

async function isDirectory(p: string | undefined): Promise<boolean> {
  if (!p || p === '-') return false;
  try {
    return (await stat(p)).isDirectory();
  } catch {
    return false;
  }
}
