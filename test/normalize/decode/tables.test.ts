// Round trips of every decoding table: encode every Vietnamese letter with our own encoder and
// decode it back; plus byte values checked against public references (TCVN 5712 as in glibc's
// TCVN5712-1, which iconv-lite carries as "tcvn"; VNI as printed "Thoâng baùo").
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeTcvn3, decodeVni, decodeViscii, decodeWindows1258 } from '../../../src/normalize/decode/legacy.js';
import {
  encodeTcvn3,
  encodeVni,
  encodeViscii,
  encodeWindows1258,
  readAsCp1252,
} from '../../../src/normalize/decode/encode.js';
import { TCVN3_LETTERS, TCVN3_VN1_EXTRAS } from '../../../src/normalize/decode/tables/tcvn3.js';
import { ALL_LETTERS, LOWER_LETTERS, PANGRAM, UPPER_LETTERS } from './letters.js';

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
const VN3_CAPITALS = 'ĂÂÊÔƠƯĐ';

describe('letter inventory', () => {
  it('has the 134 Vietnamese letters outside ASCII', () => {
    expect(LOWER_LETTERS).toHaveLength(67);
    expect(new Set(ALL_LETTERS).size).toBe(134);
  });
});

describe('TCVN3', () => {
  it.each(LOWER_LETTERS)('round-trips %s', (c) => {
    const e = encodeTcvn3(c);
    expect(e.unencodable).toEqual([]);
    expect(e.bytes).toHaveLength(1);
    expect(decodeTcvn3(e.bytes)).toBe(c);
  });
  it.each(UPPER_LETTERS)('encodes capital %s as VN3 does (only Ă Â Ê Ô Ơ Ư Đ kept)', (c) => {
    const e = encodeTcvn3(c);
    expect(e.unencodable).toEqual([]);
    expect(decodeTcvn3(e.bytes)).toBe(VN3_CAPITALS.includes(c) ? c : c.toLowerCase());
  });
  it('uses 74 distinct bytes, all in 0xA1..0xFE', () => {
    const bytes = Object.values(TCVN3_LETTERS);
    expect(new Set(bytes).size).toBe(74);
    expect(bytes.every((b) => b >= 0xa1 && b <= 0xfe)).toBe(true);
  });
  it('agrees with TCVN 5712 (glibc TCVN5712-1) on every VN3 letter and every VN1 extra', () => {
    for (const [ch, b] of Object.entries(TCVN3_LETTERS)) expect(iconv.decode(Buffer.from([b]), 'tcvn'), `byte ${b.toString(16)}`).toBe(ch);
    for (const [b, ch] of Object.entries(TCVN3_VN1_EXTRAS)) {
      expect(iconv.decode(Buffer.from([Number(b)]), 'tcvn'), `byte ${Number(b).toString(16)}`).toBe(ch);
    }
  });
  it.each([
    ['Thông báo', '5468ab6e672062b86f'],
    ['Đắk Lắk', 'a7be6b204cbe6b'],
    ['người', '6e67adea69'],
  ])('encodes %s as %s', (text, bytes) => {
    expect(hex(encodeTcvn3(text).bytes)).toBe(bytes);
  });
  it('reads as cp1252 the way mojibake shows it', () => {
    expect(readAsCp1252(encodeTcvn3('Thông báo').bytes)).toBe('Th«ng b¸o');
    expect(readAsCp1252(encodeTcvn3('Uỷ ban nhân dân').bytes)).toBe('Uû ban nh©n d©n');
  });
  it('keeps Windows punctuation at its cp1252 bytes', () => {
    const t = '“Trích” – mục 1… • a\u00A0b';
    expect(encodeTcvn3(t).unencodable).toEqual([]);
    expect(decodeTcvn3(encodeTcvn3(t).bytes)).toBe(t);
  });
  it('round-trips a whole text (capitals VN3 lacks come back lowercase)', () => {
    const expected = [...PANGRAM].map((c) => (/\p{Lu}/u.test(c) && c.charCodeAt(0) >= 0x80 && !VN3_CAPITALS.includes(c) ? c.toLowerCase() : c)).join('');
    expect(decodeTcvn3(encodeTcvn3(PANGRAM).bytes)).toBe(expected);
  });
  it('composes VN1 combining tone marks', () => {
    expect(decodeTcvn3(Uint8Array.from([0x61, 0xb3]))).toBe('á');
  });
});

describe('VNI', () => {
  it.each(ALL_LETTERS)('round-trips %s', (c) => {
    const e = encodeVni(c);
    expect(e.unencodable).toEqual([]);
    expect(decodeVni(e.bytes)).toBe(c);
  });
  it.each([
    ['Thông báo', 'Thoâng baùo'],
    ['THÔNG BÁO', 'THOÂNG BAÙO'],
    ['Ủy ban nhân dân', 'UÛy ban nhaân daân'],
    ['Đắk Lắk', 'Ñaék Laék'],
    ['người được', 'ngöôøi ñöôïc'],
    ['tỉnh ị ĩ ỵ', 'tænh ò ó î'],
    ['Quyết định', 'Quyeát ñònh'],
  ])('writes %s as %s (seen as cp1252)', (text, shown) => {
    expect(readAsCp1252(encodeVni(text).bytes)).toBe(shown);
    expect(decodeVni(encodeVni(text).bytes)).toBe(text);
  });
  it('reads a mark byte after a lowercase base in either case form', () => {
    expect(decodeVni(Uint8Array.from([0x61, 0xd9]))).toBe('á');
    expect(decodeVni(Uint8Array.from([0x41, 0xf9]))).toBe('Á');
  });
  it('reads a mark byte with no base before it as cp1252', () => {
    expect(decodeVni(Uint8Array.from([0x20, 0xf9]))).toBe(' ù');
    expect(decodeVni(Uint8Array.from([0xf9]))).toBe('ù');
  });
  it('round-trips a whole text', () => {
    expect(decodeVni(encodeVni(PANGRAM).bytes)).toBe(PANGRAM);
  });
});

describe('Windows-1258', () => {
  it.each(ALL_LETTERS)('round-trips %s', (c) => {
    const e = encodeWindows1258(c);
    expect(e.unencodable).toEqual([]);
    expect(decodeWindows1258(e.bytes)).toBe(c);
  });
  it('writes tones the code page lacks as combining marks', () => {
    expect(hex(encodeWindows1258('Việt').bytes)).toBe('5669eaf274'); // ê + U+0323 (0xF2)
    expect(hex(encodeWindows1258('á').bytes)).toBe('e1'); // precomposed in the code page
  });
  it('round-trips a whole text', () => {
    expect(decodeWindows1258(encodeWindows1258(PANGRAM).bytes)).toBe(PANGRAM);
  });
});

describe('VISCII', () => {
  it.each(ALL_LETTERS)('round-trips %s', (c) => {
    const e = encodeViscii(c);
    expect(e.unencodable).toEqual([]);
    expect(decodeViscii(e.bytes)).toBe(c);
  });
  it.each([
    ['ư', 'df'],
    ['ơ', 'bd'],
    ['đ', 'f0'],
    ['Đ', 'd0'],
    ['ă', 'e5'],
    ['Ỵ', '1e'],
    ['Ẳ', '02'],
  ])('puts %s at 0x%s (RFC 1456)', (c, b) => {
    expect(hex(encodeViscii(c).bytes)).toBe(b);
  });
  it('has no byte for curly quotes', () => {
    expect(encodeViscii('“a”').unencodable).toEqual(['“', '”']);
  });
});
