/**
 * Tone mark placement in the open syllables oa, oe, uy (docs/CONVENTIONS.md: "Ủy", "hòa",
 * "thủy", "khỏe"): "hoà" -> "hòa", "uỷ" -> "ủy", "thuỷ" -> "thủy", "khoẻ" -> "khỏe".
 *
 * The rule: in a syllable whose rhyme is o+a, o+e or u+y with NO final consonant or glide, the
 * tone mark sits on the first vowel (o, u). Both spellings are current in Vietnam: the placement
 * on the main vowel a/e/y ("hoà", "thuỷ") follows the 1980s Ministry of Education rule and is
 * what many sources call "kiểu mới"; the placement on the first vowel ("hòa", "thủy") is the
 * traditional one ("kiểu cũ") used by most press and by the project's conventions, which name
 * it "new-style". Either way this step writes "hòa"/"ủy", as the conventions' examples show.
 *
 * Untouched:
 * - syllables with a final consonant or glide, where both spellings agree: "hoàn", "toán",
 *   "khoét", "thuyết", "hoài", "ngoáy";
 * - "qu" and "gi" onsets, where u/i belong to the consonant: "quý", "quỳ", "quỷ", "gìn", "giữ".
 */
import { TextBuilder } from '../offset-map.js';
import type { NormalizeStep } from '../step.js';
import { LETTER_OR_MARK, OPEN_RHYMES, nextOpenRhyme, toned } from './char-classes.js';
import { knownCensus, knownOpenRhymes } from '../census.js';
import { LazyRegExp } from '../../vocabulary/lazy-regexp.js';

/** Initial consonants (Vietnamese onsets), longest first; "q(u)" and "gi" are left out on purpose. */
export const ONSETS: readonly string[] = ['ngh', 'ng', 'nh', 'ch', 'gh', 'kh', 'ph', 'th', 'tr', 'b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x'];

/**
 * A whole syllable: optional onset, the first vowel, the toned second vowel, and no letter after.
 * Group `onset`, then per rhyme the first vowel and the toned second one.
 */
export const OLD_STYLE_SYLLABLE = new LazyRegExp(
  `(?<![\\p{L}\\p{M}\\p{N}])(?<onset>${ONSETS.join('|')})?(?:${OPEN_RHYMES.map(
    (r) => `(?<f${r.first}${r.second}>[${r.first}${r.first.toUpperCase()}])(?<s${r.first}${r.second}>[${toned(r.second)}])`,
  ).join('|')})(?![\\p{L}\\p{M}\\p{N}])`,
  'giu',
);

/** Moves the mark: ("o", "à") -> "òa", keeping case. */
export function moveTone(first: string, second: string): string {
  const decomposed = second.normalize('NFD');
  const base = decomposed[0];
  const marks = decomposed.slice(1);
  return (first + marks).normalize('NFC') + base;
}

/** The text contains one of the toned second vowels, as a pattern (the step scans with TONED_SECOND_TABLE). */
export const TONED_SECOND = new RegExp(`[${OPEN_RHYMES.map((r) => toned(r.second)).join('')}]`, 'u');

/** Every toned second vowel of an open rhyme (global), as a pattern; the step scans by table. */
export const TONED_SECOND_G = new RegExp(TONED_SECOND.source, 'gu');

/**
 * Whether tones moves the mark of the open rhyme whose toned second vowel is at i (an offset
 * nextOpenRhyme finds). The answer reads text[i - 6, i + 1] and nothing else (RHYME_WINDOW).
 */
export function rewritesRhymeAt(text: string, i: number): boolean {
  const at = i - 1; // the first vowel
  // The syllable must start (after an onset) right before the first vowel: check the whole
  // syllable with the exact pattern, anchored on this short window.
  const from = Math.max(0, at - 4);
  const window = text.slice(from, at + 2);
  const syllable = OLD_STYLE_SYLLABLE.re;
  syllable.lastIndex = 0;
  let hit: RegExpExecArray | null = null;
  for (let x = syllable.exec(window); x; x = syllable.exec(window)) {
    if (from + x.index + x[0].length === at + 2) hit = x;
  }
  if (!hit) return false;
  // The window may start inside a word: the match must not follow a letter in the text.
  const start = from + hit.index;
  return !(start > 0 && LETTER_OR_MARK.test(text[start - 1]));
}

/**
 * The characters around an open rhyme's toned vowel at i that tones and nextOpenRhyme read:
 * text[i - left, i + right] (the longest onset, the two vowels, the character before the
 * syllable; the character after the vowel).
 */
export const RHYME_WINDOW = { left: 6, right: 1 } as const;

export const tones: NormalizeStep = (text) => {
  // The rhyme's first vowel must be right before the toned second one, and the syllable must
  // end after it (the pattern below cannot match otherwise). Where they are is in the text's
  // census when one was taken of this text (by nfc, or the second round), or was carried over by
  // the unicode step (census.ts), else found by scan.
  const listed = knownCensus(text)?.rhymes ?? knownOpenRhymes(text) ?? undefined;
  let k = 0;
  let i = listed !== undefined ? (listed.length > 0 ? listed[0] : -1) : nextOpenRhyme(text, 1);
  if (i === -1) return null;
  const b = new TextBuilder(text);
  let last = 0;
  let changed = false;
  for (; i !== -1; i = listed !== undefined ? (++k < listed.length ? listed[k] : -1) : nextOpenRhyme(text, i + 1)) {
    const at = i - 1; // the first vowel
    if (at < last || !rewritesRhymeAt(text, i)) continue;
    const first = text[at];
    const second = text[at + 1];
    b.keep(last, at);
    b.replace(at, at + 2, moveTone(first, second));
    last = at + 2;
    changed = true;
  }
  if (!changed) return null;
  b.keep(last, text.length);
  return b.build();
};
