/**
 * Which character-triggered steps cannot change a text, found in one pass over it: a step whose
 * trigger is absent returns null without looking (line endings without "\r", NFC without a
 * character NFC may change, the character map without one of its characters, tone placement
 * without a toned a/e/y right after the o/u its rhyme needs and before no letter). The second round of the
 * normaliser (normalising its own output) skips them on this census instead of scanning the text
 * once per step. Each answer is the step's own first test, so skipping never changes the output
 * (test/normalize/fast-paths.test.ts checks the skipped steps return null).
 */
import { MAYBE_NOT_NFC, SPECIAL_TABLE } from './text/unicode.js';
import { FIRST_FOR_SECOND, FIRST_VOWEL_TABLE, TONED_SECOND_TABLE, letterOrMark } from './text/tones.js';

const CR = 1;
const NFC = 2;
const SPECIAL = 4;
const TONE = 8;
const ALL = CR | NFC | SPECIAL | TONE;

/** The steps each census bit stands for (by their NAMED_STEPS names). */
export const CENSUS_STEPS: Readonly<Record<string, number>> = {
  'line-endings': CR,
  nfc: NFC,
  unicode: SPECIAL,
  tones: TONE,
};

const TABLE = (() => {
  const t = new Uint8Array(0x10000);
  t[0x0d] |= CR;
  for (let c = 0; c < 0x10000; c++) {
    if (MAYBE_NOT_NFC[c] === 1) t[c] |= NFC;
    if (SPECIAL_TABLE[c] === 1) t[c] |= SPECIAL;
    if (TONED_SECOND_TABLE[c] === 1) t[c] |= TONE;
  }
  return t;
})();

/** The census of a text: the bits of the steps that may change it. */
function census(text: string): number {
  let bits = 0;
  for (let i = 0; i < text.length; i++) {
    const t = TABLE[text.charCodeAt(i)];
    if (t === 0) continue;
    if ((t & TONE) !== 0 && (bits & TONE) === 0) {
      // tones looks at a toned second vowel only after the first vowel of its rhyme, and
      // where no letter follows (an open syllable).
      if (i > 0) {
        const prev = text.charCodeAt(i - 1);
        if (FIRST_VOWEL_TABLE[prev] === 1 && FIRST_FOR_SECOND.get(text.charCodeAt(i))!.includes(prev) && !(i + 1 < text.length && letterOrMark(text.charCodeAt(i + 1)))) bits |= TONE;
      }
      bits |= t & ~TONE;
    } else bits |= t & ~TONE;
    if (bits === ALL) break;
  }
  return bits;
}

/** The names of the steps that certainly return null on this text. */
export function stepsUnchanging(text: string): ReadonlySet<string> {
  const bits = census(text);
  const out = new Set<string>();
  for (const [name, bit] of Object.entries(CENSUS_STEPS)) if ((bits & bit) === 0) out.add(name);
  return out;
}
