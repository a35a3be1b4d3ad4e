import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NoticeRecordSchema, recordJsonSchema } from '../../src/record/schema.js';
import { parseNotice } from '../../src/index.js';
import { ROOT } from '../helpers/cli.js';
import { validate } from '../../src/record/validate-record.generated.js';

describe('record schema', () => {
  it('schema/record.schema.json is what zod generates now (run `npm run schema:write` when this fails)', () => {
    const committed = JSON.parse(readFileSync(path.join(ROOT, 'schema/record.schema.json'), 'utf8'));
    expect(committed).toEqual(recordJsonSchema());
  });

  it('the compiled run-time validator is generated from the current schema (run `npm run schema:write`)', async () => {
    // @ts-expect-error plain JS build script
    const { generatedArtifacts } = await import('../../scripts/schema-artifacts.js');
    const { validatorSource } = await generatedArtifacts();
    expect(readFileSync(path.join(ROOT, 'src/record/validate-record.generated.ts'), 'utf8')).toBe(validatorSource);
  });

  it('names every field of spec/record.md', () => {
    const keys = Object.keys(NoticeRecordSchema.shape);
    expect(keys).toEqual([
      'schemaVersion', 'source', 'text', 'document', 'meeting', 'presiders', 'directives',
      'agencies', 'references', 'recipients', 'signer', 'diagnostics',
    ]);
  });

  it('rejects a record that breaks the contract, with zod and with the run-time validator alike', () => {
    const record = parseNotice('Số: 12/TB-UBND');
    expect(NoticeRecordSchema.safeParse(record).success).toBe(true);
    expect(validate(record)).toBe(true);
    const broken = [
      { ...record, schemaVersion: '2' },
      { ...record, presiders: [{ name: 'X' }] },
      { ...record, directives: [{ id: '1', marker: '1.', heading: null, text: '', span: { start: 0, end: 1 }, children: [{ id: 'x' }], agencies: [], deadlines: [] }] },
    ];
    for (const b of broken) {
      expect(NoticeRecordSchema.safeParse(b).success).toBe(false);
      expect(validate(b)).toBe(false);
    }
    // zod strips unknown keys; the emitted JSON Schema (and so the run-time check) refuses them,
    // so a field added in code but not in the schema is caught before it is emitted.
    expect(validate({ ...record, extra: true })).toBe(false);
  });
});
