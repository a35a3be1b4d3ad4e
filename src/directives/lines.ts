/**
 * The lines of the normalised text, read once: where each line's content starts and ends past
 * leftover markup, its cleaned string, the list marker it may start with, and whether it is
 * empty, page furniture / OCR noise (skipped), or text.
 */
import { CAPTION_MAX_LENGTH, CAPTION_RE, IMAGE_PLACEHOLDER_RE, PAGE_FURNITURE_RE, SITE_NOTE_RE } from './lexicon/chrome.js';
import { EMPTY_LINE_RE, LEADING_MARKUP_RE, TRAILING_MARKUP_RE, cleanInline } from './markup.js';
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
}

/** OCR noise: no letter and no digit at all ("/,©", "+>"). */
export const NOISE_LINE_RE = /^[^\p{L}\p{N}]{1,80}$/u;

export function scanLines(text: string): Line[] {
  const lines: Line[] = [];
  const lead = new RegExp(LEADING_MARKUP_RE.source, LEADING_MARKUP_RE.flags);
  const trail = new RegExp(TRAILING_MARKUP_RE.source, TRAILING_MARKUP_RE.flags);
  let start = 0;
  let afterImage = false; // the previous line was a picture placeholder: this one is its caption
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const raw = text.slice(start, end);
    const lm = lead.exec(raw);
    const cs = start + (lm ? lm[0].length : 0);
    let ce = end;
    if (ce > cs) {
      const tm = trail.exec(text.slice(cs, end));
      if (tm) ce = end - tm[0].length;
    }
    let kind: LineKind = 'text';
    let clean = '';
    let marker: MarkerMatch | null = null;
    if (ce <= cs || EMPTY_LINE_RE.test(raw)) {
      kind = 'empty';
    } else {
      clean = cleanInline(text.slice(cs, ce));
      marker = parseMarker(text, cs, ce);
      if (clean.length === 0) kind = 'empty';
      else if (PAGE_FURNITURE_RE.test(clean) || CAPTION_RE.test(clean) || SITE_NOTE_RE.test(clean)) kind = 'skip';
      else if (!marker && NOISE_LINE_RE.test(clean)) kind = 'skip';
      else if (afterImage && clean.length <= CAPTION_MAX_LENGTH) kind = 'skip';
    }
    if (kind !== 'empty') afterImage = IMAGE_PLACEHOLDER_RE.test(clean);
    lines.push({ start, end, cs, ce, kind, clean, marker });
    if (end === text.length) break;
    start = end + 1;
  }
  return lines;
}
