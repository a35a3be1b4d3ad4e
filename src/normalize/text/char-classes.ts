/**
 * The characters the character steps look for, as data and tables shared by the steps
 * (unicode.ts, tones.ts) and the census of a text that tells which of them can change it
 * (census.ts): the character map, the code units NFC may change, the open rhymes whose tone mark
 * moves.
 */
import { charTable, memoCharPredicate } from './char-table.js';

/** Characters replaced one for one (or deleted when mapped to ""). */
export const CHAR_MAP: Readonly<Record<string, string>> = {
  '\u00D0': 'Đ',
  '\u00F0': 'đ',
  '\u00A0': ' ',
  '\u2007': ' ',
  '\u202F': ' ',
  '\u2002': ' ',
  '\u2003': ' ',
  '\u2009': ' ',
  '\u3000': ' ',
  '\u00AD': '',
  '\u200B': '',
  '\u200C': '',
  '\u200D': '',
  '\u2060': '',
  '\uFEFF': '',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
  '\u2212': '-',
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u201F': '"',
  '\u2033': '"',
  '\u2018': "'",
  '\u2019': "'",
  '\u201A': "'",
  '\u201B': "'",
  '\u2032': "'",
  // C0 control characters other than tab and line ends (a stray NUL in a text file) and DEL.
  '\u0000': '',
  '\u0001': '',
  '\u0002': '',
  '\u0003': '',
  '\u0004': '',
  '\u0005': '',
  '\u0006': '',
  '\u0007': '',
  '\u0008': '',
  '\u000E': '',
  '\u000F': '',
  '\u0010': '',
  '\u0011': '',
  '\u0012': '',
  '\u0013': '',
  '\u0014': '',
  '\u0015': '',
  '\u0016': '',
  '\u0017': '',
  '\u0018': '',
  '\u0019': '',
  '\u001A': '',
  '\u001B': '',
  '\u001C': '',
  '\u001D': '',
  '\u001E': '',
  '\u001F': '',
  '\u007F': '',
  '\u000B': '\n',
  '\u000C': '\n',
  '\u2028': '\n',
  '\u2029': '\n',
};

/** The characters of CHAR_MAP as a table: the scan is a lookup per character, much faster than SPECIAL_ONE. */
export const SPECIAL_TABLE = charTable(Object.keys(CHAR_MAP));

/**
 * Code ranges every character of which is in NFC whatever surrounds it (Unicode NFC_Quick_Check
 * "Yes", canonical combining class 0, never the second of a composition): ASCII, Latin-1, Latin
 * Extended-A/B, IPA and spacing modifiers; Latin Extended Additional (the precomposed Vietnamese
 * vowels); general punctuation but U+2000/U+2001; super/subscripts and currency signs. A text made
 * only of them is in NFC (test/normalize/text/unicode.test.ts checks the ranges).
 */
export const NFC_SAFE_RANGES: readonly (readonly [from: number, to: number])[] = [
  [0x0000, 0x0300],
  [0x1e00, 0x1f00],
  [0x2002, 0x20c1],
];
/** 1 for every code unit outside NFC_SAFE_RANGES: only a text with one of them can change under NFC. */
export const MAYBE_NOT_NFC = (() => {
  const t = new Uint8Array(0x10000).fill(1);
  for (const [a, b] of NFC_SAFE_RANGES) t.fill(0, a, b);
  return t;
})();

/** Rhymes whose tone moves to the first vowel when the syllable is open. Data: extend here. */
export const OPEN_RHYMES: readonly { first: string; second: string }[] = [
  { first: 'o', second: 'a' },
  { first: 'o', second: 'e' },
  { first: 'u', second: 'y' },
];

/** The five tone marks as combining characters: huyền, sắc, hỏi, ngã, nặng. */
export const TONE_MARKS: readonly string[] = ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];

/** A vowel with each tone mark, both cases, composed. */
export const toned = (v: string) => TONE_MARKS.flatMap((t) => [(v + t).normalize('NFC'), (v.toUpperCase() + t).normalize('NFC')]).join('');

/** A letter or combining mark: a syllable goes on. */
export const LETTER_OR_MARK = /[\p{L}\p{M}\p{N}]/u;

/**
 * For each toned second vowel (by code), the code units of the first vowel its rhyme needs
 * ("à" needs "o"/"O", "ỳ" needs "u"/"U"): a cheap test before the syllable pattern.
 */
export const FIRST_FOR_SECOND: ReadonlyMap<number, readonly number[]> = new Map(
  OPEN_RHYMES.flatMap((r) => [...toned(r.second)].map((ch) => [ch.charCodeAt(0), [r.first.charCodeAt(0), r.first.toUpperCase().charCodeAt(0)]] as const)).reduce(
    (m, [c, firsts]) => m.set(c, [...(m.get(c) ?? []), ...firsts]),
    new Map<number, number[]>(),
  ),
);
/** LETTER_OR_MARK.test on one code unit (as the pattern sees a lone surrogate: false). */
export const letterOrMark = memoCharPredicate((ch) => LETTER_OR_MARK.test(ch), false);

/** The toned second vowels as a table (the scan positions). */
export const TONED_SECOND_TABLE = charTable(OPEN_RHYMES.flatMap((r) => [...toned(r.second)]));

/** The first vowels of the open rhymes, both cases, as a table: a cheap test before FIRST_FOR_SECOND. */
export const FIRST_VOWEL_TABLE = charTable(OPEN_RHYMES.flatMap((r) => [r.first, r.first.toUpperCase()]));

/**
 * The offset of the next toned second vowel at or after `from` (>= 1) right after a first vowel
 * its rhyme takes and before no letter (an open syllable), or -1: where the syllable pattern
 * can match and nowhere else.
 */
export function nextOpenRhyme(text: string, from: number): number {
  const n = text.length;
  for (let i = from < 1 ? 1 : from; i < n; i++) if (TONED_SECOND_TABLE[text.charCodeAt(i)] === 1 && isOpenRhymeAt(text, i)) return i;
  return -1;
}

/**
 * Whether the toned second vowel at i (>= 1) follows the first vowel its rhyme needs, and no
 * letter follows it (an open syllable).
 */
export function isOpenRhymeAt(text: string, i: number): boolean {
  const prev = text.charCodeAt(i - 1);
  return FIRST_VOWEL_TABLE[prev] === 1 && FIRST_FOR_SECOND.get(text.charCodeAt(i))!.includes(prev) && !(i + 1 < text.length && letterOrMark(text.charCodeAt(i + 1)));
}

