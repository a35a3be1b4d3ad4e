/**
 * Decoders for the legacy Vietnamese single-byte encodings. TCVN3 and VNI are table-driven from
 * tables/; Windows-1258 and VISCII use iconv-lite's tables (Windows-1258 writes tones as
 * combining marks, composed here to NFC).
 */
import iconv from 'iconv-lite';
import { cp1252Char } from './tables/cp1252.js';
import { TCVN3_LETTERS, TCVN3_VN1_EXTRAS } from './tables/tcvn3.js';
import { VNI_BASES, VNI_MARKS, VNI_SINGLE } from './tables/vni.js';

/** TCVN3 byte -> character. */
function tcvn3Decode(): string[] {
  const t: string[] = [];
  for (let b = 0; b < 256; b++) t.push(cp1252Char(b));
  for (const [ch, b] of Object.entries(TCVN3_LETTERS)) t[b] = ch;
  for (const [b, ch] of Object.entries(TCVN3_VN1_EXTRAS)) t[Number(b)] = ch;
  return t;
}

/**
 * The decoding tables of TCVN3 and VNI, built on the first document that needs one (most input
 * is UTF-8: building them was ~1 ms of every engine start).
 */
interface LegacyTables {
  tcvn3: Uint16Array;
  vniPair: Uint16Array;
  vniSingle: Uint16Array;
}
let tables: LegacyTables | undefined;
const legacyTables = (): LegacyTables => (tables ??= { tcvn3: Uint16Array.from(tcvn3Decode(), (ch) => ch.charCodeAt(0)), ...vniTables() });

const CHUNK = 1 << 13;

/** UTF-16 code units to a string, in chunks (fromCharCode takes a bounded argument list). */
function unitsToString(units: Uint16Array, length: number): string {
  const parts: string[] = [];
  for (let i = 0; i < length; i += CHUNK) {
    parts.push(String.fromCharCode.apply(null, units.subarray(i, Math.min(length, i + CHUNK)) as unknown as number[]));
  }
  return parts.join('');
}

/** TCVN3 (ABC) bytes to text, NFC. Capitals of the caps font are not restored here (tcvn3-caps.ts). */
export function decodeTcvn3(bytes: Uint8Array): string {
  const { tcvn3 } = legacyTables();
  const units = new Uint16Array(bytes.length);
  let vn1Marks = false;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    units[i] = tcvn3[b];
    if (b >= 0xb0 && b <= 0xb4) vn1Marks = true;
  }
  const text = unitsToString(units, units.length);
  // VN1's combining tone marks (0xB0..0xB4) need composing; VN3 text has none.
  return vn1Marks ? text.normalize('NFC') : text;
}

/** VNI base letter + mark byte -> precomposed lowercase letter. Key: base + ':' + lowercase mark byte. */
function vniCompose(): ReadonlyMap<string, string> {
  const m = new Map<string, string>();
  for (const [base, takes] of Object.entries(VNI_BASES)) {
    for (const [byte, mark] of Object.entries(VNI_MARKS)) {
      if (mark.quality === 'circumflex' && !takes.circumflex) continue;
      if (mark.quality === 'breve' && !takes.breve) continue;
      const quality = mark.quality === 'circumflex' ? '\u0302' : mark.quality === 'breve' ? '\u0306' : '';
      m.set(`${base}:${byte}`, (base + quality + mark.tone).normalize('NFC'));
    }
  }
  return m;
}

/** VNI byte -> the base letter it is when a mark byte may follow (uppercase bytes too). */
function vniBaseBytes(): ReadonlyMap<number, { base: string; upper: boolean }> {
  const m = new Map<number, { base: string; upper: boolean }>();
  for (const base of Object.keys(VNI_BASES)) {
    if (base.charCodeAt(0) < 0x80) {
      m.set(base.charCodeAt(0), { base, upper: false });
      m.set(base.toUpperCase().charCodeAt(0), { base, upper: true });
    }
  }
  for (const [b, ch] of Object.entries(VNI_SINGLE)) {
    if (ch in VNI_BASES) {
      m.set(Number(b), { base: ch, upper: false });
      m.set(Number(b) - 0x20, { base: ch, upper: true });
    }
  }
  return m;
}

/**
 * The VNI decoding tables as code units: PAIR[base byte * 64 + mark byte - 0xC0] is the letter a
 * base byte and a following mark byte (lowercase 0xE0.. or uppercase 0xC0.. form) make, 0 if none;
 * SINGLE[byte] is what a byte alone reads as.
 */
function vniTables(): { vniPair: Uint16Array; vniSingle: Uint16Array } {
  const pairs = new Uint16Array(256 * 64);
  const singles = new Uint16Array(256);
  for (let b = 0; b < 256; b++) {
    const single = b >= 0xe0 ? VNI_SINGLE[b] : b >= 0xc0 ? VNI_SINGLE[b + 0x20]?.toUpperCase() : undefined;
    singles[b] = (single ?? cp1252Char(b)).charCodeAt(0);
  }
  const compose = vniCompose();
  for (const [b, base] of vniBaseBytes()) {
    for (let mark = 0xc0; mark < 0x100; mark++) {
      const composed = compose.get(`${base.base}:${mark >= 0xe0 ? mark : mark + 0x20}`);
      if (composed) pairs[b * 64 + mark - 0xc0] = (base.upper ? composed.toUpperCase() : composed).charCodeAt(0);
    }
  }
  return { vniPair: pairs, vniSingle: singles };
}

/** VNI-Windows bytes to text, NFC. Bytes that are not VNI letters read as cp1252. */
export function decodeVni(bytes: Uint8Array): string {
  const { vniPair, vniSingle } = legacyTables();
  const units = new Uint16Array(bytes.length);
  let n = 0;
  const last = bytes.length - 1;
  for (let i = 0; i <= last; i++) {
    const b = bytes[i];
    if (i < last) {
      const next = bytes[i + 1];
      if (next >= 0xc0) {
        const pair = vniPair[b * 64 + next - 0xc0];
        if (pair !== 0) {
          units[n++] = pair;
          i++;
          continue;
        }
      }
    }
    units[n++] = vniSingle[b];
  }
  return unitsToString(units, n);
}

/** Windows-1258 bytes to NFC text. */
export function decodeWindows1258(bytes: Uint8Array): string {
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'windows1258').normalize('NFC');
}

/** VISCII bytes to text. */
export function decodeViscii(bytes: Uint8Array): string {
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'viscii');
}
