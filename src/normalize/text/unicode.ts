/**
 * Character-level clean-up: NFC, Ð (U+00D0, Icelandic eth) to Đ, invisible characters removed,
 * NBSP and exotic spaces to plain spaces, dashes and curly quotes unified (docs/CONVENTIONS.md).
 */
import { TextBuilder } from '../offset-map.js';
import type { NormalizeStep } from '../step.js';
import { charTable, indexOfAny } from './char-table.js';
import { CHAR_MAP, FIRST_VOWEL_TABLE, MAYBE_NOT_NFC, SPECIAL_TABLE, TONED_SECOND_TABLE, letterOrMark } from './char-classes.js';
import { charCensus, knownCensus, rememberOpenRhymes } from '../census.js';

/** Any character of CHAR_MAP, as a pattern (the step itself scans with SPECIAL_TABLE, much faster). */
export const SPECIAL_ONE = new RegExp(`[${Object.keys(CHAR_MAP).join('')}]`, 'u');
/** A base character followed by combining marks: the unit NFC may recompose. */
export const COMBINING_CLUSTER = /\P{M}\p{M}+/gu;

/** CHAR_MAP by character code (every key is a single UTF-16 unit). */
const REPLACEMENT_BY_CODE = new Map<number, string>(Object.entries(CHAR_MAP).map(([k, v]) => [k.charCodeAt(0), v]));

/** The characters CHAR_MAP deletes. */
const DELETED_TABLE = charTable(Object.keys(CHAR_MAP).filter((k) => CHAR_MAP[k] === ''));

export const unicodeChars: NormalizeStep = (text) => {
  // The characters to replace, from the text's census when nfc took it of this text, else by scan.
  const census = knownCensus(text);
  const listed = census?.specials;
  let k = 0;
  let i = listed !== undefined ? (listed.length > 0 ? listed[0] : -1) : indexOfAny(text, SPECIAL_TABLE);
  if (i === -1) return null;
  const b = new TextBuilder(text);
  let last = 0;
  // Whether a run of deleted characters brings an o/u next to a toned a/e/y.
  let joins = false;
  for (; i !== -1; i = listed !== undefined ? (++k < listed.length ? listed[k] : -1) : indexOfAny(text, SPECIAL_TABLE, i + 1)) {
    const rep = REPLACEMENT_BY_CODE.get(text.charCodeAt(i))!;
    b.keep(last, i);
    if (rep.length > 0) b.replace(i, i + 1, rep);
    else if (!joins && i > 0 && FIRST_VOWEL_TABLE[text.charCodeAt(i - 1)] === 1) {
      let e = i + 1;
      while (e < text.length && DELETED_TABLE[text.charCodeAt(e)] === 1) e++;
      if (e < text.length && TONED_SECOND_TABLE[text.charCodeAt(e)] === 1) joins = true;
    }
    last = i + 1;
  }
  b.keep(last, text.length);
  const out = b.build();
  // The replacements are never a vowel, and a letter is replaced by a letter (Ð by Đ), anything
  // else by something else: the output has an open rhyme only where the input had one, or where
  // a deletion joined the two vowels. Without a join, tones need not scan (census.ts): its open
  // rhymes are the input's, moved back by the deletions before them, less those a deletion after
  // the vowel closed (a letter now follows it).
  if (census !== null && !joins) rememberOpenRhymes(out.text, carriedRhymes(census.rhymes, census.specials, text, out.text));
  return out;
};

/**
 * The open rhymes of the unicode step's output, from those of its input (`rhymes`) and the
 * characters it replaced or deleted (`specials`, every one of them, in order), when no deletion
 * brought a first vowel next to a toned second one. A vowel is never replaced or deleted, so the
 * vowel before each rhyme's toned vowel stays right before it.
 */
function carriedRhymes(rhymes: readonly number[], specials: readonly number[], input: string, output: string): number[] {
  const out: number[] = [];
  let deleted = 0;
  let k = 0;
  for (const i of rhymes) {
    for (; k < specials.length && specials[k] < i; k++) if (DELETED_TABLE[input.charCodeAt(specials[k])] === 1) deleted++;
    const q = i - deleted;
    if (!(q + 1 < output.length && letterOrMark(output.charCodeAt(q + 1)))) out.push(q);
  }
  return out;
}

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
