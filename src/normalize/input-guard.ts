/**
 * Input that is not a text document: refused with a NoticeInputError (empty, oversize, binary,
 * PDF, ZIP/docx, OLE/doc, images and archives). Text that reads but has no Vietnamese in it is
 * not refused: it gets a warning ("normalize/not-vietnamese") and goes through.
 */
import { NoticeInputError } from '../errors.js';
import type { Severity } from '../context.js';

const startsWith = (b: Uint8Array, sig: number[], at = 0) => sig.every((v, i) => b[at + i] === v);

/** File signatures of formats that are not text, with what to tell the user. */
export const MAGIC: readonly { sig: number[]; at?: number; code: 'pdf' | 'zip' | 'ole' | 'binary'; message: string }[] = [
  { sig: [0x25, 0x50, 0x44, 0x46, 0x2d], code: 'pdf', message: 'this is a PDF, not text: run OCR first (e.g. tesseract -l vie) and parse the text' },
  { sig: [0x50, 0x4b, 0x03, 0x04], code: 'zip', message: 'this is a ZIP archive (perhaps a .docx): convert it to text first' },
  { sig: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], code: 'ole', message: 'this is an OLE file (perhaps a .doc): convert it to text first' },
  { sig: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], code: 'binary', message: 'this is a PNG image, not text: run OCR first' },
  { sig: [0xff, 0xd8, 0xff], code: 'binary', message: 'this is a JPEG image, not text: run OCR first' },
  { sig: [0x47, 0x49, 0x46, 0x38], code: 'binary', message: 'this is a GIF image, not text' },
  { sig: [0x49, 0x49, 0x2a, 0x00], code: 'binary', message: 'this is a TIFF image, not text: run OCR first' },
  { sig: [0x4d, 0x4d, 0x00, 0x2a], code: 'binary', message: 'this is a TIFF image, not text: run OCR first' },
  { sig: [0x1f, 0x8b], code: 'binary', message: 'this is a gzip archive: decompress it first' },
  { sig: [0x52, 0x61, 0x72, 0x21], code: 'binary', message: 'this is a RAR archive, not text' },
  { sig: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], code: 'binary', message: 'this is a 7z archive, not text' },
  { sig: [0x7b, 0x5c, 0x72, 0x74, 0x66], code: 'binary', message: 'this is an RTF file: convert it to text first' },
];

/** C0 control bytes that VISCII uses for letters (Ẳ Ẵ Ẫ Ỷ Ỹ Ỵ) or text uses (tab, LF, VT, FF, CR, ESC). */
const TEXT_CONTROLS = new Set([0x02, 0x05, 0x06, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x14, 0x19, 0x1b, 0x1e]);

const TEXT_CONTROL_TABLE = Uint8Array.from({ length: 0x20 }, (_, b) => (TEXT_CONTROLS.has(b) ? 1 : 0));
/** Per byte: 1 for a control byte that is not a text control (nor NUL, counted apart). */
const BINARY_CONTROL = Uint8Array.from({ length: 0x100 }, (_, b) => (b > 0 && b < 0x20 && !TEXT_CONTROLS.has(b) ? 1 : 0));

/**
 * The bytes of BINARY_CONTROL in `b`, read four at a time where the bytes are aligned: a word
 * with no byte below 0x20 (the "has less" bit test: (x - 0x20202020) & ~x & 0x80808080 is zero
 * exactly then) has none, and the rest are counted one by one.
 */
export function countBinaryControls(b: Uint8Array): number {
  let count = 0;
  const n = b.length;
  let i = 0;
  // Up to a multiple of four from the buffer's start.
  const head = Math.min(n, (4 - ((b.byteOffset + 0) & 3)) & 3);
  for (; i < head; i++) count += BINARY_CONTROL[b[i]];
  const words = (n - i) >> 2;
  if (words > 0) {
    const w = new Uint32Array(b.buffer, b.byteOffset + i, words);
    for (let k = 0; k < words; k++) {
      const x = w[k];
      if (((x - 0x20202020) & ~x & 0x80808080) === 0) continue;
      const j = i + 4 * k;
      count += BINARY_CONTROL[b[j]] + BINARY_CONTROL[b[j + 1]] + BINARY_CONTROL[b[j + 2]] + BINARY_CONTROL[b[j + 3]];
    }
    i += 4 * words;
  }
  for (; i < n; i++) count += BINARY_CONTROL[b[i]];
  return count;
}

