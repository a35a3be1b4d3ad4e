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

/** Scores a decoded text (callers pass a sample, not a whole file); composes it to NFC first. */
export function scoreText(decoded: string): TextScore {
  const text = decoded.normalize('NFC');
  let words = 0;
  let valid = 0;
  let common = 0;
  for (const m of text.matchAll(WORD)) {
    const w = m[0];
    let ascii = true;
    for (let i = 0; i < w.length; i++) {
      if (w.charCodeAt(i) >= 0x80) {
        ascii = false;
        break;
      }
    }
    if (ascii && !BAD_CHAR.test(w)) continue;
    if (!BAD_CHAR.test(w) && !HAS_LETTER.test(w)) continue;
    words++;
    if (BAD_CHAR.test(w)) continue;
    // Hyphenated names ("Ê-đê") are split already; a word is one syllable.
    if (isSyllable(w)) {
      valid++;
      if (isCommonSyllable(w)) common++;
    }
  }
  const share = words === 0 ? 0 : valid / words;
  const rank = words === 0 ? 0 : share + (0.5 * common) / words;
  return { words, valid, common, share, rank };
}

/** Enough Vietnamese to trust the decoding without trying others. */
export function readsAsVietnamese(s: TextScore): boolean {
  return s.words > 0 && s.share >= 0.5;
}
