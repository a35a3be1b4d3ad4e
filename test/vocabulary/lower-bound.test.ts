import { describe, expect, it } from 'vitest';
import { firstFrom, lowerBound } from '../../src/vocabulary/lower-bound.js';

describe('vocabulary/lower-bound', () => {
  const xs = [1, 3, 3, 7, 10];
  it('lowerBound: the first index where the predicate turns false', () => {
    expect(lowerBound(xs.length, (i) => xs[i] < 3)).toBe(1); // the first of the two 3s
    expect(lowerBound(xs.length, (i) => xs[i] < 4)).toBe(3);
    expect(lowerBound(xs.length, (i) => xs[i] < 0)).toBe(0);
    expect(lowerBound(xs.length, (i) => xs[i] < 11)).toBe(5); // all true: the length
    expect(lowerBound(0, () => true)).toBe(0);
  });

  it('firstFrom: the first span that starts at or after a position', () => {
    const spans = [{ start: 0 }, { start: 5 }, { start: 5 }, { start: 9 }];
    expect(firstFrom(spans, 5)).toBe(1);
    expect(firstFrom(spans, 6)).toBe(3);
    expect(firstFrom(spans, 10)).toBe(4);
    expect(firstFrom([], 3)).toBe(0);
  });
});
