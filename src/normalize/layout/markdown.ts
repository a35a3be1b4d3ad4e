/**
 * Markdown (format "markdown"), parsed with unified + remark-parse (+ remark-gfm for pipe
 * tables), positions on. The text is rewritten from the source by deleting markup, never
 * regenerated from the tree, so every kept character maps back exactly:
 * - heading markers, bold/italic delimiters, code fences, link brackets and targets, images,
 *   thematic breaks are deleted; HTML inside markdown is stripped (its text kept);
 * - list markers stay ("- ", "1. ": the directives need them); "*" bullets become "-";
 * - a pipe table becomes its cell texts, one cell per line;
 * - a line break inside bold or italics is a soft wrap of one printed line ("**CỘNG HÒA XÃ HỘI
 *   CHỦ NGHĨA VIỆT NAM**" wrapped by the converter) and becomes a space, except before an item
 *   marker or header field, and after a signing authority ("**KT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH
 *   VĂN PHÒNG**" is two lines of the signature block);
 * - unmatched "**"/"*"/"_" left by sloppy converters ("**KT. CHỦ TỊCH **", "** **") are deleted.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { Nodes, Parents } from 'mdast';
import type { NormalizeStep } from '../step.js';
import { applyEdits, entityEdit, type Edit } from './edits.js';
import { htmlEdits } from './html-strip.js';
import { splitLines } from './lines.js';
import { ESCAPABLE, softBreakKept } from './markdown-rules.js';
import { UNICODE_PUNCT, UNICODE_SPACE, liteMarkdownEdits } from './markdown-lite.js';
import { LARGE_MARKDOWN, markdownParts } from './markdown-parts.js';
import { memoCharPredicate } from '../text/char-table.js';
import { prefiltered } from '../text/first-chars.js';

const PARSER = unified().use(remarkParse).use(remarkGfm, { singleTilde: false }).freeze();

/** The ">" prefixes of a block quote line. */
export const QUOTE_PREFIX = /^(?:[ \t]{0,3}>[ \t]?)+/;
/** A line of nothing but emphasis markers ("**", "** **", "___"): left over by converters. */
export const MARKER_ONLY_LINE = /^[ \t]*[*_](?:[ \t]*[*_])+[ \t]*$/;
/** MARKER_ONLY_LINE with what its matches open with (text/first-chars.ts). */
export const MARKER_ONLY = prefiltered(MARKER_ONLY_LINE);
/** A fence line opening or closing a code block. */
export const FENCE = /^[ \t]{0,3}(?:`{3,}|~{3,})/;

interface Ctx {
  /** Inside bold/italics/strikethrough. */
  emph: boolean;
  /** Inside a block quote (its ">" prefixes are deleted once, by the outermost quote). */
  quote: boolean;
}

const start = (n: Nodes) => n.position?.start.offset;
const end = (n: Nodes) => n.position?.end.offset;

function isEmptyItem(n: Nodes): boolean {
  if (n.type !== 'listItem' && n.type !== 'list') return false;
  return n.children.every((c) => isEmptyItem(c));
}

/** Edits inside one text node's source range. */
function textEdits(text: string, s: number, e: number, ctx: Ctx, out: Edit[]): void {
  for (let i = s; i < e; i++) {
    const ch = text[i];
    if (ch === '\\' && i + 1 < e && ESCAPABLE.test(text[i + 1])) {
      out.push({ start: i, end: i + 1, text: '' });
      i++;
    } else if (ch === '&') {
      i = entityEdit(text, i, e, out);
    } else if (ch === '*' || ch === '_') {
      let j = i;
      while (j < e && text[j] === ch) j++;
      const run = j - i;
      const prev = i > 0 ? text[i - 1] : ' ';
      const next = j < text.length ? text[j] : ' ';
      const spaceBefore = prev === ' ' || prev === '\n' || prev === '\t' || i === s;
      const spaceAfter = next === ' ' || next === '\n' || next === '\t' || j === e;
      let drop: boolean;
      if (run >= 2) drop = true;
      else if (ch === '*') drop = (spaceBefore || spaceAfter) && !(prev === '(' && next === ')');
      else drop = spaceBefore && spaceAfter;
      if (drop) out.push({ start: i, end: j, text: '' });
      i = j - 1;
    } else if (ch === '\n' && ctx.emph) {
      if (!softBreakKept(text, i)) {
        let j = i + 1;
        while (j < e && (text[j] === ' ' || text[j] === '\t')) j++;
        out.push({ start: i, end: j, text: ' ' });
        i = j - 1;
      }
    }
  }
}

/** Deletes what lies between a node's edges and its children (delimiters); the whole node if it has none. */
function delimiterEdits(n: Parents, out: Edit[]): void {
  const s = start(n);
  const e = end(n);
  if (s === undefined || e === undefined) return;
  const kids = n.children;
  const first = kids.length ? start(kids[0] as Nodes) : undefined;
  const last = kids.length ? end(kids[kids.length - 1] as Nodes) : undefined;
  if (first === undefined || last === undefined) {
    out.push({ start: s, end: e, text: '' });
    return;
  }
  if (first > s) out.push({ start: s, end: first, text: '' });
  if (e > last) out.push({ start: last, end: e, text: '' });
}

export function markdownEdits(text: string): Edit[] {
  const tree = PARSER.parse(text);
  const out: Edit[] = [];
  const stack: { node: Nodes; ctx: Ctx }[] = [{ node: tree, ctx: { emph: false, quote: false } }];
  while (stack.length) {
    const { node, ctx } = stack.pop()!;
    const s = start(node);
    const e = end(node);
    let childCtx = ctx;
    let descend = true;
    switch (node.type) {
      case 'text':
        if (s !== undefined && e !== undefined) textEdits(text, s, e, ctx, out);
        break;
      case 'strong':
      case 'emphasis':
      case 'delete':
        delimiterEdits(node, out);
        childCtx = { ...ctx, emph: true };
        break;
      case 'heading':
      case 'link':
      case 'linkReference':
      case 'footnoteDefinition':
        delimiterEdits(node, out);
        break;
      case 'inlineCode':
        if (s !== undefined && e !== undefined) {
          let k = s;
          while (k < e && text[k] === '`') k++;
          const fence = k - s;
          out.push({ start: s, end: k, text: '' }, { start: e - fence, end: e, text: '' });
        }
        break;
      case 'code':
        if (s !== undefined && e !== undefined) {
          const firstNl = text.indexOf('\n', s);
          if (FENCE.test(text.slice(s, firstNl === -1 ? e : firstNl))) {
            const stop = firstNl === -1 || firstNl >= e ? e : firstNl + 1;
            out.push({ start: s, end: stop, text: '' });
            const lastNl = text.lastIndexOf('\n', e - 1);
            if (lastNl >= stop && FENCE.test(text.slice(lastNl + 1, e))) out.push({ start: lastNl, end: e, text: '' });
          }
        }
        break;
      case 'image':
      case 'imageReference':
      case 'definition':
      case 'footnoteReference':
      case 'thematicBreak':
        if (s !== undefined && e !== undefined) out.push({ start: s, end: e, text: '' });
        descend = false;
        break;
      case 'break':
        if (s !== undefined && e !== undefined) out.push({ start: s, end: e, text: '\n' });
        break;
      case 'html':
        if (s !== undefined && e !== undefined) out.push(...htmlEdits(text, s, e, { page: false }).edits);
        break;
      case 'listItem':
        if (s !== undefined && e !== undefined) {
          if (isEmptyItem(node)) {
            out.push({ start: s, end: e, text: '' });
            descend = false;
          } else if (text[s] === '*') out.push({ start: s, end: s + 1, text: '-' });
        }
        break;
      case 'blockquote':
        if (!ctx.quote && s !== undefined && e !== undefined) {
          for (let ls = s; ls < e; ) {
            let le = text.indexOf('\n', ls);
            if (le === -1 || le > e) le = e;
            const m = QUOTE_PREFIX.exec(text.slice(ls, le));
            if (m) out.push({ start: ls, end: ls + m[0].length, text: '' });
            ls = le + 1;
          }
        }
        childCtx = { ...ctx, quote: true };
        break;
      case 'table': {
        // One cell per line: everything between two non-empty cells' contents becomes "\n".
        const ranges: [number, number][] = [];
        for (const row of node.children) {
          for (const cell of row.children) {
            const kids = cell.children;
            if (!kids.length) continue;
            const cs = start(kids[0]);
            const ce = end(kids[kids.length - 1]);
            if (cs !== undefined && ce !== undefined && ce > cs) ranges.push([cs, ce]);
          }
        }
        if (s !== undefined && e !== undefined) {
          let prevEnd = s;
          ranges.forEach(([cs, ce], k) => {
            out.push({ start: prevEnd, end: cs, text: k === 0 ? '' : '\n' });
            prevEnd = ce;
          });
          out.push({ start: prevEnd, end: e, text: '' });
        }
        break;
      }
      default:
        break;
    }
    if (descend && 'children' in node) {
      for (let k = node.children.length - 1; k >= 0; k--) stack.push({ node: node.children[k] as Nodes, ctx: childCtx });
    }
  }
  return out;
}

