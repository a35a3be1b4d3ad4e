/** Builds the record from a finished context and validates it against its own schema. */
import { createHash } from 'node:crypto';
import type { DocumentContext } from '../context.js';
import { RecordValidationError } from '../errors.js';
import { NoticeRecordSchema, type NoticeRecord } from './schema.js';

export function assembleRecord(ctx: DocumentContext): NoticeRecord {
  const f = ctx.findings;
  const record: NoticeRecord = {
    schemaVersion: '1',
    source: {
      path: ctx.options.path ?? null,
      bytes: ctx.raw.bytes.length,
      sha256: createHash('sha256').update(ctx.raw.bytes).digest('hex'),
      encoding: ctx.raw.encoding,
      format: ctx.raw.format,
    },
    text: ctx.text,
    document: f.document,
    meeting: f.meeting,
    presiders: f.presiders,
    directives: f.directives,
    agencies: f.agencies,
    references: f.references,
    recipients: f.recipients,
    signer: f.signer,
    diagnostics: ctx.diagnostics,
  };
  const result = NoticeRecordSchema.safeParse(record);
  if (!result.success) {
    const where = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new RecordValidationError(`BUG: vn-notice built a record that breaks its own schema (${where})`, result.error.issues);
  }
  return record;
}
