/**
 * VNI-Windows (the VNI-Times family of fonts). Single byte, laid over cp1252: a toned vowel is
 * written as its base letter followed by one byte that draws the diacritics ("Thoâng baùo" is
 * "Thông báo"); i, y-with-dot, ơ, ư and đ have bytes of their own. Each mark byte has an
 * uppercase twin 0x20 lower, used after capitals ("THOÂNG BAÙO"). Checked against the VNI
 * tables of Vietnamese input methods (xvnkb, Unikey-style converters).
 */

/** What a mark byte adds to the base letter before it. */
export interface VniMark {
  /** Quality diacritic: circumflex (â ê ô) or breve (ă), if any. */
  quality: '' | 'circumflex' | 'breve';
  /** Tone as a combining character, '' for none. */
  tone: string;
}

/** The lowercase mark bytes; the uppercase ones are these minus 0x20. */
export const VNI_MARKS: Readonly<Record<number, VniMark>> = {
  0xf9: { quality: '', tone: '\u0301' }, // ù  sắc
  0xf8: { quality: '', tone: '\u0300' }, // ø  huyền
  0xfb: { quality: '', tone: '\u0309' }, // û  hỏi
  0xf5: { quality: '', tone: '\u0303' }, // õ  ngã
  0xef: { quality: '', tone: '\u0323' }, // ï  nặng
  0xe2: { quality: 'circumflex', tone: '' }, // â
  0xe1: { quality: 'circumflex', tone: '\u0301' }, // á
  0xe0: { quality: 'circumflex', tone: '\u0300' }, // à
  0xe5: { quality: 'circumflex', tone: '\u0309' }, // å
  0xe3: { quality: 'circumflex', tone: '\u0303' }, // ã
  0xe4: { quality: 'circumflex', tone: '\u0323' }, // ä
  0xea: { quality: 'breve', tone: '' }, // ê
  0xe9: { quality: 'breve', tone: '\u0301' }, // é
  0xe8: { quality: 'breve', tone: '\u0300' }, // è
  0xfa: { quality: 'breve', tone: '\u0309' }, // ú
  0xfc: { quality: 'breve', tone: '\u0303' }, // ü
  0xeb: { quality: 'breve', tone: '\u0323' }, // ë
};

/** Letters with a byte of their own (lowercase; the uppercase byte is 0x20 lower). */
export const VNI_SINGLE: Readonly<Record<number, string>> = {
  0xf1: 'đ', // ñ
  0xf4: 'ơ', // ô
  0xf6: 'ư', // ö
  0xed: 'í', // í
  0xec: 'ì', // ì
  0xe6: 'ỉ', // æ
  0xf3: 'ĩ', // ó
  0xf2: 'ị', // ò
  0xee: 'ỵ', // î
};

/** Base letters a mark byte may follow, and which marks each takes. */
export const VNI_BASES: Readonly<Record<string, { circumflex: boolean; breve: boolean }>> = {
  a: { circumflex: true, breve: true },
  e: { circumflex: true, breve: false },
  o: { circumflex: true, breve: false },
  u: { circumflex: false, breve: false },
  y: { circumflex: false, breve: false },
  ơ: { circumflex: false, breve: false },
  ư: { circumflex: false, breve: false },
};
