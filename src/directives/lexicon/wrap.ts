/**
 * Hard-wrapped text (scans, OCR, pages flattened to fixed-width lines) breaks paragraphs at
 * arbitrary words. A line that ends with one of these words cannot end a Vietnamese sentence or
 * heading, so the next line continues it.
 */

import { alt } from './alt.js';

export const NON_FINAL_WORDS: readonly string[] = [
  'các', 'của', 'và', 'với', 'cho', 'để', 'về', 'tại', 'trong', 'theo', 'là', 'những', 'được',
  'có', 'đến', 'từ', 'như', 'hoặc', 'hay', 'nhưng', 'thì', 'mà', 'do', 'bởi', 'bằng', 'trên',
  'dưới', 'sau', 'trước', 'giữa', 'ngoài', 'qua', 'vào', 'ra', 'lên', 'khi', 'nếu', 'vì', 'nên',
  'cùng', 'đối', 'thuộc', 'phải', 'cần', 'đã', 'đang', 'sẽ', 'không', 'chưa', 'một', 'số',
  'mọi', 'mỗi', 'từng', 'tới', 'nhằm', 'tránh', 'gồm', 'bao', 'kể', 'việc', 'sự', 'cấp', 'ngày',
  'tháng', 'năm', 'quý', 'nhất', 'ban', 'phòng', 'sở', 'bộ', 'ủy', 'uỷ', 'nhân', 'dân',
  'nghị', 'cầu', 'giao', // "đề nghị", "yêu cầu", "giao": an object follows
];


/** The line's last word is one that never ends a sentence. */
export const NON_FINAL_WORD_RE = new RegExp(`(?<![\\p{L}])(?:${alt(NON_FINAL_WORDS)})$`, 'u');

/** Characters after which a line always continues: comma, open bracket, hyphen, slash, ampersand. */
export const CONTINUING_END_RE = /[,(\[\-–\/&+]$/u;

/** Sentence- or clause-final punctuation at the end of a line (also "./."). */
export const FINAL_PUNCT_RE = /[.;:!?…]["')\]]{0,2}$|\.\/\.?$/u;

/** The last characters of a line, enough for the end-anchored tests above (they then need not scan the whole line). */
export function lineTail(s: string): string {
  return s.length > 16 ? s.slice(-16) : s;
}

/** The line ends a sentence or clause. */
export function endsSentence(s: string): boolean {
  return FINAL_PUNCT_RE.test(lineTail(s));
}
