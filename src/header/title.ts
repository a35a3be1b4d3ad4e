/**
 * The trích yếu (Nghị định 30/2020/NĐ-CP, Phụ lục I, mục "Trích yếu nội dung văn bản"): the
 * lines under the type heading, up to the body; for a Công văn, the "V/v ..." text under the
 * number. Web copies print title and body without a blank line between them, so the title also
 * stops at a line that opens the body ("Ngày 18 tháng 11 ...", "Căn cứ ...") or, for a title in
 * capitals, at the first line that is not in capitals. A decision's enacting authority
 * ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ") under its title is not part of it.
 */
import type { Span } from '../record/schema.js';
import { BODY_OPENERS, VE_VIEC } from '../vocabulary/header-words.js';
import { isBlank, type Line } from './lines.js';
import { cleanValue, fold, upperRatio } from './text.js';
import { mottoIndex } from './issuer.js';
import { escapeRegExp } from '../vocabulary/regex-escape.js';

export interface Title {
  text: string;
  span: Span;
  /** Index of the title's last line. */
  lastLine: number;
}


/** A line that opens the body of the document. */
export const BODY_OPENER = new RegExp(`^(?:${BODY_OPENERS.map(escapeRegExp).join('|')})(?![\\p{L}])`, 'u');

/** A numbered item opening the body ("1.", "I.", "1/", "a)", "Điều 1."). */
export const ITEM_MARKER = /^(?:\d{1,2}[./)]|[IVX]{1,4}\.|[a-zđ]\)|Điều \d)/u;

/** A line that is an addressee block or a formula, never a title ("Kính gửi:", "... điện:"). */
export const NOT_TITLE = /(?:^Kính gửi|^KÍNH GỬI|điện:$|:$)/u;

/** Positions that open a decision's enacting line ("CHỦ TỊCH ỦY BAN NHÂN DÂN ..."). */
export const ENACTING_OPENERS = ['CHU TICH', 'BO TRUONG', 'THU TUONG', 'GIAM DOC', 'TONG CUC TRUONG', 'CUC TRUONG', 'CHANH AN', 'VIEN TRUONG'];

/** The openers followed by their space (built once). */
const ENACTING_PREFIXES = ENACTING_OPENERS.map((o) => o + ' ');

/**
 * True when a line in capitals is the enacting authority of a decision rather than more title:
 * it repeats the issuer's name, alone or after a position ("ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI",
 * "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ").
 */
export function isEnactingLine(line: string, issuerFolded: string | null): boolean {
  const f = fold(line).replace(TRAILING_COLON, '').trim();
  if (issuerFolded && issuerFolded.length > 0 && f.endsWith(issuerFolded)) return true;
  for (const o of ENACTING_PREFIXES) if (f.startsWith(o)) return true;
  return false;
}

/** A part or chapter heading ("PHẦN I", "Chương II"). */
export const PART_HEADING = /^(?:PHẦN|CHƯƠNG|MỤC|Phần|Chương|Mục|PHỤ LỤC|Phụ lục)(?![\p{L}])/u;

/** A title line that cannot end the title: it stops on a comma, a hyphen or a joining word. */
export const UNFINISHED = /(?:[,\-–]|[ ](?:VÀ|và|CỦA|của|VỀ|về|TẠI|tại|VỚI|với|TRONG|trong|CHO|cho|TRÊN|trên))$/u;

/** A trailing colon. */
export const TRAILING_COLON = /:$/;

/**
 * The title lines after `from` (the line after the type heading), up to `limit`.
 * `issuerFolded` is the issuer's folded name (for the enacting line).
 */
