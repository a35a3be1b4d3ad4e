/**
 * The directives of every fixture (samples, corpus, variants) against the hand-written expected
 * records, agencies aside (the agencies stage fills those), and invariants on every document:
 * spans are evidence, ids are unique, no directive holds the closing formula, "Nơi nhận" or chrome.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fg from 'fast-glob';
import { describe, expect, it } from 'vitest';
import { compareExpected } from '../../src/check/compare.js';
import { DocumentContext } from '../../src/context.js';
import { directives } from '../../src/directives/index.js';
import { normalize } from '../../src/normalize/index.js';
import type { Directive } from '../../src/record/schema.js';
import { all } from './helpers.js';

const ROOT = path.resolve(import.meta.dirname, '../../fixtures');
/** Documents: every text beside the notes (NOTES.md, README.md, DISPUTES.md, SOURCES.md are not documents). */
const DOCS = fg.sync('**/*.{txt,md,html}', { cwd: ROOT }).filter((f) => !/(?:^|\/)[A-Z]+\.md$/u.test(f)).sort();

function expected(doc: string): Record<string, unknown> | null {
  const file = path.join(ROOT, doc.replace(/\.[^.]+$/, '.json'));
  if (!existsSync(file)) return null;
  let data = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  if (typeof data.$sameAs === 'string') {
    const base = JSON.parse(readFileSync(path.resolve(path.dirname(file), data.$sameAs), 'utf8')) as Record<string, unknown>;
    data = { ...base, ...data };
  }
  return data;
}

function stage(doc: string, encoding?: string): DocumentContext {
  const n = normalize(readFileSync(path.join(ROOT, doc)), { encoding });
  const ctx = new DocumentContext(n.raw, n.text, n.map, {});
  directives(ctx);
  return ctx;
}

const withoutAgencies = (ds: unknown[]): unknown[] =>
  (ds as Record<string, unknown>[]).map(({ agencies: _a, children, ...d }) => ({ ...d, children: withoutAgencies((children as unknown[]) ?? []) }));

/** Things that never belong to a directive. */
const FOREIGN = [/Nơi nhận/u, /^Trên đây là/mu, /trân trọng thông báo/iu, /Thống kê truy cập/u, /Viết bình luận/u, /Đăng nhập/u, /THƯ VIỆN PHÁP LUẬT/u];

describe('directives of the fixtures', () => {
  const pairs = DOCS.map((doc) => [doc, expected(doc)] as const).filter(([, e]) => e && Array.isArray(e.directives));
  it.each(pairs)('%s', (doc, exp) => {
    const ctx = stage(doc, typeof exp!.$encoding === 'string' ? exp!.$encoding : undefined);
    expect(compareExpected(withoutAgencies(exp!.directives as unknown[]), ctx.findings.directives, 'directives')).toEqual([]);
  });
});

describe('directive invariants', () => {
  it.each(DOCS)('%s', (doc) => {
    const exp = expected(doc);
    const ctx = stage(doc, typeof exp?.$encoding === 'string' ? exp.$encoding : undefined);
    const list: Directive[] = all(ctx.findings.directives);
    const ids = list.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const d of list) {
      expect(d.span.start).toBeLessThanOrEqual(d.span.end);
      expect(d.span.end).toBeLessThanOrEqual(ctx.text.length);
      const evidence = ctx.text.slice(d.span.start, d.span.end);
      if (d.marker && !d.marker.startsWith('ò')) expect(evidence.replace(/\s+/gu, ' ')).toContain(d.marker.split(' ')[0]);
      for (const c of d.children) expect(c.span.start).toBeGreaterThanOrEqual(d.span.end);
      for (const re of FOREIGN) expect(d.text).not.toMatch(re);
      for (const dl of d.deadlines) {
        expect(ctx.text.slice(dl.span.start, dl.span.end).replace(/\s+/gu, ' ')).toBe(dl.text);
        expect(dl.span.start).toBeGreaterThanOrEqual(d.span.start);
        expect(dl.span.end).toBeLessThanOrEqual(d.span.end);
      }
      expect(d.agencies).toEqual([]);
    }
    if (list.length > 0) {
      expect(ctx.zones.directivesStart).toBeLessThanOrEqual(ctx.zones.directivesEnd!);
      for (const d of list) expect(d.span.end).toBeLessThanOrEqual(ctx.zones.directivesEnd!);
    }
  });
});