/**
 * Lines that hold nothing but emphasis markers are removed with their line break, so that
 * "**ỦY BAN NHÂN DÂN\n**\nTHÀNH PHỐ HỒ CHÍ MINH" keeps its two header lines together.
 */
function markerOnlyLines(text: string): Edit[] {
  const out: Edit[] = [];
  if (!text.includes('**') && !text.includes('__') && !text.includes('* *')) return out;
  for (const l of splitLines(text)) {
    if (l.end > l.start && MARKER_ONLY.opens(text.charCodeAt(l.start)) && MARKER_ONLY_LINE.test(text.slice(l.start, l.end))) {
      out.push({ start: l.start, end: Math.min(text.length, l.end + 1), text: '' });
    }
  }
  return out;
}

/**
 * Constructs that can run across a blank line (fenced code, HTML blocks of the kinds 1-5:
 * comments, declarations, processing instructions, script/pre/style/textarea) or refer across
 * the document (link and footnote definitions): a document with one is parsed whole, unless
 * it is large (markdown-parts.ts).
 */
export const CROSS_BLOCK = /`{3}|~{3}|<!|<\?|<(?:script|pre|style|textarea)|\]:/i;

/**
 * What the fast scanner is not trusted with in a part of a document that goes to remark (its
 * equality with remark is tested on documents without these): a backslash, a tab, "_", a run
 * of spaces inside a line, "(*", "*)", "***", a list item opening a nested list or a block
 * construct.
 */
export const PART_UNTRUSTED = /[\\\t_]| {2}[^ \n]|\(\*|\*\)|\*{3}|^(?:[-*+]|\d{1,9}[.)]) (?:[-*+]|\d{1,9}[.)]|[#>|<`~=])/m;

