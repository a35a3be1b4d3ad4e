/**
 * Builds the record from a finished context and validates it against the record schema.
 * Validation uses the compiled validator generated from the zod schema's JSON Schema
 * (scripts/gen-schema.js): the same contract, at a fraction of the cost per record.
 */
import { createHash } from 'node:crypto';
import type { DocumentContext } from '../context.js';
import { RecordValidationError } from '../errors.js';
import type { NoticeRecord } from './schema.js';
import { validate } from './validate-record.generated.js';

interface ValidationIssue {
  instancePath: string;
  message?: string;
}

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
  if (!validate(record)) {
    const issues = ((validate as unknown as { errors?: ValidationIssue[] }).errors ?? []) as ValidationIssue[];
    const where = issues.map((i) => `${i.instancePath || '/'}: ${i.message ?? 'invalid'}`).join('; ');
    throw new RecordValidationError(`BUG: vn-notice built a record that breaks its own schema (${where})`, issues);
  }
  return record;
}
