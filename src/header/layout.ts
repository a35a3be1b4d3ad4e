/**
 * Where the header block is: the lines around the national motto and the "Số:" line
 * (Nghị định 30/2020/NĐ-CP, Phụ lục I: issuer and number on the left, motto and place-date on
 * the right, type and trích yếu centred below). Web copies flatten the two columns into lines,
 * scans merge them on one line; web pages put their own chrome before and after the document.
 * A text with none of these anchors near its top is read as a web article.
 */
import { NOT_NUMBER_LABELS, NUMBER_ANCHOR } from '../vocabulary/header-words.js';
import { isBlank, type Line } from './lines.js';
import { mottoIndex, isIssuerText, RULE_RUN } from './issuer.js';
import { parseNumberAt, type ParsedNumber } from './number.js';
import { typeOfHeading } from './type.js';
import { upperRatio } from './text.js';

export interface NumberLine {
  line: number;
  number: ParsedNumber | null;
  /** Offset where the anchor word "Số" starts. */
  anchorStart: number;
}

export interface HeaderAnchors {
  /** First line of the header block (issuer lines start here). */
  blockStart: number;
  mottoLine: number | null;
  numberLine: NumberLine | null;
  /** The line the search started from (first line that is not chrome). */
  firstLine: number;
}

/** Documents read as web articles (no header block): their closing has no signing block. */
export const READ_AS_ARTICLE = new WeakSet<object>();

/** How far into a document the header block may start (web chrome can come first). */
const MAX_SCAN_LINES = 400;
const MAX_SCAN_CHARS = 30000;
const MAX_NONBLANK = 80;

/** Reads a "Số:" line at line i, or null. */
export function numberLineAt(text: string, lines: Line[], i: number, headingCode: string | null = null): NumberLine | null {
  const l = lines[i];
  const m = NUMBER_ANCHOR.exec(l.text);
  if (!m) return null;
  for (const label of NOT_NUMBER_LABELS) if (l.text.startsWith(label)) return null;
  const at = l.cs + m[0].length;
  const number = parseNumberAt(text, at, headingCode);
  // "Số" followed by text that is not a number at all is a word ("Số ca nhiễm ..."), unless a
  // colon marks it as the number field.
  if (!number && !m[0].includes(':')) return null;
  if (number && number.end > l.ce) return null;
  return { line: i, number, anchorStart: l.cs };
}

/** True when a line can belong to the header block (issuer, motto, rules, blanks). */
function headerish(l: Line): boolean {
  if (isBlank(l)) return true;
  if (mottoIndex(l.text) !== -1) return true;
  const t = l.text.replace(RULE_RUN, ' ').trim();
  return t.length === 0 || (isIssuerText(t) && t.length <= 90);
}

export function findHeaderAnchors(text: string, lines: Line[]): HeaderAnchors | null {
  let first = 0;
  while (first < lines.length && lines[first].chrome) first++;
  let motto: number | null = null;
  const candidates: { n: NumberLine; rank: number }[] = [];
  let nonBlank = 0;
  let headingNearTop: number | null = null;
  for (let i = first; i < lines.length && i - first < MAX_SCAN_LINES && lines[i].start < MAX_SCAN_CHARS; i++) {
    const l = lines[i];
    if (l.chrome || isBlank(l)) continue;
    nonBlank++;
    // The header is near the top (after at most a page of web chrome).
    if (nonBlank > MAX_NONBLANK && motto === null && candidates.length === 0) break;
    if (motto === null && l.text.length <= 200 && upperRatio(l.text) > 0.5 && mottoIndex(l.text) !== -1) motto = i;
    if (candidates.length < 4) {
      const n = numberLineAt(text, lines, i);
      if (n) candidates.push({ n, rank: nonBlank });
    }
    if (headingNearTop === null && nonBlank <= 6 && typeOfHeading(l.text)) headingNearTop = i;
    if (motto !== null && i - motto > 15) break;
  }
  // The number line belongs to the header when the motto is close to it (either side: Party
  // documents print the number before the motto) or it opens the text.
  let num: NumberLine | null = null;
  for (const c of candidates) {
    if ((motto !== null && Math.abs(c.n.line - motto) <= 15) || c.rank <= 8) {
      num = c.n;
      break;
    }
  }
  if (motto === null && num === null && headingNearTop === null) return null;
  const anchor = Math.min(motto ?? Infinity, num?.line ?? Infinity, headingNearTop ?? Infinity);
  let blockStart = anchor;
  while (blockStart - 1 >= first && headerish(lines[blockStart - 1])) blockStart--;
  // Leading blank lines are not part of the block.
  while (blockStart < anchor && isBlank(lines[blockStart])) blockStart++;
  return { blockStart, mottoLine: motto, numberLine: num, firstLine: first };
}
