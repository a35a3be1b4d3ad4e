/** Refuses input that is not a text document: empty, oversize, binary, PDF, ZIP (docx), OLE (doc). */
import { NoticeInputError } from '../errors.js';

const startsWith = (b: Uint8Array, sig: number[]) => sig.every((v, i) => b[i] === v);

export function guardBytes(bytes: Uint8Array, maxBytes: number): void {
  if (bytes.length > maxBytes) {
    throw new NoticeInputError('too-large', `input is ${bytes.length} bytes, above the limit of ${maxBytes} (--max-bytes)`);
  }
  if (bytes.length === 0) throw new NoticeInputError('empty', 'input is empty');
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) {
    throw new NoticeInputError('pdf', 'this is a PDF, not text: run OCR first (e.g. tesseract -l vie) and parse the text');
  }
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    throw new NoticeInputError('zip', 'this is a ZIP archive (perhaps a .docx): convert it to text first');
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    throw new NoticeInputError('ole', 'this is an OLE file (perhaps a .doc): convert it to text first');
  }
  // NUL bytes mean binary, unless the text is UTF-16 (every other byte NUL for Latin text).
  const probe = bytes.subarray(0, Math.min(bytes.length, 8192));
  let nul = 0;
  let nulEven = 0;
  for (let i = 0; i < probe.length; i++) {
    if (probe[i] === 0) {
      nul++;
      if (i % 2 === 0) nulEven++;
    }
  }
  if (nul > 0) {
    const utf16ish = nul >= probe.length / 4 && (nulEven === nul || nulEven === 0);
    const bom = (probe[0] === 0xff && probe[1] === 0xfe) || (probe[0] === 0xfe && probe[1] === 0xff);
    if (!utf16ish && !bom) throw new NoticeInputError('binary', 'this is a binary file (it contains NUL bytes), not text');
  }
}
