// Table and rule residue: lone pipes, unparsed pipe rows, rule lines.
import { describe, expect, it } from 'vitest';
import { residue } from '../../../src/normalize/layout/residue.js';
import { runStep } from '../helpers.js';

const r = (s: string) => runStep(residue, s).text;

describe('residue', () => {
  it.each([
    ['VĂN PHÒNG CHÍNH PHỦ\n|\nCỘNG HÒA', 'VĂN PHÒNG CHÍNH PHỦ\n\nCỘNG HÒA'],
    ['a\n|\n|\nb', 'a\n\n\nb'],
    ['a\n-------\nb', 'a\n\nb'],
    ['a\n_______\nb', 'a\n\nb'],
    ['a\n= = =\nb', 'a\n\nb'],
    ['VĂN PHÒNG CHÍNH PHỦ -------', 'VĂN PHÒNG CHÍNH PHỦ'],
    ['Độc lập - Tự do - Hạnh phúc ---------------', 'Độc lập - Tự do - Hạnh phúc'],
    ['| a | b |', 'a\nb'],
    ['| Số: 68 | |', 'Số: 68'],
    ['| | Hà Nội, ngày 05 |', 'Hà Nội, ngày 05'],
    ['|---|:---:|', ''],
  ])('%j -> %j', (input, expected) => {
    expect(r(input)).toBe(expected);
  });

  it.each([
    'kinh tế - xã hội',
    'giai đoạn 2021 - 2025',
    '- Như trên;',
    'Số: ___/QĐ-UBND',
    'a | b',
  ])('leaves %j alone', (input) => {
    expect(r(input)).toBe(input);
  });

  it('skips texts without pipes or rules cheaply', () => {
    expect(residue('Thông báo kết luận', { format: 'text', note: () => {} })).toBeNull();
  });
});
