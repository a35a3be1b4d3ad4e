import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../src/normalize/offset-map.js';

/** Line and column as a full split gives them. */
function naive(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

describe('LineIndex (built only as far as asked)', () => {
  const texts = ['', '\n', 'a', 'ab\ncd', '\n\nx\n', 'một\nhai\n\nba\n', 'x\n'.repeat(50) + 'end'];
  for (const text of texts) {
    it(`gives the positions a full split gives, in any order: ${JSON.stringify(text.slice(0, 12))}`, () => {
      const offsets = Array.from({ length: text.length + 1 }, (_, i) => i);
      // Ascending, descending and interleaved queries on fresh indexes.
      const orders = [offsets, offsets.slice().reverse(), offsets.filter((_, i) => i % 2 === 1).concat(offsets.filter((_, i) => i % 2 === 0))];
      for (const order of orders) {
        const idx = new LineIndex(text);
        for (const o of order) expect(idx.position(o)).toEqual(naive(text, o));
      }
    });
  }

  it('answers an offset past the end like the last line', () => {
    const idx = new LineIndex('ab\ncd');
    expect(idx.position(0)).toEqual({ line: 1, column: 1 });
    expect(idx.position(9)).toEqual({ line: 2, column: 7 });
  });
});
