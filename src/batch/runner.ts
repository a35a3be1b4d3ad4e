/**
 * The batch runner: jobs stream in (lazily), are read on the main thread, parsed by the pool,
 * and leave in input order through a bounded reorder buffer. One bad document never stops the
 * batch: it becomes an error line on stderr (and, if asked, an error record).
 */
import { statSync } from 'node:fs';
import { access } from 'node:fs/promises';
import path from 'node:path';
import { readInputFile } from '../cli/read.js';
import { writeFileAtomic, writeOut } from '../cli/write.js';
import type { Job } from './sources.js';
import type { Collector } from './collect.js';
import type { Parser } from './parser.js';
import { OrderedRunner, type Charge, type Reserve } from './reorder.js';
import type { Progress } from './progress.js';
import type { TaskResult } from './task.js';

export interface BatchOptions {
  format: 'json' | 'ndjson' | 'pretty';
  outDir?: string;
  encoding?: string;
  maxBytes: number;
  skipExisting?: boolean;
  /** Also write `{source, error}` lines to stdout for failed documents. */
  errorsAsRecords?: boolean;
  /** Pretty-print JSON (one record on a terminal). */
  indent?: boolean;
  /** The reorder buffer's byte budget (default MAX_HELD_BYTES; the tests set a small one). */
  maxHeldBytes?: number;
}

export interface BatchIO {
  parser: Parser;
  progress: Progress;
  /** Called for each failure with the display path and the reason (stderr). */
  onError(display: string, message: string): void;
  /** Formats a record for --format pretty. */
  pretty(json: string): string;
  /** Told the bytes of the documents and records the batch is done with. */
  collector?: Collector;
}

export interface Summary {
  files: number;
  records: number;
  failures: number;
  skipped: number;
  bytes: number;
  seconds: number;
  docsPerSecond: number;
  mbPerSecond: number;
  peakRssMB: number;
  errors: { path: string; code: string; message: string }[];
}

type Outcome =
  /** line: the record's UTF-8 JSON line (null once written to --out-dir). */
  | { kind: 'ok'; job: Job; line: Uint8Array | null }
  | { kind: 'error'; job: Job; code: string; message: string }
  | { kind: 'skipped'; job: Job };

/** The --out-dir target of a job: NAME.json, mirroring the input tree. */
export function outputPath(outDir: string, relative: string): string {
  const safe = relative.split(/[\\/]+/).filter((p) => p && p !== '..' && p !== '.').join(path.sep) || 'document';
  return path.join(outDir, safe.replace(/\.[^./\\]+$/, '') + '.json');
}

async function exists(file: string): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch {
    return false;
  }
}

/** The bytes reading `file` will take: its size, or 0 when it will not be read (missing, too large). */
function sizeToRead(file: string, maxBytes: number): number {
  try {
    const size = statSync(file).size;
    return size <= maxBytes ? size : 0;
  } catch {
    return 0;
  }
}

/** Keeps at most this many error details in the summary. */
const MAX_SUMMARY_ERRORS = 1000;

/**
 * Documents read and records made but not yet written: no new document is started while they
 * hold more than this (the window of 16 per worker is the bound for ordinary documents; this one
 * for large ones).
 */
const MAX_HELD_BYTES = 32 * 1024 * 1024;

const utf8 = new TextDecoder();
const NOTHING = new Uint8Array(0);

