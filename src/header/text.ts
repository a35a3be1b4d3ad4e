/**
 * Small text helpers shared by the header, meeting and closing stages: diacritic folding with
 * offsets kept, capital-letter ratio, cleaning a value for the record.
 */
import { codesToString, prebuilt, stringToCodes } from '../vocabulary/prebuilt.js';

/**
 * Folded code unit for every code unit below FOLD_LIMIT (Latin and Vietnamese letters); computed
 * by the build (one String#normalize per code unit cost ~4 ms of a cold start), see prebuilt.ts.
 */
const FOLD_LIMIT = 0x2000;
const FOLD_TABLE: Uint16Array = stringToCodes(
  prebuilt('header/text:fold-table', () => {
    const t = new Uint16Array(FOLD_LIMIT);
    for (let code = 0; code < FOLD_LIMIT; code++) {
      const c = String.fromCharCode(code);
      let f = c;
      if (code >= 0xd800) f = c;
      else {
        const base = c.normalize('NFD')[0] ?? c;
        f = base === 'đ' || base === 'Đ' || base === '\u00d0' || base === '\u00f0' ? 'D' : base.toUpperCase();
        if (f.length !== 1) f = c;
      }
      t[code] = f.charCodeAt(0);
    }
    return codesToString(t);
  }),
);

/**
 * The text in capitals without diacritics, with the same length (so an index in the folded text
 * is an index in the original): "Cộng hòa" -> "CONG HOA". For OCR-tolerant comparisons only.
 */
export function fold(s: string): string {
  const n = s.length;
  if (n <= FOLD_SHORT) {
    // One reused array per length: setting a shared array's length per call (shorter, then
    // longer again) cost V8 a reallocation each time, several times the folding itself.
    let out = FOLD_CODES[n];
    if (out === undefined) out = FOLD_CODES[n] = new Array<number>(n).fill(0);
    for (let i = 0; i < n; i++) {
      const code = s.charCodeAt(i);
      out[i] = code < FOLD_LIMIT ? FOLD_TABLE[code] : code;
    }
    return String.fromCharCode.apply(null, out);
  }
  let result = '';
  // In chunks: String.fromCharCode takes its arguments on the stack.
  for (let from = 0; from < n; from += FOLD_CHUNK) {
    const to = Math.min(n, from + FOLD_CHUNK);
    const out = new Uint16Array(to - from);
    for (let i = from; i < to; i++) {
      const code = s.charCodeAt(i);
      out[i - from] = code < FOLD_LIMIT ? FOLD_TABLE[code] : code;
    }
    result += String.fromCharCode.apply(null, out as unknown as number[]);
  }
  return result;
}

/** Longest string folded through a reused array (most are words and header lines). */
const FOLD_SHORT = 256;

/** The reused arrays of codes, by length (at most FOLD_SHORT of them, made as lengths come). */
const FOLD_CODES: (number[] | undefined)[] = new Array<number[] | undefined>(FOLD_SHORT + 1).fill(undefined);

const FOLD_CHUNK = 4096;

/**
 * Case class of every UTF-16 code unit, as `toUpperCase`/`toLowerCase` of the one-unit string
 * see it: 0 not a letter (both mappings agree), 1 upper (it is its own upper case), 2 lower (it
 * is its own lower case), 3 neither (a title-case letter such as "ǅ"). Built once, lazily, in
 * blocks of 256 code units, so a lookup replaces two case mappings per character.
 */
const CASE_NONE = 0;
const CASE_UPPER = 1;
const CASE_LOWER = 2;
const CASE_OTHER = 3;
/** 255 marks a code unit whose class is not computed yet. */
const CASE_TABLE = new Uint8Array(0x10000).fill(255);
const CASE_BLOCK_DONE = new Uint8Array(0x100);

function caseBlock(block: number): void {
  const base = block << 8;
  for (let code = base; code < base + 256; code++) {
    const c = String.fromCharCode(code);
    const u = c.toUpperCase();
    const l = c.toLowerCase();
    CASE_TABLE[code] = u === l ? CASE_NONE : c === u ? CASE_UPPER : c === l ? CASE_LOWER : CASE_OTHER;
  }
  CASE_BLOCK_DONE[block] = 1;
}

/** The case class of the code unit `code`. */
export function caseOf(code: number): number {
  const k = CASE_TABLE[code];
  if (k !== 255) return k;
  caseBlock(code >> 8);
  return CASE_TABLE[code];
}

/** Share of letters that are capitals (0 when there are no letters), over the first 600 characters. */
export function upperRatio(s: string): number {
  let up = 0;
  let low = 0;
  const n = Math.min(s.length, 600);
  for (let i = 0; i < n; i++) {
    const k = caseOf(s.charCodeAt(i));
    if (k === CASE_UPPER) up++;
    else if (k !== CASE_NONE) low++;
  }
  return up + low === 0 ? 0 : up / (up + low);
}

/** Number of letters in s. */
export function letterCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (caseOf(s.charCodeAt(i)) !== CASE_NONE) n++;
  return n;
}

