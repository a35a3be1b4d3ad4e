/**
 * Words that turn a date into a time limit. A deadline is a date printed right after one of these
 * cues: "trước ngày 08/02/2021", "chậm nhất ngày 03/12/2021", "đến ngày 15/12/2021",
 * "trong tháng 12/2025", "cuối tháng 12/2021", "trong Quý I năm 2026". A bare year needs a
 * completion verb as well: "hoàn thành trong năm 2025". Dates without a cue are not deadlines
 * ("Ngày 01/9/2021 ... làm việc", "Nghị quyết số 68/NQ-CP ngày 01/7/2021").
 */

import { alt } from './alt.js';


/** Prepositional cues, printed immediately before the date; they are part of the deadline text. */
export const DEADLINE_CUES: readonly string[] = [
  'trước',
  'chậm nhất',
  'chậm nhất là',
  'chậm nhất vào',
  'chậm nhất là vào',
  'chậm nhất trước',
  'muộn nhất',
  'muộn nhất là',
  'không muộn hơn',
  'không quá',
  'đến',
  'đến hết',
  'tới',
  'trong',
  'ngay trong',
  'chậm nhất trong',
  'chậm nhất là trong',
  'muộn nhất trong',
  'cuối',
  'vào cuối',
  'trước cuối',
  'đầu', // "trong tuần đầu tháng 12/2021"
  'giữa',
];

/** Nominal cues ("Thời hạn: ngày 15/12/2021"): the date is a deadline, the cue is not part of its text. */
export const NOMINAL_CUES: readonly string[] = ['thời hạn', 'hạn chót', 'thời hạn hoàn thành', 'thời hạn báo cáo', 'thời gian hoàn thành'];

/** Completion verbs that a year-only deadline needs before its cue ("hoàn thành trong năm 2025"). */
export const COMPLETION_VERBS: readonly string[] = ['hoàn thành', 'hoàn tất', 'xong', 'kết thúc', 'dứt điểm'];

/** Recurrence after a date: the deadline repeats, so no year is implied ("trước ngày 25/12 hàng năm"). */
export const RECURRENCE_WORDS: readonly string[] = ['hàng năm', 'hằng năm', 'hàng tháng', 'hằng tháng', 'hàng quý', 'hằng quý'];

/** A time of day between the cue and the date: "trước 17 giờ ngày 15/12", "trước 16h00 ngày ...". */
const TIME = `(?:\\d{1,2}[ \\t]{0,2}(?:giờ|h)(?:[ \\t]{0,2}\\d{1,2}(?:[ \\t]{0,2}phút|')?)?,?[ \\t]{1,3})`;

/** Between a cue and its date: spaces, or a hard wrap ("trước ngày\n08/02/2021" when the date was read without "ngày"). */
const SEP = `(?:[ \\t]{1,3}|[ \\t]?\\n[ \\t]?)`;

/** Cue at the end of the text before a date (matched against a short window ending at the date). */
export const CUE_BEFORE_RE = new RegExp(
  `(?<![\\p{L}])(?<cue>${alt(DEADLINE_CUES)})${SEP}(?<time>${TIME})?(?:ngày${SEP})?$`,
  'iu',
);

/** Nominal cue at the end of the window: "Thời hạn: ", "hạn chót ". */
export const NOMINAL_BEFORE_RE = new RegExp(`(?<![\\p{L}])(?:${alt(NOMINAL_CUES)})[ \\t]{0,2}:?[ \\t]{0,3}(?:${TIME})?$`, 'iu');

/** Completion verb right before a year-only cue ("hoàn thành trong", "xong trước"). */
export const COMPLETION_BEFORE_RE = new RegExp(`(?<![\\p{L}])(?:${alt(COMPLETION_VERBS)})(?:[ \\t]{1,3}(?:ngay|cả))?[ \\t]{1,3}$`, 'iu');

/** Recurrence right after the date. */
export const RECURRENCE_AFTER_RE = new RegExp(`^[ \\t]{1,3}(?:${alt(RECURRENCE_WORDS)})(?![\\p{L}])`, 'iu');

/** "từ ... đến ngày": a period, not a limit (looked for in the clause before an "đến" cue). */
export const PERIOD_START_RE = /(?<![\p{L}])(?:từ|kể từ)(?![\p{L}])/iu;

/** "tính đến ngày ...", "cho đến nay": an "as of" date for figures, not a limit (looked for right before "đến"). */
export const AS_OF_BEFORE_RE = /(?<![\p{L}])(?:tính|cho|kể)[ \t]{1,3}$/iu;

/** Past tense in the clause before the cue: a report of what was done, not a limit. */
export const PAST_RE = /(?<![\p{L}])đã(?![\p{L}])/iu;

/**
 * Dates without a year that findDates does not read: "tháng 12" and "Quý I" after a cue
 * ("trong tháng 12", "cuối tháng 5", "trong Quý IV"). The year comes from the document date.
 */
export const YEARLESS_MONTH_QUARTER_RE =
  /(?<![\p{L}\p{N}])(?:tháng[ \t]{0,2}(?<month>\d{1,2})|quý[ \t]{0,2}(?<quarter>IV|I{1,3}|[1-4]))(?![\p{N}\/]|[ \t]{0,3}(?:năm|\/)[ \t]{0,3}\d)(?![\p{L}])/giu;
