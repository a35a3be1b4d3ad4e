/**
 * Words of the header block (phần đầu văn bản), Nghị định 30/2020/NĐ-CP, Phụ lục I:
 * the national motto ("Quốc hiệu và Tiêu ngữ"), the issuer's name (tên cơ quan ban hành, often in
 * two lines: the parent body above the issuer), the number, "Địa danh, ngày ... tháng ... năm ...",
 * the type heading and the trích yếu. Party documents (Hướng dẫn 36-HD/VPTW) print
 * "ĐẢNG CỘNG SẢN VIỆT NAM" in place of the national motto.
 *
 * Header lines are printed in capitals; the record writes issuer names in sentence case
 * (Nghị định 30/2020/NĐ-CP, Phụ lục II, "viết hoa tên cơ quan, tổ chức": the first letter of the
 * name's first word and of each word of its specific part). These lists drive that casing.
 */

/**
 * Motto words, compared without diacritics and in capitals (OCR prints "CỘNG HOÀ XÃ HỌI").
 * A header line holding one of these is the motto column, not the issuer.
 */
export const MOTTO_KEYS: readonly string[] = ['CONG HOA XA HOI', 'CHU NGHIA VIET NAM', 'DOC LAP - TU DO', 'DOC LAP-TU DO', 'DANG CONG SAN VIET NAM', 'HANH PHUC'];

/**
 * Generic heads of a body's name, in record case, longest first when matched. A header line that
 * opens with one of these starts a new body ("UBND TỈNH ĐẮK LẮK" / "VĂN PHÒNG" is two bodies);
 * one that does not continues the line above ("ỦY BAN NHÂN DÂN" / "TỈNH QUẢNG TRỊ" is one).
 */
export const BODY_HEADS: readonly string[] = [
  'Ủy ban nhân dân',
  'Hội đồng nhân dân',
  'Ủy ban Mặt trận Tổ quốc Việt Nam',
  'Ủy ban Mặt trận Tổ quốc',
  'Ủy ban',
  'Hội đồng',
  'Văn phòng',
  'Thủ tướng',
  'Chính phủ',
  'Quốc hội',
  'Tổng cục',
  'Chi cục',
  'Cục',
  'Bộ Chỉ huy',
  'Bộ',
  'Sở',
  'Ban Thường vụ',
  'Ban Chấp hành',
  'Ban Chỉ đạo',
  'Ban',
  'Phòng',
  'Trung tâm',
  'Tỉnh ủy',
  'Thành ủy',
  'Huyện ủy',
  'Thị ủy',
  'Quận ủy',
  'Đảng ủy',
  'Đảng bộ',
  'Đảng đoàn',
  'Ban cán sự đảng',
  'Công an',
  'Bộ đội Biên phòng',
  'Bảo hiểm xã hội',
  'Kho bạc Nhà nước',
  'Ngân hàng Nhà nước',
  'Kiểm toán Nhà nước',
  'Thanh tra',
  'Viện kiểm sát nhân dân',
  'Tòa án nhân dân',
  'Thường trực',
  'Đoàn đại biểu Quốc hội',
  'Tập đoàn',
  'Tổng công ty',
  'Công ty',
  'Trường',
  'Bệnh viện',
  'Đài Phát thanh và Truyền hình',
  'Báo',
];

/**
 * Administrative level words; the place name after one is capitalised word by word, the level
 * word itself stays lower case ("UBND tỉnh Đắk Lắk", "huyện Krông Búk"). Longest first.
 */
export const LEVEL_WORDS: readonly string[] = ['thành phố', 'thị trấn', 'thị xã', 'đặc khu', 'tỉnh', 'huyện', 'quận', 'phường', 'xã'];

/**
 * Words that keep their own capitals inside a name, wherever they stand.
 * ("Chính phủ", "Trung ương", "Quốc hội", "Nhà nước", "Việt Nam").
 */
export const FIXED_CASE_WORDS: readonly string[] = ['Chính phủ', 'Trung ương', 'Quốc hội', 'Nhà nước', 'Việt Nam', 'Mặt trận Tổ quốc', 'Bộ Chính trị', 'Ban Bí thư'];

/**
 * Abbreviations printed in capitals and kept as printed (CONVENTIONS: "keeping standard
 * abbreviations as printed").
 */
export const KEPT_ABBREVIATIONS: readonly string[] = [
  'UBND', 'HĐND', 'MTTQ', 'UBMTTQ', 'UBMTTQVN', 'TP', 'TP.', 'TW', 'VN', 'CHXHCN', 'BCĐ', 'BCH', 'BCHQS', 'TTXVN', 'THVN', 'CP', 'ĐCS',
];

/**
 * Opening words of the body's first paragraph: the trích yếu stops before a line that opens with
 * one of these (web copies print the title and the body without a blank line between them).
 */
export const BODY_OPENERS: readonly string[] = [
  'Ngày', 'Sáng', 'Chiều', 'Tối', 'Trưa', 'Căn cứ', 'Thực hiện', 'Kính gửi', 'Theo', 'Để', 'Xét', 'Vừa qua', 'Trong', 'Sau khi',
  'Tiếp theo', 'Nhằm', 'Hiện nay', 'Thời gian', 'Trên cơ sở', 'Năm',
];

/** The "V/v" (về việc) mark that opens a Công văn's trích yếu (Nghị định 30/2020/NĐ-CP, Phụ lục I). */
export const VE_VIEC = /^(?:V\/v|V\/V|v\/v|V\.v|V\/\.v)[:.]?(?=[ \n]|$)[ ]?/u;

/** A "Số" anchor opening the number line, with OCR forms of the word ("Sổ", "Só", "S6", "SỐ"). */
export const NUMBER_ANCHOR = /^(?:Số|SỐ|Sổ|Só|Sô|S6|So)(?![\p{L}\p{N}])[ ]?(?:[:;]|\.(?!\.))?[ ]{0,3}/u;

/** Labels of web metadata that are not the number ("Số hiệu:", "Số công báo:"). */
export const NOT_NUMBER_LABELS: readonly string[] = ['Số hiệu', 'Số công báo', 'Số lượt', 'Số điện thoại', 'Số ký hiệu'];
