/**
 * Where batch jobs come from: inputs on the command line (files, directories, globs, stdin),
 * a list of paths (--files-from), JSON lines on stdin (--jsonl-in), or one file split into
 * documents at form feeds (--split). Every source is lazy, so a huge batch is never listed
 * in memory.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { expandInputs } from '../cli/inputs.js';
import { readErrorReason } from '../cli/read.js';

export interface Job {
  /** The path as given (or "-", or "FILE#N" for split documents): `source.path`. */
  display: string;
  /** Reads the document's bytes (on the main thread). */
  read?: () => Promise<Uint8Array>;
  /** Where the input's file is (for --max-bytes checks before reading). */
  file?: string;
  /** Path relative to its input root, for --out-dir. */
  relative: string;
  /** The caller's id, for --jsonl-in. */
  id?: unknown;
  /** An error known before parsing (missing file, bad JSON line). */
  error?: { code: string; message: string };
}

export async function* jobsFromInputs(inputs: string[], readStdin: () => Promise<Uint8Array>): AsyncGenerator<Job> {
  for await (const item of expandInputs(inputs)) {
    if (item.kind === 'missing') yield { display: item.display, relative: item.display, error: { code: 'not-found', message: item.reason } };
    else if (item.kind === 'stdin') yield { display: '-', relative: 'stdin.txt', read: readStdin };
    else yield { display: item.display, file: item.file, relative: item.relative };
  }
}

function lines(stream: Readable): AsyncIterable<string> {
  return createInterface({ input: stream, crlfDelay: Infinity });
}

/** --files-from FILE|-: one path per line; blank lines and lines starting with # are skipped. */
export async function* jobsFromList(listFile: string): AsyncGenerator<Job> {
  const stream = listFile === '-' ? process.stdin : createReadStream(listFile);
  for await (const raw of lines(stream)) {
    const p = raw.trim();
    if (!p || p.startsWith('#')) continue;
    yield { display: p, file: p, relative: path.isAbsolute(p) ? path.basename(p) : p };
  }
}

/**
 * --jsonl-in: each stdin line is {"path": ...} or {"text": ..., "id": ...}. Exactly one output
 * line per input line, so a bad line becomes a job that carries its error.
 */
export async function* jobsFromJsonLines(stream: Readable = process.stdin): AsyncGenerator<Job> {
  let n = 0;
  for await (const line of lines(stream)) {
    n++;
    const where = `stdin:${n}`;
    let obj: unknown;
    try {
      obj = JSON.parse(line);
    } catch {
      yield { display: where, relative: where, error: { code: 'bad-line', message: 'the line is not JSON' } };
      continue;
    }
    const o = (typeof obj === 'object' && obj !== null ? obj : {}) as Record<string, unknown>;
    if (typeof o.text === 'string') {
      const text = o.text;
      const display = typeof o.path === 'string' ? o.path : typeof o.id === 'string' || typeof o.id === 'number' ? String(o.id) : where;
      yield { display, relative: display, id: o.id, read: async () => new TextEncoder().encode(text) };
    } else if (typeof o.path === 'string') {
      yield { display: o.path, file: o.path, relative: o.path, id: o.id };
    } else {
      yield { display: where, relative: where, id: o.id, error: { code: 'bad-line', message: 'the line has neither "path" nor "text"' } };
    }
  }
}

/**
 * True when the bytes hold nothing but white space (what String.prototype.trim removes). Decides
 * on the first byte that is not ASCII white space, so the main thread does not decode each
 * document of a --split stream just to find it is not empty.
 */
export function isBlank(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 0x20 || (b >= 0x09 && b <= 0x0d)) continue;
    // Non-ASCII: it may be a Unicode space (NBSP, BOM, U+3000 ...): let trim decide.
    return b < 0x80 ? false : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8').trim() === '';
  }
  return true;
}

/**
 * The chunks, joined in shared memory: the worker pool parses a document there without a copy
 * of its own (pool.ts), and the job holding it holds the only copy.
 */
function concatShared(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(new SharedArrayBuffer(chunks.reduce((n, c) => n + c.length, 0)));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** --split: one file holding many documents separated by form feeds (U+000C), read as a stream. */
export async function* jobsFromSplitFile(file: string, maxBytes: number): AsyncGenerator<Job> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let n = 0;
  const base = file === '-' ? 'stdin' : file;
  const emit = (): Job | null => {
    const bytes = concatShared(pending);
    pending = [];
    pendingBytes = 0;
    if (isBlank(bytes)) return null;
    n++;
    const display = `${base}#${n}`;
    if (bytes.length > maxBytes) {
      return { display, relative: `${path.basename(base)}-${n}`, error: { code: 'too-large', message: `document is ${bytes.length} bytes, above --max-bytes ${maxBytes}` } };
    }
    return { display, relative: `${path.basename(base)}-${n}`, read: async () => bytes };
  };
  const stream = file === '-' ? process.stdin : createReadStream(file);
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      let start = 0;
      for (let i = chunk.indexOf(0x0c); i !== -1; i = chunk.indexOf(0x0c, start)) {
        pending.push(chunk.subarray(start, i));
        start = i + 1;
        const job = emit();
        if (job) yield job;
      }
      if (start < chunk.length) {
        // Keep at most maxBytes+1 of an oversize document: enough to report it, bounded memory.
        if (pendingBytes <= maxBytes) {
          pending.push(chunk.subarray(start));
          pendingBytes += chunk.length - start;
        }
      }
    }
  } catch (e) {
    // A file that cannot be read (missing, a directory, an I/O error midway) is one failure
    // naming it; the documents already split from it and the other inputs go on.
    const display = n === 0 ? base : `${base}#${n + 1}`;
    yield { display, relative: path.basename(display), error: { code: 'read', message: readErrorReason(e) } };
    return;
  }
  const last = emit();
  if (last) yield last;
}
