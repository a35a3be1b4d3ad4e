/**
 * A fast path for the markdown most inputs are: the "markdown-ish" text of thuvienphapluat
 * exports and converters (ATX and setext headings, "**bold**" and "*italics*" possibly spanning
 * lines, lists, rules, escapes and entities, hard breaks). remark (markdown.ts) takes about 2-4
 * ms per KB; this scanner does the same edits in linear time, with the same rules:
 * - the emphasis delimiters are paired with the CommonMark algorithm (delimiter runs, left/right
 *   flanking with Unicode punctuation, the rule of three as micromark applies it, on the runs'
 *   unmatched lengths), per paragraph, list item or heading;
 * - everything else is decided as in markdown.ts (same soft-wrap and stray-marker rules);
 * - code spans of single backticks on one line (codeSpans), when nothing else may claim a backtick.
 * A document with anything else (links, images, other code, block quotes, HTML, pipe tables,
 * indented code, strikethrough, footnotes), or with list structure the scanner does not follow
 * (an item opening with a blank line, holding a heading or indented code; an indented line
 * below an item that may lie inside it), returns null and goes to remark. Tests check that both
 * paths give the same text and offsets on the corpus and on generated documents.
 */
import { entityEdit, type Edit } from './edits.js';
import { splitLines } from './lines.js';
import { ESCAPABLE, softBreakKept } from './markdown-rules.js';
import { execAnchored, prefiltered, testAnchored } from '../text/first-chars.js';
import { lowerBound } from '../../vocabulary/lower-bound.js';

/**
 * Constructs left to remark (needsFullParser), each tried only where it can start, so that
 * no pattern is retried from every offset of a long run (linear by construction):
 * - anywhere: "`", "~~", "![", "](", "][", "[^" (found with indexOf), an HTML tag, autolink,
 *   comment or processing instruction at a "<" (HTML_OR_AUTOLINK_AT), a URL whose run of
 *   non-space characters holds "*" or "_" (URL_EMPHASIS_AT at "http://", "https://", "www.");
 * - at a line start (offset 0 or after \n, \r, U+2028, U+2029): a block quote ">" or a link
 *   reference definition "[label]:" (QUOTE_OR_DEFINITION_AT), indented code (INDENTED_CODE_AT).
 */
export const HTML_OR_AUTOLINK_AT = /<\/?[A-Za-z][A-Za-z0-9-]{0,30}(?=[\s/>])|<[A-Za-z][A-Za-z0-9+.-]{1,31}:|<[!?]|<[A-Za-z0-9._%+-]{1,64}@/y;
export const URL_EMPHASIS_AT = /(?:https?:\/\/|www\.)[^\s]{0,200}[*_]/y;
export const QUOTE_OR_DEFINITION_AT = /[ \t]{0,3}(?:>|\[[^\]\n]{1,200}\]:)/y;
export const INDENTED_CODE_AT = /(?: {0,3}\t| {4})[ \t]*[^ \t\n\r]/y;

export const ATX = /^[ \t]{0,3}(#{1,6})(?=[ \t]|$)/;
export const SETEXT = /^[ \t]{0,3}(?:=+|-+)[ \t]*$/;
export const THEMATIC = /^[ \t]{0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
export const LIST_ITEM = /^[ \t]{0,3}([-+*]|\d{1,9}[.)])(?=[ \t]|$)/;
export const UNICODE_PUNCT = /[\p{P}\p{S}]/u;
export const UNICODE_SPACE = /\s/u;

/** The line patterns, each after the test of what its matches open with (text/first-chars.ts). */
export const LINE_PATTERNS = {
  setext: prefiltered(SETEXT),
  thematic: prefiltered(THEMATIC),
  atx: prefiltered(ATX),
  listItem: prefiltered(LIST_ITEM),
};

/** Whether a line opening with this code unit can match one of LINE_PATTERNS. */
const opensLinePattern = (code: number): boolean =>
  LINE_PATTERNS.setext.opens(code) || LINE_PATTERNS.thematic.opens(code) || LINE_PATTERNS.atx.opens(code) || LINE_PATTERNS.listItem.opens(code);

/** What inlineEdits acts on: backslash, entity, emphasis delimiters, line break, code span. */
const INLINE_CHARS = '\\&*_\n`';

/**
 * The next offset holding one of some characters, found with indexOf (native, fast on a rare
 * character) and remembered per character; the offsets asked for must not decrease (contexts
 * are scanned in order).
 */
class NextOf {
  private readonly pos: Int32Array;
  constructor(
    private readonly text: string,
    private readonly chars: string,
  ) {
    this.pos = new Int32Array(chars.length).fill(-2);
  }

  next(from: number): number {
    let best = -1;
    for (let k = 0; k < this.chars.length; k++) {
      let p = this.pos[k];
      if (p !== -1 && p < from) {
        p = this.text.indexOf(this.chars[k], from);
        this.pos[k] = p;
      }
      if (p !== -1 && (best === -1 || p < best)) best = p;
    }
    return best;
  }
}

/**
 * A line of dashes and colons (and blanks), one of each at least: under a line of text, the
 * delimiter row of a table of one column (":-", "-:"), left to remark-gfm.
 */
function colonDashRow(text: string, start: number, end: number): boolean {
  let dash = false;
  let colon = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2d) dash = true;
    else if (c === 0x3a) colon = true;
    else if (c !== 0x20 && c !== 0x09) return false;
  }
  return dash && colon;
}

