/**
 * Inputs for the property tests: arbitrary bytes, arbitrary Unicode, a soup of the tokens the
 * stages look for, and real documents (fixtures/) mutated the way scanners and old disks mutate
 * them: lines shuffled, deleted or duplicated, diacritics stripped, OCR-like substitutions, huge
 * repetitions, re-encodings.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { ROOT } from './env.js';

export { LONG_RUN, runs } from './env.js';

/** Notes beside the fixtures (README.md, NOTES.md, SOURCES.md, ...), not documents. */
export const isFixtureNote = (file: string) => /^[A-Z][A-Z_-]*\.md$/.test(path.basename(file));

export interface Document {
  name: string;
  bytes: Uint8Array;
  /** The text when the file is UTF-8 (legacy-encoded variants are bytes only). */
  text: string | null;
}

/** The real documents: every fixtures/ file ending .txt, .md or .html (samples, corpus, variants), notes left out. */
export function loadDocuments(): Document[] {
  const docs: Document[] = [];
  for (const rel of (readdirSync(path.join(ROOT, 'fixtures'), { recursive: true }) as string[]).sort()) {
    if (!/\.(txt|md|html)$/.test(rel) || isFixtureNote(rel)) continue;
    const bytes = readFileSync(path.join(ROOT, 'fixtures', rel));
    let text: string | null = null;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      text = null;
    }
    docs.push({ name: `fixtures/${rel}`, bytes, text });
  }
  return docs;
}

// --- a small deterministic PRNG, seeded by fast-check, for bulk edits (mulberry32) ---
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Strips diacritics: NFD, drop combining marks (and đ/Đ, which are letters, not marks, when asked). */
export function stripDiacritics(s: string, dBar = true): string {
  const t = s.normalize('NFD').replace(/\p{M}+/gu, '');
  return dBar ? t.replace(/đ/g, 'd').replace(/Đ/g, 'D') : t;
}

/** OCR-like confusions: each pair may be swapped in either direction listed. */
export const OCR_SUBSTITUTIONS: readonly [string, string][] = [
  ['ư', 'u'], ['ơ', 'o'], ['đ', 'd'], ['Đ', 'D'], ['Ố', 'O'], ['ố', 'o'], ['ệ', 'e'], ['ả', 'a'],
  ['l', '1'], ['1', 'l'], ['O', '0'], ['0', 'O'], ['I', 'l'], ['rn', 'm'], ['m', 'rn'], ['.', ','],
  [',', '.'], [':', ';'], ['5', 'S'], ['8', 'B'], ['/', 'l'], ['-', '—'], [' ', ''], ['ngày', 'ngảy'],
];

/** Applies substitutions at about `rate` of the candidate places, deterministic in `seed`. */
export function ocrNoise(s: string, seed: number, rate: number): string {
  const rnd = prng(seed);
  const subs = OCR_SUBSTITUTIONS.filter(() => rnd() < 0.6);
  if (subs.length === 0) return s;
  let out = s;
  for (const [from, to] of subs) {
    const parts = out.split(from);
    if (parts.length === 1) continue;
    let acc = parts[0];
    for (let i = 1; i < parts.length; i++) acc += (rnd() < rate ? to : from) + parts[i];
    out = acc;
  }
  return out;
}

type Mutation = (text: string) => string;

const lineOp = (f: (lines: string[]) => string[]): Mutation => (t) => f(t.split('\n')).join('\n');

