/**
 * The document type (tên loại văn bản), Nghị định 30/2020/NĐ-CP, Phụ lục I and III:
 * printed in capitals on its own line under the number and date ("THÔNG BÁO", "CÔNG ĐIỆN KHẨN");
 * a Công văn has no type line, but a "V/v" trích yếu and a number without a type code.
 * Web articles name it in their headline ("Thông báo Kết luận của ..."). The record gives the
 * Phụ lục III code and the sentence-case name.
 */
import type { Span } from '../record/schema.js';
import {
  CONG_VAN,
  DOCUMENT_TYPES,
  TYPE_BY_CODE,
  TYPE_BY_NAME,
  TYPE_HEADING_QUALIFIERS,
  TYPE_NAME_AT_START,
  type DocumentTypeEntry,
} from '../vocabulary/document-types.js';
import { fold, trimEndChars, upperRatio } from './text.js';

export interface DocType {
  code: string | null;
  name: string;
  span: Span;
}

/** Folded heading ("THONG BAO") -> type entry. */
const BY_FOLDED_HEADING = new Map<string, DocumentTypeEntry>(DOCUMENT_TYPES.map((t) => [fold(t.name), t]));
const QUALIFIERS = TYPE_HEADING_QUALIFIERS.map((q) => fold(q));

/**
 * The type named by a heading line printed in capitals, compared without diacritics so scans
 * still read ("CÔNG ĐIỆN KHÁN" is a Công điện khẩn). A line ending with ":" is not the type line
 * ("QUYẾT ĐỊNH:" opens the articles of a decision).
 */
export function typeOfHeading(line: string): DocumentTypeEntry | null {
  if (line.length === 0 || line.length > 40 || line.endsWith(':')) return null;
  if (upperRatio(line) < 0.9) return null;
  const key = trimEndChars(fold(line), ' .');
  const direct = BY_FOLDED_HEADING.get(key);
  if (direct) return direct;
  for (const q of QUALIFIERS) {
    if (key.endsWith(' ' + q)) {
      const base = BY_FOLDED_HEADING.get(key.slice(0, key.length - q.length - 1));
      if (base) return base;
    }
  }
  return null;
}

/**
 * A type heading run together with its trích yếu on one line in capitals ("THÔNG BÁO KẾT LUẬN
 * CỦA CHỦ TỊCH UBND TỈNH ..."): the type and the length of the heading part, or null.
 */
export function headingWithTitle(line: string): { entry: DocumentTypeEntry; length: number } | null {
  if (line.length < 12 || line.endsWith(':') || upperRatio(line) < 0.9) return null;
  const key = fold(line);
  let best: { entry: DocumentTypeEntry; length: number } | null = null;
  for (const [heading, entry] of BY_FOLDED_HEADING) {
    if (key.startsWith(heading + ' ') && (!best || heading.length > best.length)) best = { entry, length: heading.length };
  }
  if (!best) return null;
  // At least two more words: "THÔNG BÁO KẾT LUẬN ..." (not "CÔNG ĐIỆN KHẨN").
  const rest = key.slice(best.length + 1).trim();
  if (rest.split(' ').length < 2) return null;
  for (const q of QUALIFIERS) if (rest === q) return null;
  return best;
}

/** The type named at the start of a headline or sentence ("Thông báo Kết luận ..."). */
export function typeAtStart(s: string): { entry: DocumentTypeEntry; length: number } | null {
  const m = TYPE_NAME_AT_START.re.exec(s);
  if (!m) return null;
  const printed = m.groups!.name;
  // Sentence case as printed: "Thông báo", "THÔNG BÁO"; not "thông báo" (a verb in running text).
  if (printed[0] !== printed[0].toUpperCase()) return null;
  const entry = DOCUMENT_TYPES.find((t) => fold(t.name) === fold(printed));
  return entry ? { entry, length: printed.length } : null;
}

/** The entry for a type code from a number ("TB" -> Thông báo). */
export function typeOfCode(code: string | null): DocumentTypeEntry | null {
  if (!code) return null;
  return TYPE_BY_CODE.get(code) ?? null;
}

/** The entry for a sentence-case type name. */
export function typeOfName(name: string): DocumentTypeEntry | null {
  return TYPE_BY_NAME.get(name) ?? DOCUMENT_TYPES.find((t) => fold(t.name) === fold(name)) ?? null;
}

export { CONG_VAN };

/** The record value. */
export function docType(entry: DocumentTypeEntry, span: Span): DocType {
  return { code: entry.code, name: entry.name, span };
}
