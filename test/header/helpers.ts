import { parseNotice } from '../../src/index.js';
import type { NoticeRecord } from '../../src/record/schema.js';

/** Parses a document given as lines. */
export function parse(...lines: string[]): NoticeRecord {
  return parseNotice(lines.join('\n'));
}

/** Diagnostic codes of a record. */
export function codes(r: NoticeRecord): string[] {
  return r.diagnostics.map((d) => d.code);
}

/** Every span of the document/meeting/presiders/signer/recipients values is evidence in the text. */
export function evidence(r: NoticeRecord, span: { start: number; end: number }): string {
  return r.text.slice(span.start, span.end);
}