/** A delimiter row of a pipe table (or a dash line under a line with pipes): left to remark-gfm. */
function hasTable(text: string, lines: readonly { start: number; end: number }[]): boolean {
  if (!text.includes('|')) return false;
  let prevPipe = false;
  let nextBar = -2;
  for (const l of lines) {
    let dash = 0;
    let pipe = 0;
    let other = 0;
    for (let i = l.start; i < l.end; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x2d) dash++;
      else if (c === 0x7c) pipe++;
      else if (c !== 0x3a && c !== 0x20 && c !== 0x09) {
        other++;
        break;
      }
    }
    if (other === 0 && dash > 0 && (pipe > 0 || prevPipe)) return true;
    if (nextBar !== -1 && nextBar < l.start) nextBar = text.indexOf('|', l.start);
    prevPipe = nextBar !== -1 && nextBar < l.end;
  }
  return false;
}

/** classify's answers per UTF-16 code unit, plus one (0: not yet asked). */
const CHAR_CLASS = new Uint8Array(0x10000);

/**
 * 1 white space (or a context edge: NaN, the code of no character), 2 punctuation, 0 other:
 * micromark's character classes, per code unit (a lone surrogate half is "other").
 */
function classify(code: number): 0 | 1 | 2 {
  if (code !== code) return 1;
  let v = CHAR_CLASS[code];
  if (v === 0) {
    const ch = String.fromCharCode(code);
    v = code === 0x20 || code === 0x09 || code === 0x0a || UNICODE_SPACE.test(ch) ? 2 : UNICODE_PUNCT.test(ch) ? 3 : 1;
    CHAR_CLASS[code] = v;
  }
  return (v - 1) as 0 | 1 | 2;
}

interface Run {
  start: number;
  /**
   * Characters of the run still unmatched, from `lo` to `hi`: a closer uses its first
   * characters (lo goes up), an opener its last ones (hi goes down), so the characters matched
   * as delimiters are [start, lo) and [hi, start + len0).
   */
  lo: number;
  hi: number;
  ch: string;
  open: boolean;
  close: boolean;
  len0: number;
}

/** The run (of the runs, in text order) holding offset p, if any. */
function runAt(runs: readonly Run[], p: number): Run | undefined {
  const k = lowerBound(runs.length, (i) => runs[i].start + runs[i].len0 <= p);
  return k < runs.length && runs[k].start <= p ? runs[k] : undefined;
}

/** Whether offset p is a matched delimiter character of run r (of the runs, in text order). */
function matchedIn(r: Run | undefined, p: number): boolean {
  return r !== undefined && p >= r.start && p < r.start + r.len0 && (p < r.lo || p >= r.hi);
}

/**
 * Inline edits for one paragraph/heading/list-item content [s, e). `hard` collects the offsets
 * of line breaks that are hard breaks (kept as breaks even inside emphasis).
 */
