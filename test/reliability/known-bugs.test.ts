/**
 * The bugs the reliability suite found and tolerates (support/known-bugs.ts), each as a concrete
 * failing case. `it.fails` passes while the bug is there; when its owner fixes it, the case
 * fails: then delete the case and the entry (and its tolerance) in support/known-bugs.ts.
 */
import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalize, parseNotice } from '../../src/index.js';
import { ROOT } from './support/invariants.js';
import { KNOWN_BUGS } from './support/known-bugs.js';

const fixture = (rel: string) => readFileSync(path.join(ROOT, 'fixtures', rel));
const twice = (x: string | Uint8Array) => normalize(normalize(x).text).text;

describe('known bugs (expected to fail until fixed)', () => {
  // Fixed: the unicode step deletes C0 control characters. Kept as a regular test.
  it(`${KNOWN_BUGS.nulInText.id} (fixed): bytes 61 00 62 leave no NUL in text`, () => {
    const once = normalize(Uint8Array.from([0x61, 0x00, 0x62])).text;
    expect(once).not.toContain('\0');
    expect(normalize(once).text).toBe(once);
  });

  // Fixed: a mention's text is exactly the slice of its span, and no name is read across "*".
  // Kept as regular tests.
  it(`${KNOWN_BUGS.evidenceCollapsed.id} (fixed): an agency mention across a line break (corpus/036)`, () => {
    const r = parseNotice(fixture('corpus/036.txt'));
    for (const a of r.agencies) for (const m of a.mentions) expect(r.text.slice(m.span.start, m.span.end)).toBe(m.text);
  });

  it(`${KNOWN_BUGS.evidenceCollapsed.id} (fixed): no mention read across "*" ("UBND tỉnh*ỦY BAN NHÂN DÂN")`, () => {
    const r = parseNotice('theo Công văn số 8144/UBND-KGVX ngày 26/8/2021 của UBND tỉnh*ỦY BAN NHÂN DÂN');
    expect(r.agencies.length).toBeGreaterThan(0);
    for (const a of r.agencies) for (const m of a.mentions) {
      expect(r.text.slice(m.span.start, m.span.end)).toBe(m.text);
      expect(m.text).not.toContain('*');
    }
  });

  // Fixed: a deadline's text is the exact slice of its span (CONVENTIONS.md). Kept as a regular test.
  it(`${KNOWN_BUGS.evidenceCollapsed.id} (fixed for deadlines): a deadline across a line break ("TRƯỚC NGÀY\\n08/02/2021")`, () => {
    const r = parseNotice('THÔNG BÁO\n\n1. SỞ Y TẾ HOÀN THÀNH BÁO CÁO TRƯỚC NGÀY\n08/02/2021.\n\n2. CÔNG AN TỈNH THỰC HIỆN.\n');
    const deadlines = r.directives.flatMap((d) => d.deadlines);
    expect(deadlines.length).toBeGreaterThan(0);
    for (const d of deadlines) expect(r.text.slice(d.span.start, d.span.end)).toBe(d.text);
  });

  // Fixed: web-chrome removal goes on after each TVPL head it drops (up to the page tail), so a
  // page saved several times over (whose document header lines windows-1258 cannot encode, so
  // that nothing stops the head rule) loses all its heads in one pass. Kept as a regular test.
  it.each([1, 2, 5, 8])('normalize/chrome-not-idempotent (fixed): corpus/006 %i times, windows-1258', (times) => {
    const text = fixture('corpus/006.txt').toString('utf8');
    const input = iconv.encode(Array.from({ length: times }, () => text).join('\n'), 'windows-1258');
    const once = normalize(input).text;
    expect(twice(input)).toBe(once);
    // Every copy but the last is a head for the rule (see chrome.ts), as once repeated.
    expect(once).toBe(normalize(iconv.encode(text, 'windows-1258')).text);
  });
});
