/**
 * Position titles (chức danh) of office holders, as they open a position phrase:
 * "Phó Chủ tịch Thường trực UBND tỉnh", "Bí thư Huyện ủy", "Trưởng ban Chỉ đạo tỉnh".
 * Used to split a presider's positions ("Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh, Trưởng ban chỉ
 * đạo tỉnh" is three positions, "Ban Chỉ đạo phòng, chống dịch" is one) and to recognise the
 * signer's position line ("PHÓ CHÁNH VĂN PHÒNG").
 *
 * Each entry is a title head as printed in running text; "Phó" before any of them is allowed
 * by the matcher. Matching ignores case (signer blocks print them in capitals).
 */

import { escapeRegExp } from './regex-escape.js';

export const POSITION_HEADS: readonly string[] = [
  'Tổng Bí thư',
  'Chủ tịch nước',
  'Chủ tịch',
  'Thủ tướng',
  'Bí thư',
  'Ủy viên',
  'Tỉnh ủy viên',
  'Thành ủy viên',
  'Huyện ủy viên',
  'Quận ủy viên',
  'Đảng ủy viên',
  'Trưởng ban',
  'Trưởng đoàn',
  'Trưởng phòng',
  'Trưởng',
  'Giám đốc',
  'Tổng Giám đốc',
  'Bộ trưởng',
  'Thứ trưởng',
  'Chánh Văn phòng',
  'Chánh văn phòng',
  'Chánh án',
  'Chánh Thanh tra',
  'Chánh thanh tra',
  'Chủ nhiệm',
  'Tổng cục trưởng',
  'Cục trưởng',
  'Chi cục trưởng',
  'Viện trưởng',
  'Hiệu trưởng',
  'Chỉ huy trưởng',
  'Tư lệnh',
  'Chính ủy',
  'Thành viên',
  'Đại biểu Quốc hội',
  'Thường trực',
  'Tổng Thư ký',
  'Người phát ngôn',
  'Kiểm toán trưởng',
  'Tổng Kiểm toán',
];

/** Deputy prefixes written before a title head. */
export const POSITION_DEPUTY = ['Phó'] as const;

const HEADS = POSITION_HEADS.slice()
  .sort((a, b) => b.length - a.length)
  .map((h) => h.split(' ').map(escapeRegExp).join('[ ]'))
  .join('|');

/**
 * A position phrase's opening words at the current place (use with `lastIndex`/sticky, or
 * anchored at a piece's start). Case-insensitive; "Phó" optional.
 */
export const POSITION_START = new RegExp(`^(?:Phó[ ])?(?:${HEADS})(?![\\p{L}])`, 'iu');

/** The same, anywhere (global), for scanning a clause for where a position phrase begins. */
export const POSITION_ANYWHERE = new RegExp(`(?<![\\p{L}])(?:Phó[ ])?(?:${HEADS})(?![\\p{L}])`, 'gu');

/** Honorifics before a person's name (record `honorific`, lower case). */
export const HONORIFICS: readonly string[] = ['đồng chí', 'ông', 'bà'];

/** Either case of a word's first letter: "[Đđ]ồng chí" (no `i` flag, which would make \p{Lu} match any letter). */
const eitherCase = (w: string) => `[${w[0].toUpperCase()}${w[0].toLowerCase()}]${escapeRegExp(w.slice(1))}`;

/** An honorific followed by a capitalised word (the name or a title). */
export const HONORIFIC = new RegExp(`(?<![\\p{L}])(?<h>${HONORIFICS.map(eitherCase).join('|')}):?[ ](?=\\p{Lu})`, 'gu');