function inlineEdits(text: string, s: number, e: number, out: Edit[], scan: NextOf): void {
  const runs: Run[] = [];
  let hard: Set<number> | null = null;
  // Only backslashes, entities, emphasis delimiters and line breaks matter: jump between them.
  for (let i = scan.next(s); i !== -1 && i < e; i = scan.next(i + 1)) {
    const c = text.charCodeAt(i);
    if (c === 0x5c) {
      if (i + 1 < e && text.charCodeAt(i + 1) === 0x0a) {
        // A hard break: remark's break node covers the backslash and the line break.
        (hard ??= new Set()).add(i + 1);
        out.push({ start: i, end: i + 2, text: '\n' });
        i++;
      } else if (i + 1 < e && ESCAPABLE.test(text[i + 1])) {
        out.push({ start: i, end: i + 1, text: '' });
        i++;
      }
    } else if (c === 0x26) {
      i = entityEdit(text, i, e, out);
    } else if (c === 0x2a || c === 0x5f) {
      let j = i;
      while (j < e && text.charCodeAt(j) === c) j++;
      const before = classify(i > s ? text.charCodeAt(i - 1) : NaN);
      const after = classify(j < e ? text.charCodeAt(j) : NaN);
      const open = after === 0 || (after === 2 && before !== 0);
      const close = before === 0 || (before === 2 && after !== 0);
      const star = c === 0x2a;
      runs.push({
        start: i,
        lo: i,
        hi: j,
        ch: star ? '*' : '_',
        open: star ? open : open && (before !== 0 || !close),
        close: star ? close : close && (after !== 0 || !open),
        len0: j - i,
      });
      i = j - 1;
    } else if (c === 0x60) {
      // A code span (codeSpans paired every backtick with the next, on the same line, so the
      // next backtick closes it inside this context): its fences go, its content stays as it is
      // (remark's inlineCode node), nothing in it read.
      const close = text.indexOf('`', i + 1);
      out.push({ start: i, end: i + 1, text: '' }, { start: close, end: close + 1, text: '' });
      i = close;
    } else if (c === 0x0a) {
      // Two spaces or more before the break, and no tab among the blanks there: a hard break.
      let k = i;
      while (k > s && text.charCodeAt(k - 1) === 0x20) k--;
      if (i - k >= 2 && text.charCodeAt(k - 1) !== 0x09) {
        (hard ??= new Set()).add(i);
        out.push({ start: k, end: i + 1, text: '\n' });
      }
    }
  }
  if (runs.length === 0) return;
  // Pair closers with openers (CommonMark "process emphasis"); the matched delimiters go.
  const inside: [number, number][] = [];
  const stack: Run[] = [];
  for (const r of runs) {
    if (r.close) {
      let k = stack.length - 1;
      while (r.hi > r.lo && k >= 0) {
        const o = stack[k];
        const oLen = o.hi - o.lo;
        const cLen = r.hi - r.lo;
        // The rule of three on the runs' unmatched lengths, as micromark reads it.
        if (o.ch !== r.ch || !o.open || oLen === 0 || ((o.close || r.open) && (oLen + cLen) % 3 === 0 && cLen % 3 !== 0)) {
          k--;
          continue;
        }
        const use = oLen >= 2 && cLen >= 2 ? 2 : 1;
        out.push({ start: o.hi - use, end: o.hi, text: '' }, { start: r.lo, end: r.lo + use, text: '' });
        inside.push([o.hi, r.lo]);
        o.hi -= use;
        r.lo += use;
        // Delimiters between opener and closer can no longer match.
        stack.length = k + 1;
        if (o.hi === o.lo) {
          stack.pop();
          k--;
        }
      }
    }
    if (r.open && r.hi > r.lo) stack.push(r);
  }
  // Unmatched delimiter characters (the run's [lo, hi)): the stray-marker rule of markdown.ts,
  // where a matched delimiter, a code span's fence (a backtick outside a span is one) or the
  // content's edge counts as a boundary (a text node's edge in remark).
  for (let q = 0; q < runs.length; q++) {
    const r = runs[q];
    const i = r.lo;
    const j = r.hi;
    if (i >= j) continue;
    const prev = i > 0 ? text[i - 1] : ' ';
    const next = j < text.length ? text[j] : ' ';
    const edgeBefore = i === s || i > r.start || matchedIn(runs[q - 1], i - 1) || (hard !== null && hard.has(i - 1)) || text.charCodeAt(i - 1) === 0x60;
    const edgeAfter =
      j === e || j < r.start + r.len0 || matchedIn(runs[q + 1], j) || text.charCodeAt(j) === 0x60 || (hard !== null && text.charCodeAt(j) === 0x5c && hard.has(j + 1));
    const spaceBefore = prev === ' ' || prev === '\n' || prev === '\t' || edgeBefore;
    const spaceAfter = next === ' ' || next === '\n' || next === '\t' || edgeAfter;
    const run = j - i;
    let drop: boolean;
    if (run >= 2) drop = true;
    else if (r.ch === '*') drop = (spaceBefore || spaceAfter) && !(prev === '(' && next === ')');
    else drop = spaceBefore && spaceAfter;
    if (drop) out.push({ start: i, end: j, text: '' });
  }
  // Soft line breaks inside emphasis: one printed line wrapped by the converter.
  if (inside.length) {
    inside.sort((a, b) => a[0] - b[0]);
    let k = 0;
    for (let i = text.indexOf('\n', s); i !== -1 && i < e; i = text.indexOf('\n', i + 1)) {
      while (k < inside.length && inside[k][1] <= i) k++;
      let covered = false;
      for (let q = k; q < inside.length && inside[q][0] <= i; q++) {
        if (inside[q][1] > i) {
          covered = true;
          break;
        }
      }
      if (!covered || (hard !== null && hard.has(i))) continue;
      if (softBreakKept(text, i)) continue;
      let j = i + 1;
      while (j < e && (text[j] === ' ' || text[j] === '\t')) j++;
      // The next line's indentation belongs to remark's text node only when text follows it,
      // not a node of its own (emphasis, a code span, a backslash hard break).
      if (j > i + 1 && (text.charCodeAt(j) === 0x60 || (hard !== null && text.charCodeAt(j) === 0x5c && hard.has(j + 1)) || matchedIn(runAt(runs, j), j))) j = i + 1;
      out.push({ start: i, end: j, text: ' ' });
    }
  }
}

