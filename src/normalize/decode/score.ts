/**
 * How Vietnamese a decoded text reads: the share of its words with non-ASCII characters that are
 * valid syllables, with a bonus for frequent ones. Pure-ASCII words are ignored (every single-byte
 * decoding agrees on them), so the score only judges what the candidate decodings disagree on.
 */
import { isCommonSyllable, isSyllable } from './syllable.js';
import { maybeNotNfc } from '../text/unicode.js';
import { MAYBE_NOT_NFC } from '../text/char-classes.js';

/**
 * A word: a run of characters other than white space, ASCII punctuation and typographic
 * punctuation (quotes, dashes, ellipsis, bullets, guillemets). Bounded so a run cannot be long.
 */
export const WORD = /[^\s!-/:-@[-`{-~\u00A0\u00AB\u00BB\u2000-\u206F\u3000]{1,64}/gu;
/** Characters no decoding of a text document should produce: controls and the replacement char. */
export const BAD_CHAR = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F\uFFFD]/u;
/** Any letter (a word made only of symbols such as "©" or "°" says nothing). */
export const HAS_LETTER = /\p{L}/u;

export interface TextScore {
  /** Words with a non-ASCII character. */
  words: number;
  /** Of these, valid syllables. */
  valid: number;
  /** Of these, frequent syllables. */
  common: number;
  /** valid / words (0 when there are no such words). */
  share: number;
  /** The ranking value: share plus half the share of frequent syllables, minus bad characters. */
  rank: number;
}

/** Enough words to judge by: scoring stops after this many words with non-ASCII characters. */
export const MAX_SCORED_WORDS = 400;

/** Verdicts per word (0 invalid, 1 valid, 2 valid and frequent), shared across calls; bounded. */
const verdicts = new Map<string, number>();
const MAX_VERDICTS = 50_000;

function verdict(w: string): number {
  let v = verdicts.get(w);
  if (v === undefined) {
    v = BAD_CHAR.test(w) ? 0 : isSyllable(w) ? (isCommonSyllable(w) ? 2 : 1) : 0;
    if (verdicts.size >= MAX_VERDICTS) verdicts.clear();
    verdicts.set(w, v);
  }
  return v;
}

/**
 * The code units WORD does not take (white space as \\s sees it with the u flag, ASCII and
 * typographic punctuation): words are read with this table instead of the pattern
 * (test/normalize/fast-paths.test.ts checks both agree).
 */
export const NOT_WORD = (() => {
  const t = new Uint8Array(0x10000);
  const ranges: [number, number][] = [
    [0x09, 0x0d], [0x20, 0x20], [0xa0, 0xa0], [0x1680, 0x1680], [0x2000, 0x200a], [0x2028, 0x2029], [0x202f, 0x202f],
    [0x205f, 0x205f], [0x3000, 0x3000], [0xfeff, 0xfeff],
    [0x21, 0x2f], [0x3a, 0x40], [0x5b, 0x60], [0x7b, 0x7e], [0xab, 0xab], [0xbb, 0xbb], [0x2000, 0x206f],
  ];
  for (const [a, b] of ranges) t.fill(1, a, b + 1);
  return t;
})();
/** Longest word WORD takes at once, in characters (a longer run is read as several words). */
const WORD_MAX = 64;

/** The running count of the words that say something about the encoding (both readings share it). */
class Tally {
  words = 0;
  valid = 0;
  common = 0;
  constructor(private readonly maxWords: number) {}

  /** Counts word `w` if it tells anything; true once maxWords words are counted. */
  add(w: string): boolean {
    const v = verdict(w);
    // A word of symbols only ("©", "°") says nothing about the encoding; nor does a lone letter
    // that happens to be a rare syllable ("ẹ" for VISCII's reading of "©").
    if (v === 0 && !BAD_CHAR.test(w) && !HAS_LETTER.test(w)) return false;
    if (v === 1 && w.length === 1) return false;
    this.words++;
    if (v > 0) this.valid++;
    if (v === 2) this.common++;
    return this.words >= this.maxWords;
  }

  score(): TextScore {
    const { words, valid, common } = this;
    const share = words === 0 ? 0 : valid / words;
    const rank = words === 0 ? 0 : share + (0.5 * common) / words;
    return { words, valid, common, share, rank };
  }
}

/**
 * Scores a decoded text (callers pass a sample, not a whole file); composes it to NFC first and
 * stops after MAX_SCORED_WORDS words that count.
 */
export function scoreText(decoded: string, maxWords = MAX_SCORED_WORDS): TextScore {
  // The words are read from the text as it is while every character read (and the one after the
  // last, which could compose with it) is one NFC leaves alone: NFC of the whole sample leaves
  // that part as it is, so the words, and the score, are the same. Otherwise the sample is
  // composed first, when it has a character NFC may change.
  return scoreWords(decoded, maxWords, true) ?? scoreWords(maybeNotNfc(decoded) ? decoded.normalize('NFC') : decoded, maxWords, false)!;
}

/**
 * The score of the words of `text`; with `plainOnly`, null as soon as a character read (or the
 * one after the last read) is outside NFC_SAFE_RANGES.
 */
function scoreWords(text: string, maxWords: number, plainOnly: boolean): TextScore | null {
  const tally = new Tally(maxWords);
  const n = text.length;
  // The last offset read.
  let last = -1;
  for (let i = 0; i < n; ) {
    const c0 = text.charCodeAt(i);
    last = i;
    if (plainOnly && MAYBE_NOT_NFC[c0] === 1) return null;
    if (NOT_WORD[c0] === 1) {
      i++;
      continue;
    }
    // A word (as WORD matches it): up to WORD_MAX characters (a surrogate pair is one) not in NOT_WORD.
    const start = i;
    let plain = true;
    for (let count = 0; i < n && count < WORD_MAX; count++) {
      const c = text.charCodeAt(i);
      last = i;
      // (A surrogate is outside the safe ranges: the pair is read only without plainOnly.)
      if (plainOnly && MAYBE_NOT_NFC[c] === 1) return null;
      if (NOT_WORD[c] === 1) break;
      if (c >= 0x7f || c < 0x20) plain = false;
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < n && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
    }
    if (plain) continue;
    if (tally.add(text.slice(start, i))) break;
  }
  if (plainOnly && last + 1 < n && MAYBE_NOT_NFC[text.charCodeAt(last + 1)] === 1) return null;
  return tally.score();
}

/** scoreText as first written, with the WORD pattern (the reference the table reading is tested against). */
export function scoreTextByPattern(decoded: string, maxWords = MAX_SCORED_WORDS): TextScore {
  const text = decoded.normalize('NFC');
  const tally = new Tally(maxWords);
  for (const m of text.matchAll(WORD)) {
    const w = m[0];
    let plain = true;
    for (let i = 0; i < w.length; i++) {
      const c = w.charCodeAt(i);
      if (c >= 0x7f || c < 0x20) {
        plain = false;
        break;
      }
    }
    if (plain) continue;
    if (tally.add(w)) break;
  }
  return tally.score();
}

/** Enough Vietnamese to trust the decoding without trying others. */
export function readsAsVietnamese(s: TextScore): boolean {
  return s.words > 0 && s.share >= 0.5;
}
