/**
 * How Vietnamese a decoded text reads: the share of its words with non-ASCII characters that are
 * valid syllables, with a bonus for frequent ones. Pure-ASCII words are ignored (every single-byte
 * decoding agrees on them), so the score only judges what the candidate decodings disagree on.
 */
import { isCommonSyllable, isSyllable } from './syllable.js';

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
 * Scores a decoded text (callers pass a sample, not a whole file); composes it to NFC first and
 * stops after MAX_SCORED_WORDS words that count.
 */
export function scoreText(decoded: string, maxWords = MAX_SCORED_WORDS): TextScore {
  const text = decoded.normalize('NFC');
  let words = 0;
  let valid = 0;
  let common = 0;
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
    const v = verdict(w);
    // A word of symbols only ("©", "°") says nothing about the encoding; nor does a lone letter
    // that happens to be a rare syllable ("ẹ" for VISCII's reading of "©").
    if (v === 0 && !BAD_CHAR.test(w) && !HAS_LETTER.test(w)) continue;
    if (v === 1 && w.length === 1) continue;
    words++;
    if (v > 0) valid++;
    if (v === 2) common++;
    if (words >= maxWords) break;
  }
  const share = words === 0 ? 0 : valid / words;
  const rank = words === 0 ? 0 : share + (0.5 * common) / words;
  return { words, valid, common, share, rank };
}

/** Enough Vietnamese to trust the decoding without trying others. */
export function readsAsVietnamese(s: TextScore): boolean {
  return s.words > 0 && s.share >= 0.5;
}
