/**
 * Partial dates as Vietnamese documents print them (shared by header, directives, references).
 *
 * Nghị định 30/2020/NĐ-CP writes the issue date as "ngày 02 tháng 9 năm 2021" and leaves the
 * day or month blank on drafts ("ngày   tháng 9 năm 2021"); bodies cite "ngày 26/8/2021";
 * news uses "24-11-2021". A blank part stays null; a part taken from elsewhere is `implied`.
 *
 * One alternation scanned once over the text; every branch is deterministic (no two adjacent
 * quantifiers can match the same characters), so matching is linear.
 */
import type { PartialDate, Span } from '../record/schema.js';

const NOT_WORD_BEFORE = '(?<![\\p{L}\\p{N}])';
const NOT_DIGIT_AFTER = '(?![\\p{N}])';
const S = '[ \\t]*';

/** The date shapes, as named branches of one scanner. */
export const DATE_SCANNER = new RegExp(
  [
    // "ngày 13 tháng 11 năm 2021", "ngày tháng 9 năm 2021", "ngày  tháng  năm 2021"
    `${NOT_WORD_BEFORE}(?<vFull>ngày${S}(?:(?<vDay>\\d{1,2})${S})?tháng${S}(?:(?<vMonth>\\d{1,2})${S})?năm${S}(?<vYear>\\d{4}))`,
    // "ngày 26/8/2021", "26/8/2021", "24-11-2021", "26.8.2021"
    `${NOT_WORD_BEFORE}(?<nFull>(?:ngày${S})?(?<nDay>\\d{1,2})(?<sep>[/.-])(?<nMonth>\\d{1,2})\\k<sep>(?<nYear>\\d{4}))${NOT_DIGIT_AFTER}`,
    // "ngày 01/9", "ngày 3/2" (year implied from context)
    `${NOT_WORD_BEFORE}(?<sFull>ngày${S}(?<sDay>\\d{1,2})/(?<sMonth>\\d{1,2}))(?![\\p{N}/])`,
    // "tháng 12 năm 2025", "tháng 11/2021"
    `${NOT_WORD_BEFORE}(?<mFull>tháng${S}(?<mMonth>\\d{1,2})(?:${S}năm${S}|/)(?<mYear>\\d{4}))${NOT_DIGIT_AFTER}`,
    // "Quý I năm 2026", "quý 3/2026"
    `${NOT_WORD_BEFORE}(?<qFull>quý${S}(?<quarter>IV|I{1,3}|[1-4])(?:${S}năm${S}|/)(?<qYear>\\d{4}))${NOT_DIGIT_AFTER}`,
    // "năm 2025"
    `${NOT_WORD_BEFORE}(?<yFull>năm${S}(?<yYear>\\d{4}))${NOT_DIGIT_AFTER}`,
  ].join('|'),
  'giu',
);

/**
 * The scanner instance findDates and dateStartsAt reuse: DATE_SCANNER itself (its lastIndex is
 * theirs; it is exported for tests, which make their own copies from its source and flags). A
 * clone was a second construction of the pattern at every engine load (~0.5 ms).
 */
const SCANNER = DATE_SCANNER;

/** The words of DATE_SCANNER (the quarter numerals included); with digits and DATE_PUNCTUATION, all a date is made of. */
const DATE_WORDS: readonly string[] = ['ngày', 'tháng', 'năm', 'quý', 'IV'];
/** The separators and spaces a date may hold. */
const DATE_PUNCTUATION = ' \t/.-';

/**
 * The code units a DATE_SCANNER match is made of (the scanner is case-insensitive: both cases of
 * its words' letters), as a table; every one is below 0x200.
 */
const DATE_CODES: Uint8Array = (() => {
  const t = new Uint8Array(0x200);
  const chars = [...'0123456789', ...DATE_PUNCTUATION, ...DATE_WORDS.join(''), ...DATE_WORDS.join('').toUpperCase(), ...DATE_WORDS.join('').toLowerCase()];
  for (const ch of chars) {
    const c = ch.charCodeAt(0);
    if (c >= t.length) throw new Error(`dates: character outside the table: ${ch}`);
    t[c] = 1;
  }
  return t;
})();

/** A character no date is printed with: not a letter, digit, space, tab, "/", "." or "-". */
export const DATE_BREAK = /[^\p{L}\p{N} \t/.-]/u;

