/** Every Vietnamese letter outside ASCII, lowercase and uppercase (134), for round-trip tests. */
const VOWELS = 'aăâeêioôơuưy';
const TONES = ['', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323'];

export const LOWER_LETTERS: readonly string[] = [
  ...VOWELS.split('').flatMap((v) => TONES.map((t) => (v + t).normalize('NFC'))),
  'đ',
].filter((c) => c.charCodeAt(0) >= 0x80);

export const UPPER_LETTERS: readonly string[] = LOWER_LETTERS.map((c) => c.toUpperCase());
export const ALL_LETTERS: readonly string[] = [...LOWER_LETTERS, ...UPPER_LETTERS];

/** A paragraph with every letter in real words, for encode/decode round trips of whole texts. */
export const PANGRAM =
  'Thông báo kết luận của Phó Chủ tịch Ủy ban nhân dân tỉnh Đắk Lắk về việc tăng cường phòng, chống dịch: ' +
  'giữ gìn trật tự, quyết liệt xử lý, khẩn trương triển khai; người dân được hướng dẫn đầy đủ, kịp thời. ' +
  'Những ý kiến khác: ổn định, bảo đảm an sinh, thuở trước, khuya, nguệch ngoạc, huỳnh quang, rượu, ' +
  'tuyệt đối, ngoằn ngoèo, hỗ trợ, lũy kế, Bộ Y tế, Sở Tài chính, ngày 02 tháng 9 năm 2021.';