export async function runBatch(jobs: AsyncIterable<Job>, opts: BatchOptions, io: BatchIO): Promise<Summary> {
  const started = process.hrtime.bigint();
  const s: Summary = { files: 0, records: 0, failures: 0, skipped: 0, bytes: 0, seconds: 0, docsPerSecond: 0, mbPerSecond: 0, peakRssMB: 0, errors: [] };
  const collected: Uint8Array[] = [];

  const work = async (job: Job, _index: number, charge: Charge, reserve: Reserve): Promise<Outcome> => {
    if (job.error) return { kind: 'error', job, ...job.error };
    const target = opts.outDir ? outputPath(opts.outDir, job.relative) : null;
    if (target && opts.skipExisting && (await exists(target))) return { kind: 'skipped', job };
    let bytes: Uint8Array;
    // A file's size is reserved before it is read, so that a window of large files is never
    // all read at once. A document from read() (stdin, --jsonl-in, --split) is in memory when
    // its job is made, so it is charged as it is.
    let reserved = 0;
    try {
      if (job.read) bytes = await job.read();
      else {
        reserved = sizeToRead(job.file!, opts.maxBytes);
        await reserve(reserved);
        bytes = await readInputFile(job.file!, opts.maxBytes, io.parser.sharedInput);
      }
    } catch (e) {
      const err = e as Error & { code?: string };
      return { kind: 'error', job, code: err.name === 'NoticeInputError' ? (err.code ?? 'input') : 'read', message: err.message };
    }
    const size = bytes.length;
    s.bytes += size;
    // (A file that changed size since its stat.)
    charge(size - reserved);
    // The parser holds the document until it answers (the pool: once, in shared memory); this
    // function lets go of it, so that bytes the pool copied are not held twice meanwhile.
    const parsing = io.parser.parse({ bytes, path: job.display, encoding: opts.encoding, maxBytes: opts.maxBytes, pretty: opts.indent });
    bytes = NOTHING;
    const result: TaskResult = await parsing;
    io.collector?.done(size);
    if (!result.ok) return { kind: 'error', job, code: result.code, message: result.message };
    if (target) {
      try {
        await writeFileAtomic(target, result.line);
        io.collector?.done(result.line.length);
      } catch (e) {
        return { kind: 'error', job, code: 'write', message: `cannot write ${target}: ${(e as Error).message}` };
      }
      return { kind: 'ok', job, line: null };
    }
    charge(result.line.length);
    return { kind: 'ok', job, line: result.line };
  };

  const emit = async (o: Outcome) => {
    s.files++;
    if (o.kind === 'skipped') {
      s.skipped++;
      io.progress.tick(false);
      return;
    }
    if (o.kind === 'error') {
      s.failures++;
      if (s.errors.length < MAX_SUMMARY_ERRORS) s.errors.push({ path: o.job.display, code: o.code, message: o.message });
      io.onError(o.job.display, o.message);
      io.progress.tick(true);
      if (opts.errorsAsRecords && !opts.outDir) {
        const line: Record<string, unknown> = { source: { path: o.job.display }, error: { code: o.code, message: o.message } };
        if (o.job.id !== undefined) line.id = o.job.id;
        await writeOut(JSON.stringify(line) + '\n');
      }
      return;
    }
    s.records++;
    io.progress.tick(false);
    if (o.line === null) return;
    if (opts.format === 'ndjson') await writeOut(o.line);
    else if (opts.format === 'pretty') await writeOut(io.pretty(utf8.decode(o.line)));
    else return void collected.push(o.line);
    io.collector?.done(o.line.length);
  };

  const runner = new OrderedRunner<Job, Outcome>(Math.max(8, io.parser.concurrency * 16), work, emit, opts.maxHeldBytes ?? MAX_HELD_BYTES);
  for await (const job of jobs) await runner.push(job);
  await runner.finish();

  if (opts.format === 'json' && !opts.outDir && collected.length > 0) {
    if (collected.length === 1 && s.files === 1) await writeOut(collected[0]);
    else {
      // One JSON array: the lines without their newlines, separated by ",\n".
      for (let i = 0; i < collected.length; i++) {
        await writeOut(i === 0 ? '[' : ',\n');
        await writeOut(collected[i].subarray(0, collected[i].length - 1));
      }
      await writeOut(']\n');
    }
  }
  s.seconds = Number(process.hrtime.bigint() - started) / 1e9;
  s.docsPerSecond = s.records / Math.max(s.seconds, 1e-9);
  s.mbPerSecond = s.bytes / 1e6 / Math.max(s.seconds, 1e-9);
  s.peakRssMB = process.resourceUsage().maxRSS / 1024;
  return s;
}
