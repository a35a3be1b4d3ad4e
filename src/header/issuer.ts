/**
 * The issuer (tên cơ quan, tổ chức ban hành văn bản), Nghị định 30/2020/NĐ-CP, Phụ lục I, mục
 * "Tên cơ quan, tổ chức ban hành văn bản": printed in capitals at the top left, the parent body
 * above the issuer ("UBND TỈNH ĐẮK LẮK" / "VĂN PHÒNG"). A name too long for one line wraps
 * ("ỦY BAN NHÂN DÂN" / "TỈNH QUẢNG TRỊ" is one body). Hướng dẫn 36-HD/VPTW prints the Party
 * committee the same way ("ĐẢNG BỘ TỈNH THANH HÓA" / "TỈNH ỦY").
 *
 * Without a header block the issuer is inferred from the number's issuer code ("VPUBND" with
 * the place "Đắk Lắk" -> "Văn phòng" under "UBND tỉnh Đắk Lắk"), marked `implied`.
 */
import type { Span } from '../record/schema.js';
import { BODY_HEADS, LEVEL_WORDS, MOTTO_KEYS } from '../vocabulary/header-words.js';
import { ISSUER_CODES, LEVELLED_CODES } from '../vocabulary/issuer-codes.js';
import { sentenceCaseName } from './casing.js';
import { cleanValue, fold, letterCount, upperRatio } from './text.js';

export interface Issuer {
  name: string;
  parent: string | null;
  span: Span;
  implied?: boolean;
}

/** A piece of a header line that belongs to the issuer column. */
export interface IssuerSegment {
  start: number;
  end: number;
  text: string;
}

const FOLDED_HEADS = BODY_HEADS.map((h) => fold(h)).sort((a, b) => b.length - a.length);
const FOLDED_LEVELS = LEVEL_WORDS.map((l) => fold(l));
const FOLDED_MOTTO = MOTTO_KEYS.slice();
/** The same heads and levels followed by a space (for startsWith, built once). */
const SPACED_HEADS = FOLDED_HEADS.map((h) => h + ' ');
const SPACED_LEVELS = FOLDED_LEVELS.map((l) => l + ' ');

/** Rule characters around header lines ("-------", "* * *"). */
export const RULE_RUN = /[ ]?[-_=*]{3,}[ ]?/g;

/**
 * Where the motto column starts inside a header line (scans merge both columns on one line:
 * "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), or -1.
 */
export function mottoIndex(line: string): number {
  const f = fold(line);
  let best = -1;
  for (const key of FOLDED_MOTTO) {
    const i = f.indexOf(key);
    if (i !== -1 && (best === -1 || i < best)) best = i;
  }
  // "CỘNG HÒA" alone at a line's end (the motto wrapped: "CỘNG HÒA XÃ HỘI" / "CHỦ NGHĨA VIỆT NAM").
  const ch = f.indexOf('CONG HOA');
  if (ch !== -1 && (best === -1 || ch < best)) best = ch;
  return best;
}

/** True when the text opens with a body head ("VĂN PHÒNG", "SỞ ...", "TỈNH ỦY"). */
function startsWithHead(folded: string): boolean {
  for (let i = 0; i < FOLDED_HEADS.length; i++) {
    if (folded === FOLDED_HEADS[i] || folded.startsWith(SPACED_HEADS[i])) return true;
  }
  return false;
}

function startsWithLevel(folded: string): boolean {
  for (let i = 0; i < FOLDED_LEVELS.length; i++) {
    if (folded === FOLDED_LEVELS[i] || folded.startsWith(SPACED_LEVELS[i])) return true;
  }
  return false;
}

/**
 * True when a header line continues the body named on the line above rather than naming a new
 * one: it opens with a level word ("TỈNH QUẢNG TRỊ" under "ỦY BAN NHÂN DÂN"), it is a single
 * word left over by a wrap ("PHỦ" under "VĂN PHÒNG CHÍNH"), it opens with a code ("COVID-19 ..."),
 * or the line above stops on a joining word ("... VÀ"). A line opening with a body's head
 * ("VĂN PHÒNG", "SỞ ...", "TỈNH ỦY") names a new body; so does any other full line ("BỘ TÀI
 * CHÍNH" / "TONG CYC THUE": the parent above its issuer).
 */
function continuesAbove(folded: string, above: string): boolean {
  if (startsWithHead(folded)) return false;
  if (startsWithLevel(folded)) return true;
  if (!folded.includes(' ')) return true;
  if (DIGIT_START.test(folded)) return true;
  // A name with a list in it wraps ("BAN CHỈ ĐẠO PHÒNG, CHỐNG" / "DỊCH COVID-19").
  if (above.includes(',')) return true;
  return JOINING_END.test(above);
}

/** A line opening with a digit or a code containing digits. */
export const DIGIT_START = /^[^ ]*\d/;
/** A line ending on a word that cannot end a name. */
export const JOINING_END = /(?: VA| CUA|[,&-])$/;

/** True when a header-line segment can be part of the issuer's name (capitals, letters). */
export function isIssuerText(s: string): boolean {
  return letterCount(s) >= 2 && upperRatio(s) >= 0.7;
}

/**
 * Groups the issuer column's segments into bodies and returns the issuer (the last body) and its
 * parent (the body above).
 */
export function issuerFromSegments(segments: IssuerSegment[]): Issuer | null {
  const bodies: IssuerSegment[][] = [];
  for (const seg of segments) {
    const f = fold(seg.text);
    if (bodies.length === 0 || !continuesAbove(f, fold(bodies[bodies.length - 1].at(-1)!.text))) bodies.push([seg]);
    else bodies[bodies.length - 1].push(seg);
  }
  if (bodies.length === 0) return null;
  const last = bodies[bodies.length - 1];
  const parentSegs = bodies.length > 1 ? bodies[bodies.length - 2] : null;
  const name = sentenceCaseName(cleanValue(last.map((s) => s.text).join(' ')));
  const parent = parentSegs ? sentenceCaseName(cleanValue(parentSegs.map((s) => s.text).join(' '))) : null;
  if (name.length === 0) return null;
  const first = parentSegs ? parentSegs[0] : last[0];
  return { name, parent, span: { start: first.start, end: last[last.length - 1].end } };
}

/**
 * The issuer inferred from the number's issuer code and the document's place, or null.
 * `level` is the place's administrative level when known ("tỉnh").
 */
export function impliedIssuer(issuerCode: string, codeSpan: Span, place: string | null, level: string | null): Issuer | null {
  const entry = ISSUER_CODES[issuerCode];
  if (!entry) return null;
  const needsPlace = entry.name.includes('{') || (entry.parent ?? '').includes('{');
  if (needsPlace && !place) return null;
  const placeWithLevel = LEVELLED_CODES.has(issuerCode) && level ? `${level} ${place}` : place ?? '';
  const fill = (s: string) => s.replace('{place}', placeWithLevel).replace('{placeName}', place ?? '').trim();
  return { name: fill(entry.name), parent: entry.parent ? fill(entry.parent) : null, span: codeSpan, implied: true };
}