/** The characters the constructs of needsFullParser open with, or hold (a cheap test first; "](" alone does not count). */
export const FULL_PARSER_CHARS = /[`~>!<[\t]| {4}|https?:|www\./;

function stickyAt(re: RegExp, text: string, p: number): boolean {
  re.lastIndex = p;
  return re.test(text);
}

/** What "^" of a multiline pattern matches after. */
const LINE_TERMINATORS: readonly string[] = ['\n', '\r', '\u2028', '\u2029'];

/**
 * A construct of the list above needsFullParser that opens at a line start. Only the line
 * openings the text can hold are looked for: ">" or "[" (a quote, a definition; after up to
 * three spaces or tabs too) only when the text has one, else four spaces, or a tab after up to
 * three spaces (indented code: the tab reaches column 4).
 */
function lineStartConstruct(text: string): boolean {
  const gt = text.includes('>');
  const bracket = text.includes('[');
  const tab = text.includes('\t');
  const quoteOrDefinition = gt || bracket;
  const at = (p: number) => (quoteOrDefinition && stickyAt(QUOTE_OR_DEFINITION_AT, text, p)) || stickyAt(INDENTED_CODE_AT, text, p);
  if (at(0)) return true;
  const openers = [quoteOrDefinition || tab ? ' ' : '    '];
  if (tab) openers.push('\t');
  if (gt) openers.push('>');
  if (bracket) openers.push('[');
  for (const nl of LINE_TERMINATORS) {
    if (nl !== '\n' && !text.includes(nl)) continue;
    for (const c of openers) {
      for (let p = text.indexOf(nl + c); p !== -1; p = text.indexOf(nl + c, p + 1)) if (at(p + 1)) return true;
    }
  }
  return false;
}

/** No code spans. */
const NO_SPANS: readonly number[] = [];

/**
 * The code spans of a text in which every backtick is the fence of a code span that CommonMark
 * reads the same whatever surrounds it, as flat [open, close] fence offsets (in order); null
 * when the text has a backtick that may read otherwise. Taken only when every run of backticks
 * is one long and follows no backslash (an escape, or a literal backslash in a span), each
 * backtick closes at the next one (a run of one backtick closes at the next run of one), on the
 * same line (block structure never cuts a line's inline content, so both fences are in the same
 * paragraph, heading or item), and the text has no "://", "www." or "@" (a literal autolink's
 * path may run over a backtick; a literal e-mail address may take an emphasis delimiter as
 * remark reads it, which the scanner does not follow either). The other constructs that may claim a backtick before its span can
 * open (an HTML tag or autolink opening at "<" before it, a link's destination after "](", a
 * definition) go to remark: needsFullParser looks for them outside the spans.
 */
export function codeSpans(text: string): readonly number[] | null {
  let p = text.indexOf('`');
  if (p === -1) return NO_SPANS;
  if (text.includes('://') || text.includes('@') || WWW.test(text)) return null;
  const spans: number[] = [];
  for (; p !== -1; p = text.indexOf('`', p + 1)) {
    const q = text.indexOf('`', p + 1);
    if (q <= p + 1 || text.charCodeAt(q + 1) === 0x60 || text.charCodeAt(p - 1) === 0x5c || text.charCodeAt(q - 1) === 0x5c) return null;
    const nl = text.indexOf('\n', p);
    const cr = text.indexOf('\r', p);
    if ((nl !== -1 && nl < q) || (cr !== -1 && cr < q)) return null;
    spans.push(p, q);
    p = q;
  }
  return spans;
}

