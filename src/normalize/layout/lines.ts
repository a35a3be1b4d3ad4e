/**
 * Lines and what a line starts with: the shared vocabulary of the layout steps (unwrap, columns,
 * chrome, furniture). A line is [start, end) in the text, `end` at its "\n" (or the text end).
 *
 * Line starts that open a new logical line in Vietnamese administrative documents:
 * - item markers (Nghị định 30/2020/NĐ-CP, Phụ lục I: "Phần", "Chương", "Mục", "Điều", "1.",
 *   "a)", and in practice "I.", "1.1.", "1/", "(1)"), bullets ("-", "+", "•");
 * - header fields: "Số:", "V/v", the place-date line "Hà Nội, ngày ...", "Kính gửi:",
 *   "Nơi nhận:", the motto, signing authorities ("KT. CHỦ TỊCH"), a news dateline.
 */
import { KINH_GUI_ANYWHERE, MOTTO_ANYWHERE, NOI_NHAN_AT_START, SO_AT_START, execAnchor, type CompiledAnchor } from '../../vocabulary/anchors.js';
import { SIGNING_PREFIXES } from '../../vocabulary/signing.js';
import { caseOf, memoCharPredicate } from '../text/char-table.js';
import { prefiltered } from '../text/first-chars.js';
import { LazyRegExp } from '../../vocabulary/lazy-regexp.js';

export interface Line {
  start: number;
  /** Offset of the line's "\n", or the text length for the last line. */
  end: number;
}

/** Index of the line holding `offset` in lines sorted by start (binary search; 0 before the first). */
export function lineAt(lines: readonly { start: number }[], offset: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The last text split and its lines (several steps split the same text in turn). */
let splitMemo: { text: string; lines: readonly Line[] } | null = null;

/** Every line of the text, in order (a text of n "\n" has n + 1 lines). Shared: never modify it. */
export function splitLines(text: string): readonly Line[] {
  if (splitMemo !== null && splitMemo.text === text) return splitMemo.lines;
  // The same lines as the text's line table (one search for the line breaks per text).
  const table = lineTable(text);
  const out: Line[] = [];
  for (let k = 0; k < table.count; k++) out.push({ start: table.start(k), end: table.end(k) });
  splitMemo = { text, lines: out };
  return out;
}

/**
 * The lines of a text as offsets in one typed array, without an object per line: line k is
 * [start(k), end(k)), ending at its "\n" (or the text end). The layout steps of this folder and
 * the anchor step read lines through it; memoised for the last text (a step that changes
 * nothing hands the same text to the next one).
 */
export class LineTable {
  constructor(
    /** starts[k]: where line k starts, for k < count; starts[count] = text length + 1. */
    readonly starts: Int32Array,
    /** Lines in the text (a text of n "\n" has n + 1 lines). */
    readonly count: number,
  ) {}

  start(k: number): number {
    return this.starts[k];
  }

  /** Offset of line k's "\n", or the text length for the last line. */
  end(k: number): number {
    return this.starts[k + 1] - 1;
  }
}

/** The last text given a line table, its table, and its header zone end (-1 until asked). */
let tableMemo: { text: string; table: LineTable; zoneEnd: number } | null = null;
/** Line starts of the text being read, reused (the table gets a copy of the right size). */
let startScratch = new Int32Array(1024);

/** The lines of the text (shared: never modify the table). */
export function lineTable(text: string): LineTable {
  if (tableMemo !== null && tableMemo.text === text) return tableMemo.table;
  let buf = startScratch;
  let n = 0;
  buf[n++] = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
    if (n + 1 >= buf.length) {
      const bigger = new Int32Array(buf.length * 2);
      bigger.set(buf);
      buf = startScratch = bigger;
    }
    buf[n++] = i + 1;
  }
  buf[n] = text.length + 1;
  const table = new LineTable(buf.slice(0, n + 1), n);
  tableMemo = { text, table, zoneEnd: -1 };
  return table;
}

/** True when the line has nothing but spaces and tabs. */
export function isBlank(text: string, line: Line): boolean {
  return isBlankRange(text, line.start, line.end);
}

