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
import { splitLines } from './lines.js';

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

export const residue: NormalizeStep = (text) => {
  const stars = text.includes('**');
  const hashes = text.includes('#');
  if (!text.includes('|') && !stars && !hashes && !MAYBE_RULE.test(text)) return null;
  const edits: Edit[] = [];
  if (stars) {
    // Markdown's bold markers never belong in the text (docs/CONVENTIONS.md), whatever the format.
    for (const m of text.matchAll(STARS)) edits.push({ start: m.index, end: m.index + m[0].length, text: '' });
  }
  for (const line of splitLines(text)) {
    if (line.end === line.start) continue;
    const s = text.slice(line.start, line.end);
    const st = s.trim();
    if (PIPES_ONLY.test(st) || RULE_LINE.test(st) || isDelimiterRow(st)) {
      edits.push({ start: line.start, end: line.end, text: '' });
      continue;
    }
    if (PIPE_ROW.test(s)) {
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
    if (hashes && s.includes('#')) {
      const h = HEADING_MARK.exec(s);
      if (h) edits.push({ start: line.start, end: line.start + h[0].length, text: '' });
    }
    const m = TRAILING_RULE.exec(s);
    if (m && m.index > 0) edits.push({ start: line.start + m.index, end: line.end, text: '' });
  }
  return applyEdits(text, edits);
};
