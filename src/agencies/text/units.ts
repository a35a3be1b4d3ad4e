/**
 * Questions about one UTF-16 unit that the agencies stage asks of single characters many times
 * per document ("is the first letter a capital?"), answered from a table filled on first use of
 * each unit instead of running a Unicode regex on a one-character string (and allocating it).
 * Each answer is exactly the regex's or the string function's on `String.fromCharCode(unit)`.
 */
import { lowerVi } from './case.js';

/** An upper-case letter (Unicode Lu). */
export const UPPER_LETTER = /\p{Lu}/u;

/** Per unit: 0 not asked yet, 1 no, 2 yes. */
const UPPER_UNITS = new Uint8Array(0x10000);
const LOWER_CHANGES = new Uint8Array(0x10000);

/** `/\p{Lu}/u.test(String.fromCharCode(c))`; false for NaN (a position past the end). */
export function isUpperUnit(c: number): boolean {
  if (!(c >= 0 && c <= 0xffff)) return false;
  let v = UPPER_UNITS[c];
  if (v === 0) {
    v = UPPER_LETTER.test(String.fromCharCode(c)) ? 2 : 1;
    UPPER_UNITS[c] = v;
  }
  return v === 2;
}

/** `UPPER_LETTER.test(s[i])` (false past the end). */
export function upperAt(s: string, i: number): boolean {
  return isUpperUnit(s.charCodeAt(i));
}

/** Whether lower-casing the unit changes it (`ch !== lowerVi(ch)`); false past the end. */
export function lowerChangesAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (!(c >= 0 && c <= 0xffff)) return false;
  let v = LOWER_CHANGES[c];
  if (v === 0) {
    const ch = String.fromCharCode(c);
    v = ch !== lowerVi(ch) ? 2 : 1;
    LOWER_CHANGES[c] = v;
  }
  return v === 2;
}

/** A letter or digit of the folded text (lower-case ASCII): `/[0-9a-z]/` as a test of one unit. */
export function isWordCode(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
}

/** `/\d/.test(s[i])`: an ASCII digit (false past the end). */
export function digitAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c >= 0x30 && c <= 0x39;
}
