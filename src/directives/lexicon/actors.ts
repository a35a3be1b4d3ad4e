/**
 * Openings of a paragraph that names a new actor as its subject: an agency ("Sở Y tế ...",
 * "Ban Cán sự đảng UBND tỉnh ..."), a person by position ("Chủ tịch UBND các xã ...",
 * "Đồng chí Bí thư ...") or a class of them ("Các sở, ban, ngành ...", "Địa phương, đơn vị nào ...").
 * After the last numbered item such a paragraph starts unnumbered directives (p1, p2, ...).
 */

import { alt } from './alt.js';
import { LazyRegExp } from '../../vocabulary/lazy-regexp.js';


/** Head words of agencies and persons acting as subject. */
export const ACTOR_HEADS: readonly string[] = [
  'Ủy ban',
  'Uỷ ban',
  'UBND',
  'UBMTTQ',
  'Hội đồng',
  'HĐND',
  'Sở',
  'Ban',
  'BCĐ',
  'Bộ',
  'Cục',
  'Chi cục',
  'Tổng cục',
  'Công an',
  'Bộ Chỉ huy',
  'BCH',
  'Bộ đội',
  'Quân sự',
  'Trung tâm',
  'Văn phòng',
  'Phòng',
  'Viện',
  'Bệnh viện',
  'Trường',
  'Đài',
  'Báo',
  'Tỉnh ủy',
  'Tỉnh uỷ',
  'Huyện ủy',
  'Huyện uỷ',
  'Thành ủy',
  'Thành uỷ',
  'Thị ủy',
  'Thị uỷ',
  'Đảng ủy',
  'Đảng uỷ',
  'Đảng đoàn',
  'Mặt trận',
  'Đoàn',
  'Hội',
  'Liên đoàn',
  'Kho bạc',
  'Ngân hàng',
  'Chi nhánh',
  'Thanh tra',
  'Tòa án',
  'Viện kiểm sát',
  'Công ty',
  'Tổng công ty',
  'Tập đoàn',
  'Kiểm lâm',
  'Hạt Kiểm lâm',
  'Đồn',
  'Chính phủ',
  'Thủ tướng',
  'Chủ tịch',
  'Phó Chủ tịch',
  'Giám đốc',
  'Thủ trưởng',
  'Trưởng',
  'Chánh',
  'Bí thư',
  'Đồng chí',
  'Lãnh đạo',
  'Cấp ủy',
  'Cấp uỷ',
  'Chính quyền',
  'Thường trực',
  'Thành viên',
  'Tổ',
  'Người đứng đầu',
  'Cơ quan',
  'Đơn vị',
  'Địa phương',
  'Cấp',
  'Ngành',
  'Sở, ban, ngành',
  'Doanh nghiệp',
];

/** Words after a head that make it something other than an actor ("Trường hợp", "Hội nghị", "Ban hành", "Phòng, chống"). */
export const NOT_ACTOR_AFTER: readonly string[] = [
  'hợp', // Trường hợp
  'nghị', // Hội nghị
  'thảo', // Hội thảo
  'hành', // Ban hành
  'chống', // Phòng, chống
  'ngừa', // Phòng ngừa
  'kết', // Đoàn kết
  'thời', // Đồng thời
  'đầu', // Trước hết / Đầu
  'độ', // Cấp độ
  'cáo', // Báo cáo
  'chức', // Tổ chức
  'chỉ', // Lãnh đạo, chỉ đạo
];

/** Verbs that put an actor in object position but still open a new directive ("Giao Sở Y tế ...", "Đề nghị Công an tỉnh ..."). */
export const ASSIGNING_VERBS: readonly string[] = ['Giao', 'Đề nghị', 'Yêu cầu', 'Riêng'];

export const ACTOR_OPENING_RE = new LazyRegExp(
  `^(?:(?:${alt(ASSIGNING_VERBS)})[ \\t]{1,3})?(?:các[ \\t]{1,3})?(?:${alt(ACTOR_HEADS)})(?![\\p{L}])(?![ \\t,]{1,2}(?:${alt(NOT_ACTOR_AFTER)})(?![\\p{L}]))`,
  'iu',
);