/** True when text[start, end) has nothing but spaces and tabs. */
export function isBlankRange(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

/** The line without its leading and trailing spaces/tabs, as offsets. */
export function trimmed(text: string, line: Line): Line {
  let s = line.start;
  let e = line.end;
  while (s < e && (text[s] === ' ' || text[s] === '\t')) s++;
  while (e > s && (text[e - 1] === ' ' || text[e - 1] === '\t')) e--;
  return { start: s, end: e };
}

/**
 * A numbered item marker at the start of a line, followed by a space or the line end:
 * "1.", "10)", "1/", "1.1.", "5.7," (OCR comma), "(1)", "I.", "IV)", "a)", "đ)", "(a)", "A.",
 * "Điều 1.", "Bước 2:", "Phần I", "Chương II", "Mục 3".
 * Multi-level numbers need their final dot ("18.000 km2" is a number, not item 18.000).
 */
export const NUMBERED_MARKER =
  /^(?:\d{1,3}(?:\.\d{1,3}){1,3}[.,)]|\d{1,3}[.)/]|\(\d{1,3}\)|[IVXLC]{1,6}[.)/]|\([IVXLCivxlc]{1,6}\)|[a-zđA-ZĐ][.)]|\([a-zđ]\)|(?:Điều|ĐIỀU|Bước|BƯỚC|Khoản|Mục|MỤC|Phần|PHẦN|Chương|CHƯƠNG)[ \t]{1,2}(?:\d{1,3}|[IVXLC]{1,6})[.:]?)(?=[ \t]|$)/u;

/** A bullet at the start of a line: "- ", "+ ", "• ", "-Tiếp tục" (no space before a capital). */
export const BULLET = /^(?:[-+•·○●▪►◦‣⁃*](?=[ \t]|$)|-(?=\p{Lu}))/u;

/** A line that is only a marker or a bullet ("3.", "II.", "-"): its text is on the next line. */
export const BARE_MARKER =
  /^(?:\d{1,3}(?:\.\d{1,3}){0,3}[.,)/]?|\(\d{1,3}\)|[IVXLC]{1,6}[.)/]|[a-zđ][.)]|(?:Điều|ĐIỀU)[ \t]{1,2}\d{1,3}[.:]?|[-+•])[ \t]*$/u;

/** "V/v" (về việc) opening a Công văn's subject line. */
export const VV_START = /^V\/[vV](?![\p{L}\p{N}])/u;

