/**
 * Character-level clean-up: NFC, Ð (U+00D0, Icelandic eth) to Đ, invisible characters removed,
 * NBSP and exotic spaces to plain spaces, dashes and curly quotes unified (docs/CONVENTIONS.md).
 */
import { TextBuilder } from '../offset-map.js';
import type { NormalizeStep } from '../step.js';

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
  '\u000B': '\n',
  '\u000C': '\n',
  '\u2028': '\n',
  '\u2029': '\n',
};

/** Any character of CHAR_MAP (a cheap test before the scan). */
export const SPECIAL_ONE = new RegExp(`[${Object.keys(CHAR_MAP).join('')}]`, 'u');
/** A base character followed by combining marks: the unit NFC may recompose. */
export const COMBINING_CLUSTER = /\P{M}\p{M}+/gu;

export const unicodeChars: NormalizeStep = (text) => {
  if (!SPECIAL_ONE.test(text)) return null;
  const b = new TextBuilder(text);
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Every key of CHAR_MAP is U+000B, U+000C or above U+009F: skip plain text fast.
    if (c < 0xa0 && c !== 0x0b && c !== 0x0c) continue;
    const rep = CHAR_MAP[text[i]];
    if (rep === undefined) continue;
    b.keep(last, i);
    if (rep.length > 0) b.replace(i, i + 1, rep);
    last = i + 1;
  }
  b.keep(last, text.length);
  return b.build();
};

export const nfc: NormalizeStep = (text) => {
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
