/** lowerVi/upperVi are the plain case mappings, which must equal the Vietnamese locale's. */
import { describe, expect, it } from 'vitest';
import { lowerVi, upperVi } from '../../src/agencies/text/case.js';

describe('Vietnamese case', () => {
  it('equals toLocaleLowerCase/UpperCase("vi") on every code point', () => {
    const bad: string[] = [];
    for (let c = 0; c < 0x110000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const s = String.fromCodePoint(c);
      if (lowerVi(s) !== s.toLocaleLowerCase('vi') || upperVi(s) !== s.toLocaleUpperCase('vi')) bad.push(c.toString(16));
    }
    expect(bad).toEqual([]);
  });
  it('equals them on context-dependent strings (final sigma, dotted I, combining marks)', () => {
    for (const s of ['ĐẮK LẮK', 'ΟΔΟΣ', 'İstanbul', 'Ì\u0307', 'UỶ BAN', 'ǅ', 'ß', '\ud800A']) {
      expect(lowerVi(s)).toBe(s.toLocaleLowerCase('vi'));
      expect(upperVi(s)).toBe(s.toLocaleUpperCase('vi'));
    }
  });
});
