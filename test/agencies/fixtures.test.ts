/**
 * Regression guard on the gold fixtures (fixtures/*.json, fixtures/corpus/*.json): agencies by
 * canonical name per document and references by number, micro-averaged, through the whole
 * pipeline. scripts/measure-agencies.ts prints the details; the floors sit a little under the
 * figures measured when the stage was written (agencies P 86.8% R 80.0%, references P 98.3% R 100%).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/pipeline.js';

const root = path.resolve(__dirname, '..', '..', 'fixtures');

interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

function count(expected: string[], actual: string[], t: Tally): void {
  const left = new Map<string, number>();
  for (const e of expected) left.set(e, (left.get(e) ?? 0) + 1);
  for (const a of actual) {
    const n = left.get(a) ?? 0;
    if (n > 0) {
      left.set(a, n - 1);
      t.tp++;
    } else t.fp++;
  }
  for (const n of left.values()) t.fn += n;
}

describe('agencies and references against the gold fixtures', () => {
  const agencies: Tally = { tp: 0, fp: 0, fn: 0 };
  const refs: Tally = { tp: 0, fp: 0, fn: 0 };
  for (const dir of [root, path.join(root, 'corpus')]) {
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.json'))) {
      const src = ['.txt', '.md', '.html'].map((e) => path.join(dir, f.slice(0, -5) + e)).find((p) => existsSync(p));
      if (!src) continue;
      let gold = JSON.parse(readFileSync(path.join(dir, f), 'utf8'));
      if (gold.$sameAs) gold = JSON.parse(readFileSync(path.join(dir, gold.$sameAs), 'utf8'));
      if (!Array.isArray(gold.agencies) && !Array.isArray(gold.references)) continue;
      const ctx = runPipeline(readFileSync(src));
      if (Array.isArray(gold.agencies)) {
        count(gold.agencies.map((a: { name: string }) => a.name), ctx.findings.agencies.map((a) => a.name), agencies);
      }
      if (Array.isArray(gold.references)) {
        count(gold.references.map((r: { number: string }) => r.number), ctx.findings.references.map((r) => r.number), refs);
      }
    }
  }
  const p = (t: Tally) => t.tp / Math.max(1, t.tp + t.fp);
  const r = (t: Tally) => t.tp / Math.max(1, t.tp + t.fn);

  it('agencies: precision >= 80%, recall >= 75%', () => {
    expect(agencies.tp).toBeGreaterThan(0);
    expect(p(agencies)).toBeGreaterThanOrEqual(0.8);
    expect(r(agencies)).toBeGreaterThanOrEqual(0.75);
  });
  it('references: precision >= 90%, recall >= 95%', () => {
    expect(refs.tp).toBeGreaterThan(0);
    expect(p(refs)).toBeGreaterThanOrEqual(0.9);
    expect(r(refs)).toBeGreaterThanOrEqual(0.95);
  });
});
