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

/** A string value: markup removed, runs of spaces collapsed, trimmed. Text already clean is returned as is. */
export function cleanInline(s: string): string {
  if (s.includes('*') || s.includes('_')) s = s.replace(INLINE_MARKUP_RE, '');
  if (s.includes('  ') || s.includes('\t') || s.includes('\u00a0')) s = s.replace(SPACES_RE, ' ');
  return s.trim();
}

/** Characters of leading markup and indentation ("**", "#", ">", spaces). */
export const LEADING_MARKUP_CHARS = ' \t*_#>';
/** Characters of trailing markup ("**", "_", spaces). */
export const TRAILING_MARKUP_CHARS = ' \t*_';

/** The offset after leading markup in text[from, to). */
export function skipLeadingMarkup(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && i - from < 16 && LEADING_MARKUP_CHARS.includes(text[i])) i++;
  return i;
}

/** The offset before trailing markup in text[from, to). */
export function skipTrailingMarkup(text: string, from: number, to: number): number {
  let i = to;
  while (i > from && to - i < 16 && TRAILING_MARKUP_CHARS.includes(text[i - 1])) i--;
  return i;
}

/** The string without trailing markup. */
export function trimMarkupEnd(s: string): string {
  return s.slice(0, skipTrailingMarkup(s, 0, s.length));
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