/** One mutation of a document; fast-check picks the kind and its parameters (shrinkable). */
export const mutationArb: fc.Arbitrary<{ name: string; apply: Mutation }> = fc.oneof(
  fc.integer().map((seed) => ({
    name: `shuffle lines (seed ${seed})`,
    apply: lineOp((lines) => {
      const rnd = prng(seed);
      const a = lines.slice();
      for (let i = a.length - 1; i > 0; i--) {
        const j = Math.floor(rnd() * (i + 1));
        [a[i], a[j]] = [a[j], a[i]];
      }
      return a;
    }),
  })),
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 2, max: 12 })).map(([at, len]) => ({
    name: `shuffle a window of ${len} lines at ${at.toFixed(3)}`,
    apply: lineOp((lines) => {
      const i = Math.floor(at * lines.length);
      const w = lines.slice(i, i + len).reverse();
      return [...lines.slice(0, i), ...w, ...lines.slice(i + len)];
    }),
  })),
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 40 })).map(([at, len]) => ({
    name: `delete ${len} lines at ${at.toFixed(3)}`,
    apply: lineOp((lines) => {
      const i = Math.floor(at * lines.length);
      return [...lines.slice(0, i), ...lines.slice(i + len)];
    }),
  })),
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 10 }), fc.integer({ min: 1, max: 5 })).map(([at, len, times]) => ({
    name: `duplicate ${len} lines at ${at.toFixed(3)} x${times}`,
    apply: lineOp((lines) => {
      const i = Math.floor(at * lines.length);
      const block = lines.slice(i, i + len);
      return [...lines.slice(0, i + len), ...Array.from({ length: times }, () => block).flat(), ...lines.slice(i + len)];
    }),
  })),
  fc.boolean().map((dBar) => ({ name: `strip diacritics (NFD, drop marks${dBar ? ', đ→d' : ''})`, apply: (t: string) => stripDiacritics(t, dBar) })),
  fc.tuple(fc.integer(), fc.double({ min: 0.01, max: 1, noNaN: true })).map(([seed, rate]) => ({
    name: `OCR noise (seed ${seed}, rate ${rate.toFixed(2)})`,
    apply: (t: string) => ocrNoise(t, seed, rate),
  })),
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 10, max: 300 })).map(([at, times]) => ({
    name: `repeat one line x${times} at ${at.toFixed(3)}`,
    apply: lineOp((lines) => {
      const i = Math.floor(at * lines.length);
      return [...lines.slice(0, i + 1), ...Array.from({ length: times }, () => lines[i] ?? ''), ...lines.slice(i + 1)];
    }),
  })),
  fc.integer({ min: 2, max: 3 }).map((times) => ({ name: `whole document x${times}`, apply: (t: string) => Array.from({ length: times }, () => t).join('\n') })),
  fc.double({ min: 0, max: 1, noNaN: true }).map((at) => ({ name: `truncate at ${at.toFixed(3)}`, apply: (t: string) => t.slice(0, Math.floor(at * t.length)) })),
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.string({ unit: 'binary', maxLength: 40 })).map(([at, junk]) => ({
    name: `insert ${JSON.stringify(junk)} at ${at.toFixed(3)}`,
    apply: (t: string) => {
      const i = Math.floor(at * t.length);
      return t.slice(0, i) + junk + t.slice(i);
    },
  })),
  fc.constantFrom<{ name: string; apply: Mutation }>(
    { name: 'CRLF line ends', apply: (t) => t.replace(/\n/g, '\r\n') },
    { name: 'CR line ends', apply: (t) => t.replace(/\n/g, '\r') },
    { name: 'all on one line', apply: (t) => t.replace(/\n+/g, ' ') },
    { name: 'NFD (decomposed)', apply: (t) => t.normalize('NFD') },
    { name: 'upper case', apply: (t) => t.toUpperCase() },
    { name: 'lower case', apply: (t) => t.toLowerCase() },
    { name: 'no blank lines', apply: (t) => t.replace(/\n\s*\n/g, '\n') },
    { name: 'double-spaced', apply: (t) => t.replace(/\n/g, '\n\n') },
    { name: 'tabs and NBSP for spaces', apply: (t) => t.replace(/ /g, (_, i: number) => (i % 3 === 0 ? '\t' : i % 3 === 1 ? '\u00a0' : '  ')) },
    { name: 'every line indented', apply: (t) => t.replace(/^/gm, '    ') },
    { name: 'old-style tones', apply: (t) => t.replace(/ủy/g, 'uỷ').replace(/Ủy/g, 'Uỷ').replace(/hòa/g, 'hoà') },
    { name: 'form feeds between paragraphs', apply: (t) => t.replace(/\n\n/g, '\n\f\n') },
    { name: 'zero-width chars and soft hyphens', apply: (t) => t.replace(/(\p{L})(\p{L})/gu, '$1\u200b$2').replace(/ơ/g, 'ơ\u00ad') },
    { name: 'markdown bold everywhere', apply: (t) => t.replace(/^(.+)$/gm, '**$1**') },
    { name: 'html paragraphs', apply: (t) => `<html><body>${t.split('\n').map((l) => `<p>${l}</p>`).join('\n')}</body></html>` },
  ),
);

/** How a mutated text is handed to parseNotice: as a string or as bytes in some encoding. */
export const encodingArb = fc.constantFrom<{ name: string; encode: (t: string) => string | Uint8Array }>(
  { name: 'string', encode: (t) => t },
  { name: 'string', encode: (t) => t },
  { name: 'string', encode: (t) => t },
  { name: 'utf-8 bytes', encode: (t) => new TextEncoder().encode(t) },
  { name: 'utf-8 bytes with BOM', encode: (t) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(t, 'utf8')]) },
  { name: 'utf-16le with BOM', encode: (t) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, 'utf16le')]) },
  { name: 'windows-1258 bytes', encode: (t) => iconv.encode(t, 'windows-1258') },
);

