/**
 * Character-level clean-up: NFC, Ð (U+00D0, Icelandic eth) to Đ, invisible characters removed,
 * NBSP and exotic spaces to plain spaces, dashes and curly quotes unified (docs/CONVENTIONS.md).
 */
import { TextBuilder } from '../offset-map.js';
import type { NormalizeStep } from '../step.js';
import { indexOfAny } from './char-table.js';
import { CHAR_MAP, MAYBE_NOT_NFC, NFC_SAFE_RANGES, SPECIAL_TABLE } from './char-classes.js';
import { charCensus, knownCensus } from '../census.js';

export { CHAR_MAP, MAYBE_NOT_NFC, NFC_SAFE_RANGES, SPECIAL_TABLE };

/** Any character of CHAR_MAP, as a pattern (the step itself scans with SPECIAL_TABLE, much faster). */
export const SPECIAL_ONE = new RegExp(`[${Object.keys(CHAR_MAP).join('')}]`, 'u');
/** A base character followed by combining marks: the unit NFC may recompose. */
export const COMBINING_CLUSTER = /\P{M}\p{M}+/gu;

/** CHAR_MAP by character code (every key is a single UTF-16 unit). */
const REPLACEMENT_BY_CODE = new Map<number, string>(Object.entries(CHAR_MAP).map(([k, v]) => [k.charCodeAt(0), v]));

export const unicodeChars: NormalizeStep = (text) => {
  // The first character to replace, from the text's census when nfc took it of this text.
  let i = knownCensus(text)?.firstSpecial ?? indexOfAny(text, SPECIAL_TABLE);
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

/** False when every character of the text is one NFC leaves alone (NFC_SAFE_RANGES): then it is in NFC. */
export function maybeNotNfc(text: string): boolean {
  return indexOfAny(text, MAYBE_NOT_NFC) !== -1;
}

export const nfc: NormalizeStep = (text) => {
  // A text made only of characters NFC leaves alone (its census, shared with unicode and tones).
  if (charCensus(text).firstNfc === -1) return null;
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
