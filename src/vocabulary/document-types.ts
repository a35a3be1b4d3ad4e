/**
 * Document types and their abbreviations.
 *
 * State bodies: Nghị định 30/2020/NĐ-CP, Phụ lục III ("Bảng chữ viết tắt tên loại văn bản"):
 * the type code is the first part of the number's symbol ("Số: 125/TB-VPUBND"); a Công văn has
 * no type code ("Số: 4240/UBND-VX").
 * Party bodies: Hướng dẫn 36-HD/VPTW: the type code follows the serial and a hyphen
 * ("Số 469-CV/TU", "224-KL/HU"); a Party Công văn does carry "CV".
 *
 * `heading` is the type line as printed in the header block, in capitals ("THÔNG BÁO"); `name`
 * the record's sentence-case name. Extend by adding entries; the matchers are built from this list.
 */
import { LazyRegExp } from './lazy-regexp.js';
import { escapeRegExp } from './regex-escape.js';

export interface DocumentTypeEntry {
  /** Abbreviation used in numbers and in the record ("TB"). */
  code: string;
  /** Sentence-case name ("Thông báo"). */
  name: string;
  /** Other codes seen for the same type (Party "QĐi" for Quy định, ...). */
  altCodes?: readonly string[];
}

export const DOCUMENT_TYPES: readonly DocumentTypeEntry[] = [
  { code: 'TB', name: 'Thông báo' },
  { code: 'CV', name: 'Công văn' },
  { code: 'KH', name: 'Kế hoạch' },
  { code: 'CĐ', name: 'Công điện' },
  { code: 'CT', name: 'Chỉ thị' },
  { code: 'QĐ', name: 'Quyết định' },
  { code: 'NQ', name: 'Nghị quyết' },
  { code: 'KL', name: 'Kết luận' },
  { code: 'TTr', name: 'Tờ trình' },
  { code: 'BC', name: 'Báo cáo' },
  { code: 'HD', name: 'Hướng dẫn' },
  { code: 'CTr', name: 'Chương trình' },
  { code: 'PA', name: 'Phương án' },
  { code: 'ĐA', name: 'Đề án' },
  { code: 'DA', name: 'Dự án' },
  { code: 'QC', name: 'Quy chế' },
  { code: 'QyĐ', name: 'Quy định', altCodes: ['QĐi'] },
  { code: 'TC', name: 'Thông cáo' },
  { code: 'TT', name: 'Thông tri' },
  { code: 'BB', name: 'Biên bản' },
  { code: 'HĐ', name: 'Hợp đồng' },
  { code: 'GM', name: 'Giấy mời' },
  { code: 'GT', name: 'Giấy giới thiệu' },
  { code: 'GUQ', name: 'Giấy ủy quyền', altCodes: ['UQ'] },
  { code: 'GN', name: 'Bản ghi nhớ' },
  { code: 'TTh', name: 'Bản thỏa thuận' },
  { code: 'PG', name: 'Phiếu gửi' },
  { code: 'PC', name: 'Phiếu chuyển' },
  { code: 'PB', name: 'Phiếu báo' },
];

/** Words printed after the type heading that qualify it without changing the type ("CÔNG ĐIỆN KHẨN"). */
export const TYPE_HEADING_QUALIFIERS: readonly string[] = ['KHẨN', 'HỎA TỐC', 'THƯỢNG KHẨN', 'MẬT', 'TUYỆT MẬT'];

/** Type codes as printed in numbers -> entry (case-sensitive: "CT" is Chỉ thị, "Ct" is nothing). */
export const TYPE_BY_CODE: ReadonlyMap<string, DocumentTypeEntry> = new Map(
  DOCUMENT_TYPES.flatMap((t) => [[t.code, t] as const, ...(t.altCodes ?? []).map((c) => [c, t] as const)]),
);

/** Sentence-case name -> entry. */
export const TYPE_BY_NAME: ReadonlyMap<string, DocumentTypeEntry> = new Map(DOCUMENT_TYPES.map((t) => [t.name, t] as const));

/** The Công văn entry: recognised by its "V/v" line or by a number without a type code. */
export const CONG_VAN = TYPE_BY_NAME.get('Công văn')!;

const alternation = (names: readonly string[]) =>
  names
    .slice()
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');

/**
 * A type name opening a web article's headline or a sentence naming a document:
 * "Thông báo Kết luận của ...", "Kết luận 157 của Bộ Chính trị". Case-insensitive.
 */
export const TYPE_NAME_AT_START = new LazyRegExp(`^(?<name>${alternation(DOCUMENT_TYPES.map((t) => t.name))})(?![\\p{L}\\p{N}])`, 'iu');

/** NAMED_DOCUMENT after its look-behind: type name, optional "số", number. */
const NAMED_DOCUMENT_SOURCE = `(?<name>${alternation(DOCUMENT_TYPES.map((t) => t.name))})[ ](?:số[ ]?)?(?<number>\\d{1,6}(?:[/-][\\p{Lu}\\d][\\p{L}\\d]{0,15}(?:[/-][\\p{Lu}\\d][\\p{L}\\d]{0,15}){0,4})?)(?![\\p{L}\\p{N}])`;

/**
 * A named document with its number, as news reports cite the document they are about:
 * "Công văn số 469-CV/TU", "Thông báo 393/TB-UBND", "Kết luận 157". Case-insensitive on the
 * type name. The number is the serial and, when printed, its symbol.
 */
export const NAMED_DOCUMENT = new LazyRegExp(`(?<![\\p{L}\\p{N}])${NAMED_DOCUMENT_SOURCE}`, 'giu');

/**
 * NAMED_DOCUMENT without its leading look-behind: a fast search for where it may match (the
 * look-behind, tested at each position, makes the full pattern several times slower to scan).
 * A match of NAMED_DOCUMENT is a match of this at a position NOT_AFTER_LETTER_OR_DIGIT accepts.
 */
export const NAMED_DOCUMENT_BODY = new LazyRegExp(NAMED_DOCUMENT_SOURCE, 'giu');

/** Sticky: the position is not preceded by a letter or a digit (NAMED_DOCUMENT's look-behind). */
export const NOT_AFTER_LETTER_OR_DIGIT = /(?<![\p{L}\p{N}])/uy;