/** Sticky and empty: the position is not preceded by a letter (the look-behind many patterns open with). */
export const NOT_AFTER_LETTER = /(?<![\p{L}])/uy;

/**
 * The next match of `body` (global) in s at or after `from` whose start `lookbehind` (sticky,
 * empty) accepts: what the pattern look-behind + body returns from lastIndex `from`, found
 * faster (a leading look-behind is tested at every position of a scan; here only at matches).
 */
export function nextGuarded(body: RegExp, lookbehind: RegExp, s: string, from: number): RegExpExecArray | null {
  let at = from;
  for (;;) {
    body.lastIndex = at;
    const m = body.exec(s);
    if (m === null) return null;
    lookbehind.lastIndex = m.index;
    if (lookbehind.test(s)) return m;
    at = m.index + 1;
  }
}

/**
 * Markup left by the normaliser, removed from record values (each piece becomes one space, read
 * left to right): a run of up to three "*" (a longer run is several pieces), a run of two "_" or
 * more, and an HTML tag, INLINE_MARKUP_TAG tried at each "<" (sticky, so a line of "<" costs
 * one short try per "<", never a retry from every offset).
 */
export const INLINE_MARKUP_TAG = /<\/?[a-zA-Z][^<>\n]{0,200}>/y;

/** Every piece of inline markup (see INLINE_MARKUP_TAG) replaced by one space. */
export function replaceInlineMarkup(s: string): string {
  // Most strings hold none of the three openers: native searches settle that before any loop.
  if (s.indexOf('*') === -1 && s.indexOf('_') === -1 && s.indexOf('<') === -1) return s;
  let out = '';
  let last = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let end = -1;
    if (c === 42) {
      end = i + 1;
      while (end < s.length && end < i + 3 && s.charCodeAt(end) === 42) end++;
    } else if (c === 95) {
      let j = i + 1;
      while (j < s.length && s.charCodeAt(j) === 95) j++;
      if (j - i >= 2) end = j;
    } else if (c === 60) {
      INLINE_MARKUP_TAG.lastIndex = i;
      if (INLINE_MARKUP_TAG.test(s)) end = INLINE_MARKUP_TAG.lastIndex;
    }
    if (end === -1) continue;
    out += s.slice(last, i) + ' ';
    last = end;
    i = end - 1;
  }
  return last === 0 ? s : out + s.slice(last);
}

/** Runs of whitespace (a hard wrap inside a value becomes one space). */
export const WHITESPACE_RUN = /\s+/g;

/** A record string: markup removed, whitespace collapsed, trimmed. */
export function cleanValue(s: string): string {
  // Most values have no markup and single spaces only: then both replacements change nothing.
  if (plainText(s, true)) return s.trim();
  return replaceInlineMarkup(s).replace(WHITESPACE_RUN, ' ').trim();
}

/** Whitespace collapsed and trimmed (markup kept: for texts whose "*" may be real). */
export function collapse(s: string): string {
  if (plainText(s, false)) return s.trim();
  return s.replace(WHITESPACE_RUN, ' ').trim();
}

/**
 * True when s has no whitespace but single spaces (so WHITESPACE_RUN changes nothing) and, with
 * `markup`, none of the characters inline markup starts with ("*", "_", "<": replaceInlineMarkup).
 */
function plainText(s: string, markup: boolean): boolean {
  let prevSpace = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      if (prevSpace) return false;
      prevSpace = true;
      continue;
    }
    prevSpace = false;
    if (c < 32) return false;
    if (markup && (c === 42 || c === 95 || c === 60)) return false;
    if (c >= 0x80 && isSpaceCode(c)) return false;
  }
  return true;
}

/** The non-ASCII code units \s matches. */
function isSpaceCode(c: number): boolean {
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** True when c is a letter. */
export function isLetter(c: string | undefined): boolean {
  if (c === undefined) return false;
  if (c.length === 1) return caseOf(c.charCodeAt(0)) !== CASE_NONE;
  return c.toUpperCase() !== c.toLowerCase();
}

/** True when c is an upper-case letter. */
export function isUpper(c: string | undefined): boolean {
  if (c === undefined) return false;
  if (c.length === 1) return caseOf(c.charCodeAt(0)) === CASE_UPPER;
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

/** True when c is a lower-case letter. */
export function isLower(c: string | undefined): boolean {
  if (c === undefined) return false;
  if (c.length === 1) return caseOf(c.charCodeAt(0)) === CASE_LOWER;
  return c !== c.toUpperCase() && c === c.toLowerCase();
}

/** Length of s without the characters of `chars` at its end (a linear trim, no regex). */
export function trimEndIndex(s: string, chars: string, end = s.length): number {
  let e = end;
  while (e > 0 && chars.includes(s[e - 1])) e--;
  return e;
}

/** s without the characters of `chars` at its end. */
export function trimEndChars(s: string, chars: string): string {
  return s.slice(0, trimEndIndex(s, chars));
}

/** s without the characters of `chars` at either end. */
export function trimChars(s: string, chars: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && chars.includes(s[a])) a++;
  while (b > a && chars.includes(s[b - 1])) b--;
  return s.slice(a, b);
}
