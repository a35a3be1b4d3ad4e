/**
 * Which character-triggered steps cannot change a text, found in one pass over it: a step whose
 * trigger is absent returns null without looking (line endings without "\r", NFC without a
 * character NFC may change, the character map without one of its characters, tone placement
 * without a toned a/e/y right after the o/u its rhyme needs and before no letter). The second round of the
 * normaliser (normalising its own output) skips them on this census instead of scanning the text
 * once per step. Each answer is the step's own first test, so skipping never changes the output
 * (test/normalize/fast-paths.test.ts checks the skipped steps return null).
 *
 * The census also says where each trigger first occurs, and is kept for the last text it was
 * taken of: the character steps (nfc, unicode, tones) run in turn on the same text when the one
 * before changes nothing, and each starts from the census instead of scanning again.
 */
import { MAYBE_NOT_NFC, SPECIAL_TABLE, TONED_SECOND_TABLE, isOpenRhymeAt } from './text/char-classes.js';

const CR = 1;
const NFC = 2;
const SPECIAL = 4;
const TONE = 8;

/** The steps each census bit stands for (by their NAMED_STEPS names). */
export const CENSUS_STEPS: Readonly<Record<string, number>> = {
  'line-endings': CR,
  nfc: NFC,
  unicode: SPECIAL,
  tones: TONE,
};

/**
 * The bits of each code unit. Built run by run of each table's 1s (found by indexOf) rather than
 * by a loop over all 65,536 code units (~2.5 ms of a cold start): NFC first, on the empty table,
 * so that its few long runs are fills; the other tables have few 1s.
 */
const TABLE = (() => {
  const t = new Uint8Array(0x10000);
  for (let a = MAYBE_NOT_NFC.indexOf(1); a !== -1; ) {
    const b = MAYBE_NOT_NFC.indexOf(0, a);
    t.fill(NFC, a, b === -1 ? t.length : b);
    a = b === -1 ? -1 : MAYBE_NOT_NFC.indexOf(1, b);
  }
  for (const [table, bit] of [[SPECIAL_TABLE, SPECIAL], [TONED_SECOND_TABLE, TONE]] as const) {
    for (let c = table.indexOf(1); c !== -1; c = table.indexOf(1, c + 1)) t[c] |= bit;
  }
  t[0x0d] |= CR;
  return t;
})();

/** A text's census: the bits of the steps that may change it, and where each trigger first occurs (-1: nowhere). */
export interface Census {
  readonly bits: number;
  /** The first "\r". */
  readonly firstCr: number;
  /** The first code unit outside NFC_SAFE_RANGES (indexOfAny(text, MAYBE_NOT_NFC)). */
  readonly firstNfc: number;
  /** The first character of CHAR_MAP (indexOfAny(text, SPECIAL_TABLE)). */
  readonly firstSpecial: number;
  /** The first toned second vowel of an open rhyme (nextOpenRhyme(text, 1)). */
  readonly firstTone: number;
  /** Every character of CHAR_MAP, in order (what the unicode step's scan finds). */
  readonly specials: readonly number[];
  /** Every toned second vowel of an open rhyme, in order (what nextOpenRhyme finds in turn). */
  readonly rhymes: readonly number[];
}

/** The last text taken a census of, and its census. */
let memoText: string | null = null;
let memoCensus: Census | null = null;

/**
 * True when `text` is the last text taken a census of. A step's output differs from its input
 * where the step rewrote it, and the unicode step rewrites the first of its characters: that
 * offset is compared first, so that telling its output from its input does not compare the two
 * texts up to there.
 */
function isMemoText(text: string): boolean {
  if (memoText === null || memoText.length !== text.length) return false;
  const probe = memoCensus!.firstSpecial;
  if (probe !== -1 && memoText.charCodeAt(probe) !== text.charCodeAt(probe)) return false;
  return memoText === text;
}

/**
 * The census of a text, in one pass over the whole text (the lists of CHAR_MAP characters and of
 * open rhymes need all of it); the loop is shaped for the common case, a code unit in no table.
 */
