/**
 * Table and rule residue left by converters, in any format:
 * - lone "|" lines: the cell separators of a flattened HTML table (thuvienphapluat exports
 *   print the two-column header as "…\n|\n…"): they become blank lines, i.e. cell boundaries;
 * - rows of a pipe table that markdown did not parse ("| a | b |"): one cell per line, the
 *   delimiter row "|---|---|" removed;
 * - rule lines ("-------", "_____", "=====") and rules trailing a header line ("VĂN PHÒNG CHÍNH
 *   PHỦ -------"): the short rules printed under the issuer and the motto, removed.
 */
import type { NormalizeStep } from '../step.js';
import { applyEdits, type Edit } from './edits.js';
import { lineTable } from './lines.js';
import { charTable, isTrimSpace } from '../text/char-table.js';

/** A line of nothing but pipes. */
export const PIPES_ONLY = /^\|[| \t]*$/;
/** A table delimiter row "|---|:---:|": only pipes, dashes, colons and spaces, with a pipe and dashes. */
export function isDelimiterRow(s: string): boolean {
  let dashes = 0;
  let pipes = 0;
  for (const ch of s) {
    if (ch === '-') dashes++;
    else if (ch === '|') pipes++;
    else if (ch !== ':' && ch !== ' ' && ch !== '\t') return false;
  }
  return pipes > 0 && dashes >= 3;
}
/** A rule line: three or more of "-", "_", "=", "*", "~" and nothing else. */
export const RULE_LINE = /^(?:[-=_*~][ \t]{0,2}){3,}$/;
/** Three rule characters in a row (spaced or not): a cheap test before the line scan. */
export const MAYBE_RULE = /[-=_*~][ \t]{0,2}[-=_*~][ \t]{0,2}[-=_*~]/;
/** A rule trailing text on the same line. */
export const TRAILING_RULE = /[ \t]{1,20}[-=]{3,}[ \t]*$/;
/** A table row: starts with a pipe and has another one. */
export const PIPE_ROW = /^[ \t]*\|[^\n]*\|/;

/** A markdown heading marker opening a line, in any format ("# QUYẾT ĐỊNH" left in plain text). */
export const HEADING_MARK = /^[ \t]*#{1,6}(?:[ \t]+|$)/;

/** Two asterisks or more: bold markers left over in any format (kept inside "(**)", a footnote sign). */
export const STARS = /(?<!\()\*{2,}|\*{2,}(?!\))/g;

/** The characters of a rule line. */
const RULE_CHARS = charTable('-=_*~');
/** What a pipes-only line, a rule line or a delimiter row opens with (trimmed). */
const RESIDUE_LINE_START = charTable('|-=_*~:');

/** MAYBE_RULE.test(text): three rule characters, spaced by at most two spaces/tabs, found from each rule character. */
export function maybeRule(text: string): boolean {
  for (const ch of '-=_*~') {
    for (let p = text.indexOf(ch); p !== -1; p = text.indexOf(ch, p + 1)) {
      let q = p + 1;
      let found = 1;
      while (found < 3) {
        let gap = 0;
        while (gap < 2 && q < text.length && (text.charCodeAt(q) === 0x20 || text.charCodeAt(q) === 0x09)) {
          q++;
          gap++;
        }
        // The pattern's [ \t]{0,2} may also take fewer spaces, but then a space would have to be a rule character.
        if (q < text.length && RULE_CHARS[text.charCodeAt(q)] === 1) {
          found++;
          q++;
        } else break;
      }
      if (found === 3) return true;
    }
  }
  return false;
}

/**
 * TRAILING_RULE.exec(s)?.index, or -1, read from the end: a run of "-"/"=" of three or more
 * before trailing spaces/tabs, after one to twenty spaces/tabs (the match starts at the
 * leftmost of those the pattern can take).
 */
export function trailingRuleAt(s: string): number {
  return trailingRuleIn(s, 0, s.length);
}

