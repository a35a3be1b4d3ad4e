// Character clean-up: NFC, Ð -> Đ, invisible characters, spaces, dashes, quotes, line endings.
import { describe, expect, it } from 'vitest';
import { nfc, unicodeChars } from '../../../src/normalize/text/unicode.js';
import { NFC_SAFE_RANGES } from '../../../src/normalize/text/char-classes.js';
import { lineEndings } from '../../../src/normalize/text/line-endings.js';
import { norm, runStep } from '../helpers.js';

describe('unicode characters', () => {
  it.each([
    ['\u00D0ắk Lắk', 'Đắk Lắk'],
    ['\u00F0ồng', 'đồng'],
    ['Số:\u00A0125', 'Số: 125'],
    ['Tờ\u200Btrình', 'Tờtrình'],
    ['Quyết\u00ADđịnh', 'Quyếtđịnh'],
    ['\uFEFFSố', 'Số'],
    ['kinh tế \u2013 xã hội', 'kinh tế - xã hội'],
    ['Nguyễn Tuấn Hà \u2014 Phó Chủ tịch', 'Nguyễn Tuấn Hà - Phó Chủ tịch'],
    ['\u2212 5', '- 5'],
    ['\u201C5K\u201D', '"5K"'],
    ['\u2018a\u2019', "'a'"],
    ['thực hiện\u2026', 'thực hiện\u2026'],
  ])('%j -> %j', (input, expected) => {
    expect(runStep(unicodeChars, input).text).toBe(expected);
  });

  it('composes decomposed Vietnamese (NFD) into NFC', () => {
    const nfd = 'Thông báo kết luận'.normalize('NFD');
    const r = runStep(nfc, nfd);
    expect(r.text).toBe('Thông báo kết luận');
    // every output offset maps into the input, at or after the previous one
    let prev = 0;
    for (let i = 0; i <= r.text.length; i++) {
      const o = r.map!.toInput(i);
      expect(o).toBeGreaterThanOrEqual(prev);
      expect(o).toBeLessThanOrEqual(nfd.length);
      prev = o;
    }
  });

  it.each([
    ['a\r\nb', 'a\nb'],
    ['a\rb', 'a\nb'],
    ['a\r\n\r\nb', 'a\n\nb'],
  ])('line endings %j', (input, expected) => {
    expect(runStep(lineEndings, input).text).toBe(expected);
  });

  it('the whole normaliser: NFD, NBSP and CRLF give the same text as clean input', () => {
    const clean = 'Số: 125/TB-VPUBND\n\nThông báo kết luận của đồng chí Nguyễn Tuấn Hà.';
    const dirty = 'Số:\u00A0125/TB-VPUBND\r\n\r\nThông báo kết luận của đồng chí Nguyễn Tuấn Hà.'.normalize('NFD');
    expect(norm(dirty)).toBe(norm(clean));
  });
});

describe('NFC fast path', () => {
  it('every character of NFC_SAFE_RANGES is NFC alone, not a mark, and never the second of a composition', () => {
    const seconds = new Set<number>();
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c < 0xe000) continue;
      const d = String.fromCharCode(c).normalize('NFD');
      for (let k = 1; k < d.length; k++) seconds.add(d.charCodeAt(k));
    }
    const bad: number[] = [];
    for (const [a, b] of NFC_SAFE_RANGES) {
      for (let c = a; c < b; c++) {
        const s = String.fromCharCode(c);
        if (s.normalize('NFC') !== s || /\p{M}/u.test(s) || seconds.has(c) || (c >= 0x1100 && c < 0x1200)) bad.push(c);
      }
    }
    expect(bad).toEqual([]);
  });

  it('still composes a text that has both safe characters and a combining mark', () => {
    expect(runStep(nfc, 'Ho\u0300a bi\u0300nh').text).toBe('Hòa bình');
    expect(nfc('Hòa bình - “5K” ₫', { format: 'text', note: () => {} })).toBeNull();
  });
});

