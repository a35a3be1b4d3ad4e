/**
 * The per-unit tables (text/units.ts, isNotAfterUnit) answer exactly what the regexes and string
 * functions they replace answer on a one-character string: checked for every UTF-16 unit.
 */
import { describe, expect, it } from 'vitest';
import { NOT_AFTER_CHAR, isNotAfterUnit } from '../../src/agencies/lexicon/index.js';
import { lowerVi } from '../../src/agencies/text/case.js';
import { digitAt, isUpperUnit, lowerChangesAt, upperAt } from '../../src/agencies/text/units.js';

describe('unit tables', () => {
  it('agree with the regexes on every unit', () => {
    const bad: number[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      const s = `x${ch}`;
      if (isUpperUnit(c) !== /\p{Lu}/u.test(ch) || upperAt(s, 1) !== /\p{Lu}/u.test(ch)) bad.push(c);
      if (lowerChangesAt(s, 1) !== (ch !== lowerVi(ch))) bad.push(c);
      if (digitAt(s, 1) !== /\d/.test(ch)) bad.push(c);
      if (isNotAfterUnit(c) !== NOT_AFTER_CHAR.test(ch)) bad.push(c);
    }
    expect(bad).toEqual([]);
  });
  it('say no past the end of the string, as the regexes do on undefined', () => {
    expect(upperAt('A', 1)).toBe(false);
    expect(lowerChangesAt('A', 5)).toBe(false);
    expect(digitAt('1', 1)).toBe(false);
    expect(upperAt('', 0)).toBe(/\p{Lu}/u.test(String(''[0])));
  });
});