/** The ASCII characters of DATE_BREAK, as a table (line breaks, commas, brackets, ...). */
const DATE_BREAK_ASCII: Uint8Array = (() => {
  const t = new Uint8Array(128);
  for (let c = 0; c < 128; c++) if (DATE_BREAK.test(String.fromCharCode(c))) t[c] = 1;
  return t;
})();

/** The offset of the first ASCII DATE_BREAK character at or after `pos`, or text.length if none. */
export function nextDateBreak(text: string, pos: number): number {
  for (let i = pos; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128 && DATE_BREAK_ASCII[c] === 1) return i;
  }
  return text.length;
}

/**
 * The text up to and including the first ASCII DATE_BREAK character at or after `pos` (all of
 * it if none). findDates over it finds the same dates before `pos` as over the whole text: no
 * date holds such a character, so no match attempt starting before `pos` reads past it
 * (test/references/dates-bound.test.ts).
 */
export function textToBreak(text: string, pos: number): string {
  const i = nextDateBreak(text, pos);
  return i < text.length ? text.slice(0, i + 1) : text;
}

/** A digit: every date (and every citation) holds one. */
export const ANY_DIGIT = /[0-9]/g;

/**
 * What `re.exec(hay)` gives for a global regex whose every match holds a digit and only
 * characters of `codes` (a table of code units): the leftmost match at or after re.lastIndex,
 * without running the regex over text that cannot hold one. Such a match lies in the run of
 * `codes` characters around a digit: the regex runs only over those runs, each time on the text
 * up to the character after the run (a surrogate pair whole), past which no attempt inside the
 * run reads (look-arounds read one character beyond a match).
 */
export function nextInDigitRuns(re: RegExp, hay: string, codes: Uint8Array): RegExpExecArray | null {
  const n = hay.length;
  const size = codes.length;
  let pos = re.lastIndex;
  while (pos < n) {
    ANY_DIGIT.lastIndex = pos;
    const digit = ANY_DIGIT.exec(hay);
    if (digit === null) break;
    let runStart = digit.index;
    // Bounds first, then the character: reading charCodeAt(-1) or charCodeAt(n) (NaN) made V8
    // deoptimise this function ("out of bounds") each time a run touched the text's edge.
    while (runStart > pos) {
      const c = hay.charCodeAt(runStart - 1);
      if (c >= size || codes[c] !== 1) break;
      runStart--;
    }
    let runEnd = digit.index + 1;
    while (runEnd < n) {
      const c = hay.charCodeAt(runEnd);
      if (c >= size || codes[c] !== 1) break;
      runEnd++;
    }
    re.lastIndex = runStart;
    const m = re.exec(runEnd + 2 < n ? hay.slice(0, runEnd + 2) : hay);
    if (m !== null) return m;
    pos = runEnd + 1;
  }
  re.lastIndex = 0;
  return null;
}

/**
 * Whether a DATE_SCANNER match starts at `pos` (what the scanner made sticky would say), asked of
 * findDates' own scanner: V8 compiles a sticky copy as a second regex (~2 ms of a cold start).
 * A match is made of DATE_CODES units and its look-aheads read one character (a surrogate pair
 * whole) after it, so the scanner runs on the text up to two units past the run of DATE_CODES
 * units at `pos`: it tries `pos` first, exactly as over the whole text, and finds nothing far.
 */
export function dateStartsAt(text: string, pos: number): boolean {
  const c = text.charCodeAt(pos);
  if (!(c < DATE_CODES.length && DATE_CODES[c] === 1)) return false;
  let end = pos + 1;
  while (end < text.length) {
    const u = text.charCodeAt(end);
    if (u >= DATE_CODES.length || DATE_CODES[u] !== 1) break;
    end++;
  }
  const re = SCANNER;
  re.lastIndex = pos;
  const m = re.exec(end + 2 < text.length ? text.slice(0, end + 2) : text);
  re.lastIndex = 0;
  return m !== null && m.index === pos;
}

const ROMAN_QUARTER: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4 };

export interface DateParts {
  year: number | null;
  month: number | null;
  day: number | null;
  quarter?: number | null;
}

export type DateShape = 'verbal' | 'numeric' | 'day-month' | 'month' | 'quarter' | 'year';

