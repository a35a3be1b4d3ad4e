import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NoticeRecordSchema, recordJsonSchema } from '../../src/record/schema.js';
import { parseNotice } from '../../src/index.js';
import { ROOT } from '../helpers/cli.js';

describe('record schema', () => {
  it('schema/record.schema.json is what zod generates now (run `npm run schema:write` when this fails)', () => {
    const committed = JSON.parse(readFileSync(path.join(ROOT, 'schema/record.schema.json'), 'utf8'));
    expect(committed).toEqual(recordJsonSchema());
  });

  it('names every field of spec/record.md', () => {
    const keys = Object.keys(NoticeRecordSchema.shape);
    expect(keys).toEqual([
      'schemaVersion', 'source', 'text', 'document', 'meeting', 'presiders', 'directives',
      'agencies', 'references', 'recipients', 'signer', 'diagnostics',
    ]);
  });

  it('rejects a record that breaks the contract', () => {
    const record = parseNotice('Số: 12/TB-UBND');
    expect(NoticeRecordSchema.safeParse(record).success).toBe(true);
    expect(NoticeRecordSchema.safeParse({ ...record, schemaVersion: '2' }).success).toBe(false);
    expect(NoticeRecordSchema.safeParse({ ...record, presiders: [{ name: 'X' }] }).success).toBe(false);
  });
});
