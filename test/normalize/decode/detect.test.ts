// Encoding detection: every encoding recognised from generated samples (the five fixture samples
// and a pangram), short and ambiguous inputs, and the UTF-8 fast path.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../../src/normalize/decode/index.js';
import { sniffUtf16 } from '../../../src/normalize/decode/detect.js';
import {
  encodeTcvn3,
  encodeVni,
  encodeViscii,
  encodeWindows1258,
  readAsCp1252,
} from '../../../src/normalize/decode/encode.js';
import { PANGRAM } from './letters.js';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const SAMPLES = ['000_7e063405cb1d57d9', '001_bba0ae0f59e3be14', '002_b983acdbc704e12f', '003_ea6c72f8c50e37f1', '004_a3bec0e4c0598cae'];
const sample = (name: string) => readFileSync(path.join(ROOT, 'fixtures', `${name}.txt`), 'utf8');
const utf8 = (s: string) => new TextEncoder().encode(s);
/** VISCII lacks typographic punctuation; the variants fold it (scripts/make-variants.ts). */
const forViscii = (s: string) => s.replace(/[“”]/g, '"').replace(/[–—]/g, '-').replace(/\u00A0/g, ' ').replace(/…/g, '...').replace(/•/g, '-');

type Maker = (text: string) => Uint8Array;
const MAKERS: [string, Maker][] = [
  ['utf-8', utf8],
  ['windows-1258', (t) => encodeWindows1258(t).bytes],
  ['viscii', (t) => encodeViscii(forViscii(t)).bytes],
  ['tcvn3', (t) => encodeTcvn3(t).bytes],
  ['vni', (t) => encodeVni(t).bytes],
  ['tcvn3-mojibake', (t) => utf8(readAsCp1252(encodeTcvn3(t).bytes))],
  ['vni-mojibake', (t) => utf8(readAsCp1252(encodeVni(t).bytes))],
  ['utf-8-mojibake', (t) => utf8(readAsCp1252(utf8(t)))],
  ['utf-16le', (t) => new Uint8Array(Buffer.from(t, 'utf16le'))],
  ['utf-16be', (t) => new Uint8Array(Buffer.from(t, 'utf16le').swap16())],
];

describe('detects each encoding of each sample', () => {
  const cases = [...SAMPLES.map((s) => [s, sample(s)] as const), ['pangram', PANGRAM] as const].flatMap(([name, text]) =>
    MAKERS.map(([enc, make]) => [name, enc, text, make] as const),
  );
  it.each(cases)('%s as %s', (_name, enc, text, make) => {
    const d = decodeBytes(make(text));
    expect(d.encoding).toBe(enc);
  });
});

describe('decodes to the original text', () => {
  it.each(MAKERS.filter(([e]) => !e.startsWith('tcvn3')))('%s', (_enc, make) => {
    const text = PANGRAM;
    const d = decodeBytes(make(text));
    expect(d.text.normalize('NFC')).toBe(_enc === 'viscii' ? forViscii(text) : text);
  });
  it('tcvn3: all but the capitals VN3 lacks outside capitals lines', () => {
    const d = decodeBytes(encodeTcvn3('Kết luận của Phó Chủ tịch Uỷ ban nhân dân tỉnh Đắk Lắk.').bytes);
    expect(d.text).toBe('Kết luận của Phó Chủ tịch Uỷ ban nhân dân tỉnh Đắk Lắk.');
  });
});

describe('byte order marks and NUL patterns', () => {
  const text = 'Thông báo số 12/TB-UBND của Ủy ban nhân dân tỉnh';
  it.each([
    ['utf-8 BOM', [0xef, 0xbb, 0xbf], utf8(text), 'utf-8'],
    ['utf-16le BOM', [0xff, 0xfe], Buffer.from(text, 'utf16le'), 'utf-16le'],
    ['utf-16be BOM', [0xfe, 0xff], Buffer.from(text, 'utf16le').swap16(), 'utf-16be'],
  ])('%s', (_n, bom, body, enc) => {
    const d = decodeBytes(Uint8Array.from([...bom, ...body]));
    expect(d).toMatchObject({ text, encoding: enc, bom: true, detection: 'bom' });
  });
  it('finds BOM-less UTF-16 by where the NUL bytes are', () => {
    expect(sniffUtf16(Buffer.from(text, 'utf16le'))).toBe('utf-16le');
    expect(sniffUtf16(Buffer.from(text, 'utf16le').swap16())).toBe('utf-16be');
    expect(sniffUtf16(utf8(text))).toBeNull();
    expect(decodeBytes(Buffer.from(text, 'utf16le'))).toMatchObject({ text, encoding: 'utf-16le', detection: 'nul-pattern' });
  });
  it('a UTF-8 BOM over TCVN3 mojibake still gets the repair', () => {
    const d = decodeBytes(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('Th«ng b¸o vÒ viÖc t¨ng c­êng')]));
    expect(d).toMatchObject({ text: 'Thông báo về việc tăng cường', encoding: 'tcvn3-mojibake', bom: true });
  });
});