/** "www." in any case (micromark's literal www autolink). */
const WWW = /www\./i;

/** Whether offset p lies in a code span of `spans` (codeSpans), fences included. */
function inSpan(spans: readonly number[], p: number): boolean {
  const k = lowerBound(spans.length >> 1, (i) => spans[2 * i + 1] < p);
  return k < spans.length >> 1 && spans[2 * k] <= p;
}

/**
 * A construct of the list above needsFullParser that opens anywhere outside the code spans
 * `spans` (a backtick outside them counts): 1 found, 0 none, -1 only "](" (which counts only
 * beside a character of FULL_PARSER_CHARS).
 */
function inlineConstruct(text: string, spans: readonly number[]): -1 | 0 | 1 {
  const free = (p: number) => spans.length === 0 || !inSpan(spans, p);
  if (spans.length === 0 && text.includes('`')) return 1;
  for (let p = text.indexOf('~'); p !== -1; p = text.indexOf('~', p + 1)) if (text.charCodeAt(p + 1) === 0x7e && free(p)) return 1;
  for (let p = text.indexOf('['); p !== -1; p = text.indexOf('[', p + 1)) {
    if ((text.charCodeAt(p - 1) === 0x21 || text.charCodeAt(p + 1) === 0x5e) && free(p)) return 1; // "![", "[^"
  }
  let parenLink = false;
  for (let p = text.indexOf(']'); p !== -1; p = text.indexOf(']', p + 1)) {
    const next = text.charCodeAt(p + 1);
    if (next === 0x5b && free(p)) return 1; // "]["
    if (next === 0x28 && free(p)) parenLink = true; // "]("
  }
  for (let p = text.indexOf('<'); p !== -1; p = text.indexOf('<', p + 1)) if (stickyAt(HTML_OR_AUTOLINK_AT, text, p) && free(p)) return 1;
  for (let p = text.indexOf('://'); p !== -1; p = text.indexOf('://', p + 1)) {
    if (text.startsWith('http', p - 4) && stickyAt(URL_EMPHASIS_AT, text, p - 4)) return 1;
    if (text.startsWith('https', p - 5) && stickyAt(URL_EMPHASIS_AT, text, p - 5)) return 1;
  }
  for (let p = text.indexOf('www.'); p !== -1; p = text.indexOf('www.', p + 1)) if (stickyAt(URL_EMPHASIS_AT, text, p)) return 1;
  return parenLink ? -1 : 0;
}

/**
 * FULL_PARSER_CHARS.test(text) and a construct left to remark (the list above
 * HTML_OR_AUTOLINK_AT): the characters are looked for with indexOf (fast for rare characters),
 * and each sticky pattern is tried only where its construct can start. Every construct but
 * "](" holds a character of FULL_PARSER_CHARS, so that pattern runs only for "](".
 * With the text's code spans (codeSpans), what opens inside one is no construct and their
 * backticks no longer count (a backtick is one of FULL_PARSER_CHARS, so "](" then always does).
 */
export function needsFullParser(text: string, spans: readonly number[] = NO_SPANS): boolean {
  const inline = inlineConstruct(text, spans);
  if (inline === 1 || lineStartConstruct(text)) return true;
  return inline === -1 && FULL_PARSER_CHARS.test(text);
}

const isBlankCode = (c: number) => c === 0x20 || c === 0x09;

/** Whether text[start, end) is spaces and tabs only (a blank line for CommonMark). */
function isBlankLine(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isBlankCode(text.charCodeAt(i))) return false;
  return true;
}

