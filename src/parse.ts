/**
 * parseNotice and safeParseNotice, apart from the package root: the root also re-exports the zod
 * schema, which the CLI and every worker would otherwise build at start-up for nothing (records
 * are checked by the generated validator in assemble). src/index.ts re-exports these.
 */
import type { ParseOptions } from './context.js';
import { NoticeInputError } from './errors.js';
import { runPipeline } from './pipeline.js';
import { assembleRecord } from './record/assemble.js';
import type { NoticeRecord } from './record/schema.js';

/**
 * Parses one document. Pure: no I/O. Throws NoticeInputError for input that is not a text
 * document (empty, binary, PDF, oversize); anything else yields a record, with diagnostics.
 */
export function parseNotice(input: string | Uint8Array, options: ParseOptions = {}): NoticeRecord {
  return assembleRecord(runPipeline(input, options));
}

export type SafeParseResult = { ok: true; record: NoticeRecord } | { ok: false; error: NoticeInputError };

/** Like parseNotice, but returns input errors instead of throwing them. */
export function safeParseNotice(input: string | Uint8Array, options: ParseOptions = {}): SafeParseResult {
  try {
    return { ok: true, record: parseNotice(input, options) };
  } catch (err) {
    if (err instanceof NoticeInputError) return { ok: false, error: err };
    throw err; // RecordValidationError and anything else are bugs: loud.
  }
}
