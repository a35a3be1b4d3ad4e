/**
 * A markdown document's independent parts, for reading a document part by part (markdown.ts:
 * the fast scanner where it can, remark on a part where it must) instead of giving it to remark
 * whole. remark (micromark) costs about 2-3 s per MB and grows faster than its input (each GFM
 * table's edit map copies the events after it to the end of the document: 7 MB of joined
 * notices took 50 s), so a document longer than LARGE_MARKDOWN is always read by parts. A
 * shorter one is read by parts only when nothing ties it together (markdown.ts: CROSS_BLOCK,
 * INDENTED_LINE), so that its text is exactly remark's on the whole.
 *
 * What reading by parts gives up, only above the size: what remark would tie across a cut. A
 * link reference ("[x][ref]") defined in another part stays literal text, and the few places
 * where micromark reads a block differently after an indented code block ("-\n-" is a setext
 * heading there, a list alone) read as they do alone.
 */
import { splitLines } from './lines.js';

/** Documents longer than this (UTF-16 code units) are always read by parts. */
export const LARGE_MARKDOWN = 100_000;

/** The opening of a fenced code block: up to three spaces, then ``` or ~~~ (CommonMark 4.5). */
export const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})/;

/** HTML blocks of kinds 1-5 (CommonMark 4.6): how each starts and the text that ends it. */
export const HTML_BLOCKS: readonly (readonly [start: RegExp, end: RegExp])[] = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?:[ \t>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
];

/** Where a block that runs across blank lines ends: a fence to match, or an HTML end text. */
type Open = { fence: string } | { html: RegExp } | null;

/** The block a line opens, if it opens one that may run across blank lines and does not end on it. */
function opens(line: string): Open {
  const fence = FENCE_OPEN.exec(line);
  // A backtick fence's info string has no backtick (else the line is inline code).
  if (fence) return fence[1][0] === '`' && line.indexOf('`', fence[0].length) !== -1 ? null : { fence: fence[1] };
  for (const [start, end] of HTML_BLOCKS) {
    const m = start.exec(line);
    // The end text may stand on the opening line itself, after the start.
    if (m) return end.test(line.slice(m[0].length)) ? null : { html: end };
  }
  return null;
}

/** True when `line` ends the open block. A closing fence: the same character, at least as many, nothing after but spaces. */
function closes(open: NonNullable<Open>, line: string): boolean {
  if ('html' in open) return open.html.test(line);
  const m = FENCE_OPEN.exec(line);
  return m !== null && m[1][0] === open.fence[0] && m[1].length >= open.fence.length && line.slice(m[0].length).trim() === '';
}

/**
 * The document cut before each line that opens at its first column after one or more blank
 * lines. There every block and container (list item, block quote) of CommonMark has ended, or
 * goes on as a new one parsed the same alone (a list's next item), so each part parses as it
 * does inside the whole document; a part keeps its blank lines. Never inside a fenced code block
 * or an HTML block of CommonMark's kinds 1-5 (script/pre/style/textarea, comment, processing
 * instruction, declaration, CDATA) opened at the top level, which run across blank lines.
 * Openings inside a container (a block quote's "> ```", a list item's indented fence) need no
 * tracking: the container ends at such a line, and the block with it. A line taken for an
 * opening that is not one only makes fewer cuts.
 */
export function markdownParts(text: string): [start: number, end: number][] {
  const parts: [number, number][] = [];
  let partStart = 0;
  let blankBefore = false;
  let open: Open = null;
  for (const l of splitLines(text)) {
    if (open !== null) {
      if (closes(open, text.slice(l.start, l.end))) open = null;
      blankBefore = false;
      continue;
    }
    let first = l.start;
    while (first < l.end && (text.charCodeAt(first) === 0x20 || text.charCodeAt(first) === 0x09)) first++;
    if (first === l.end) {
      blankBefore = l.start > partStart || blankBefore;
      continue;
    }
    if (blankBefore && first === l.start && l.start > partStart) {
      parts.push([partStart, l.start]);
      partStart = l.start;
    }
    blankBefore = false;
    // Every opening starts with "`", "~" or "<" after at most three spaces: other lines are not read.
    const c = text.charCodeAt(first);
    if (first - l.start <= 3 && (c === 0x60 || c === 0x7e || c === 0x3c)) open = opens(text.slice(l.start, l.end));
  }
  parts.push([partStart, text.length]);
  return parts;
}
