/**
 * Paragraphs from lines. Once the normaliser has joined hard-wrapped lines, a paragraph is a line
 * and paragraphs are separated by blank lines. Text that is still hard-wrapped (scans, OCR, pages
 * flattened to fixed-width lines) is joined back here by reading the break: a line that ends
 * mid-sentence continues on the next line; a line that starts a list item, "Nơi nhận", a signer
 * block or web chrome always starts a new paragraph.
 */
import { opensChrome } from './lexicon/chrome.js';
import { ANNEX_INITIAL, ANNEX_RE, AUTHORITY_RE, CLOSING_OPENING_RE, SIGNER_INITIALS, SIGNER_TITLE_RE, opensRecipients } from './lexicon/closing.js';
import { CONTINUING_END_RE, NON_FINAL_WORD_RE, endsSentence, lineTail } from './lexicon/wrap.js';
import type { Line } from './lines.js';
import type { MarkerMatch } from './markers.js';
import { boldRuns, cleanInline, isAllCaps } from './markup.js';

export type Terminator = 'recipients' | 'signer' | 'annex' | 'chrome';

export interface Para {
  index: number;
  lines: Line[];
  /** Content offsets: start of the first line's content, end of the last line's content. */
  start: number;
  end: number;
  /** The marker the first line starts with, when its context allows one (see `markerAllowed`). */
  marker: MarkerMatch | null;
  /** A blank line (or the start of the text) came before this paragraph. */
  blankBefore: boolean;
  /** Blank line before, or the previous line ended a sentence or clause. */
  strong: boolean;
  /** The first line opens a block that ends the directive part. */
  terminator: Terminator | null;
}

/** Whether the text still looks hard-wrapped, at what width, and whether its paragraphs are separated by blank lines. */
export interface WrapProfile {
  wrapped: boolean;
  width: number;
  /** Hard-wrapped with blank lines between paragraphs: a single line break is then always a wrap. */
  blankSeparated: boolean;
}

