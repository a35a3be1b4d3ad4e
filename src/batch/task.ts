/** One unit of batch work: bytes in, a serialised record (or an error) out. Runs in a worker. */
import { NoticeInputError } from '../errors.js';
import { parseNotice } from '../parse.js';

export interface ParseTask {
  bytes: Uint8Array;
  path: string | null;
  encoding?: string;
  maxBytes?: number;
  /** Serialise with indentation (for a single record on a terminal). */
  pretty?: boolean;
}

/**
 * A record leaves as its UTF-8 JSON line (ending in a newline), not as a string or an object:
 * bytes move from a worker to the main thread without a copy (a transfer), and the main thread
 * writes them as they are, with no serialising or encoding of its own.
 */
export type TaskResult =
  | { ok: true; line: Uint8Array }
  | { ok: false; code: string; message: string };

const utf8 = new TextEncoder();

export function runTask(task: ParseTask): TaskResult {
  try {
    const record = parseNotice(task.bytes, { path: task.path, encoding: task.encoding, maxBytes: task.maxBytes });
    return { ok: true, line: utf8.encode(JSON.stringify(record, null, task.pretty ? 2 : undefined) + '\n') };
  } catch (e) {
    if (e instanceof NoticeInputError) return { ok: false, code: e.code, message: e.message };
    const err = e as Error;
    return { ok: false, code: 'internal', message: `internal error (please report): ${err?.message ?? String(e)}` };
  }
}
