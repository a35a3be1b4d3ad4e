/**
 * TCVN3 (TCVN 5712:1993, the "ABC" code of the .VnTime/.VnArial fonts). Single byte, ASCII
 * below 0x80. The VN3 set holds every lowercase letter precomposed but only seven capitals
 * (Ă Â Ê Ô Ơ Ư Đ); the other capitals are drawn by a second font (.VnTimeH, .VnArialH) at the
 * lowercase positions, so a line typed in the caps font is stored in lowercase (see
 * ../tcvn3-caps.ts). Checked against TCVN 5712 as published in glibc/X11 (iconv "TCVN5712-1",
 * whose lowercase half is VN3) and against Vietnamese converters' TCVN3 tables.
 */

/** Letters of VN3 and their bytes. */
export const TCVN3_LETTERS: Readonly<Record<string, number>> = {
  // capitals the .VnTime font does hold
  Ă: 0xa1, Â: 0xa2, Ê: 0xa3, Ô: 0xa4, Ơ: 0xa5, Ư: 0xa6, Đ: 0xa7,
  ă: 0xa8, â: 0xa9, ê: 0xaa, ô: 0xab, ơ: 0xac, ư: 0xad, đ: 0xae,
  // tones in the order huyền, hỏi, ngã, sắc, nặng
  à: 0xb5, ả: 0xb6, ã: 0xb7, á: 0xb8, ạ: 0xb9,
  ằ: 0xbb, ẳ: 0xbc, ẵ: 0xbd, ắ: 0xbe, ặ: 0xc6,
  ầ: 0xc7, ẩ: 0xc8, ẫ: 0xc9, ấ: 0xca, ậ: 0xcb,
  è: 0xcc, ẻ: 0xce, ẽ: 0xcf, é: 0xd0, ẹ: 0xd1,
  ề: 0xd2, ể: 0xd3, ễ: 0xd4, ế: 0xd5, ệ: 0xd6,
  ì: 0xd7, ỉ: 0xd8, ĩ: 0xdc, í: 0xdd, ị: 0xde,
  ò: 0xdf, ỏ: 0xe1, õ: 0xe2, ó: 0xe3, ọ: 0xe4,
  ồ: 0xe5, ổ: 0xe6, ỗ: 0xe7, ố: 0xe8, ộ: 0xe9,
  ờ: 0xea, ở: 0xeb, ỡ: 0xec, ớ: 0xed, ợ: 0xee,
  ù: 0xef, ủ: 0xf1, ũ: 0xf2, ú: 0xf3, ụ: 0xf4,
  ừ: 0xf5, ử: 0xf6, ữ: 0xf7, ứ: 0xf8, ự: 0xf9,
  ỳ: 0xfa, ỷ: 0xfb, ỹ: 0xfc, ý: 0xfd, ỵ: 0xfe,
};

/**
 * Positions VN3 leaves free that the fuller VN1 set fills with capitals and combining tone
 * marks. A file from a VN1 converter uses them; in VN3 text they do not occur, so reading them
 * the VN1 way costs nothing. (VN1 also puts capitals at 0x80..0x9F; there the Windows
 * punctuation of the ANSI font wins, see cp1252.ts.)
 */
export const TCVN3_VN1_EXTRAS: Readonly<Record<number, string>> = {
  0x01: 'Ú', 0x02: 'Ụ', 0x04: 'Ừ', 0x05: 'Ử', 0x06: 'Ữ',
  0x11: 'Ứ', 0x12: 'Ự', 0x13: 'Ỳ', 0x14: 'Ỷ', 0x15: 'Ỹ', 0x16: 'Ý', 0x17: 'Ỵ',
  0xaf: 'Ằ', 0xb0: '\u0300', 0xb1: '\u0309', 0xb2: '\u0303', 0xb3: '\u0301', 0xb4: '\u0323',
  0xba: 'Ẳ', 0xbf: 'Ẵ', 0xc0: 'Ắ', 0xc1: 'Ầ', 0xc2: 'Ẩ', 0xc3: 'Ẫ', 0xc4: 'Ấ', 0xc5: 'Ề',
  0xcd: 'Ể', 0xd9: 'Ễ', 0xda: 'Ế', 0xdb: 'Ồ', 0xe0: 'Ổ', 0xf0: 'Ỗ', 0xff: 'Ố',
};