export function charCensus(text: string): Census {
  if (isMemoText(text)) return memoCensus!;
  let bits = 0;
  let firstCr = -1;
  let firstNfc = -1;
  const specials: number[] = [];
  const rhymes: number[] = [];
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const t = TABLE[text.charCodeAt(i)];
    if (t === 0) continue;
    // tones looks at a toned second vowel only after the first vowel of its rhyme, and
    // where no letter follows (an open syllable). A toned vowel is nothing else (the common case).
    if ((t & TONE) !== 0 && i > 0 && isOpenRhymeAt(text, i)) {
      rhymes.push(i);
      bits |= TONE;
    }
    if (t === TONE) continue;
    if ((t & SPECIAL) !== 0) {
      specials.push(i);
      bits |= SPECIAL;
    }
    if ((t & CR) !== 0 && firstCr === -1) {
      firstCr = i;
      bits |= CR;
    }
    if ((t & NFC) !== 0 && firstNfc === -1) {
      firstNfc = i;
      bits |= NFC;
    }
  }
  const firstSpecial = specials.length > 0 ? specials[0] : -1;
  const firstTone = rhymes.length > 0 ? rhymes[0] : -1;
  memoText = text;
  memoCensus = { bits, firstCr, firstNfc, firstSpecial, firstTone, specials, rhymes };
  return memoCensus;
}

/** The census of the text if it is the last one taken, else null (the caller scans for itself). */
export function knownCensus(text: string): Census | null {
  return isMemoText(text) ? memoCensus : null;
}

/** A text whose open rhymes are known without a census (the unicode step's output, when it can tell), and them. */
let rhymesText: string | null = null;
let rhymesList: readonly number[] = [];

/**
 * Records every toned second vowel of an open rhyme of the text, in order (what nextOpenRhyme
 * finds in turn): none when the list is empty.
 */
export function rememberOpenRhymes(text: string, rhymes: readonly number[]): void {
  rhymesText = text;
  rhymesList = rhymes;
}

/** The open rhymes recorded for the text (rememberOpenRhymes), or null when none were. */
export function knownOpenRhymes(text: string): readonly number[] | null {
  return rhymesText !== null && rhymesText.length === text.length && rhymesText === text ? rhymesList : null;
}

/** The steps whose triggers census bits stand for, all of them. */
const CENSUS_STEP_NAMES: ReadonlySet<string> = new Set(Object.keys(CENSUS_STEPS));

/**
 * The census steps, all of them, when they certainly return null on `text`, read only at the
 * offsets of `dirty` (sorted [start, end) pairs, flat), else null. For the output of a run of the
 * steps in which the text reaching the character steps had no "\r" and no code unit NFC may
 * change (so that the character steps leave none: their replacements are in NFC_SAFE_RANGES),
 * none of CHAR_MAP after the unicode step, and no rhyme tones rewrites after the tones step
 * (tones finds nothing to do on its own output); `dirty` holds where the later steps may have
 * made the text read differently, the window of RHYME_WINDOW around each offset included
 * (carryDirty). Outside it each offset reads as in the tones step's output, so only there can
 * a trigger be: a "\r", such a code unit, a character of CHAR_MAP, or an open rhyme whose mark
 * tones moves (`rewritesRhymeAt`).
 */
export function carriedUnchanging(text: string, dirty: readonly number[], rewritesRhymeAt: (text: string, i: number) => boolean): ReadonlySet<string> | null {
  for (let j = 0; j < dirty.length; j += 2) {
    const end = Math.min(dirty[j + 1], text.length);
    for (let i = dirty[j]; i < end; i++) {
      const t = TABLE[text.charCodeAt(i)];
      if (t === 0) continue;
      if (t !== TONE) return null;
      if (i > 0 && isOpenRhymeAt(text, i) && rewritesRhymeAt(text, i)) return null;
    }
  }
  return CENSUS_STEP_NAMES;
}

/** The names of the steps that certainly return null on this text. */
export function stepsUnchanging(text: string): ReadonlySet<string> {
  const { bits } = charCensus(text);
  const out = new Set<string>();
  for (const [name, bit] of Object.entries(CENSUS_STEPS)) if ((bits & bit) === 0) out.add(name);
  return out;
}