export interface DateMatch {
  date: PartialDate;
  shape: DateShape;
  /** False when the parts name a day that does not exist (30/02). */
  valid: boolean;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The ISO form of the known parts: "2021-09-01", "2021-09", "2021"; null without a year. */
export function isoOf(parts: DateParts): string | null {
  if (parts.year === null) return null;
  if (parts.month === null || parts.quarter) return String(parts.year);
  if (parts.day === null) return `${parts.year}-${pad(parts.month)}`;
  return `${parts.year}-${pad(parts.month)}-${pad(parts.day)}`;
}

/** True when the known parts can be a real calendar date. */
export function isValidDate(parts: DateParts): boolean {
  const { year, month, day } = parts;
  if (month !== null && (month < 1 || month > 12)) return false;
  if (day !== null && (day < 1 || day > 31)) return false;
  if (day !== null && month !== null) {
    const y = year ?? 2000; // a leap year, so 29/02 without a year stays possible
    if (day > daysInMonth(y, month)) return false;
  }
  return true;
}

/** Days in each month of a common year. */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * The number of days in month 1..12 of year y, as `new Date(Date.UTC(y, month, 0))` gives it
 * (which reads years 0..99 as 1900..1999), without building a Date.
 */
export function daysInMonth(y: number, month: number): number {
  if (!Number.isInteger(y) || y < 0 || y > 9999) return new Date(Date.UTC(y, month, 0)).getUTCDate();
  const full = y <= 99 ? 1900 + y : y;
  if (month !== 2) return MONTH_DAYS[month - 1];
  return (full % 4 === 0 && full % 100 !== 0) || full % 400 === 0 ? 29 : 28;
}

/** Builds a PartialDate record value. Invalid parts are kept out of `iso` (iso null). */
export function makePartialDate(text: string, span: Span, parts: DateParts, implied: ('year' | 'month' | 'day')[] = []): PartialDate {
  const valid = isValidDate(parts);
  const date: PartialDate = {
    text,
    year: parts.year,
    month: parts.month !== null && parts.month >= 1 && parts.month <= 12 ? parts.month : null,
    day: parts.day !== null && parts.day >= 1 && parts.day <= 31 ? parts.day : null,
    iso: valid ? isoOf(parts) : null,
    span,
  };
  if (parts.quarter) date.quarter = parts.quarter;
  if (implied.length > 0) date.implied = implied;
  return date;
}

function num(s: string | undefined): number | null {
  return s === undefined ? null : Number.parseInt(s, 10);
}

/** All dates in text[from, to), in order. A year left out is filled from `defaultYear` as implied. */
export function findDates(text: string, from = 0, to = text.length, defaultYear: number | null = null): DateMatch[] {
  const out: DateMatch[] = [];
  // Scan only text[from, to): a prefix slice is cheap (V8 shares the characters), and the
  // scanner then never runs past `to` looking for the next date.
  const hay = to < text.length ? text.slice(0, to) : text;
  const re = SCANNER; // single-threaded and not re-entered: reusing the global scanner is safe
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = nextInDigitRuns(re, hay, DATE_CODES)) !== null) {
    const g = m.groups!;
    const start = m.index;
    const end = start + m[0].length;
    let parts: DateParts;
    let shape: DateShape;
    const implied: ('year' | 'month' | 'day')[] = [];
    if (g.vFull !== undefined) {
      parts = { day: num(g.vDay), month: num(g.vMonth), year: num(g.vYear) };
      shape = 'verbal';
    } else if (g.nFull !== undefined) {
      parts = { day: num(g.nDay), month: num(g.nMonth), year: num(g.nYear) };
      shape = 'numeric';
    } else if (g.sFull !== undefined) {
      parts = { day: num(g.sDay), month: num(g.sMonth), year: defaultYear };
      if (defaultYear !== null) implied.push('year');
      shape = 'day-month';
    } else if (g.mFull !== undefined) {
      parts = { day: null, month: num(g.mMonth), year: num(g.mYear) };
      shape = 'month';
    } else if (g.qFull !== undefined) {
      const q = g.quarter.toUpperCase();
      parts = { day: null, month: null, year: num(g.qYear), quarter: ROMAN_QUARTER[q] ?? Number.parseInt(q, 10) };
      shape = 'quarter';
    } else {
      parts = { day: null, month: null, year: num(g.yYear) };
      shape = 'year';
    }
    const span = { start, end };
    out.push({ date: makePartialDate(text.slice(start, end), span, parts, implied), shape, valid: isValidDate(parts) });
  }
  return out;
}