/**
 * Where an ATX heading's content [cs, end) ends before its closing sequence: a run of "#" with
 * only spaces and tabs after it, preceded by a space or tab (the content then ends where that
 * run of blanks starts), or the whole content when it is nothing but "#" (CommonMark). Read
 * from the line end, so a long run of blanks is walked once.
 */
export function atxContentEnd(text: string, cs: number, end: number): number {
  let j = end;
  while (j > cs && isBlankCode(text.charCodeAt(j - 1))) j--;
  let h = j;
  while (h > cs && text.charCodeAt(h - 1) === 0x23) h--;
  if (h === j) return end;
  if (h === cs) return cs;
  let b = h;
  while (b > cs && isBlankCode(text.charCodeAt(b - 1))) b--;
  return b < h ? b : end;
}

/**
 * A line (indented by two spaces or more, below a list item's paragraph) that reads one way
 * inside the item and another beside it: a setext underline, or a marker line that cannot
 * interrupt a paragraph (an ordered one not starting at 1, or markers with nothing after them:
 * "-", "- -"). Which one depends on the item's content column (and the items nested in it),
 * which the scanner does not follow.
 */
function indentedIntoItem(line: string): boolean {
  if (SETEXT.test(line)) return true;
  let m = LIST_ITEM.exec(line);
  if (m === null) return false;
  if (m[1].length > 1 && Number(m[1].slice(0, -1)) !== 1) return true;
  let rest = line;
  for (; m !== null; m = LIST_ITEM.exec(rest)) rest = rest.slice(m[0].length);
  return isBlankLine(rest, 0, rest.length);
}

/** The columns text[from, to) spans on the line starting at lineStart (a tab goes to the next multiple of 4). */
function blankColumns(text: string, lineStart: number, from: number, to: number): number {
  let col = 0;
  let colFrom = 0;
  for (let p = lineStart; p < to; p++) {
    if (p === from) colFrom = col;
    col = text.charCodeAt(p) === 0x09 ? (col + 4) & ~3 : col + 1;
  }
  return col - colFrom;
}