/** trailingRuleAt on the line text[start, end), as an offset from `start` (or -1), without slicing it. */
function trailingRuleIn(s: string, start: number, end: number): number {
  let t = end;
  while (t > start && (s.charCodeAt(t - 1) === 0x20 || s.charCodeAt(t - 1) === 0x09)) t--;
  let d = t;
  while (d > start && (s.charCodeAt(d - 1) === 0x2d || s.charCodeAt(d - 1) === 0x3d)) d--;
  if (t - d < 3) return -1;
  let b = d;
  while (b > start && (s.charCodeAt(b - 1) === 0x20 || s.charCodeAt(b - 1) === 0x09)) b--;
  if (b === d) return -1;
  return Math.max(b, d - 20) - start;
}

export const residue: NormalizeStep = (text) => {
  const stars = text.includes('**');
  const hashes = text.includes('#');
  if (!text.includes('|') && !stars && !hashes && !maybeRule(text)) return null;
  const edits: Edit[] = [];
  if (stars) {
    // Markdown's bold markers never belong in the text (docs/CONVENTIONS.md), whatever the format.
    for (const m of text.matchAll(STARS)) edits.push({ start: m.index, end: m.index + m[0].length, text: '' });
  }
  const lines = lineTable(text);
  let nextHash = hashes ? -2 : -1;
  for (let li = 0; li < lines.count; li++) {
    const line = { start: lines.start(li), end: lines.end(li) };
    if (line.end === line.start) continue;
    // The first characters as trim() and the patterns see them.
    let first = line.start;
    while (first < line.end && isTrimSpace(text.charCodeAt(first))) first++;
    let firstBlank = line.start;
    while (firstBlank < line.end && (text.charCodeAt(firstBlank) === 0x20 || text.charCodeAt(firstBlank) === 0x09)) firstBlank++;
    if (first < line.end && RESIDUE_LINE_START[text.charCodeAt(first)] === 1) {
      const st = text.slice(line.start, line.end).trim();
      if (PIPES_ONLY.test(st) || RULE_LINE.test(st) || isDelimiterRow(st)) {
        edits.push({ start: line.start, end: line.end, text: '' });
        continue;
      }
    }
    if (firstBlank < line.end && text.charCodeAt(firstBlank) === 0x7c && PIPE_ROW.test(text.slice(line.start, line.end))) {
      // Cells: the text between pipes, each on its own line; empty cells disappear.
      let k = line.start;
      let first = true;
      let pending = -1; // start of the separator run to replace
      while (k <= line.end) {
        const bar = k < line.end ? text.indexOf('|', k) : -1;
        const stop = bar === -1 || bar >= line.end ? line.end : bar;
        // cell content [k, stop), trimmed
        let cs = k;
        let ce = stop;
        while (cs < ce && (text[cs] === ' ' || text[cs] === '\t')) cs++;
        while (ce > cs && (text[ce - 1] === ' ' || text[ce - 1] === '\t')) ce--;
        if (ce > cs) {
          edits.push({ start: pending === -1 ? line.start : pending, end: cs, text: first ? '' : '\n' });
          first = false;
          pending = ce;
        } else if (pending === -1) pending = line.start;
        if (stop === line.end) break;
        k = stop + 1;
      }
      if (pending !== -1 && pending < line.end) edits.push({ start: pending, end: line.end, text: '' });
      continue;
    }
    // The next "#" at or after the line start (found again only once passed).
    if (nextHash !== -1 && nextHash < line.start) nextHash = text.indexOf('#', line.start);
    if (nextHash !== -1 && nextHash < line.end) {
      const h = HEADING_MARK.exec(text.slice(line.start, line.end));
      if (h) edits.push({ start: line.start, end: line.start + h[0].length, text: '' });
    }
    const at = trailingRuleIn(text, line.start, line.end);
    if (at > 0) edits.push({ start: line.start + at, end: line.end, text: '' });
  }
  return applyEdits(text, edits);
};
