import { describe, expect, it } from 'vitest';
import { compareExpected } from '../../src/check/compare.js';

describe('compareExpected', () => {
  it('compares only the keys the expected value has', () => {
    expect(compareExpected({ a: 1 }, { a: 1, b: 2 })).toEqual([]);
    expect(compareExpected({ a: 1 }, { a: 2 })).toEqual([{ path: 'a', expected: 1, actual: 2 }]);
  });

  it('requires arrays of the same length', () => {
    expect(compareExpected({ xs: [1, 2] }, { xs: [1] }).map((m) => m.path)).toEqual(['xs.length']);
  });

  it('matches "BEGINNING … END" by prefix and suffix only', () => {
    expect(compareExpected('Tăng cường … huyện.', 'Tăng cường công tác trên địa bàn huyện.')).toEqual([]);
    expect(compareExpected('Tăng cường … huyện.', 'Tăng cường công tác trên địa bàn tỉnh.')).toHaveLength(1);
    expect(compareExpected('Tăng … tăng', 'Tăng')).toHaveLength(1);
  });

  it('accepts mentions written as printed strings', () => {
    expect(compareExpected({ mentions: ['Sở Y tế', 'SYT'] }, { mentions: [{ text: 'Sở Y tế' }, { text: 'SYT' }] })).toEqual([]);
  });

  it('compares agencies by name, so one missing agency is one mismatch, and checks their order', () => {
    const exp = { agencies: [{ name: 'A', kind: 'so' }, { name: 'B', kind: 'so' }, { name: 'C', kind: 'bo' }] };
    const act = { agencies: [{ name: 'A', kind: 'so' }, { name: 'C', kind: 'bo' }, { name: 'D', kind: 'so' }] };
    expect(compareExpected(exp, act).map((m) => m.path)).toEqual(['agencies{B}', 'agencies{D}']);
    const swapped = { agencies: [{ name: 'A', kind: 'so' }, { name: 'C', kind: 'bo' }, { name: 'B', kind: 'so' }] };
    expect(compareExpected(exp, swapped).map((m) => m.path)).toEqual(['agencies.order']);
    expect(compareExpected({ d: [{ agencies: [{ name: 'A', role: 'lead' }] }] }, { d: [{ agencies: [{ name: 'A', role: 'support' }] }] }).map((m) => m.path)).toEqual([
      'd[0].agencies{A}.role',
    ]);
  });
});
