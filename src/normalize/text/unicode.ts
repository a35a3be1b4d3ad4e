/**
 * Character-level clean-up: NFC, Ð (U+00D0, Icelandic eth) to Đ, invisible characters removed,
 * NBSP and exotic spaces to plain spaces, dashes and curly quotes unified (docs/CONVENTIONS.md).
 */
import { TextBuilder } from '../offset-map.js';
import type { NormalizeStep } from '../step.js';
import { charTable, indexOfAny } from './char-table.js';

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

/** Any character of CHAR_MAP, as a pattern (the step itself scans with SPECIAL_TABLE, much faster). */
export const SPECIAL_ONE = new RegExp(`[${Object.keys(CHAR_MAP).join('')}]`, 'u');
/** A base character followed by combining marks: the unit NFC may recompose. */
export const COMBINING_CLUSTER = /\P{M}\p{M}+/gu;

/** CHAR_MAP by character code (every key is a single UTF-16 unit). */
const REPLACEMENT_BY_CODE = new Map<number, string>(Object.entries(CHAR_MAP).map(([k, v]) => [k.charCodeAt(0), v]));
/** The characters of CHAR_MAP as a table: the scan is a lookup per character, much faster than SPECIAL_ONE. */
export const SPECIAL_TABLE = charTable(Object.keys(CHAR_MAP));

export const unicodeChars: NormalizeStep = (text) => {
  let i = indexOfAny(text, SPECIAL_TABLE);
  if (i === -1) return null;
  const b = new TextBuilder(text);
  let last = 0;
  for (; i !== -1; i = indexOfAny(text, SPECIAL_TABLE, i + 1)) {
    const rep = REPLACEMENT_BY_CODE.get(text.charCodeAt(i))!;
    b.keep(last, i);
    if (rep.length > 0) b.replace(i, i + 1, rep);
    last = i + 1;
  }
  b.keep(last, text.length);
  return b.build();
};

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

/** False when every character of the text is one NFC leaves alone (NFC_SAFE_RANGES): then it is in NFC. */
export function maybeNotNfc(text: string): boolean {
  return indexOfAny(text, MAYBE_NOT_NFC) !== -1;
}

export const nfc: NormalizeStep = (text) => {
  if (!maybeNotNfc(text)) return null;
  if (text.normalize('NFC') === text) return null;
  const b = new TextBuilder(text);
  let last = 0;
  for (const m of text.matchAll(COMBINING_CLUSTER)) {
    const composed = m[0].normalize('NFC');
    if (composed === m[0]) continue;
    b.keep(last, m.index);
    b.replace(m.index, m.index + m[0].length, composed);
    last = m.index + m[0].length;
  }
  b.keep(last, text.length);
  return b.build();
};
