// Inline markup removed from record values (src/header/text.ts): the code that replaced the
// INLINE_MARKUP regex (recheck's fuzzer called it 2nd degree) must replace the same pieces.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanValue, replaceInlineMarkup } from '../../src/header/text.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 2000);

/** The regex before, as the reference. */
const OLD_INLINE_MARKUP = /\*{1,3}|_{2,}|<\/?[a-zA-Z][^<>\n]{0,200}>/g;
const old = (s: string) => s.replace(OLD_INLINE_MARKUP, ' ');

describe('replaceInlineMarkup', () => {
  it.each([
    ['Sở Y tế', 'Sở Y tế'],
    ['**THÔNG BÁO**', ' THÔNG BÁO '],
    ['*a*', ' a '],
    ['*****', '  '], // "***" then "**"
    ['a_b', 'a_b'],
    ['a__b___c', 'a b c'],
    ['_', '_'],
    ['<b>Số</b>: 12', ' Số : 12'],
    ['<p align="center">x', ' x'],
    ['a < b > c', 'a < b > c'],
    ['<1>', '<1>'],
    ['<a\nb>', '<a\nb>'],
    ['<<b>>', '< >'],
    ['</>', '</>'],
    [`<a${'x'.repeat(200)}>`, ' '],
    [`<a${'x'.repeat(201)}>`, `<a${'x'.repeat(201)}>`],
    [`<a${'*'.repeat(201)}>`, `<a${' '.repeat(67)}>`], // too long for a tag: the stars go
    ['', ''],
  ])('%j -> %j', (s, expected) => {
    expect(replaceInlineMarkup(s)).toBe(expected);
    expect(old(s)).toBe(expected);
  });

  it('cleanValue removes markup and collapses spaces', () => {
    expect(cleanValue('**Số:** <b>125/TB-VPUBND</b>')).toBe('Số: 125/TB-VPUBND');
  });

  it('agrees with the old regex on generated values', () => {
    const s = fc.array(fc.constantFrom('*', '_', '<', '>', '/', '\n', ' ', 'a', 'B', '1', 'đ', '<b>', '</p>', '**', '__'), { maxLength: 30 }).map((xs) => xs.join(''));
    fc.assert(
      fc.property(s, (x) => {
        expect(replaceInlineMarkup(x)).toBe(old(x));
      }),
      { numRuns: RUNS },
    );
  });

  it('is fast on the attack recheck found ("_<AA" x 27387)', () => {
    const attack = '_<AA'.repeat(27_387) + 'AAAAAAAAA<A\n';
    const t0 = performance.now();
    expect(replaceInlineMarkup(attack)).toBe(old(attack));
    expect(performance.now() - t0).toBeLessThan(1_000);
  });
});
