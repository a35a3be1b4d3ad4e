/**
 * Rules shared by the two markdown paths (markdown.ts with remark, markdown-lite.ts): escapes,
 * and which line breaks inside bold/italics stay line breaks.
 */
import { AUTHORITY_START, startsWithAnchorField, startsWithMarker } from './lines.js';

/** ASCII punctuation a backslash may escape (CommonMark). */
export const ESCAPABLE = /[!-/:-@[-`{-~]/;
/** Emphasis delimiters, table pipes and blank space at the start of a line. */
export const LEADING_MARKUP = /^[\s*_|#]+/;

/** The line of `text` ending at offset `at` (a "\n"), without leading markup. */
export function lineBefore(text: string, at: number): string {
  const s = text.lastIndexOf('\n', at - 1) + 1;
  return text.slice(s, at).replace(LEADING_MARKUP, '').trimEnd();
}

/** The line of `text` starting after offset `at` (a "\n"), without leading markup. */
export function lineAfter(text: string, at: number): string {
  let e = text.indexOf('\n', at + 1);
  if (e === -1) e = text.length;
  return text.slice(at + 1, e).replace(LEADING_MARKUP, '');
}

/**
 * A line break inside bold or italics is a soft wrap of one printed line ("**CỘNG HÒA XÃ HỘI\n
 * CHỦ NGHĨA VIỆT NAM**") and becomes a space, except (true here) after a signing authority that
 * does not end with a comma ("**KT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG**" is two lines of the
 * signature block), before an item marker or an anchor field, and after an empty line start.
 */
export function softBreakKept(text: string, at: number): boolean {
  const before = lineBefore(text, at);
  if (before.length === 0) return true;
  if (AUTHORITY_START.test(before) && !before.endsWith(',')) return true;
  const after = lineAfter(text, at);
  return startsWithMarker(after) || startsWithAnchorField(after);
}
