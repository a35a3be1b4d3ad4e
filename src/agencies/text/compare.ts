/**
 * How far a printed form is from a lexicon spelling, word by word, ignoring case and where the
 * tone mark sits ("Uỷ" = "Ủy", "hoà" = "hòa"). Used after a folded match to tell an exact
 * spelling from OCR damage ("Công" for "Cổng", "chông" for "chống").
 */
import { squash } from './fold.js';

/** The five Vietnamese tone marks as combining characters (NFD). */
export const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;

/** "Ð" (U+00D0) printed for "Đ"; lower-cased before use. */
export const ETH = /[\u00d0\u00f0]/g;

interface WordShape {
  base: string;
  tones: string;
}

function shape(word: string): WordShape {
  const d = word.normalize('NFD').toLowerCase();
  const tones = (d.match(TONE_MARKS) ?? []).join('');
  return { base: d.replace(TONE_MARKS, '').normalize('NFC').replace(ETH, 'đ'), tones };
}

/** Number of words of `printed` whose letters or tone differ from `canonical` (Infinity if word counts differ). */
export function damagedWords(printed: string, canonical: string): number {
  const a = squash(printed).split(' ');
  const b = squash(canonical).split(' ');
  if (a.length !== b.length) return Number.POSITIVE_INFINITY;
  let bad = 0;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    const x = shape(a[i]);
    const y = shape(b[i]);
    if (x.base !== y.base || x.tones !== y.tones) bad++;
  }
  return bad;
}

/**
 * True when every code unit is below U+0300 or a precomposed Vietnamese letter (U+1EA0..U+1EFF):
 * such a string is in NFC already (all are starters that compose with nothing), so normalising
 * it can be skipped (test/agencies/compare.test.ts checks every pair).
 */
export function plainlyNfc(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x300 && (c < 0x1ea0 || c > 0x1eff)) return false;
  }
  return true;
}

/** Vowels with a tone that OLD_STYLE_TONE moves (its second group), as a table of code units. */
const TONED_SECOND: Uint8Array = (() => {
  const t = new Uint8Array(0x2000);
  for (const c of 'áàảãạÁÀẢÃẠéèẻẽẹÉÈẺẼẸýỳỷỹỵÝỲỶỸỴ') t[c.charCodeAt(0)] = 1;
  return t;
})();

/** False when OLD_STYLE_TONE cannot match: no o/O/u/U right before a toned vowel it moves. */
function mayHaveOldStyle(s: string): boolean {
  for (let i = 1; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x2000 || TONED_SECOND[c] === 0) continue;
    const p = s.charCodeAt(i - 1);
    if (p === 0x6f || p === 0x4f || p === 0x75 || p === 0x55) return true;
  }
  return false;
}

/** Old-to-new tone placement for display: "Uỷ" -> "Ủy", "hoà" -> "hòa", "thuỷ" -> "thủy". */
export function newStyleTones(text: string): string {
  const nfc = plainlyNfc(text) ? text : text.normalize('NFC');
  if (!mayHaveOldStyle(nfc)) return nfc;
  return nfc.replace(OLD_STYLE_TONE, (_m, v1: string, v2: string) => {
    // Move the tone from the second vowel of oa/oe/uy onto the first (Nghị định 30/2020 spells new style).
    const d = (v1 + v2).normalize('NFD');
    const tone = (d.match(TONE_MARKS) ?? [''])[0];
    const bare1 = v1.normalize('NFD').replace(TONE_MARKS, '');
    const bare2 = v2.normalize('NFD').replace(TONE_MARKS, '');
    return (bare1 + tone).normalize('NFC') + bare2.normalize('NFC');
  });
}

/** oa/oe/uy with the tone on the second vowel, ending the syllable (old placement); not "qu-". */
export const OLD_STYLE_TONE = /(?<![qQ])([oO](?=[áàảãạÁÀẢÃẠéèẻẽẹÉÈẺẼẸ])|[uU](?=[ýỳỷỹỵÝỲỶỸỴ]))([áàảãạÁÀẢÃẠéèẻẽẹÉÈẺẼẸýỳỷỹỵÝỲỶỸỴ])(?![\p{L}])/gu;

/** A word written in capitals or with an ampersand: an abbreviation, compared with its exact capitals. */
export const ABBREVIATION_WORD = /^(?=.*\p{Lu}.*\p{Lu})[\p{Lu}\d&.,-]+$/u;

/**
 * Per word of `canonical`, whether `printed` differs (letters or tone); null when the forms have
 * different word counts or an abbreviation is not printed with its exact capitals.
 */
export function damagedWordFlags(printed: string, canonical: string): boolean[] | null {
  const a = squash(printed).split(' ');
  const b = squash(canonical).split(' ');
  if (a.length !== b.length) return null;
  const flags: boolean[] = [];
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) {
      flags.push(false);
      continue;
    }
    if (ABBREVIATION_WORD.test(b[i])) {
      if (a[i].replace(ETH, 'Đ') !== b[i]) return null;
      flags.push(false);
      continue;
    }
    const x = shape(a[i]);
    const y = shape(b[i]);
    flags.push(x.base !== y.base || x.tones !== y.tones);
  }
  return flags;
}