export function titleAfter(lines: Line[], from: number, limit: number, issuerFolded: string | null): Title | null {
  let i = from;
  // Skip blank and rule lines between heading and title.
  while (i < limit && isBlank(lines[i])) i++;
  if (i >= limit) return null;
  const first = lines[i];
  if (BODY_OPENER.test(first.text) || ITEM_MARKER.test(first.text) || NOT_TITLE.test(first.text)) return null;
  if (isEnactingLine(first.text, issuerFolded) && upperRatio(first.text) > 0.9) return null;
  const inCaps = upperRatio(first.text) > 0.8;
  let last = i;
  let j = i + 1;
  let chars = first.text.length;
  while (j < limit && j - i < 12) {
    let l = lines[j];
    if (isBlank(l)) {
      // A double-spaced copy puts blank lines inside the title: cross them when the title so far
      // cannot end there ("V/V CHỦ ĐỘNG PHÒNG," / "TRÁNH, ỨNG PHÓ ..."), or, for a title in
      // capitals, when more capitals follow (the body, a section or a formula stops it below).
      let k = j;
      while (k < limit && isBlank(lines[k])) k++;
      if (k >= limit || k - j > 2) break;
      if (!UNFINISHED.test(lines[last].text) && !(inCaps && upperRatio(lines[k].text) > 0.8)) break;
      j = k;
      l = lines[j];
    }
    if (BODY_OPENER.test(l.text) || ITEM_MARKER.test(l.text) || NOT_TITLE.test(l.text) || PART_HEADING.test(l.text) || mottoIndex(l.text) !== -1) break;
    if (inCaps) {
      if (upperRatio(l.text) <= 0.8) break;
      if (isEnactingLine(l.text, issuerFolded)) break;
    } else if (upperRatio(l.text) > 0.9 && l.text.length > 3) break;
    chars += l.text.length;
    if (chars > 700) break;
    last = j;
    j++;
  }
  const text = cleanValue(lines.slice(i, last + 1).map((l) => l.text).join(' '));
  if (text.length === 0) return null;
  return { text, span: { start: first.cs, end: lines[last].ce }, lastLine: last };
}

/**
 * A Công văn's "V/v ..." trích yếu starting at `at` in line `li` (the mark may follow the number
 * on the same line, "Số: 2739/VPCP-ĐMDN V/v quy định ..."). The text runs over the following
 * lines until a blank line, a place-date line, "Kính gửi" or a line that is not its
 * continuation. The "V/v" mark itself is left out of the record's text (CONVENTIONS).
 */
export function veViecAt(
  text: string,
  lines: Line[],
  li: number,
  at: number,
  stopLines: ReadonlySet<number>,
): { title: Title; mark: Span } | null {
  const line = lines[li];
  const rest = text.slice(at, line.ce);
  const m = VE_VIEC.exec(rest);
  if (!m) return null;
  const mark = { start: at, end: at + m[0].trimEnd().length };
  const startText = at + m[0].length;
  let last = li;
  let chars = line.ce - startText;
  for (let j = li + 1; j < lines.length && j - li < 6; j++) {
    const l = lines[j];
    if (stopLines.has(j) || isBlank(l)) break;
    if (BODY_OPENER.test(l.text) || ITEM_MARKER.test(l.text) || NOT_TITLE.test(l.text)) break;
    if (l.text.startsWith('Số') || l.text.includes(', ngày') || mottoIndex(l.text) !== -1) break;
    // A line in capitals under a trích yếu in running case is another header field.
    if (upperRatio(l.text) > 0.9 && upperRatio(rest) < 0.5) break;
    chars += l.text.length;
    if (chars > 500) break;
    last = j;
  }
  let end = lines[last].ce;
  // The title on the number line itself ends where the line ends.
  const value = cleanValue(text.slice(startText, end));
  if (value.length === 0) {
    // "V/v" alone with nothing readable after it.
    return null;
  }
  // Span starts at the first character of the value.
  let s = startText;
  while (s < end && (text[s] === ' ' || text[s] === '\n' || text[s] === '*')) s++;
  while (end > s && (text[end - 1] === ' ' || text[end - 1] === '*')) end--;
  return { title: { text: value, span: { start: s, end }, lastLine: last }, mark };
}