/** Tokens the stages react to, to build documents that look real enough to reach deep code paths. */
export const TOKENS: readonly string[] = [
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'ỦY BAN NHÂN DÂN', 'UBND TỈNH ĐẮK LẮK', 'VĂN PHÒNG',
  'Số:', 'Số', '125/TB-VPUBND', '/TB-UBND', '469-CV/TU', '68/2024/QĐ-UBND', 'V/v', 'THÔNG BÁO', 'CÔNG ĐIỆN', 'KẾ HOẠCH',
  'Kết luận của đồng chí', 'Nguyễn Tuấn Hà', 'Phó Chủ tịch', 'chủ trì', 'tại', 'trụ sở', 'đồng chí', 'ông', 'bà',
  'Đắk Lắk,', 'ngày', 'tháng', 'năm', '2021', '02', '9', '13', '26/8/2021', '24-11-2021', '01/9', 'Quý I năm 2026', 'quý 3/2026',
  'I.', 'II.', 'III.', '1.', '2.', '3.1.', 'a)', 'b)', '-', '+', '•', 'Điều 1.', '1/', '*',
  'Sở Y tế', 'Sở Tài chính', 'UBND các huyện, thành phố', 'Công an tỉnh', 'Bộ Chỉ huy Quân sự tỉnh', 'Ban Chỉ đạo', 'các sở, ban, ngành',
  'chủ trì, phối hợp với', 'phối hợp', 'thực hiện', 'trước ngày', 'hoàn thành trong tháng 12/2025', 'theo Công văn số 8144/UBND-KGVX ngày 26/8/2021 của UBND tỉnh',
  'Nơi nhận:', 'Lưu: VT, TH.', 'KT. CHỦ TỊCH', 'TL. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'CHÁNH VĂN PHÒNG', '(Đã ký)', 'Thông báo để các cơ quan biết, thực hiện./.',
  '**', '#', '##', '|', '| --- |', '<p>', '</p>', '<br>', '&nbsp;', '---', '...', '…', '“', '”', '–', '—', '(', ')', ':', ';', ',', '.',
  '\n', '\n', '\n', '\n\n', ' ', ' ', ' ', '  ', '\t', '\r\n', '\u00a0', '\u200b', '\f',
];

/** A document-shaped soup of tokens. */
export const tokenSoupArb = fc
  .array(fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...TOKENS) }, { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) }), {
    maxLength: 300,
  })
  .map((ts) => ts.join(''));

/** Characters that stress the normaliser: Vietnamese letters, combining marks, spaces and controls, surrogates. */
const trickyChar = fc.oneof(
  fc.constantFrom(...'aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ0123456789'.split('')),
  fc.constantFrom('\u0300', '\u0301', '\u0303', '\u0309', '\u0323', '\u0306', '\u0302', '\u031b', '\u00d0', '\u00f0'),
  fc.constantFrom(' ', '\t', '\n', '\r', '\r\n', '\u00a0', '\u2003', '\u3000', '\u200b', '\u200d', '\ufeff', '\u00ad', '\u000b', '\f', '\u2028', '\u2029', '\u0085'),
  fc.constantFrom('–', '—', '‐', '−', '“', '”', '‘', '’', '…', '.', ',', ':', '/', '-', ')', '(', '*', '#', '|', '<', '>', '&'),
  fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)), // lone surrogates
  fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c)), // C0 controls, NUL included
);

/** Arbitrary Unicode: full code points, graphemes, and the tricky characters above. */
export const unicodeArb = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: trickyChar, maxLength: 300 }),
);

/** Arbitrary bytes, some dressed with the signatures and BOMs the input guard and decoder look at. */
export const bytesArb = fc.oneof(
  fc.uint8Array({ maxLength: 600 }),
  fc.tuple(
    fc.constantFrom(
      [0x25, 0x50, 0x44, 0x46, 0x2d], // %PDF-
      [0x50, 0x4b, 0x03, 0x04], // ZIP
      [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], // OLE
      [0xef, 0xbb, 0xbf], // UTF-8 BOM
      [0xff, 0xfe], // UTF-16LE BOM
      [0xfe, 0xff], // UTF-16BE BOM
      [0x25, 0x50, 0x44], // truncated signature
      [],
    ),
    fc.uint8Array({ maxLength: 400 }),
  ).map(([sig, rest]) => Uint8Array.from([...sig, ...rest])),
  // Vietnamese text in a legacy or UTF-16 encoding, with random bytes spliced in.
  fc.tuple(fc.string({ unit: trickyChar, maxLength: 200 }), fc.constantFrom('utf16le', 'utf16be', 'windows-1258', 'utf8'), fc.uint8Array({ maxLength: 8 }), fc.nat()).map(
    ([s, enc, junk, at]) => {
      const b = iconv.encode(s, enc);
      const i = b.length ? at % b.length : 0;
      return Uint8Array.from([...b.subarray(0, i), ...junk, ...b.subarray(i)]);
    },
  ),
);
