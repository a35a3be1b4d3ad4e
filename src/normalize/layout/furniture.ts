/**
 * Page furniture of printed and scanned documents: page-break markers left by converters
 * ("--- PAGE BREAK ---", form feeds), bare page numbers on their own line ("2", "- 2 -",
 * "Trang 2/5"), and running headers/footers repeated at every page break. They are removed and
 * the text on both sides of the break is brought together (one "\n"), so that a paragraph cut by
 * the page is joined again by the unwrap step.
 */
import type { NormalizeStep } from '../step.js';
import { applyEdits, type Edit } from './edits.js';
import { lineTable, splitLines, type Line } from './lines.js';
import { isTrimSpace } from '../text/char-table.js';
import { prefiltered, testAnchored } from '../text/first-chars.js';
import { lowerBound } from '../../vocabulary/lower-bound.js';

/** Page-break marker lines written by PDF/OCR converters. */
// The spaces inside a marker are bounded: unbounded runs around the optional words made the
// pattern cubic on a long run of tabs (found by recheck in the reliability suite).
export const PAGE_BREAK_LINE =
  /^[ \t\f]*(?:[-=#*_]{2,}[ \t]{0,8}(?:PAGE|Page|page)[ \t]{0,8}(?:BREAK|Break|break)?[ \t]{0,8}\d{0,4}[ \t]{0,8}[-=#*_]{2,}|<!--[ \t]*(?:PAGE|page)[ \t_-]*(?:BREAK|break)[ \t]*-->|\[(?:PAGE|Page)[ \t]*(?:BREAK|\d{1,4})\]|(?:PAGE|Page)[ \t]+\d{1,4}[ \t]+(?:of|OF)[ \t]+\d{1,4}|={2,}[ \t]*(?:Trang|TRANG)[ \t]*\d{1,4}[ \t]*={2,})[ \t\f]*$/;

/** A bare page number: "2", "- 2 -", "Trang 2", "Trang 2/5", "2/5" is NOT one (a date or a ratio). */
export const PAGE_NUMBER_LINE = /^[ \t\f]*(?:\d{1,3}|[-–][ \t]?\d{1,3}[ \t]?[-–]|(?:Trang|TRANG|trang)[ \t]\d{1,3}(?:[ \t]?\/[ \t]?\d{1,3})?)[ \t\f]*$/;

type Kind = 'content' | 'blank' | 'break' | 'number';

/** The page number of a page number line ("Trang 2/5" is page 2). */
export const FIRST_NUMBER = /\d{1,3}/;
/** A letter or digit: a running header must have some. */
export const WORDY = /[\p{L}\p{N}]{2}/u;

/** The line patterns with what their matches open with (text/first-chars.ts). */
export const FURNITURE_LINES = {
  pageBreak: prefiltered(PAGE_BREAK_LINE),
  pageNumber: prefiltered(PAGE_NUMBER_LINE),
};

function hasFormFeed(text: string, l: Line): boolean {
  const i = text.indexOf('\f', l.start);
  return i !== -1 && i < l.end;
}

/** A line of form feeds (and spaces), at least one. */
function onlyFormFeeds(s: string): boolean {
  let ff = 0;
  for (const ch of s) {
    if (ch === '\f') ff++;
    else if (ch !== ' ' && ch !== '\t') return false;
  }
  return ff > 0;
}

/** The kinds by code (kindOf), page furniture last. */
const KINDS: readonly Kind[] = ['content', 'blank', 'break', 'number'];
const CONTENT = 0;
const BLANK = 1;
const BREAK = 2;
const NUMBER = 3;

/** What the line text[start, end) is to this step, as an index of KINDS. */
function kindOf(text: string, start: number, end: number, hasFF: boolean): number {
  // White space only (as trim() sees it), without a form feed: blank.
  let first = start;
  while (first < end && isTrimSpace(text.charCodeAt(first))) first++;
  if (first === end && !(hasFF && hasFormFeed(text, { start, end }))) return BLANK;
  // The patterns only where the line opens with one of their first characters.
  const c0 = end > start ? text.charCodeAt(start) : -1;
  if (!hasFF && (c0 === -1 || (!FURNITURE_LINES.pageBreak.opens(c0) && !FURNITURE_LINES.pageNumber.opens(c0)))) return CONTENT;
  const s = text.slice(start, end);
  if (hasFF && onlyFormFeeds(s)) return BREAK;
  if (testAnchored(FURNITURE_LINES.pageBreak, s)) return BREAK;
  if (testAnchored(FURNITURE_LINES.pageNumber, s)) return NUMBER;
  return CONTENT;
}

export const furniture: NormalizeStep = (text, env) => {
  const hasFF = text.includes('\f');
  const table = lineTable(text);
  // The kind of every line, and whether any is a page break or number.
  const codes = new Uint8Array(table.count);
  let furnished = false;
  for (let k = 0; k < table.count; k++) {
    const kind = kindOf(text, table.start(k), table.end(k), hasFF);
    codes[k] = kind;
    if (kind >= BREAK) furnished = true;
  }
  // No page break, page number or form feed: nothing to do.
  if (!furnished && !hasFF) return null;
  const kinds: Kind[] = [];
  for (let k = 0; k < table.count; k++) kinds.push(KINDS[codes[k]]);
  const lines = splitLines(text);
  // A form feed inside a content line starts a new page there.
  const edits: Edit[] = [];
  const ffBreakBefore = new Set<number>();
  if (hasFF) {
    lines.forEach((l, k) => {
      if (kinds[k] !== 'content') return;
      for (let i = text.indexOf('\f', l.start); i !== -1 && i < l.end; i = text.indexOf('\f', i + 1)) {
        if (text.slice(l.start, i).trim() === '') {
          edits.push({ start: i, end: i + 1, text: '' });
          ffBreakBefore.add(k);
        } else edits.push({ start: i, end: i + 1, text: '\n' });
      }
    });
  }
  // Page numbers count up from 1 or 2: a bare number that breaks the sequence ("63" in a site's
  // footer, a table cell "43") is content, not a page number. A number that could open a
  // sequence (1 to 3) after a higher one starts a new one: several documents in one file each
  // number their own pages, and all their numbers go in one pass (the step stays idempotent).
  // `restarts` holds the first line of each later sequence (running headers are looked for
  // within one sequence: two copies of a document repeat their lines, not a header).
  let pages = 0;
  let lastPage = 0;
  const restarts: number[] = [];
  lines.forEach((l, k) => {
    if (kinds[k] !== 'number') return;
    const v = Number(FIRST_NUMBER.exec(text.slice(l.start, l.end))?.[0] ?? '0');
    if (v > lastPage && v <= pages + 3) {
      lastPage = v;
      pages++;
    } else if (pages > 0 && v >= 1 && v <= 3 && v <= lastPage) {
      lastPage = v;
      pages = 1;
      restarts.push(k);
    } else kinds[k] = 'content';
  });
  /** The page sequence line k belongs to (0 for the first). */
  const sequenceOf = (k: number) => {
    // The number of restarts at or before line k (restarts are in line order: binary search).
    return lowerBound(restarts.length, (i) => restarts[i] <= k);
  };
  if (!kinds.some((k) => k === 'break' || k === 'number') && ffBreakBefore.size === 0) return applyEdits(text, edits);

  // Regions: runs of non-content lines holding a break or a page number.
  interface Region {
    from: number; // first line index of the run
    to: number; // last line index of the run
    before: number; // index of the content line before, or -1
    after: number; // index of the content line after, or -1
  }
  const regions: Region[] = [];
  let k = 0;
  while (k < lines.length) {
    if (kinds[k] === 'content' && !ffBreakBefore.has(k)) {
      k++;
      continue;
    }
    if (kinds[k] === 'content') {
      // form feed at the start of this content line: an empty region before it
      regions.push({ from: k, to: k - 1, before: k - 1, after: k });
      k++;
      continue;
    }
    let j = k;
    let real = false;
    while (j < lines.length && kinds[j] !== 'content') {
      if (kinds[j] !== 'blank') real = true;
      j++;
    }
    if (real) {
      let before = k - 1;
      while (before >= 0 && kinds[before] !== 'content') before--;
      regions.push({ from: k, to: j - 1, before, after: j < lines.length ? j : -1 });
    }
    k = j;
  }
  if (regions.length === 0) return applyEdits(text, edits);

  // Running headers and footers: the same short line right after (or before) two or more breaks.
  const norm = (i: number) => text.slice(lines[i].start, lines[i].end).split('\f').join('').trim();
  const running = new Set<number>();
  if (regions.length >= 2) {
    for (const side of ['after', 'before'] as const) {
      const counts = new Map<string, number[]>(); // keyed by sequence and line text
      for (const r of regions) {
        const i = r[side];
        if (i < 0) continue;
        const s = norm(i);
        if (s.length < 3 || s.length > 120 || !WORDY.test(s)) continue;
        const key = `${sequenceOf(r.to)}\u0000${s}`;
        const idx = counts.get(key);
        if (idx) idx.push(i);
        else counts.set(key, [i]);
      }
      // The first page's header (or last page's footer) repeats it too.
      for (const [key, idx] of counts) {
        if (idx.length < 2) continue;
        for (const i of idx) running.add(i);
        const s = key.slice(key.indexOf('\u0000') + 1);
        const edge = side === 'after' ? kinds.indexOf('content') : kinds.lastIndexOf('content');
        if (edge >= 0 && norm(edge) === s) running.add(edge);
      }
    }
  }

  let breaks = 0;
  let numbers = 0;
  for (const r of regions) {
    for (let i = r.from; i <= r.to; i++) {
      if (kinds[i] === 'break') breaks++;
      else if (kinds[i] === 'number') numbers++;
    }
    // Extend over running header/footer lines (with their blank lines).
    let before = r.before;
    while (before >= 0 && running.has(before)) {
      before--;
      while (before >= 0 && kinds[before] !== 'content') before--;
    }
    let after = r.after;
    while (after >= 0 && after < lines.length && running.has(after)) {
      after++;
      while (after < lines.length && kinds[after] !== 'content') after++;
      if (after >= lines.length) after = -1;
    }
    const from: Line | null = before >= 0 ? lines[before] : null;
    const to: Line | null = after >= 0 ? lines[after] : null;
    const s = from ? from.end : 0;
    const e = to ? to.start : text.length;
    if (e > s) edits.push({ start: s, end: e, text: from && to ? '\n' : '' });
  }
  for (const i of running) {
    // Running lines at the document's very top or bottom are not inside a region: delete them.
    const l = lines[i];
    edits.push({ start: l.start, end: Math.min(text.length, l.end + 1), text: '' });
  }
  const at = lines[regions[0].from]?.start ?? 0;
  const parts = [breaks && `${breaks} page-break marker(s)`, numbers && `${numbers} page number(s)`, running.size && `${running.size} running header/footer line(s)`].filter(Boolean);
  if (parts.length) env.note({ code: 'normalize/page-furniture', severity: 'info', message: `dropped ${parts.join(', ')}`, at });
  return applyEdits(text, edits);
};
