/**
 * Deadlines: the dates in a directive's own text that set a time limit. A date is a deadline
 * when a cue stands right before it ("trước ngày 08/02/2021", "chậm nhất ngày 03/12/2021",
 * "đến ngày 15/12/2021", "trong tháng 12/2025", "cuối tháng 12/2021", "trong Quý I năm 2026");
 * a bare year needs a completion verb too ("hoàn thành trong năm 2025"). The deadline's text is
 * the cue and the date as printed. A year left out is the document's year, listed in `implied`;
 * a recurring limit ("trước ngày 25/12 hàng năm") has no year.
 *
 * Not deadlines: dates without a cue ("Ngày 01/9/2021 ... làm việc", "Nghị quyết số 68/NQ-CP
 * ngày 01/7/2021"), periods ("từ ngày ... đến ngày ..."), a sentence that opens with "Trong
 * tháng 10/2025, ..." (what happened then), plan horizons ("đến năm 2030", "từ nay đến hết năm 2025").
 */
import { findDates, makePartialDate, type DateShape } from '../dates/partial-date.js';
import type { PartialDate } from '../record/schema.js';
import { firstFrom } from '../vocabulary/lower-bound.js';
import {
  COMPLETION_BEFORE_RE,
  CUE_BEFORE_RE,
  AS_OF_BEFORE_RE,
  NOMINAL_BEFORE_RE,
  PAST_RE,
  PERIOD_START_RE,
  RECURRENCE_AFTER_RE,
  YEARLESS_MONTH_QUARTER_RE,
} from './lexicon/deadline-cues.js';

const ROMAN_QUARTER: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4 };

/** How far back a cue may start before its date. */
const WINDOW = 60;

/** Clause boundaries: the cue and what it governs stay inside one clause (a single "\n" is a hard wrap). */
export const CLAUSE_END_RE = /[.;:!?]/u;

