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
import { WHITESPACE_RUN_RE } from './markup.js';
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

function yearlessCandidates(text: string, from: number, to: number, year: number | null, taken: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const re = new RegExp(YEARLESS_MONTH_QUARTER_RE.source, YEARLESS_MONTH_QUARTER_RE.flags);
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null && m.index < to) {
    const start = m.index;
    const end = start + m[0].length;
    if (end > to) break;
    if (taken.some((c) => start < c.end && end > c.start)) continue;
    const g = m.groups!;
    const implied: 'year'[] = year !== null ? ['year'] : [];
    const span = { start, end };
    if (g.month !== undefined) {
      const month = Number.parseInt(g.month, 10);
      if (month < 1 || month > 12) continue;
      out.push({ start, end, shape: 'yearless', date: makePartialDate(m[0], span, { year, month, day: null }, implied) });
    } else {
      const q = g.quarter.toUpperCase();
      const quarter = ROMAN_QUARTER[q] ?? Number.parseInt(q, 10);
      out.push({ start, end, shape: 'yearless', date: makePartialDate(m[0], span, { year, month: null, day: null, quarter }, implied) });
    }
  }
  return out;
}

/**
 * The deadlines in text[from, to). `year` is the document's year, used for dates printed
 * without one (listed in `implied`).
 */
export function findDeadlines(text: string, from: number, to: number, year: number | null): PartialDate[] {
  if (to <= from) return [];
  const dated: Candidate[] = findDates(text, from, to, year).map((d) => ({
    start: d.date.span.start,
    end: d.date.span.end,
    shape: d.shape,
    date: d.date,
  }));
  const all = [...dated, ...yearlessCandidates(text, from, to, year, dated)].sort((a, b) => a.start - b.start);
  const out: PartialDate[] = [];
  for (const c of all) {
    const clause = clauseStart(text, c.start, from, WINDOW * 3);
    const windowStart = Math.max(clause, c.start - WINDOW);
    const before = text.slice(windowStart, c.start);
    const cueM = CUE_BEFORE_RE.exec(before);
    let cueStart: number;
    if (cueM) {
      const cue = cueM.groups!.cue.toLowerCase();
      cueStart = windowStart + cueM.index;
      const clauseText = text.slice(clause, cueStart);
      if (PAST_RE.test(clauseText)) continue;
      const upTo = cue === 'đến' || cue === 'tới' || cue === 'đến hết';
      if (upTo && (PERIOD_START_RE.test(clauseText) || AS_OF_BEFORE_RE.test(clauseText))) continue;
      if ((cue === 'trong' || cue === 'ngay trong') && sentenceInitial(text, clause, cueStart)) continue;
      if (c.shape === 'year') {
        if (cue === 'đến' || cue === 'tới' || cue === 'đến hết' || cue === 'cuối' || cue === 'vào cuối') continue;
        if (!COMPLETION_BEFORE_RE.test(text.slice(Math.max(clause, cueStart - 30), cueStart))) continue;
      }
    } else {
      // "Thời hạn: ngày 20/12/2021": the nominal cue may stand before the clause's colon.
      const nominal = NOMINAL_BEFORE_RE.exec(text.slice(Math.max(from, c.start - WINDOW), c.start));
      if (!nominal || c.shape === 'year') continue;
      cueStart = c.start;
    }
    let end = c.end;
    let date = c.date;
    const rec = RECURRENCE_AFTER_RE.exec(text.slice(c.end, Math.min(to, c.end + 20)));
    if (rec) {
      end = c.end + rec[0].length;
      if (date.implied?.includes('year')) {
        date = makePartialDate(date.text, date.span, { year: null, month: date.month, day: date.day, quarter: date.quarter ?? null });
      }
    }
    const span = { start: cueStart, end };
    const printed = text.slice(cueStart, end);
    const result: PartialDate = { ...date, text: printed.replace(WHITESPACE_RUN_RE, ' '), span };
    out.push(result);
  }
  return out;
}