/** The place-date line of the header: "Hà Nội, ngày ...", "Krông Nô. ngày", "TP. Hồ Chí Minh, ngày". */
export const PLACE_DATE_START = /^\p{Lu}[\p{L}\p{M}'’. ]{0,40}?[,.][ \t]{0,3}ngày(?![\p{L}])/u;

/** A news dateline: "Thứ bảy, 06/02/2021 - 20:58'", "Chủ nhật, 3/2/2021". */
export const DATELINE_START =
  /^(?:Thứ[ \t](?:hai|ba|tư|năm|sáu|bảy|[2-7])|Chủ[ \t]nhật)[ \t]{0,2},?[ \t]{0,2}\d{1,2}[/.-]\d{1,2}/iu;

/** A signing authority opening a line: "KT. CHỦ TỊCH", "TL CHỦ TỊCH", "T/M UBND". */
export const AUTHORITY_START = new RegExp(
  `^(?:${SIGNING_PREFIXES.flatMap((p) => p.variants)
    .sort((a, b) => b.length - a.length)
    .map((v) => v.replace(/[./]/g, '\\$&'))
    .join('|')})(?:[.:][ ]?|[ ])(?=\\p{Lu}{2}|\\p{Lu} \\p{Lu})`,
  'u',
);

/** The motto anywhere in one line (not global: safe for test()). */
export const MOTTO_IN_LINE = new RegExp(MOTTO_ANYWHERE.source, 'iu');
export const MOTTO_AT_START = new RegExp(`^(?:${MOTTO_ANYWHERE.source})`, 'iu');
export const KINH_GUI_AT_START = new RegExp(`^(?:${KINH_GUI_ANYWHERE.source})`, 'iu');

const OPENS_ANCHOR = new Map<CompiledAnchor, (code: number) => boolean>();
/** Whether a match of the anchor can open with this code unit (its `first` test, memoised). */
export function opensAnchor(a: CompiledAnchor): (code: number) => boolean {
  let f = OPENS_ANCHOR.get(a);
  if (!f) {
    const first = a.first;
    f = memoCharPredicate((ch) => first.test(ch));
    OPENS_ANCHOR.set(a, f);
  }
  return f;
}

/** The lookbehind the anchor patterns open with: not right after a letter or digit. */
const NOT_AFTER_WORD = '(?<![\\p{L}\\p{N}])';
/** One letter or digit (the class of NOT_AFTER_WORD). */
export const LETTER_OR_DIGIT_ONE = /^[\p{L}\p{N}]$/u;
/** A letter or digit, as NOT_AFTER_WORD sees a BMP character (half an astral one: not known, so false). */
const isLetterOrDigit = memoCharPredicate((ch) => LETTER_OR_DIGIT_ONE.test(ch), false);

/**
 * The matches of a global pattern in `s`, as `s.matchAll(global)` gives them, found by trying the
 * pattern's sticky clone only at the offsets whose code unit can open a match (`opens`): the
 * same matches, without running the pattern (and its lookbehind) at every offset.
 */
export function matchesAt(s: string, sticky: RegExp, opens: (code: number) => boolean): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  // A pattern opening with NOT_AFTER_WORD cannot match right after a letter or digit.
  const wordStart = sticky.source.startsWith(NOT_AFTER_WORD);
  for (let p = 0; p < s.length; ) {
    const c = s.charCodeAt(p);
    // A match never starts inside a surrogate pair (the patterns have the u flag).
    if (!opens(c) || (c >= 0xdc00 && c <= 0xdfff && p > 0 && (s.charCodeAt(p - 1) & 0xfc00) === 0xd800) || (wordStart && p > 0 && isLetterOrDigit(s.charCodeAt(p - 1)))) {
      p++;
      continue;
    }
    sticky.lastIndex = p;
    const m = sticky.exec(s);
    if (m === null) {
      p++;
      continue;
    }
    out.push(m);
    // An empty match moves on by one character (a code point: the patterns have the u flag).
    p = m[0].length > 0 ? p + m[0].length : p + (s.codePointAt(p)! > 0xffff ? 2 : 1);
  }
  return out;
}

/** A global pattern's sticky clone and the code units a match can open with (for matchesAt). */
export interface StickyPattern {
  sticky: RegExp;
  opens: (code: number) => boolean;
}

/**
 * matchesAt for several patterns over the same strings: each string is read once for the
 * offsets where any of them can open (a memoised mask per code unit), and each pattern is tried
 * at its own offsets only. The matches of each pattern are exactly what matchesAt gives.
 */
export class StickySet {
  /** Per code unit: 0 not known yet, else 0x80 | the bits of the patterns that can open with it. */
  private readonly masks = new Uint8Array(0x10000);
  private readonly wordStart: readonly boolean[];

  constructor(readonly patterns: readonly StickyPattern[]) {
    if (patterns.length > 7) throw new Error('StickySet: at most 7 patterns');
    this.wordStart = patterns.map((p) => p.sticky.source.startsWith(NOT_AFTER_WORD));
  }

  private maskOf(c: number): number {
    let v = this.masks[c];
    if (v === 0) {
      v = 0x80;
      for (let j = 0; j < this.patterns.length; j++) if (this.patterns[j].opens(c)) v |= 1 << j;
      this.masks[c] = v;
    }
    return v & 0x7f;
  }

