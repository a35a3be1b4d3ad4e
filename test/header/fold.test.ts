import { describe, expect, it } from 'vitest';
import { fold } from '../../src/header/text.js';

describe('fold', () => {
  it('gives capitals without diacritics, one code unit for one', () => {
    expect(fold('Cộng hòa')).toBe('CONG HOA');
    expect(fold('ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK')).toBe('UY BAN NHAN DAN TINH DAK LAK');
    expect(fold('đ Đ')).toBe('D D');
    expect(fold('')).toBe('');
    expect(fold('a😀b')).toBe('A😀B'); // a surrogate pair passes through
  });

  it('folds the same whatever length came before (short, long, across the reused-array and chunk sizes)', () => {
    const word = 'Quyết định ';
    const lengths = [1, 5, 300, 2, 256, 257, 3, 4096, 4097, 9000, 7, 255, 1];
    for (const n of lengths) {
      const s = word.repeat(Math.ceil(n / word.length)).slice(0, n);
      const f = fold(s);
      expect(f.length).toBe(n);
      // Folding is per code unit: the whole is the folded parts joined.
      const half = Math.floor(n / 2);
      expect(f).toBe(fold(s.slice(0, half)) + fold(s.slice(half)));
      expect(f).toBe('QUYET DINH '.repeat(Math.ceil(n / word.length)).slice(0, n));
    }
  });
});
