/**
 * The normalised text as lines, each with the offsets of its content once markup leftovers at
 * its edges are set aside ("**THÔNG BÁO**", "| Số: 68/2024/QĐ-UBND |", "<b>Nguyễn Văn A</b>").
 * Computed once per document and shared by the header, meeting and closing stages.
 */
import type { DocumentContext } from '../context.js';
import type { Span } from '../record/schema.js';

export interface Line {
  index: number;
  /** The whole line, without its "\n". */
  start: number;
  end: number;
  /** The content without edge markup (cs === ce for a line with no content). */
  cs: number;
  ce: number;
  /** text.slice(cs, ce). */
  text: string;
  /** True when the line lies in a region the normaliser marked as web chrome. */
  chrome: boolean;
}

/** Markup at a line's start: "#", "*", "_", "|", ">", space, tab, "`". */
function isEdgeCode(c: number): boolean {
  return c === 35 || c === 42 || c === 95 || c === 124 || c === 62 || c === 32 || c === 9 || c === 96;
}

/** Markup at a line's end: "*", "_", "|", space, tab, "`", "\\". */
function isTrailingCode(c: number): boolean {
  return c === 42 || c === 95 || c === 124 || c === 32 || c === 9 || c === 96 || c === 92;
}

function isAsciiLetter(c: string): boolean {
  const code = c.charCodeAt(0) | 32;
  return code >= 97 && code <= 122;
}

/** Length of an HTML tag starting at i ("<br/>", "</b>", '<p align="right">'), or 0. */
function tagAt(text: string, i: number, limit: number): number {
  if (text[i] !== '<') return 0;
  const next = text[i + 1];
  if (next === undefined || !(next === '/' || isAsciiLetter(next))) return 0;
  const stop = Math.min(limit, i + 300);
  for (let j = i + 1; j < stop; j++) {
    const c = text[j];
    if (c === '>') return j - i + 1;
    if (c === '<' || c === '\n') return 0;
  }
  return 0;
}

/** Length of an HTML tag ending at j-1, or 0. */
function tagEndingAt(text: string, j: number, floor: number): number {
  if (text[j - 1] !== '>') return 0;
  const stop = Math.max(floor, j - 300);
  for (let i = j - 2; i >= stop; i--) {
    const c = text[i];
    if (c === '<') return tagAt(text, i, j) === j - i ? j - i : 0;
    if (c === '>' || c === '\n') return 0;
  }
  return 0;
}

/** The content span of text[start, end) without markup at its edges. */
export function contentSpan(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  for (;;) {
    if (s < e && isEdgeCode(text.charCodeAt(s))) {
      s++;
      continue;
    }
    const t = s < e && text.charCodeAt(s) === 60 ? tagAt(text, s, e) : 0;
    if (t > 0) {
      s += t;
      continue;
    }
    break;
  }
  for (;;) {
    if (e > s && isTrailingCode(text.charCodeAt(e - 1))) {
      e--;
      continue;
    }
    const t = e > s && text.charCodeAt(e - 1) === 62 ? tagEndingAt(text, e, s) : 0;
    if (t > 0) {
      e -= t;
      continue;
    }
    break;
  }
  return { start: s, end: Math.max(s, e) };
}

/** Splits text into lines with content spans. */
export function splitLines(text: string, chrome?: Span[]): Line[] {
  const lines: Line[] = [];
  // Chrome spans in order, walked alongside the lines.
  const zones = chrome ? chrome.slice().sort((a, b) => a.start - b.start) : [];
  let z = 0;
  const inChrome = (start: number, end: number) => {
    if (zones.length === 0) return false;
    while (z < zones.length && zones[z].end < start) z++;
    for (let k = z; k < zones.length && zones[k].start <= start; k++) if (end <= zones[k].end) return true;
    return false;
  };
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const c = contentSpan(text, start, end);
    lines.push({
      index: lines.length,
      start,
      end,
      cs: c.start,
      ce: c.end,
      text: text.slice(c.start, c.end),
      chrome: inChrome(start, end),
    });
    if (end === text.length) break;
    start = end + 1;
  }
  return lines;
}

const CACHE = new WeakMap<DocumentContext, Line[]>();

/** The document's lines (computed once per context). */
export function documentLines(ctx: DocumentContext): Line[] {
  let lines = CACHE.get(ctx);
  if (!lines) {
    lines = splitLines(ctx.text, ctx.zones.chrome);
    CACHE.set(ctx, lines);
  }
  return lines;
}

/** A line with no content, or only a rule ("-------", "* *", "---"). */
export function isBlank(line: Line): boolean {
  if (line.text.length === 0) return true;
  return RULE_LINE.test(line.text);
}

/** A separator line: dashes, underscores, stars or equal signs, possibly spaced. */
export const RULE_LINE = /^[-=_*~. ]{1,80}$/;

/** Index of the line holding offset (binary search): the normaliser's, over these lines. */
export { lineAt } from '../normalize/layout/lines.js';