const isSpace = memoCharPredicate((ch) => UNICODE_SPACE.test(ch));
const isPunct = memoCharPredicate((ch) => UNICODE_PUNCT.test(ch));

/**
 * True when the fast scanner's edits of this part are trusted to be remark's: nothing of
 * PART_UNTRUSTED, and every run of "*" but a list marker is one or two long and either only
 * opens or only closes (CommonMark's flanking rules), so that emphasis pairs the same way in
 * any implementation.
 */
export function liteTrusted(part: string): boolean {
  if (PART_UNTRUSTED.test(part)) return false;
  for (let i = part.indexOf('*'); i !== -1; i = part.indexOf('*', i)) {
    let j = i;
    while (j < part.length && part.charCodeAt(j) === 0x2a) j++;
    const lineStart = i === 0 || part.charCodeAt(i - 1) === 0x0a;
    const nextCode = j < part.length ? part.charCodeAt(j) : -1;
    // A bullet "* " (or "*" alone) at a line start is a list marker, not emphasis.
    if (lineStart && j === i + 1 && (nextCode === -1 || nextCode === 0x20 || nextCode === 0x0a)) {
      i = j;
      continue;
    }
    if (j - i > 2) return false;
    const prevCode = i > 0 ? part.charCodeAt(i - 1) : -1;
    const wsPrev = prevCode === -1 || isSpace(prevCode);
    const wsNext = nextCode === -1 || isSpace(nextCode);
    const punctPrev = prevCode !== -1 && isPunct(prevCode);
    const punctNext = nextCode !== -1 && isPunct(nextCode);
    const left = !wsNext && (!punctNext || wsPrev || punctPrev);
    const right = !wsPrev && (!punctPrev || wsNext || punctNext);
    if (left === right) return false;
    i = j;
  }
  return true;
}

