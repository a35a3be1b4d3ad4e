/**
 * Issuer codes (chữ viết tắt tên cơ quan ban hành) as printed in a number's symbol, with the body
 * they stand for. Used when a document has no readable header block: "Số: /TB-VPUBND" with the
 * place "Đắk Lắk" gives issuer "Văn phòng" under "UBND tỉnh Đắk Lắk" (implied).
 *
 * `name`/`parent` may hold "{place}" (the document's place with its level, "tỉnh Đắk Lắk");
 * without a place the code gives nothing. Extend as documents require.
 */

export interface IssuerCodeEntry {
  name: string;
  parent: string | null;
}

export const ISSUER_CODES: Readonly<Record<string, IssuerCodeEntry>> = {
  VPUBND: { name: 'Văn phòng', parent: 'UBND {place}' },
  UBND: { name: 'UBND {place}', parent: null },
  HĐND: { name: 'HĐND {place}', parent: null },
  VPHĐND: { name: 'Văn phòng', parent: 'HĐND {place}' },
  VPCP: { name: 'Văn phòng Chính phủ', parent: null },
  TTg: { name: 'Thủ tướng Chính phủ', parent: null },
  CP: { name: 'Chính phủ', parent: null },
  TU: { name: 'Tỉnh ủy {placeName}', parent: null },
  HU: { name: 'Huyện ủy {placeName}', parent: null },
  ThU: { name: 'Thành ủy {placeName}', parent: null },
  TW: { name: 'Ban Chấp hành Trung ương', parent: null },
  BCĐ: { name: 'Ban Chỉ đạo {place}', parent: null },
};

/** Codes of bodies that exist at several levels and take the level word ("UBND tỉnh", "UBND huyện"). */
export const LEVELLED_CODES: ReadonlySet<string> = new Set(['VPUBND', 'UBND', 'HĐND', 'VPHĐND', 'BCĐ']);