describe('UTF-8 fast path', () => {
  it('plain ASCII is UTF-8 without scoring', () => {
    expect(decodeBytes(utf8('So: 12/TB-UBND\nThong bao'))).toMatchObject({ encoding: 'utf-8', detection: 'ascii' });
  });
  it('valid Vietnamese UTF-8 stays UTF-8', () => {
    expect(decodeBytes(utf8(sample(SAMPLES[1])))).toMatchObject({ encoding: 'utf-8', detection: 'utf-8', notes: [] });
  });
  it.each([
    'Le café crème de Müller à Genève',
    'Привет, мир',
    '中华人民共和国',
    '«Thông báo» © 2021 — tỉnh Đắk Lắk',
    'Giá: 5 €, 20 °C, ½ suất',
  ])('UTF-8 that is not mojibake is left alone: %s', (t) => {
    expect(decodeBytes(utf8(t))).toMatchObject({ text: t, encoding: 'utf-8' });
  });
  it('invalid bytes in mostly UTF-8 text: UTF-8 with replacement characters and a note', () => {
    const bytes = Uint8Array.from([...utf8('Thông báo của Ủy ban nhân dân tỉnh về việc '), 0xff, ...utf8(' phòng chống dịch bệnh')]);
    const d = decodeBytes(bytes);
    expect(d.encoding).toBe('utf-8');
    expect(d.text).toContain('\uFFFD');
    expect(d.notes.map((n) => n.code)).toContain('normalize/invalid-utf8');
  });
});

describe('short and ambiguous inputs', () => {
  it.each([
    ['báo', 'tcvn3'], ['báo', 'vni'],
    ['người', 'tcvn3'], ['người', 'vni'], ['người', 'windows-1258'], ['người', 'viscii'],
    ['Đắk Lắk', 'tcvn3'], ['Đắk Lắk', 'vni'], ['Đắk Lắk', 'windows-1258'], ['Đắk Lắk', 'viscii'],
    ['Việt Nam', 'tcvn3'], ['Việt Nam', 'vni'], ['Việt Nam', 'windows-1258'], ['Việt Nam', 'viscii'],
    ['được', 'tcvn3'], ['được', 'vni'], ['được', 'windows-1258'], ['được', 'viscii'],
    ['Quyết định', 'tcvn3'], ['Quyết định', 'vni'], ['Quyết định', 'windows-1258'], ['Quyết định', 'viscii'],
    ['ủy ban', 'tcvn3'], ['ủy ban', 'vni'], ['ủy ban', 'windows-1258'], ['ủy ban', 'viscii'],
  ])('%s in %s', (text, enc) => {
    const make = MAKERS.find(([e]) => e === enc)![1];
    expect(decodeBytes(make(text))).toMatchObject({ text, encoding: enc });
  });
  it.each(['báo', 'Thông báo', 'ngày 3 tháng 2'])(
    '"%s" in VISCII has the same bytes as in Windows-1258: either name, the same text',
    (text) => {
      const d = decodeBytes(encodeViscii(text).bytes);
      expect(d.text).toBe(text);
      expect(['viscii', 'windows-1258']).toContain(d.encoding);
    },
  );
  it('a lone symbol says nothing: ties go to Windows-1258 (cp1252 symbols read as themselves)', () => {
    expect(decodeBytes(Uint8Array.from([...utf8('Copyright '), 0xa9, ...utf8(' 2021')]))).toMatchObject({
      text: 'Copyright © 2021',
      encoding: 'windows-1258',
    });
  });
  it('short bytes that are valid UTF-8 by chance: VISCII "ườ" is the UTF-8 sequence DF B6', () => {
    const bytes = encodeViscii('người').bytes;
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).not.toThrow();
    expect(decodeBytes(bytes)).toMatchObject({ text: 'người', encoding: 'viscii' });
  });
  it('garbage that reads as nothing gets a warning', () => {
    const d = decodeBytes(Uint8Array.from([0x81, 0x8d, 0x8f, 0x90, 0x9d, 0x20, 0x81, 0x9d]));
    expect(d.notes.map((n) => n.code)).toContain('normalize/encoding-uncertain');
  });
});

describe('sampling', () => {
  it('judges a page by its text, not by a long ASCII head', () => {
    const head = `<html><head><script>${'var x = 1;\n'.repeat(3000)}</script></head><body>`;
    const body = 'Thông báo kết luận của Phó Chủ tịch Ủy ban nhân dân tỉnh về công tác phòng, chống dịch bệnh.';
    const bytes = Uint8Array.from([...utf8(head), ...encodeTcvn3(body).bytes]);
    expect(head.length).toBeGreaterThan(16 * 1024);
    expect(decodeBytes(bytes).encoding).toBe('tcvn3');
  });
  it('decodes the whole input, not only the sample', () => {
    const text = `${sample(SAMPLES[0])}\n\n`.repeat(8);
    expect(text.length).toBeGreaterThan(3 * 16 * 1024);
    const d = decodeBytes(encodeVni(text).bytes);
    expect(d.encoding).toBe('vni');
    expect(d.text).toBe(text);
  });
});