/**
 * HTML block tags of CommonMark's kind 6 most seen in converted documents (a block of this kind
 * ends at a blank line): "<p align=...>", "<div>", "<table>".
 */
export const HTML_BLOCK_OPEN = /^<\/?(?:p|div|table|center)(?:[ >]|\/>|$)/i;
/** A table's delimiter row: pipes around cells of dashes (colons for the alignment, spaces). */
export const TABLE_DELIMITER_ROW = /^\|(?: {0,3}:?-{1,200}:? {0,3}\|){1,64}$/;
/**
 * What a part handled by simpleBlockEdits must not hold (inline markup, escapes, entities,
 * autolinks, tabs): then a table cell or an HTML block is one plain text, and remark's nodes
 * are known without parsing.
 */
export const SIMPLE_BLOCK_UNSAFE = /[\\`*_[\]!&~\t]|:\/\/|www\.|@/;
/** In a table: also no HTML. */
export const SIMPLE_TABLE_UNSAFE = /[<>]/;

/**
 * The edits remark's tree gives for a part that is one simple block, without parsing: a pipe
 * table whose rows all open and close with a pipe and have the delimiter row's cells (each
 * non-empty cell's text on its own line, as markdownEdits writes it), or an HTML block of kind 6
 * (stripped by htmlEdits over its lines, as markdownEdits does with remark's html node). Null
 * for anything else. Equality with remark is tested on generated tables and blocks.
 */
export function simpleBlockEdits(part: string): Edit[] | null {
  // The block: every non-blank line (a flat part has no blank line inside), up to the end of
  // the last one, which must not end with a space (where remark ends the node is then plain).
  let end = part.length;
  while (end > 0 && (part.charCodeAt(end - 1) === 0x0a || part.charCodeAt(end - 1) === 0x20)) end--;
  if (end === 0 || (end < part.length && part.charCodeAt(end) !== 0x0a)) return null;
  const block = part.slice(0, end);
  if (block.includes('\n\n') || INNER_BLANK.test(block)) return null;
  // An HTML block of kind 6 runs to the blank line whatever it holds (no markdown inside).
  if (HTML_BLOCK_OPEN.test(block)) return htmlEdits(part, 0, end, { page: false }).edits;
  if (part.charCodeAt(0) !== 0x7c || SIMPLE_BLOCK_UNSAFE.test(block) || SIMPLE_TABLE_UNSAFE.test(block)) return null;
  const rows = block.split('\n');
  if (rows.length < 2 || !TABLE_DELIMITER_ROW.test(rows[1])) return null;
  const cells = rows[1].split('|').length - 2;
  const ranges: [number, number][] = [];
  let at = 0;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    if (row.length < 2 || row.charCodeAt(0) !== 0x7c || row.charCodeAt(row.length - 1) !== 0x7c) return null;
    if (row.split('|').length - 2 !== cells) return null;
    if (r !== 1) {
      // Each cell between two pipes, without its spaces.
      for (let k = at + 1; k < at + row.length; ) {
        const bar = part.indexOf('|', k);
        let cs = k;
        let ce = bar;
        while (cs < ce && part.charCodeAt(cs) === 0x20) cs++;
        while (ce > cs && part.charCodeAt(ce - 1) === 0x20) ce--;
        if (ce > cs) ranges.push([cs, ce]);
        k = bar + 1;
      }
    }
    at += row.length + 1;
  }
  if (ranges.length === 0) return null;
  const out: Edit[] = [];
  let prevEnd = 0;
  ranges.forEach(([cs, ce], k) => {
    out.push({ start: prevEnd, end: cs, text: k === 0 ? '' : '\n' });
    prevEnd = ce;
  });
  out.push({ start: prevEnd, end, text: '' });
  return out;
}

/** A line of spaces only inside a block (a blank line). */
export const INNER_BLANK = /\n {1,200}\n/;

/** A line opening with a space or tab, blank lines aside (indented code, list continuations, nested blocks). */
export const INDENTED_LINE = /^[ \t]+[^ \t\n]/m;

/**
 * The parts a document the fast scanner does not take whole is read in, or null to give it to
 * remark whole. Parts are independent only in a flat document: nothing indented (an indented
 * code block or a list item's continuation carries context past a blank line) and no construct
 * of CROSS_BLOCK. A large document is cut all the same (markdown-parts.ts).
 */
export function documentParts(text: string): [start: number, end: number][] | null {
  return text.length > LARGE_MARKDOWN || !(CROSS_BLOCK.test(text) || INDENTED_LINE.test(text)) ? markdownParts(text) : null;
}

/**
 * The markdown edits: the fast scanner over the whole document when it can; else part by part
 * (documentParts), the fast scanner where it can and remark on the parts that need it; else
 * remark on the whole.
 */
function fastEdits(text: string): Edit[] {
  const whole = liteMarkdownEdits(text);
  if (whole !== null) return whole;
  const parts = documentParts(text);
  if (parts === null) return markdownEdits(text);
  const out: Edit[] = [];
  const add = (edits: Edit[], s: number) => {
    if (s === 0) out.push(...edits);
    else for (const x of edits) out.push({ start: x.start + s, end: x.end + s, text: x.text });
  };
  // Parts that need remark are given to it together while they follow one another, up to
  // REMARK_RUN characters: each call of remark costs ~0.3 ms before it reads a character, and
  // a long call grows faster than its text (markdown-parts.ts).
  let runStart = -1;
  let runEnd = -1;
  const flush = () => {
    if (runStart !== -1) add(markdownEdits(text.slice(runStart, runEnd)), runStart);
    runStart = -1;
  };
  for (const [s, e] of parts) {
    const part = s === 0 && e === text.length ? text : text.slice(s, e);
    const edits = (liteTrusted(part) ? liteMarkdownEdits(part) : null) ?? simpleBlockEdits(part);
    if (edits === null) {
      if (runStart !== -1 && e - runStart > REMARK_RUN) flush();
      if (runStart === -1) runStart = s;
      runEnd = e;
      continue;
    }
    flush();
    add(edits, s);
  }
  flush();
  return out;
}

/** The most characters of consecutive parts given to remark in one call (fastEdits). */
export const REMARK_RUN = 16_384;

const byStartEnd = (a: Edit, b: Edit) => a.start - b.start || a.end - b.end;

function markdownStep(text: string, lite: boolean): ReturnType<NormalizeStep> {
  const lines = markerOnlyLines(text);
  let edits = lite ? fastEdits(text) : markdownEdits(text);
  if (lines.length) {
    // The line deletions win over any edit overlapping them (both lists sorted, one sweep), and
    // join the kept edits in order (where applyEdits' stable sort would put them: after an edit
    // with the same start and end), so that applyEdits need not sort again.
    edits.sort(byStartEnd);
    const merged: Edit[] = [];
    let k = 0;
    let m = 0;
    for (const e of edits) {
      while (k < lines.length && lines[k].end <= e.start) k++;
      const l = lines[k];
      if (l && e.start < l.end && e.end > l.start) continue;
      while (m < lines.length && byStartEnd(lines[m], e) < 0) merged.push(lines[m++]);
      merged.push(e);
    }
    while (m < lines.length) merged.push(lines[m++]);
    edits = merged;
  }
  return applyEdits(text, edits);
}

/** The markdown step: the fast scanner when it can (markdown-lite.ts), remark otherwise. */
export const markdown: NormalizeStep = (text, env) => (env.format === 'markdown' ? markdownStep(text, true) : null);

/** The same step always through remark (the reference the fast path is tested against). */
export const markdownFull: NormalizeStep = (text, env) => (env.format === 'markdown' ? markdownStep(text, false) : null);
