/**
 * The lines of the normalised text, read once: where each line's content starts and ends past
 * leftover markup, its cleaned string, the list marker it may start with, and whether it is
 * empty, page furniture / OCR noise (skipped), or text.
 */
import { CAPTION_MAX_LENGTH, CAPTION_RE, IMAGE_PLACEHOLDER_RE, PAGE_FURNITURE_RE, SITE_NOTE_RE } from './lexicon/chrome.js';
import { EMPTY_LINE_RE, cleanInline, skipLeadingMarkup, skipTrailingMarkup } from './markup.js';
import { opensRecipients } from './lexicon/closing.js';
import { parseMarker, type MarkerMatch } from './markers.js';

export type LineKind = 'empty' | 'skip' | 'text';

export interface Line {
  /** Offsets of the whole line (without its "\n"). */
  start: number;
  end: number;
  /** Offsets of its content, past leading and trailing markup and spaces. */
  cs: number;
  ce: number;
  kind: LineKind;
  /** The content as a string value: markup removed, spaces collapsed. */
  clean: string;
  /** A marker at the start of the content, if the line has one (not yet judged by its context). */
  marker: MarkerMatch | null;
  /**
   * The whole text holds none of UNCLEAN_CHARS and no double space: any stretch of the line is
   * clean once trimmed (cleanInline of it is its trim).
   */
  plain: boolean;
  /** An empty line that is not blank: a table pipe, a rule, markup alone ("|", "-----", "** **"). */
  rule: boolean;
}

/** First characters of a line that may be only a table pipe or a rule ("|", "-------", "==="). */
const RULE_CHARS = '|=~`-–';

/** A line of nothing but spaces. */
export const BLANK_LINE_RE = /^[ \t]{0,200}$/u;

/** The characters that string values must not keep: markup, a tab, a no-break space. */
export const UNCLEAN_CHARS: readonly string[] = ['*', '_', '\t', '\u00a0'];

/** OCR noise: no letter and no digit at all ("/,©", "+>"). */
export const NOISE_LINE_RE = /^[^\p{L}\p{N}]{1,80}$/u;

/** Page furniture, a picture caption, a site note or OCR noise (cheap checks first: most lines are none). */
function isFurniture(clean: string, hasMarker: boolean): boolean {
  if (clean.length <= 30 && PAGE_FURNITURE_RE.test(clean)) return true;
  if ((clean.includes('Ảnh') || clean.includes('ảnh') || clean.includes('[') || clean.includes('Internet')) && CAPTION_RE.test(clean)) return true;
  if (clean.startsWith('(') && SITE_NOTE_RE.test(clean)) return true;
  return !hasMarker && clean.length <= 80 && NOISE_LINE_RE.test(clean);
}

/**
 * Reads the lines of `text`. With `stopAfter`, stops after the first line past that offset that
 * opens "Nơi nhận": nothing after it can be part of the directives.
 */
export function scanLines(text: string, stopAfter = Number.POSITIVE_INFINITY): Line[] {
  const lines: Line[] = [];
  // A text the normaliser has fully cleaned (no markup, single spaces) needs no cleaning per line.
  // (indexOf per character runs several times faster than a regex character class over the text.)
  const plain = UNCLEAN_CHARS.every((c) => !text.includes(c)) && !text.includes('  ');
  let start = 0;
  let afterImage = false; // the previous line was a picture placeholder: this one is its caption
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const cs = skipLeadingMarkup(text, start, end);
    const ce = Math.max(cs, skipTrailingMarkup(text, cs, end));
    let kind: LineKind = 'text';
    let clean = '';
    let marker: MarkerMatch | null = null;
    if (ce <= cs || (RULE_CHARS.includes(text[cs]) && end - start <= 200 && EMPTY_LINE_RE.test(text.slice(start, end)))) {
      kind = 'empty';
    } else {
      clean = plain ? text.slice(cs, ce) : cleanInline(text.slice(cs, ce));
      marker = parseMarker(text, cs, ce);
      if (clean.length === 0) kind = 'empty';
      else if (isFurniture(clean, marker !== null)) kind = 'skip';
      else if (afterImage && clean.length <= CAPTION_MAX_LENGTH) kind = 'skip';
    }
    if (kind !== 'empty') afterImage = clean.startsWith('[') && IMAGE_PLACEHOLDER_RE.test(clean);
    // Every line gets every field (one object shape for the stages that read them).
    const rule = kind === 'empty' && !BLANK_LINE_RE.test(text.slice(start, Math.min(end, start + 200)));
    const line: Line = { start, end, cs, ce, kind, clean, marker, plain, rule };
    lines.push(line);
    if (end === text.length) break;
    if (kind === 'text' && start >= stopAfter && opensRecipients(clean)) break;
    start = end + 1;
  }
  return lines;
}
