/**
 * Place and date of issue: "Địa danh, ngày ... tháng ... năm ..." (Nghị định 30/2020/NĐ-CP,
 * Phụ lục I, mục "Địa danh và thời gian ban hành văn bản"; the same line in Hướng dẫn
 * 36-HD/VPTW). Drafts leave the day or month blank ("Đắk Lắk, ngày   tháng 9 năm 2021"): a blank
 * part is null. Scans damage the handwritten day ("ngày⁄Ÿ tháng 6", "ngày |} tháng ®"): an
 * unreadable part is null with a warning; a part that cannot be a date (44, 30/02) is reported.
 */
import type { PartialDate } from '../record/schema.js';
import { isValidDate, makePartialDate } from '../dates/partial-date.js';
import { collapse, trimEndChars, upperRatio } from './text.js';
import { LazyRegExp } from '../vocabulary/lazy-regexp.js';

/**
 * The verbal date of a place-date line. The day and month parts are whatever short run stands
 * between the words (digits, blanks or scan noise); "thang"/"nam" without accents occur in OCR.
 */
export const ISSUE_DATE = new RegExp(
  '(?<![\\p{L}])(?:[Nn]gày|NGÀY)\\s{0,3}(?:(?<day>[^\\s]{0,6}?)\\s{0,3}(?:th[áa]ng|THÁNG)\\s{0,3}(?<month>[^\\s]{0,5}?)\\s{0,3}(?:n[ăa]m|NĂM)\\s{0,3}(?<year>[12]\\d{3})|(?<nday>\\d{1,2})[/.-](?<nmonth>\\d{1,2})[/.-](?<nyear>[12]\\d{3}))(?![\\p{N}])',
  'gu',
);

/** A clean day or month. */
export const PART_DIGITS = /^\d{1,2}$/;

export interface DatePart {
  value: number | null;
  /** "blank" when nothing is printed, "unreadable" when scan noise is printed. */
  problem: 'blank' | 'unreadable' | null;
}

/** Reads a printed day or month part. */
export function readPart(printed: string): DatePart {
  // Trailing dots and commas after a day or month ("44.").
  const p = trimEndChars(printed.trim(), '.,');
  if (p.length === 0) return { value: null, problem: 'blank' };
  if (PART_DIGITS.test(p)) return { value: Number.parseInt(p, 10), problem: null };
  // Anything else ("O2", "⁄Ÿ", "|}") is not read: guessing a day would invent a date.
  return { value: null, problem: 'unreadable' };
}

export interface IssueDate {
  date: PartialDate;
  /** Problems worth a diagnostic. */
  unreadable: ('day' | 'month')[];
  /** The parts name a day that does not exist (30/02, 44/6). */
  invalid: boolean;
}

/** Builds the issue date from an ISSUE_DATE match at `start` in `text`. */
export function issueDateFrom(m: RegExpExecArray): IssueDate {
  const g = m.groups!;
  const start = m.index;
  const end = start + m[0].length;
  // "ngày⁄Ÿ tháng": the day part may touch "ngày". "ngày 05/6/2021": the numeric form.
  const day = readPart(g.day ?? g.nday);
  const month = readPart(g.month ?? g.nmonth);
  const year = Number.parseInt(g.year ?? g.nyear, 10);
  const unreadable: IssueDate['unreadable'] = [];
  if (day.problem === 'unreadable') unreadable.push('day');
  if (month.problem === 'unreadable') unreadable.push('month');
  let d = day.value;
  let mo = month.value;
  let invalid = false;
  // A part out of range is not a date: keep what is certain (the year, a good month).
  if (mo !== null && (mo < 1 || mo > 12)) {
    invalid = true;
    mo = null;
    d = null;
  }
  if (d !== null && (d < 1 || d > 31)) {
    invalid = true;
    d = null;
  }
  const parts = { day: d, month: mo, year };
  if (!isValidDate(parts)) invalid = true;
  // The printed phrase is its evidence: text.slice(span) (a date wrapped over lines keeps its breaks).
  const date = makePartialDate(m[0], { start, end }, parts);
  return { date, unreadable, invalid };
}

/**
 * The place printed before ", ngày": the run of words between `floor` and the comma, without
 * markup; null when it does not look like a place name (a sentence, a number, nothing).
 */
export function placeBefore(text: string, floor: number, dateStart: number): { name: string; start: number; end: number } | null {
  let e = dateStart;
  while (e > floor && (text[e - 1] === ' ' || text[e - 1] === '\n' || text[e - 1] === '*' || text[e - 1] === '_')) e--;
  if (e > floor && (text[e - 1] === ',' || text[e - 1] === '.')) e--;
  else return null;
  while (e > floor && (text[e - 1] === ' ' || text[e - 1] === '*' || text[e - 1] === '_')) e--;
  let s = e;
  while (s > floor) {
    const c = text[s - 1];
    if (c === '|' || c === '*' || c === '#' || c === ':' || c === ';' || c === '>' || c === '"') break;
    if (c === '\n') {
      // A place wrapped over two lines ("Thành phố Hồ Chí\nMinh, ngày") continues the line above
      // when that line is itself a short capitalised run.
      if (s === e) break;
      const prevEnd = s - 1;
      let prevStart = prevEnd;
      while (prevStart > floor && text[prevStart - 1] !== '\n') prevStart--;
      let ps = prevStart;
      while (ps < prevEnd && EDGE_CHAR.has(text[ps])) ps++;
      let pe = prevEnd;
      while (pe > ps && EDGE_CHAR.has(text[pe - 1])) pe--;
      const prev = text.slice(ps, pe);
      if (prev.length > 0 && prev.length <= 40 && WRAPPED_PLACE.re.test(prev) && upperRatio(prev) < 0.6) s = ps;
      break;
    }
    s--;
  }
  while (s < e && (text[s] === ' ' || text[s] === '*' || text[s] === '_')) s++;
  const name = collapse(text.slice(s, e));
  if (!PLACE_NAME.test(name)) return null;
  return { name, start: s, end: e };
}

/** Markup characters at a line's edges. */
const EDGE_CHAR = new Set([' ', '*', '_', '|', '#']);
/** A short run of capitalised words (the first half of a wrapped place name). */
export const WRAPPED_PLACE = new LazyRegExp("^\\p{Lu}[\\p{L}'.]*(?: [\\p{L}'.]+){0,4}$", 'u');
/**
 * A place name: one to seven words ("Bà Rịa - Vũng Tàu"), the first capitalised, letters, apostrophes and dots
 * ("Hà Nội", "TP. Hồ Chí Minh", "Đắk R lấp", "Thành phố Hồ Chí Minh").
 */
export const PLACE_NAME = /^\p{Lu}[\p{L}'.]*(?: [\p{L}'.-]+){0,6}$/u;