  /** The matches of each pattern in `s` (in the patterns' order), as matchesAt finds them. */
  matches(s: string): RegExpExecArray[][] {
    const count = this.patterns.length;
    const out: RegExpExecArray[][] = [];
    for (let j = 0; j < count; j++) out.push([]);
    // Where each pattern may look next (after a match, the end of the match).
    const next = [0, 0, 0, 0, 0, 0, 0];
    for (let p = 0; p < s.length; p++) {
      const c = s.charCodeAt(p);
      const mask = this.maskOf(c);
      // A match never starts inside a surrogate pair (the patterns have the u flag).
      if (mask === 0 || (c >= 0xdc00 && c <= 0xdfff && p > 0 && (s.charCodeAt(p - 1) & 0xfc00) === 0xd800)) continue;
      // Right after a letter or digit, no pattern opening with NOT_AFTER_WORD can match.
      const afterWord = p > 0 && isLetterOrDigit(s.charCodeAt(p - 1));
      for (let j = 0; j < count; j++) {
        if ((mask & (1 << j)) === 0 || p < next[j] || (afterWord && this.wordStart[j])) continue;
        const sticky = this.patterns[j].sticky;
        sticky.lastIndex = p;
        const m = sticky.exec(s);
        if (m === null) continue;
        out[j].push(m);
        // An empty match moves on by one character (a code point: the patterns have the u flag).
        next[j] = m[0].length > 0 ? p + m[0].length : p + (s.codePointAt(p)! > 0xffff ? 2 : 1);
      }
    }
    return out;
  }
}

/** True when the text (a line, trimmed) starts with a numbered marker or a bullet. */
export function startsWithMarker(s: string): boolean {
  return NUMBERED_MARKER.test(s) || BULLET.test(s);
}

/**
 * The header-field patterns with what their matches can open with (text/first-chars.ts): each
 * pattern runs only on a line whose first character it can match.
 */
export const FIELD_PATTERNS = {
  so: prefiltered(SO_AT_START),
  vv: prefiltered(VV_START),
  placeDate: prefiltered(PLACE_DATE_START),
  noiNhan: prefiltered(NOI_NHAN_AT_START),
  kinhGui: prefiltered(KINH_GUI_AT_START),
  motto: prefiltered(MOTTO_AT_START),
  authority: prefiltered(AUTHORITY_START),
  dateline: prefiltered(DATELINE_START),
};

/**
 * The place-date line's "ngày" starts within its first 45 characters (a capital, at most 40
 * characters, the comma, 3 spaces): a line without it there is no place-date line.
 */
export const PLACE_DATE_WORD = 'ngày';
const PLACE_DATE_WORD_BY = 90; // 45 characters, each up to two code units

function anchorFieldAt(s: string, c: number): boolean {
  const F = FIELD_PATTERNS;
  return (
    (F.so.opens(c) && !!execAnchor(SO_AT_START, s)) ||
    (F.vv.opens(c) && VV_START.test(s)) ||
    (F.noiNhan.opens(c) && !!execAnchor(NOI_NHAN_AT_START, s)) ||
    (F.kinhGui.opens(c) && !!execAnchor(KINH_GUI_AT_START, s)) ||
    (F.motto.opens(c) && !!execAnchor(MOTTO_AT_START, s)) ||
    (F.authority.opens(c) && AUTHORITY_START.test(s))
  );
}

/**
 * True when the line opens a field named by an anchor word: number, V/v, addressee, recipients,
 * motto, signing authority (not the place-date line, which has no anchor word).
 */
export function startsWithAnchorField(s: string): boolean {
  return s.length > 0 && anchorFieldAt(s, s.charCodeAt(0));
}

/** True when the line opens a header field: number, V/v, place-date, addressee, recipients, motto, authority, dateline. */
export function startsWithHeaderField(s: string): boolean {
  if (s.length === 0) return false;
  const c = s.charCodeAt(0);
  const F = FIELD_PATTERNS;
  // The patterns in the order of the chain they replace (all are tried until one matches).
  return (
    (F.so.opens(c) && !!execAnchor(SO_AT_START, s)) ||
    (F.vv.opens(c) && VV_START.test(s)) ||
    (F.placeDate.opens(c) && s.lastIndexOf(PLACE_DATE_WORD, PLACE_DATE_WORD_BY) !== -1 && PLACE_DATE_START.test(s)) ||
    (F.noiNhan.opens(c) && !!execAnchor(NOI_NHAN_AT_START, s)) ||
    (F.kinhGui.opens(c) && !!execAnchor(KINH_GUI_AT_START, s)) ||
    (F.motto.opens(c) && !!execAnchor(MOTTO_AT_START, s)) ||
    (F.authority.opens(c) && AUTHORITY_START.test(s)) ||
    (F.dateline.opens(c) && DATELINE_START.test(s))
  );
}