export const FIRST_LETTER_RE = /\p{L}/u;
export const DIGIT_START_RE = /^\p{N}/u;
/** A line that goes on with the second half of a range: "- 2025 sang ...". */
export const RANGE_CONTINUATION_RE = /^[-–][ \t]?\p{N}/u;
export const LOWER_START_RE = /^[\p{Ll}]/u;
/** Opening quotes or brackets before a line's first word. */
export const OPENING_QUOTE_RE = /^["'“(\[]{1,2}/u;
/** Bold or italic markup. */
export const MARKUP_CHAR_RE = /[*_]/u;

function startsLower(clean: string): boolean {
  // The first character decides; "(" or a quote before a small letter also continues.
  const s = clean.replace(OPENING_QUOTE_RE, '');
  return LOWER_START_RE.test(s);
}

/** Reads how the document is wrapped: a share of lines that continue into a line starting with a small letter. */
export function wrapProfile(lines: readonly Line[]): WrapProfile {
  const lengths: number[] = [];
  let textLines = 0;
  let blankBreaks = 0; // sentence ends followed by a blank line, then a capital
  let lineBreaks = 0; // sentence ends followed directly by a line starting with a capital
  for (let i = 0; i + 1 < lines.length; i++) {
    const a = lines[i];
    if (a.kind !== 'text') continue;
    textLines++;
    const b = lines[i + 1];
    if (b.kind === 'text' && !b.marker && startsLower(b.clean) && !endsSentence(a.clean)) lengths.push(a.clean.length);
    if (!endsSentence(a.clean)) continue;
    let j = i + 1;
    while (j < lines.length && lines[j].kind === 'skip') j++;
    if (j < lines.length && lines[j].kind === 'text' && !lines[j].marker && !startsLower(lines[j].clean)) lineBreaks++;
    else if (j < lines.length && lines[j].kind === 'empty' && !lines[j].rule) {
      // Only a truly blank line counts: table pipes and rules ("|", "-----") separate cells, not paragraphs.
      while (j < lines.length && lines[j].kind !== 'text') j++;
      if (j < lines.length && !lines[j].marker && !startsLower(lines[j].clean)) blankBreaks++;
    }
  }
  if (lengths.length < 3 || lengths.length < textLines * 0.05) return { wrapped: false, width: 0, blankSeparated: false };
  lengths.sort((x, y) => x - y);
  return {
    wrapped: true,
    width: lengths[Math.floor(lengths.length * 0.75)],
    blankSeparated: blankBreaks >= 5 && blankBreaks >= 2 * lineBreaks,
  };
}

/**
 * The terminator a line opens, if any. Every pattern is anchored at the line's start, so its
 * first character says which can match at all (most lines open none).
 */
export function lineTerminator(line: Line): Terminator | null {
  const c = line.clean;
  if (opensRecipients(c)) return 'recipients';
  const c0 = c.charCodeAt(0);
  // "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH CHỈ THỊ:" opens the directives; a signer's line has no colon.
  if (SIGNER_INITIALS.has(c0) && (AUTHORITY_RE.test(c) || (SIGNER_TITLE_RE.test(c) && c.split(' ').length <= 8)) && !c.endsWith(':') && isAllCaps(c)) return 'signer';
  if (c0 === ANNEX_INITIAL && ANNEX_RE.test(c)) return 'annex';
  if (opensChrome(c)) return 'chrome';
  return null;
}

/** True when line `b` continues the sentence of line `a` (a hard wrap), rather than starting a paragraph. */
export function isWrap(text: string, a: Line, b: Line, profile: WrapProfile): boolean {
  const pc = a.clean;
  const nc = b.clean;
  if (boldRuns(text.slice(a.cs, a.ce)) % 2 === 1 && !text.slice(a.cs, a.ce).trimEnd().endsWith('**')) return true;
  if (startsLower(nc)) return true;
  if (CONTINUING_END_RE.test(lineTail(pc))) return true;
  if (RANGE_CONTINUATION_RE.test(nc) && !endsSentence(pc)) return true; // "giai đoạn 2021" + "- 2025 sang"
  // Bold or italic that closes at the end of the line ends a run of formatted text: a title, a note.
  if (MARKUP_CHAR_RE.test(text.slice(a.ce, a.end))) return false;
  if (isAllCaps(pc)) return isAllCaps(nc) && FIRST_LETTER_RE.test(nc) && !endsSentence(pc);
  if (pc.endsWith(':')) return DIGIT_START_RE.test(nc); // "... điện thoại:\n0261.6260629 ..."
  if (endsSentence(pc)) return profile.blankSeparated && !CLOSING_OPENING_RE.test(nc);
  if (NON_FINAL_WORD_RE.test(lineTail(pc))) return true;
  if (profile.wrapped && pc.length >= profile.width * 0.5) return true;
  return false;
}

/**
 * A line's marker is only a marker where a list item can start: at a paragraph start, after a
 * line that ended a sentence or clause, or when a capital letter follows it. "... theo Mục\n1. của"
 * and "giai đoạn 2021\n- 2025" are wrapped text.
 */
export function markerAllowed(marker: MarkerMatch, prev: Line | null, blankBefore: boolean): boolean {
  if (blankBefore || prev === null) return true;
  if (endsSentence(prev.clean)) return true;
  if (marker.restUpper === null) return true; // the marker alone on its line
  return marker.restUpper === true;
}

/** Groups the lines into paragraphs. */
export function buildParagraphs(text: string, lines: readonly Line[], profile: WrapProfile = wrapProfile(lines)): Para[] {
  const paras: Para[] = [];
  let cur: Para | null = null;
  let prev: Line | null = null;
  let blank = true;
  let joinNext = false; // the previous line was a marker alone: its text is on this line
  for (const line of lines) {
    if (line.kind === 'empty') {
      blank = true;
      cur = null;
      prev = null;
      joinNext = false;
      continue;
    }
    if (line.kind === 'skip') continue;
    const marker = line.marker && markerAllowed(line.marker, prev, blank) ? line.marker : null;
    const terminator = lineTerminator(line);
    let startNew = cur === null || marker !== null || terminator !== null;
    if (!startNew && !joinNext && prev) startNew = !isWrap(text, prev, line, profile);
    if (startNew) {
      cur = {
        index: paras.length,
        lines: [line],
        start: marker ? marker.start : line.cs,
        end: line.ce,
        marker,
        blankBefore: blank,
        strong: blank || prev === null || endsSentence(prev.clean),
        terminator,
      };
      paras.push(cur);
    } else {
      cur!.lines.push(line);
      cur!.end = line.ce;
    }
    joinNext = marker !== null && marker.restStart >= line.ce;
    prev = line;
    blank = false;
  }
  return paras;
}

/** The paragraph as a string value, from `from` up to `to` (offsets inside it). Lines are joined with a space. */
export function paraText(text: string, para: Para, from = para.start, to = para.end): string {
  const parts: string[] = [];
  for (const line of para.lines) {
    if (line.ce <= from || line.cs >= to) continue;
    const s = Math.max(line.cs, from);
    const e = Math.min(line.ce, to);
    const part = s === line.cs && e === line.ce ? line.clean : line.plain ? text.slice(s, e).trim() : cleanInline(text.slice(s, e));
    if (part.length > 0) parts.push(part);
  }
  // Each part is clean (trimmed, single spaces), so joining them with one space keeps it clean.
  return parts.length === 1 ? parts[0] : parts.join(' ');
}
