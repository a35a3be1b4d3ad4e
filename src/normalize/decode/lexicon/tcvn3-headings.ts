/**
 * Line openings of the header, title and signer lines that administrative documents print in
 * capitals (Nghị định 30/2020/NĐ-CP, Phụ lục I: tên cơ quan, quốc hiệu, tên loại, quyền hạn và
 * chức vụ của người ký). In TCVN3 such lines were typed in the caps font and come out lowercase;
 * these openings let the caps restorer accept a line whose first letter alone cannot tell
 * (see ../tcvn3-caps.ts). Lowercase, new and old tone placement both listed where they differ.
 */
export const CAPS_LINE_OPENINGS: readonly string[] = [
  // quốc hiệu
  'cộng hòa xã hội', 'cộng hoà xã hội',
  // tên cơ quan
  'ủy ban', 'uỷ ban', 'ủy ban nhân dân', 'hội đồng nhân dân', 'văn phòng', 'sở ', 'ban ', 'bộ ', 'cục ',
  'tỉnh ủy', 'tỉnh uỷ', 'huyện ủy', 'huyện uỷ', 'thành ủy', 'thành uỷ', 'đảng ủy', 'đảng uỷ', 'đảng bộ',
  'ủy ban mặt trận', 'uỷ ban mặt trận', 'ủy ban kiểm tra', 'uỷ ban kiểm tra',
  // tên loại
  'thông báo', 'kết luận', 'quyết định', 'chỉ thị', 'kế hoạch', 'công văn', 'công điện', 'nghị quyết',
  'báo cáo', 'tờ trình', 'hướng dẫn', 'phụ lục',
  // quyền hạn, chức vụ
  'kt.', 'tm.', 'tl.', 'tuq.', 'chủ tịch', 'phó chủ tịch', 'giám đốc', 'phó giám đốc', 'chánh văn phòng',
  'phó chánh văn phòng', 'bí thư', 'phó bí thư', 'trưởng ban', 'phó trưởng ban', 'ủy viên', 'uỷ viên',
];

/** Lines that are never caps-font lines even when lowercase: the date line, the number line. */
export const NEVER_CAPS_OPENINGS: readonly string[] = ['ngày ', 'số:', 'số ', 'nơi nhận'];