export function guardBytes(bytes: Uint8Array, maxBytes: number): void {
  if (bytes.length > maxBytes) {
    throw new NoticeInputError('too-large', `input is ${bytes.length} bytes, above the limit of ${maxBytes} (--max-bytes)`);
  }
  if (bytes.length === 0) throw new NoticeInputError('empty', 'input is empty');
  for (const m of MAGIC) if (startsWith(bytes, m.sig, m.at)) throw new NoticeInputError(m.code, m.message);
  // NUL bytes mean binary, unless the text is UTF-16 (every other byte NUL for Latin text).
  const probe = bytes.subarray(0, Math.min(bytes.length, 8192));
  let nul = 0;
  let nulEven = 0;
  let controls = 0;
  if (probe.indexOf(0) === -1) {
    // No NUL byte (found natively): only the control bytes to count.
    controls = countBinaryControls(probe);
  } else {
    for (let i = 0; i < probe.length; i++) {
      const b = probe[i];
      if (b === 0) {
        nul++;
        if (i % 2 === 0) nulEven++;
      } else if (b < 0x20 && TEXT_CONTROL_TABLE[b] === 0) controls++;
    }
  }
  const bom = (probe[0] === 0xff && probe[1] === 0xfe) || (probe[0] === 0xfe && probe[1] === 0xff);
  const utf16ish = bom || (nul >= probe.length / 4 && (nulEven === nul || nulEven === 0));
  if (nul > 0 && !utf16ish) throw new NoticeInputError('binary', 'this is a binary file (it contains NUL bytes), not text');
  if (!utf16ish && probe.length >= 64 && controls / probe.length > 0.1) {
    throw new NoticeInputError('binary', 'this looks like a binary file (many control bytes), not text');
  }
}

export interface TextNote {
  code: string;
  severity: Severity;
  message: string;
}

/**
 * Letters only Vietnamese writes among Latin-script languages: ă đ ơ ư, and the block
 * U+1EA0-U+1EF9 (vowels with the dot below, the hook above, and the stacked marks: ạ ả ấ ầ ...).
 */
export const VIETNAMESE_ONLY: ReadonlySet<string> = new Set([...'ăđơưĂĐƠƯ']);

/**
 * Per code unit: 0 not counted, 1 a cased letter (ASCII; Latin letters with diacritics in
 * Latin-1, Extended-A/B and Extended Additional), 2 one of those only Vietnamese writes.
 */
const LETTER_KIND = (() => {
  const t = new Uint8Array(0x10000);
  t.fill(1, 0x41, 0x5b);
  t.fill(1, 0x61, 0x7b);
  t.fill(1, 0xc0, 0x250);
  t[0xd7] = 0;
  t[0xf7] = 0;
  t.fill(1, 0x1e00, 0x1f00);
  t.fill(2, 0x1ea0, 0x1efa);
  for (const ch of VIETNAMESE_ONLY) t[ch.charCodeAt(0)] = 2;
  return t;
})();

/** Refuses decoded input that is only white space. */
export function guardDecoded(decoded: string): void {
  for (let i = 0; i < decoded.length; i++) {
    const c = decoded.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12 && c !== 11 && c !== 0xfeff && c !== 0xa0) return;
  }
  throw new NoticeInputError('empty', 'input has no text (only white space)');
}

/** Checks the normalised text: nothing left, or no Vietnamese letters, gets a warning. */
export function guardText(text: string): TextNote[] {
  if (text.length === 0) {
    return [{ code: 'normalize/no-text', severity: 'warning', message: 'nothing is left after removing markup, page furniture and site chrome' }];
  }
  // Counted in one pass over a sample: cased letters, and letters only Vietnamese writes.
  const n = Math.min(text.length, 20000);
  let letters = 0;
  let vi = 0;
  for (let i = 0; i < n; i++) {
    const k = LETTER_KIND[text.charCodeAt(i)];
    if (k === 0) continue;
    letters++;
    if (k === 2) {
      vi++;
      // Enough Vietnamese letters for any count of letters in the sample: no warning.
      if (vi * 200 >= n) return [];
    }
  }
  if (letters < 40) return [];
  if (vi / letters < 0.005) {
    return [
      {
        code: 'normalize/not-vietnamese',
        severity: 'warning',
        message: `no Vietnamese letters found (${vi} of ${letters}): this may not be a Vietnamese document, or its encoding was misdetected`,
      },
    ];
  }
  return [];
}
