// --encoding NAME overrides detection; aliases; unknown names are an input error.
import { describe, expect, it } from 'vitest';
import { decodeBytes, resolveEncodingName } from '../../../src/normalize/decode/index.js';
import { NoticeInputError } from '../../../src/errors.js';
import { encodeTcvn3, encodeVni, encodeViscii, encodeWindows1258, readAsCp1252 } from '../../../src/normalize/decode/encode.js';

const TEXT = 'Thông báo của Ủy ban nhân dân tỉnh Đắk Lắk';
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('aliases', () => {
  it.each([
    ['utf-8', 'utf-8'], ['UTF8', 'utf-8'], ['utf_8', 'utf-8'],
    ['utf-16', 'utf-16'], ['utf16le', 'utf-16le'], ['UTF-16LE', 'utf-16le'], ['utf-16be', 'utf-16be'], ['ucs-2', 'utf-16le'],
    ['windows-1258', 'windows-1258'], ['cp1258', 'windows-1258'], ['Windows1258', 'windows-1258'],
    ['viscii', 'viscii'], ['VISCII', 'viscii'],
    ['tcvn3', 'tcvn3'], ['TCVN', 'tcvn3'], ['abc', 'tcvn3'], ['.VnTime', 'tcvn3'], ['vntime', 'tcvn3'], ['TCVN-5712', 'tcvn3'],
    ['vni', 'vni'], ['VNI-Windows', 'vni'], ['vni windows', 'vni'],
    ['tcvn3-mojibake', 'tcvn3-mojibake'], ['vni-mojibake', 'vni-mojibake'],
  ])('%s -> %s', (alias, name) => {
    expect(resolveEncodingName(alias)).toEqual({ kind: 'known', name });
  });
  it('other code pages iconv-lite knows are accepted as they are', () => {
    expect(resolveEncodingName('latin1')).toEqual({ kind: 'iconv', name: 'latin1' });
  });
  it.each(['klingon', 'vni-dos', '', 'utf-99'])('unknown name %j is a NoticeInputError("encoding") listing the known ones', (name) => {
    try {
      decodeBytes(utf8(TEXT), name || ' ');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(NoticeInputError);
      expect((e as NoticeInputError).code).toBe('encoding');
      expect((e as Error).message).toMatch(/^unknown encoding .*; known: utf-8, utf-16le, utf-16be, windows-1258, viscii, tcvn3, vni/);
    }
  });
});

describe('forced decoding', () => {
  it.each([
    ['tcvn3', encodeTcvn3(TEXT.replace('Ủy', 'Uỷ')).bytes, TEXT.replace('Ủy', 'Uỷ')],
    ['vni', encodeVni(TEXT).bytes, TEXT],
    ['cp1258', encodeWindows1258(TEXT).bytes, TEXT],
    ['viscii', encodeViscii(TEXT).bytes, TEXT],
    ['utf-16le', new Uint8Array(Buffer.from(TEXT, 'utf16le')), TEXT],
    ['utf-16', new Uint8Array(Buffer.from(TEXT, 'utf16le').swap16()), TEXT],
    ['utf-16', Uint8Array.from([0xfe, 0xff, ...Buffer.from(TEXT, 'utf16le').swap16()]), TEXT],
    ['utf-8', Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(TEXT)]), TEXT],
    ['tcvn3-mojibake', utf8(readAsCp1252(encodeTcvn3('Thông báo').bytes)), 'Thông báo'],
  ])('%s', (name, bytes, text) => {
    const d = decodeBytes(bytes, name);
    expect(d.text).toBe(text);
    expect(d.detection).toBe('forced');
  });
  it('forcing overrides what detection would say', () => {
    const bytes = encodeTcvn3('Thông báo').bytes;
    expect(decodeBytes(bytes).encoding).toBe('tcvn3');
    const d = decodeBytes(bytes, 'windows-1258');
    expect(d).toMatchObject({ encoding: 'windows-1258', text: 'Th«ng b¸o' });
  });
  it('forced UTF-8 on invalid bytes replaces them and says so', () => {
    const d = decodeBytes(Uint8Array.from([0x41, 0xff, 0x42]), 'utf8');
    expect(d).toMatchObject({ text: 'A\uFFFDB', encoding: 'utf-8' });
    expect(d.notes[0]).toMatchObject({ code: 'normalize/invalid-utf8', rawOffset: 1 });
  });
  it('reports the canonical name', () => {
    expect(decodeBytes(encodeVni(TEXT).bytes, 'VNI-Windows').encoding).toBe('vni');
    expect(decodeBytes(encodeTcvn3('a').bytes, '.VnTime').encoding).toBe('tcvn3');
  });
});
