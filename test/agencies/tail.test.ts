/**
 * The tail guards (text/tail.ts) let an end-anchored regex run only where it may match: a guard
 * that says no where its regex matches would change the output, so every pair is checked here
 * on strings made of the regexes' own words.
 */
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import * as cues from '../../src/agencies/lexicon/role-cues.js';
import { LAW_TITLE_BEFORE, LAW_TITLE_TAIL } from '../../src/agencies/recognise.js';
import { mayEndWith, tailGuard, type TailGuard } from '../../src/agencies/text/tail.js';

const PAIRS: readonly (readonly [string, RegExp, TailGuard])[] = [
  ['LEAD_CUE_BEFORE', cues.LEAD_CUE_BEFORE, cues.LEAD_CUE_TAIL],
  ['VERB_AS_NOUN_END', cues.VERB_AS_NOUN_END, cues.VERB_AS_NOUN_TAIL],
  ['SUPPORT_CUE_BEFORE', cues.SUPPORT_CUE_BEFORE, cues.SUPPORT_CUE_TAIL],
  ['COOPERATION_TITLE_END', cues.COOPERATION_TITLE_END, cues.COOPERATION_TITLE_TAIL],
  ['GENITIVE_BEFORE', cues.GENITIVE_BEFORE, cues.GENITIVE_TAIL],
  ['LAW_TITLE_BEFORE', LAW_TITLE_BEFORE, LAW_TITLE_TAIL],
];

/** Every word the regexes are made of, and a few others. */
const WORDS = [
  ...new Set(
    [
      ...cues.LEAD_VERBS, ...cues.CUE_FILLER_WORDS, ...cues.VERB_AS_NOUN_BEFORE, ...cues.SUPPORT_VERBS, ...cues.SUPPORT_ADVERBS,
      ...cues.COOPERATION_TITLE_NOUNS, ...cues.GENITIVE_HEADS, 'voi', 'giua', 'cac', 'luat', 'to', 'chuc', 'so', 'y', 'te', 'x1', 'ubnd',
    ].flatMap((p) => p.split(' ')),
  ),
];
const SEPARATORS = [' ', ' ', '  ', '   ', '    ', '     ', ',', ', ', '.', '(', '-', '/', '\n', ''];
const SPACES = [' ', '  ', '   ', '    '];
/** Any words and separators, then a run of words between spaces and 0-5 spaces: where the regexes match. */
const strings = fc
  .tuple(
    fc.array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...SEPARATORS)), { maxLength: 8 }),
    fc.array(fc.tuple(fc.constantFrom(...SPACES), fc.constantFrom(...WORDS)), { maxLength: 5 }),
    fc.integer({ min: 0, max: 5 }),
  )
  .map(([head, run, spaces]) => head.map(([w, s]) => w + s).join('') + run.map(([s, w]) => s + w).join('') + ' '.repeat(spaces));

describe('tail guards', () => {
  for (const [name, re, guard] of PAIRS) {
    test.prop([strings], { numRuns: 3000 })(`${name}: a match implies the guard`, (s) => {
      if (re.test(s)) expect(mayEndWith(s, guard)).toBe(true);
    });
    it(`${name}: the guard lets its regex's matches through (examples)`, () => {
      for (const w of guard.words) {
        const s = `x ${w} `;
        if (re.test(s)) expect(mayEndWith(s, guard)).toBe(true);
      }
    });
  }
  it('reads the last word and the spaces after it', () => {
    const g = tailGuard(['giao cho', 'de nghi'], 1, 3);
    expect(mayEndWith('de nghi ', g)).toBe(true);
    expect(mayEndWith('giao cho   ', g)).toBe(true);
    expect(mayEndWith('giao cho    ', g)).toBe(false);
    expect(mayEndWith('giao cho', g)).toBe(false);
    expect(mayEndWith('giao xcho ', g)).toBe(false);
    expect(mayEndWith('', g)).toBe(false);
    expect(() => tailGuard(['tp.'], 1, 2)).toThrow();
  });
});