/** Only spaces, dashes, brackets or markup between a clause start and a cue: the cue opens the clause. */
export const CLAUSE_OPENING_FILLER_RE = /^[\s\-–("'“*]{0,40}$/u;

/** A private global clone of YEARLESS_MONTH_QUARTER_RE, made once (lastIndex is set before each use). */
const YEARLESS_SCANNER = new RegExp(YEARLESS_MONTH_QUARTER_RE.source, YEARLESS_MONTH_QUARTER_RE.flags);

/** Longest printed date read after a cue ("ngày 13 tháng 11 năm 2021", "tháng 12 năm 2025"). */
const DATE_REACH = 32;

/** Runs of digits, where dates may be. */
export const DIGIT_RUN_RE = /\d{1,4}/g;
const DIGIT_RUN_SCANNER = new RegExp(DIGIT_RUN_RE.source, DIGIT_RUN_RE.flags);
/** A date word right before a number ("ngày 13", "tháng 12", "năm 2025", "Quý I năm 2026"). */
export const DATE_WORD_BEFORE_RE = /(?:ngày|tháng|năm|quý|Ngày|Tháng|Năm|Quý|NGÀY|THÁNG|NĂM|QUÝ)[ \t]{0,3}(?:(?:I{1,3}|IV)[ \t]{0,3}(?:năm|\/)?[ \t]{0,3})?$/u;

/** A cue word (or its start) somewhere before a date: without one the date is not read at all. */
export const CUE_NEAR_RE = /trước|chậm|muộn|quá|đến|tới|trong|cuối|hạn|Trước|Chậm|Muộn|Đến|Tới|Trong|Cuối|Hạn|Thời hạn|TRƯỚC|TRONG/u;

/** How far before a date's first digit its cue may start ("chậm nhất là vào ngày 13", "trước 17 giờ ngày 15"). */
const CUE_LOOKBACK = 48;

/** How far before its first digit a date may start ("Quý IV năm 2025", "ngày 13"). */
const DATE_LEAD = 16;

/**
 * The last characters of DATE_WORD_BEFORE_RE's matches before their trailing spaces: of a date
 * word (ngày, tháng, năm, quý in any of their printed cases) or of a quarter's numeral and "/".
 */
export const DATE_WORD_ENDS: ReadonlySet<number> = new Set([...'yYgGmMýÝIV/'].map((c) => c.charCodeAt(0)));

/** True when the digit run at text[d, e) can be part of a date: after a date word, or in "26/8/2021", "24-11-2021". */
function mayBeDate(text: string, d: number, e: number): boolean {
  const sep = text[e];
  if ((sep === '/' || sep === '-' || sep === '.') && e + 1 < text.length && text.charCodeAt(e + 1) >= 48 && text.charCodeAt(e + 1) <= 57) return true;
  // Most numbers follow no date word: the character before the spaces says so without the regex.
  const lo = Math.max(0, d - DATE_LEAD);
  let j = d;
  while (j > lo && (text.charCodeAt(j - 1) === 32 || text.charCodeAt(j - 1) === 9)) j--;
  if (j === lo || !DATE_WORD_ENDS.has(text.charCodeAt(j - 1))) return false;
  return DATE_WORD_BEFORE_RE.test(text.slice(lo, d));
}

/** "tháng" or "quý": a window without them holds no yearless month or quarter. */
export const MONTH_OR_QUARTER_WORD_RE = /tháng|quý|Quý|QUÝ|THÁNG|Tháng/u;

/** A date read in a window, moved to its place in the text. */
function shifted(date: PartialDate, shape: Candidate['shape'], by: number): Candidate {
  const span = { start: date.span.start + by, end: date.span.end + by };
  return { start: span.start, end: span.end, shape, date: { ...date, span } };
}

interface Candidate {
  start: number;
  end: number;
  shape: DateShape | 'yearless';
  date: PartialDate;
}

/** The start of the clause containing `at`, looking back at most `max` characters. */
function clauseStart(text: string, at: number, from: number, max: number): number {
  const lo = Math.max(from, at - max);
  for (let i = at - 1; i >= lo; i--) {
    if (CLAUSE_END_RE.test(text[i]) || (text[i] === '\n' && text[i - 1] === '\n')) return i + 1;
  }
  return lo;
}

/** True when the text between `from` and `at` (within the clause) is only spaces, dashes or an opening bracket. */
function sentenceInitial(text: string, clause: number, at: number): boolean {
  return CLAUSE_OPENING_FILLER_RE.test(text.slice(clause, at));
}

function yearlessCandidates(text: string, from: number, to: number, taken: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const re = YEARLESS_SCANNER;
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  let k = 0; // `taken` is in text order
  while ((m = re.exec(text)) !== null && m.index < to) {
    const start = m.index;
    const end = start + m[0].length;
    if (end > to) break;
    while (k < taken.length && taken[k].end <= start) k++;
    if (k < taken.length && taken[k].start < end) continue; // inside a date findDates read
    const g = m.groups!;
    const span = { start, end };
    if (g.month !== undefined) {
      const month = Number.parseInt(g.month, 10);
      if (month < 1 || month > 12) continue;
      out.push({ start, end, shape: 'yearless', date: makePartialDate(m[0], span, { year: null, month, day: null }) });
    } else {
      const q = g.quarter.toUpperCase();
      const quarter = ROMAN_QUARTER[q] ?? Number.parseInt(q, 10);
      out.push({ start, end, shape: 'yearless', date: makePartialDate(m[0], span, { year: null, month: null, day: null, quarter }) });
    }
  }
  return out;
}

/**
 * The dates of a stretch of text (the directive part), read once; each directive then takes the
 * deadlines that fall in its own span (`within`), so the text is not scanned once per directive.
 */
export class DeadlineIndex {
  private readonly candidates: Candidate[];
  private year: number | null | undefined;

  /** `year`: the document's year, or a function that finds it (called only if a date needs it). */
  constructor(
    private readonly text: string,
    from: number,
    private readonly to: number,
    private readonly yearOf: number | null | (() => number | null),
  ) {
    if (to <= from) {
      this.candidates = [];
      return;
    }
    // Dates are read only around digits that can be part of one (every date has digits; most
    // numbers in a text, "02 cấp", "Covid-19", "100%", are not dates), and only there.
    const seen = new Set<number>();
    const found: Candidate[] = [];
    const digits = DIGIT_RUN_SCANNER;
    digits.lastIndex = from;
    let covered = from;
    for (let m = digits.exec(text); m !== null && m.index < to; m = digits.exec(text)) {
      const d = m.index;
      if (d < covered || !mayBeDate(text, d, d + m[0].length)) continue;
      if (!CUE_NEAR_RE.test(text.slice(Math.max(from, d - CUE_LOOKBACK), d))) continue; // no cue before it: no deadline
      const ws = Math.max(from, d - DATE_LEAD);
      const we = Math.min(to, d + DATE_REACH);
      const window = text.slice(ws, we);
      // One array built by push (the dated, then the yearless): the loop below always sees the
      // same elements kind, where mapped and spread arrays (empty or not) deoptimised it.
      // The yearless reading skips what a full date already covers: compared in the window's own
      // offsets (`dated`), before the shift to the text's.
      const dated: Candidate[] = [];
      for (const x of findDates(window, 0, window.length, null)) dated.push(shifted(x.date, x.shape, 0));
      const cands: Candidate[] = [];
      for (const c of dated) cands.push(shifted(c.date, c.shape, ws));
      if (MONTH_OR_QUARTER_WORD_RE.test(window)) {
        for (const x of yearlessCandidates(window, 0, window.length, dated)) cands.push(shifted(x.date, x.shape, ws));
      }
      for (const c of cands) {
        if (c.start > d || c.end <= d || seen.has(c.start)) continue; // the date this digit run belongs to
        seen.add(c.start);
        found.push(c);
        covered = Math.max(covered, c.end);
      }
    }
    this.candidates = found.sort((a, b) => a.start - b.start);
  }

  private documentYear(): number | null {
    if (this.year === undefined) this.year = typeof this.yearOf === 'function' ? this.yearOf() : this.yearOf;
    return this.year;
  }

  /** The deadlines printed in text[from, to), a directive's own span. */
  within(from: number, to: number): PartialDate[] {
    const out: PartialDate[] = [];
    const cs = this.candidates;
    for (let i = firstFrom(cs, from); i < cs.length && cs[i].end <= to; i++) {
      const d = deadlineOf(this.text, cs[i], from, Math.min(to, this.to), () => this.documentYear());
      if (d) out.push(d);
    }
    return out;
  }
}

/** The deadlines in text[from, to). `year` is the document's year, for dates printed without one (listed in `implied`). */
export function findDeadlines(text: string, from: number, to: number, year: number | null): PartialDate[] {
  return new DeadlineIndex(text, from, to, year).within(from, to);
}

/**
 * The deadline a date is, or null when no cue makes it one. `from`/`to` bound the text read around
 * it; `year` gives the document's year for a date printed without one.
 */
function deadlineOf(text: string, c: Candidate, from: number, to: number, year: () => number | null): PartialDate | null {
  const clause = clauseStart(text, c.start, from, WINDOW * 3);
  const windowStart = Math.max(clause, c.start - WINDOW);
  const before = text.slice(windowStart, c.start);
  const cueM = CUE_BEFORE_RE.exec(before);
  let cueStart: number;
  if (cueM) {
    const cue = cueM.groups!.cue.toLowerCase();
    cueStart = windowStart + cueM.index;
    const clauseText = text.slice(clause, cueStart);
    if (PAST_RE.test(clauseText)) return null;
    const upTo = cue === 'đến' || cue === 'tới' || cue === 'đến hết';
    if (upTo && (PERIOD_START_RE.test(clauseText) || AS_OF_BEFORE_RE.test(clauseText))) return null;
    if ((cue === 'trong' || cue === 'ngay trong') && sentenceInitial(text, clause, cueStart)) return null;
    if (c.shape === 'year') {
      if (upTo || cue === 'cuối' || cue === 'vào cuối' || cue === 'đầu' || cue === 'giữa') return null;
      if (!COMPLETION_BEFORE_RE.test(text.slice(Math.max(clause, cueStart - 30), cueStart))) return null;
    }
  } else {
    // "Thời hạn: ngày 20/12/2021": the nominal cue may stand before the clause's colon.
    const nominal = NOMINAL_BEFORE_RE.exec(text.slice(Math.max(from, c.start - WINDOW), c.start));
    if (!nominal || c.shape === 'year') return null;
    cueStart = c.start;
  }
  let end = c.end;
  let date = c.date;
  const rec = RECURRENCE_AFTER_RE.exec(text.slice(c.end, Math.min(to, c.end + 20)));
  if (rec) {
    end = c.end + rec[0].length; // "hàng năm": it recurs, so no year is implied
  } else if (date.year === null && (c.shape === 'day-month' || c.shape === 'yearless')) {
    const y = year();
    if (y !== null) date = makePartialDate(date.text, date.span, { year: y, month: date.month, day: date.day, quarter: date.quarter ?? null }, ['year']);
  }
  // The text is the evidence exactly as printed (record.md: text.slice(span) is the evidence),
  // line breaks included; fixtures compare it with white space collapsed.
  return { ...date, text: text.slice(cueStart, end), span: { start: cueStart, end } };
}