export const LOWER_LETTER = /\p{Ll}/u;
export const HAS_UPPER = /\p{Lu}/u;
export const UPPER_LETTER = /\p{Lu}/gu;

/** True when the line is written in capitals: no lower-case letter and at least two capitals. */
export function isCapsLine(s: string): boolean {
  if (LOWER_LETTER.test(s)) return false;
  let n = 0;
  UPPER_LETTER.lastIndex = 0;
  while (UPPER_LETTER.exec(s) && ++n < 2);
  return n >= 2;
}

/** A word of letters (with their combining marks). */
export const LETTER_WORD = new LazyRegExp('\\p{L}[\\p{L}\\p{M}]*', 'gu');

/**
 * True when the line opens with words in capitals ("THÔNG BÁO", "KẾT", "CỘNG HÒA"), judged on
 * its first two words only, so that the answer does not change when the line is later joined
 * with its continuation. "UBND tỉnh" is not: its second word is lower case.
 */
export function startsWithCaps(s: string): boolean {
  // The first two words made of letters (digits-only tokens such as "19" in "COVID-19" skipped).
  const words: string[] = [];
  const letterWord = LETTER_WORD.re;
  letterWord.lastIndex = 0;
  for (let m = letterWord.exec(s); m && words.length < 2; m = letterWord.exec(s)) {
    // The line must open with the word ("8254/KH-UBND ngày" opens with a number).
    if (words.length === 0 && m.index > 2) return false;
    if (m.index > 80) break;
    words.push(m[0]);
  }
  if (words.length === 0) return false;
  if (words.some((w) => LOWER_LETTER.test(w))) return false;
  // A single capital letter ("A. ...", "T.SỸ") is not a capitals line start on its own.
  return words[0].length >= 2 || (words.length > 1 && words[1].length >= 2);
}

/** True when the text starts with a lower-case letter (after opening quotes or brackets). */
export const LOWER_START = /^[("'“‘[]{0,2}\p{Ll}/u;

/**
 * The end of the header block, as an offset: the header is the run of short lines at the top,
 * and it ends at the first line that reads as body text (long, mostly lower case, not a header
 * field like a long "Số: ... V/v ..." line), or after `maxLines` non-blank lines.
 */
export function headerZoneEnd(text: string, maxLines = 50): number {
  // Memoised with the text's line table (the columns and anchor steps ask in turn).
  const memo = maxLines === 50 ? tableMemo : null;
  if (memo !== null && memo.text === text && memo.zoneEnd !== -1) return memo.zoneEnd;
  const zoneEnd = findHeaderZoneEnd(text, lineTable(text), maxLines);
  if (maxLines === 50 && tableMemo !== null && tableMemo.text === text) tableMemo.zoneEnd = zoneEnd;
  return zoneEnd;
}

function findHeaderZoneEnd(text: string, lines: LineTable, maxLines: number): number {
  let seen = 0;
  for (let k = 0; k < lines.count; k++) {
    const start = lines.start(k);
    const end = lines.end(k);
    if (isBlankRange(text, start, end)) continue;
    if (++seen > maxLines) return start;
    if (end - start < 70 || seen <= 1) continue;
    // Body text: mostly lower case (letters as String.prototype.toLowerCase/toUpperCase see them)...
    let lower = 0;
    let letters = 0;
    for (let i = start; i < end; i++) {
      const c = caseOf(text.charCodeAt(i));
      if (c !== 0) {
        letters++;
        if (c === 1) lower++;
      }
    }
    if (letters === 0 || lower / letters <= 0.6) continue;
    // ...and not a header field.
    if (!startsWithHeaderField(text.slice(start, Math.min(end, start + 200)).trimStart())) return start;
  }
  return text.length;
}
