/**
 * Hard-wrapped lines joined back into paragraphs (docs/CONVENTIONS.md: one paragraph per line,
 * paragraphs separated by one blank line). Runs after the white-space step: lines are trimmed
 * and at most one blank line separates two lines.
 *
 * Between a logical line P (the lines joined so far) and the next line N:
 *   - N opens a new item or field (a numbered marker "1.", "a)", "Điều 1.", a bullet "-", "+",
 *     "Số:", "V/v", "Kính gửi:", "Nơi nhận:", the motto, a place-date line, "KT. CHỦ TỊCH", a
 *     news dateline): never joined;
 *   - P is only a marker ("3." with its text on the next line): joined;
 *   - N starts in lower case: joined (a wrapped sentence goes on);
 *   - P is a header line (a field as above, or written in capitals: "ỦY BAN NHÂN DÂN",
 *     "THÔNG BÁO"): not joined;
 *   - N opens in capitals ("THÔNG BÁO", "TỈNH QUẢNG TRỊ"): joined only after a comma or hyphen;
 *   - P ends a sentence (. ! ? … ; :): a paragraph boundary;
 *   - otherwise (P ends inside a sentence): joined ("Ủy ban\nnhân dân", "Bộ\nNông nghiệp").
 * A blank line is kept, except inside a sentence cut by a page or OCR gap ("trôi hoa\n\nmàu,
 * cây trồng"): N in lower case after P without final punctuation.
 * A boundary that is not joined becomes a paragraph break ("\n\n") when P ends a sentence, and
 * stays a line break inside lists ("Nơi nhận:\n- ...;\n- ...") and header/signature blocks.
 *
 * The decisions look only at P (whole) and the start of N, so normalising twice gives the same
 * text: a second pass sees the same P and the same start of N.
 */
import type { NormalizeStep } from '../step.js';
import { TextBuilder } from '../offset-map.js';
import {
  BARE_MARKER,
  BULLET,
  LOWER_LETTER,
  LOWER_START,
  NUMBERED_MARKER,
  lineTable,
  startsWithCaps,
  startsWithHeaderField,
  type LineTable,
} from './lines.js';
import { memoCharPredicate } from '../text/char-table.js';
import { POSITION_HEADS } from '../../vocabulary/positions.js';
import { escapeRegExp } from '../../vocabulary/regex-escape.js';

