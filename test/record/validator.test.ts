import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { recordJsonSchema } from '../../src/record/schema.js';
import { parseNotice } from '../../src/index.js';
import { validate } from '../../src/record/validate-record.generated.js';
import { ROOT } from '../helpers/cli.js';

// The run-time validator comes from our own code generator (scripts/schema-artifacts.js): it must
// accept and reject exactly what a reference JSON Schema validator (ajv) does with the same schema.
const ajvValidate = new Ajv2020({ strict: false, allErrors: false }).compile(recordJsonSchema());

/** Values a mutation puts in place of a node: each breaks some part of the schema (or not). */
const REPLACEMENTS: unknown[] = [null, undefined, 0, -1, 1.5, 13, 2 ** 53, Number.NaN, Infinity, '', 'x', 'lead', 'year', true, {}, [], [{}], { start: 0, end: 1 }];

type Node = Record<string, unknown> | unknown[];

/** Every container in the value, with the keys of its members. */
function containers(v: unknown, out: Node[] = []): Node[] {
  if (v !== null && typeof v === 'object') {
    out.push(v as Node);
    for (const x of Object.values(v)) containers(x, out);
  }
  return out;
}

function records(): unknown[] {
  const dir = path.join(ROOT, 'fixtures');
  return readdirSync(dir)
    .filter((f) => /\.(txt|md|html)$/.test(f))
    .sort()
    .slice(0, 3)
    .map((f) => JSON.parse(JSON.stringify(parseNotice(readFileSync(path.join(dir, f)), { path: f }))));
}

describe('run-time record validator', () => {
  it('agrees with ajv on records and on every one-node mutation of them', () => {
    let rejected = 0;
    let checked = 0;
    const all = records();
    // The records hold every part of the schema (the recursive directives included).
    const some = (f: (r: any) => boolean) => all.some(f);
    expect(some((r) => r.meeting && r.presiders.length > 0 && r.signer && r.recipients.length > 0)).toBe(true);
    expect(some((r) => r.directives.some((d: any) => d.children.length > 0)) && some((r) => r.directives.some((d: any) => d.deadlines.length > 0))).toBe(true);
    expect(some((r) => r.references.some((x: any) => x.date)) && some((r) => r.agencies.length > 0 && r.diagnostics.length > 0)).toBe(true);
    for (const record of all) {
      expect(validate(record)).toBe(true);
      for (const node of containers(record)) {
        const keys = Object.keys(node);
        for (const key of keys) {
          const obj = node as Record<string, unknown>;
          const saved = obj[key];
          for (const r of REPLACEMENTS) {
            obj[key] = r;
            const want = ajvValidate(record);
            expect(validate(record), `${key} := ${String(r)}`).toBe(want);
            if (!want) {
              rejected++;
              expect((validate as unknown as { errors: { message: string }[] }).errors[0].message).toBeTruthy();
            }
            checked++;
          }
          obj[key] = saved;
          if (!Array.isArray(node)) {
            delete obj[key];
            expect(validate(record)).toBe(ajvValidate(record));
            obj[key] = saved;
          }
        }
        if (!Array.isArray(node)) {
          (node as Record<string, unknown>).extra = 1;
          expect(validate(record)).toBe(false);
          expect(ajvValidate(record)).toBe(false);
          delete (node as Record<string, unknown>).extra;
        }
      }
      expect(validate(record)).toBe(true);
    }
    expect(rejected).toBeGreaterThan(1000);
    expect(checked).toBeGreaterThan(rejected);
  });

  it('names where the record breaks the schema', () => {
    const record = parseNotice('Số: 12/TB-UBND') as unknown as { document: { number: { span: { start: unknown } } } };
    record.document.number.span.start = -3;
    expect(validate(record)).toBe(false);
    expect(validate.errors).toEqual([{ instancePath: '/document/number/span/start', message: 'must be >= 0' }]);
  });
});
