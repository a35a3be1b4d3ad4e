/**
 * Leftover markup in the normalised text. The normaliser strips markdown ("**", "#", table
 * pipes); until it does everywhere, this stage reads past what is left and keeps it out of the
 * string values it builds. Spans still point at the text as it is.
 */

/** Leading markup and indentation before a line's content: spaces, "**", "*", "#", "_", ">". */
export const LEADING_MARKUP_RE = /^[ \t*_#>]{0,16}/u;

/** Trailing markup after a line's content. */
export const TRAILING_MARKUP_RE = /[ \t*_]{0,16}$/u;

/** A line with no content: only markup, table pipes, rules, or nothing. */
export const EMPTY_LINE_RE = /^[ \t*_#>|=~`\-–]{0,200}$/u;

/**
 * Bold/italic markers inside a line: every "*" except the footnote mark "(*)", "__" runs, and a
 * single "_" at a word edge ("snake_case" stays).
 */
export const INLINE_MARKUP_RE = /(?<!\()\*{1,6}|\*{1,6}(?!\))|_{2,}|(?<=^|[ \t])_(?=\S)|(?<=\S)_(?=[ \t]|$)/gu;

/** Runs of spaces inside a line. */
export const SPACES_RE = /[ \t\u00a0]+/gu;
/** Runs of any white space, line breaks included. */
export const WHITESPACE_RUN_RE = /\s+/gu;

/** A string value: markup removed, runs of spaces collapsed, trimmed. */
export function cleanInline(s: string): string {
  if (s.includes('*') || s.includes('_')) s = s.replace(INLINE_MARKUP_RE, '');
  return s.replace(SPACES_RE, ' ').trim();
}

export const LOWER_RE = /\p{Ll}/u;
export const UPPER_RE = /\p{Lu}/u;

/** True when the string has capital letters and no small ones ("ĐÁNH GIÁ CHUNG"). */
export function isAllCaps(s: string): boolean {
  return UPPER_RE.test(s) && !LOWER_RE.test(s);
}

/** Count of "**" runs: odd means a bold run is still open at the end of the string. */
export function boldRuns(s: string): number {
  let n = 0;
  for (let i = s.indexOf('**'); i !== -1; i = s.indexOf('**', i + 2)) n++;
  return n;
}
