/**
 * Encoders for the legacy encodings: the inverse of legacy.ts. The pipeline never encodes; these
 * serve the round-trip tests, the mojibake repair's tests and scripts/make-variants.ts.
 * Each returns the bytes and the characters it could not encode (written as "?").
 */
import iconv from 'iconv-lite';
import { CP1252_BYTE, cp1252Char } from './tables/cp1252.js';
import { TCVN3_LETTERS } from './tables/tcvn3.js';
import { VNI_MARKS, VNI_SINGLE } from './tables/vni.js';

export interface Encoded {
  bytes: Uint8Array;
  /** Characters the encoding has no byte for, in order of first appearance. */
  unencodable: string[];
}

class ByteSink {
  private readonly out: number[] = [];
  private readonly missing = new Set<string>();
  push(...b: number[]): void {
    for (const x of b) this.out.push(x);
  }
  miss(ch: string): void {
    this.missing.add(ch);
    this.out.push(0x3f);
  }
  done(): Encoded {
    return { bytes: Uint8Array.from(this.out), unencodable: [...this.missing] };
  }
}

const TONES = '\u0300\u0301\u0303\u0309\u0323';

/** Splits a precomposed letter into its toneless form and tone ("ấ" -> "â", U+0301). */
export function splitTone(ch: string): { toneless: string; tone: string } {
  const d = ch.normalize('NFD');
  let tone = '';
  let rest = '';
  for (const c of d) {
    if (TONES.includes(c)) tone = c;
    else rest += c;
  }
  return { toneless: rest.normalize('NFC'), tone };
}

/**
 * TCVN3 (VN3). Capitals VN3 lacks are written as the lowercase letter, as the caps font stores
 * them. Cp1252 punctuation (0x80..0x9F) and NBSP keep their Windows bytes.
 */
export function encodeTcvn3(text: string): Encoded {
  const sink = new ByteSink();
  for (const ch of text.normalize('NFC')) {
    const c = ch.charCodeAt(0);
    if (ch.length === 1 && c < 0x80) sink.push(c);
    else if (ch in TCVN3_LETTERS) sink.push(TCVN3_LETTERS[ch]);
    else if (ch.toLowerCase() in TCVN3_LETTERS) sink.push(TCVN3_LETTERS[ch.toLowerCase()]);
    else {
      const b = CP1252_BYTE.get(ch);
      if (b !== undefined && b >= 0x80 && b <= 0xa0 && cp1252Char(b) === ch) sink.push(b);
      else sink.miss(ch);
    }
  }
  return sink.done();
}

const VNI_MARK_BYTE: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>();
  for (const [b, mark] of Object.entries(VNI_MARKS)) m.set(`${mark.quality}:${mark.tone}`, Number(b));
  return m;
})();
const VNI_SINGLE_BYTE: ReadonlyMap<string, number> = new Map(Object.entries(VNI_SINGLE).map(([b, ch]) => [ch, Number(b)]));

/** VNI-Windows. Cp1252 punctuation and symbols (0x80..0xBF) keep their Windows bytes. */
export function encodeVni(text: string): Encoded {
  const sink = new ByteSink();
  for (const ch of text.normalize('NFC')) {
    const c = ch.charCodeAt(0);
    if (ch.length === 1 && c < 0x80) {
      sink.push(c);
      continue;
    }
    const lower = ch.toLowerCase();
    const upper = ch !== lower;
    const single = VNI_SINGLE_BYTE.get(lower);
    if (single !== undefined) {
      sink.push(upper ? single - 0x20 : single);
      continue;
    }
    const { toneless, tone } = splitTone(lower);
    let base = toneless;
    let quality = '';
    if (toneless === 'â' || toneless === 'ê' || toneless === 'ô') {
      base = toneless.normalize('NFD')[0];
      quality = 'circumflex';
    } else if (toneless === 'ă') {
      base = 'a';
      quality = 'breve';
    }
    const baseByte =
      base.length === 1 && base.charCodeAt(0) < 0x80 ? base.charCodeAt(0) : VNI_SINGLE_BYTE.get(base); // ơ, ư
    const markByte = VNI_MARK_BYTE.get(`${quality}:${tone}`);
    if (baseByte !== undefined && 'aeouyơư'.includes(base) && (quality || tone) && markByte !== undefined) {
      const bb = upper ? (baseByte < 0x80 ? base.toUpperCase().charCodeAt(0) : baseByte - 0x20) : baseByte;
      sink.push(bb, upper ? markByte - 0x20 : markByte);
      continue;
    }
    const b = CP1252_BYTE.get(ch);
    if (b !== undefined && b >= 0x80 && b < 0xc0 && cp1252Char(b) === ch) sink.push(b);
    else sink.miss(ch);
  }
  return sink.done();
}

/** Reverse table of an iconv-lite single-byte code page. */
function reverseTable(encoding: string): ReadonlyMap<string, number> {
  const m = new Map<string, number>();
  for (let b = 0; b < 256; b++) {
    const ch = iconv.decode(Buffer.from([b]), encoding);
    if (ch !== '\uFFFD' && !m.has(ch)) m.set(ch, b);
  }
  return m;
}

const CP1258 = reverseTable('windows1258');
const VISCII = reverseTable('viscii');

/**
 * Windows-1258: a letter the code page has precomposed keeps its byte; otherwise the toneless
 * letter (â, ơ, ...) followed by the tone as a combining mark, as Windows writes it.
 */
export function encodeWindows1258(text: string): Encoded {
  const sink = new ByteSink();
  for (const ch of text.normalize('NFC')) {
    const direct = CP1258.get(ch);
    if (direct !== undefined) {
      sink.push(direct);
      continue;
    }
    const { toneless, tone } = splitTone(ch);
    const base = CP1258.get(toneless);
    const mark = CP1258.get(tone);
    if (tone && base !== undefined && mark !== undefined) sink.push(base, mark);
    else sink.miss(ch);
  }
  return sink.done();
}

export function encodeViscii(text: string): Encoded {
  const sink = new ByteSink();
  for (const ch of text.normalize('NFC')) {
    const b = VISCII.get(ch);
    if (b !== undefined) sink.push(b);
    else sink.miss(ch);
  }
  return sink.done();
}

/** The text a legacy file shows when read as cp1252 (what gets saved as UTF-8 mojibake). */
export function readAsCp1252(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += cp1252Char(b);
  return s;
}