/** The markdown edits, or null when the document needs the full parser. */
export function liteMarkdownEdits(text: string): Edit[] | null {
  const spans = codeSpans(text);
  if (spans === null || needsFullParser(text, spans)) return null;
  const lines = splitLines(text);
  if (hasTable(text, lines)) return null;
  const out: Edit[] = [];
  const scan = new NextOf(text, INLINE_CHARS);
  let ctxStart = -1;
  let ctxList = false;
  let ctxEnd = -1;
  let ctxContentEnd = -1;
  let listSeen = false;
  const flush = () => {
    if (ctxStart >= 0) inlineEdits(text, ctxStart, ctxEnd, out, scan);
    ctxStart = -1;
  };
  for (let n = 0; n < lines.length; n++) {
    const l = lines[n];
    // Spaces and tabs only: a blank line (other white space, a no-break space, is content).
    if (isBlankLine(text, l.start, l.end)) {
      flush();
      continue;
    }
    // The line, sliced only when a line pattern can match what it opens with (most lines are text).
    const c0 = text.charCodeAt(l.start);
    const s = opensLinePattern(c0) ? text.slice(l.start, l.end) : null;
    if (s !== null && ctxStart >= 0 && !ctxList && testAnchored(LINE_PATTERNS.setext, s)) {
      // Setext underline: the heading's content ends at its last non-space character.
      out.push({ start: ctxContentEnd, end: l.end, text: '' });
      flush();
      continue;
    }
    if (s !== null && ctxStart >= 0 && ctxList && s.startsWith('  ') && indentedIntoItem(s)) return null;
    if (s !== null && testAnchored(LINE_PATTERNS.thematic, s)) {
      flush();
      // remark's thematic break starts after the indentation.
      let bs = l.start;
      while (isBlankCode(text.charCodeAt(bs))) bs++;
      out.push({ start: bs, end: l.end, text: '' });
      continue;
    }
    const atx = s === null ? null : execAnchored(LINE_PATTERNS.atx, s);
    if (atx) {
      flush();
      let cs = l.start + atx.index + atx[0].length;
      while (cs < l.end && (text[cs] === ' ' || text[cs] === '\t')) cs++;
      let ce = atxContentEnd(text, cs, l.end);
      while (ce > cs && (text[ce - 1] === ' ' || text[ce - 1] === '\t')) ce--;
      // remark's heading starts at its first "#", after the indentation.
      out.push({ start: l.start + atx[0].length - atx[1].length, end: cs, text: '' });
      if (ce < l.end) out.push({ start: ce, end: l.end, text: '' });
      if (ce > cs) inlineEdits(text, cs, ce, out, scan);
      continue;
    }
    let li = s === null ? null : execAnchored(LINE_PATTERNS.listItem, s);
    if (li && s !== null && ctxStart >= 0 && !ctxList) {
      // CommonMark: a list interrupts a paragraph only with a non-empty item, and an ordered one
      // only when it starts at 1; otherwise the line is the paragraph's continuation. (Inside a
      // list item, micromark starts a new item on any marker line.)
      const marker = li[1];
      const ordered = marker[0] >= '0' && marker[0] <= '9';
      const empty = isBlankLine(text, l.start + li.index + li[0].length, l.end);
      if (empty || (ordered && Number(marker.slice(0, -1)) !== 1)) li = null;
    }
    if (li) {
      listSeen = true;
      // micromark: nested items opened while interrupting a paragraph cannot be empty.
      const interrupting = ctxStart >= 0 && !ctxList;
      flush();
      // The item's markers: nested items may open on the same line ("- * text", "- 1. text").
      let base = l.start;
      let m: RegExpExecArray | null = li;
      let cs = l.start;
      const markers: number[] = [];
      const stars: Edit[] = [];
      while (m) {
        const at = base + m.index + m[0].length - m[1].length;
        if (m[1] === '*') stars.push({ start: at, end: at + 1, text: '-' });
        markers.push(at);
        cs = at + m[1].length;
        let tab = false;
        for (; cs < l.end; cs++) {
          const c = text.charCodeAt(cs);
          if (c === 0x09) tab = true;
          else if (c !== 0x20) break;
        }
        // Five columns of blanks or more after the marker: the item opens with indented code.
        const blanks = cs - at - m[1].length;
        if (cs < l.end && (blanks >= 5 || (tab && blankColumns(text, l.start, at + m[1].length, cs) >= 5))) return null;
        base = cs;
        const rest = text.slice(cs, l.end);
        m = rest && !THEMATIC.test(rest) ? LIST_ITEM.exec(rest) : null;
        if (m && interrupting && isBlankLine(text, cs + m.index + m[0].length, l.end)) m = null;
      }
      if (cs === l.end) {
        // An item opening with a blank line holds the indented line after it, and an item holding
        // empty items an indented line past blank lines: left to remark.
        let k = n + 1;
        while (k < lines.length && isBlankLine(text, lines[k].start, lines[k].end)) k++;
        if (k < lines.length && isBlankCode(text.charCodeAt(lines[k].start))) return null;
        // An empty item (empty nested items included) is removed, and closes the list item.
        out.push({ start: markers[0], end: l.end, text: '' });
        ctxStart = -1;
        continue;
      }
      // An item holding a heading: left to remark.
      if (text.charCodeAt(cs) === 0x23 && ATX.test(text.slice(cs, l.end))) return null;
      out.push(...stars);
      if (THEMATIC.test(text.slice(cs, l.end))) {
        // An item holding a thematic break: the break goes, and nothing continues the item.
        out.push({ start: cs, end: l.end, text: '' });
        ctxStart = -1;
        continue;
      }
      ctxStart = cs;
      ctxList = true;
    } else if (ctxStart < 0) {
      // An indented paragraph after a list (past a blank line, a break or a heading) may lie in
      // its last item, which changes how the lines after it read: left to remark.
      if (listSeen && c0 === 0x20) return null;
      let cs = l.start;
      while (cs < l.end && (text[cs] === ' ' || text[cs] === '\t')) cs++;
      ctxStart = cs;
      ctxList = false;
    }
    // A paragraph line of dashes and colons: a table's delimiter row.
    if (!li && (c0 === 0x2d || c0 === 0x3a || c0 === 0x20) && colonDashRow(text, l.start, l.end)) return null;
    let ce = l.end;
    while (ce > ctxStart && (text[ce - 1] === ' ' || text[ce - 1] === '\t')) ce--;
    ctxContentEnd = ce;
    ctxEnd = ce;
  }
  flush();
  return out;
}