/** Sentence-final punctuation at the end of a line, before closing quotes/brackets. */
export const SENTENCE_END = /[.!?…;:]["'”’)\]]{0,2}$/u;
/** A line that ends with a comma, hyphen, opening bracket or slash: the phrase goes on. */
export const CONTINUES = /[,(/&-]$/u;
/** A bullet "- " followed by a digit: the second half of a range cut at the line end ("2021\n- 2025"). */
export const DASH_DIGIT = /^-[ \t]?\d/u;
/** A line ending with a digit. */
export const ENDS_DIGIT = /\d$/u;
export const UPPER_G = /\p{Lu}/gu;

/**
 * A logical line: the physical lines joined so far. What its first line opens with (marker,
 * bullet, header field, bare marker) is tested only when a decision asks (most boundaries are
 * decided before, e.g. a paragraph after a blank line that opens in capitals).
 */
class Logical {
  private markerTest: boolean | undefined;
  private bulletTest: boolean | undefined;
  private fieldTest: boolean | undefined;
  private bareTest: boolean | undefined;
  /** A line has been joined to the first one. */
  joined = false;
  /** No lower-case letter so far; upper-case letters counted. */
  noLower = true;
  upper = 0;
  /** Its last physical line (for the end tests). */
  last: string;
  /** Its length so far. */
  length = 0;
  /** Physical lines joined into it. */
  lines = 0;

  constructor(
    /** Offset where the logical line starts. */
    readonly start: number,
    /** Its first physical line. */
    readonly first: string,
  ) {
    this.last = first;
  }

  get marker(): boolean {
    return (this.markerTest ??= NUMBERED_MARKER.test(this.first));
  }

  get bullet(): boolean {
    return (this.bulletTest ??= BULLET.test(this.first));
  }

  get field(): boolean {
    return (this.fieldTest ??= startsWithHeaderField(this.first));
  }

  /** Only a marker ("3.") with its text on the next line, nothing joined yet. */
  get bare(): boolean {
    return !this.joined && (this.bareTest ??= BARE_MARKER.test(this.first));
  }
}

function open(start: number, line: string): Logical {
  const l = new Logical(start, line);
  extend(l, line, false);
  return l;
}

function extend(l: Logical, line: string, joined: boolean): void {
  if (joined) l.joined = true;
  if (l.noLower && hasLower(line)) l.noLower = false;
  if (l.noLower) {
    UPPER_G.lastIndex = 0;
    while (l.upper < 2 && UPPER_G.exec(line)) l.upper++;
  }
  l.last = line;
  l.length += line.length + (joined ? 1 : 0);
  l.lines++;
}

const isCaps = (l: Logical) => l.noLower && l.upper >= 2;

type Decision = 'join' | 'line' | 'para';

/** A dash opening a line before a position title: the rest of "Nguyễn Xuân Danh — Phó Chủ tịch ...". */
export const DASH_POSITION = new RegExp(`^-[ \\t](?:Phó[ \\t])?(?:${POSITION_HEADS.map(escapeRegExp).join('|')})(?![\\p{L}])`, 'u');
/** The first word of a line. */
export const FIRST_WORD = /^\S{1,40}/u;

/**
 * The width a hard-wrapped text was wrapped at: the 90th percentile of the lengths of lines
 * that certainly wrap (the next line goes on in lower case). Null when the text is not
 * hard-wrapped (fewer than five such lines).
 */
export function wrapWidth(lines: string[]): number | null {
  const lens: number[] = [];
  for (let k = 0; k + 1 < lines.length; k++) {
    if (lines[k].length > 0 && lines[k + 1].length > 0 && LOWER_START.test(lines[k + 1])) lens.push(lines[k].length);
  }
  return percentile90(lens);
}

/** wrapWidth over the lines of a text, as offsets. */
function wrapWidthOf(text: string, lines: LineTable): number | null {
  const lens: number[] = [];
  for (let k = 0; k + 1 < lines.count; k++) {
    const aStart = lines.start(k);
    const aEnd = lines.end(k);
    const bStart = lines.start(k + 1);
    const bEnd = lines.end(k + 1);
    if (aEnd > aStart && bEnd > bStart && lowerStartAt(text, bStart, bEnd)) lens.push(aEnd - aStart);
  }
  return percentile90(lens);
}

/** The 90th percentile of the lengths (null below five). */
function percentile90(lens: number[]): number | null {
  if (lens.length < 5) return null;
  const sorted = Int32Array.from(lens).sort();
  return sorted[Math.floor(sorted.length * 0.9)];
}

const isLowerLetter = memoCharPredicate((ch) => LOWER_LETTER.test(ch));
/** The characters LOWER_START allows before the lower-case letter. */
const isOpener = memoCharPredicate((ch) => LOWER_START_OPENER.test(ch));
/** One character LOWER_START lets open a line before its lower-case letter. */
export const LOWER_START_OPENER = /^[("'“‘[]$/u;

/** LOWER_LETTER.test(s), by a memoised test per character (a surrogate leaves it to the pattern). */
function hasLower(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return LOWER_LETTER.test(s);
    if (isLowerLetter(c)) return true;
  }
  return false;
}

/** LOWER_START.test(line) for the line text[start, end): up to two openers, then a lower-case letter. */
function lowerStartAt(text: string, start: number, end: number): boolean {
  for (let i = start; i < end && i < start + 3; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return LOWER_START.test(text.slice(start, end));
    if (isLowerLetter(c)) return true;
    if (i === start + 2 || !isOpener(c)) return false;
  }
  return false;
}

/**
 * A sentence ends at the end of P's last line and N opens in capitals: a paragraph ends there,
 * unless the text is hard-wrapped and N's first word would not have fitted on P's last line
 * (then the line was full and the break is only the wrap: "...thủy lợi Đắk Drô;\nChương trình ...").
 * Either way the answer is a join or a blank line, so a second pass (which sees no such
 * boundary any more) cannot decide differently.
 */
function sentenceBoundary(p: Logical, n: string, width: number | null): Decision {
  if (width === null) return 'para';
  const word = FIRST_WORD.exec(n)?.[0].length ?? 0;
  return p.last.length + 1 + word > width ? 'join' : 'para';
}

/** The decision between logical line P and the next line N (adjacent lines). */
export function decideAdjacent(p: Logical, n: string, width: number | null = null): Decision {
  const nMarker = NUMBERED_MARKER.test(n);
  const nBullet = BULLET.test(n);
  // Fields open with a capital: a lower-case line goes on the sentence (unless it is a marker).
  if (!nMarker && !nBullet && LOWER_START.test(n)) return 'join';
  const nField = startsWithHeaderField(n);
  const pEnd = p.last;
  if (nBullet && DASH_DIGIT.test(n) && ENDS_DIGIT.test(pEnd)) return 'join';
  if (nBullet && !p.marker && !p.bullet && !p.field && !isCaps(p) && !SENTENCE_END.test(pEnd) && p.length >= 40 && DASH_POSITION.test(n)) {
    return 'join';
  }
  if (p.bare && !nMarker && !nBullet && !nField) return 'join';
  if (nMarker || nBullet || nField) return breakKind(p, nBullet);
  if (LOWER_START.test(n)) return 'join';
  if (CONTINUES.test(pEnd)) return 'join';
  if (p.field || isCaps(p)) return breakKind(p, nBullet);
  if (startsWithCaps(n)) return breakKind(p, nBullet);
  if (SENTENCE_END.test(pEnd)) return sentenceBoundary(p, n, width);
  // A wrapped paragraph whose last line stops well short of the wrap width ends there, even
  // without final punctuation ("...vẫn hoạt động bình thường)\nCục Thuế thông báo ..."). Only
  // after two lines or more: the first line of a paragraph may be short (an indent in the source).
  if (width !== null && p.lines >= 2 && p.last.length < 0.6 * width) return 'para';
  return 'join';
}

function breakKind(p: Logical, nBullet: boolean): Decision {
  if (!SENTENCE_END.test(p.last)) return 'line';
  // Lists stay tight: bullet after bullet, or after the line that announces them ("Nơi nhận:").
  if (nBullet && (p.bullet || p.last.endsWith(':'))) return 'line';
  return 'para';
}

/** Across a blank line: joined only when a sentence was cut ("trôi hoa\n\nmàu, cây trồng"). */
export function decideAcrossBlank(p: Logical, n: string): boolean {
  if (!LOWER_START.test(n)) return false;
  if (NUMBERED_MARKER.test(n) || BULLET.test(n) || startsWithHeaderField(n)) return false;
  if (p.field || isCaps(p) || p.bare) return false;
  return !SENTENCE_END.test(p.last);
}

export const unwrap: NormalizeStep = (text) => {
  if (!text.includes('\n')) return null;
  const lines = lineTable(text);
  const width = wrapWidthOf(text, lines);
  // The joins and paragraph breaks come in text order and never overlap: they are written
  // straight into a builder, as applyEdits would write them.
  const out = new OrderedEdits(text);
  let cur: Logical | null = null;
  let blankBefore = false;
  let prevEnd = -1; // end offset of the last non-blank line
  for (let k = 0; k < lines.count; k++) {
    const line = { start: lines.start(k), end: lines.end(k) };
    if (line.end === line.start) {
      if (cur) blankBefore = true;
      continue;
    }
    const s = text.slice(line.start, line.end);
    if (!cur) {
      cur = open(line.start, s);
      prevEnd = line.end;
      blankBefore = false;
      continue;
    }
    if (blankBefore) {
      if (decideAcrossBlank(cur, s)) {
        out.edit(prevEnd, line.start, ' ');
        extend(cur, s, true);
      } else cur = open(line.start, s);
    } else {
      const d = decideAdjacent(cur, s, width);
      if (d === 'join') {
        out.edit(prevEnd, line.start, ' ');
        extend(cur, s, true);
      } else {
        if (d === 'para') out.edit(prevEnd, line.start, '\n\n');
        cur = open(line.start, s);
      }
    }
    prevEnd = line.end;
    blankBefore = false;
  }
  return out.build();
};

/**
 * applyEdits (edits.ts) for edits given in text order: an edit starting before the end of the
 * one before, or going past the text, is dropped, and one that writes what is there already is
 * no edit; null when nothing changed.
 */
class OrderedEdits {
  private readonly b: TextBuilder;
  private last = 0;
  private changed = false;

  constructor(private readonly input: string) {
    this.b = new TextBuilder(input);
  }

  edit(start: number, end: number, text: string): void {
    if (start < this.last || end < start || end > this.input.length) return;
    if (text.length === end - start && this.input.startsWith(text, start)) return;
    this.b.keep(this.last, start);
    this.b.replace(start, end, text);
    this.last = end;
    this.changed = true;
  }

  build(): ReturnType<NormalizeStep> {
    if (!this.changed) return null;
    this.b.keep(this.last, this.input.length);
    return this.b.build();
  }
}
