/**
 * Decoders for the legacy Vietnamese single-byte encodings. TCVN3 and VNI are table-driven from
 * tables/; Windows-1258 and VISCII use iconv-lite's tables (Windows-1258 writes tones as
 * combining marks, composed here to NFC).
 */
import iconv from 'iconv-lite';
import { cp1252Char } from './tables/cp1252.js';
import { TCVN3_LETTERS, TCVN3_VN1_EXTRAS } from './tables/tcvn3.js';
import { VNI_BASES, VNI_MARKS, VNI_SINGLE } from './tables/vni.js';

const CHUNK = 1 << 15;

/** TCVN3 byte -> character, built at load. */
export const TCVN3_DECODE: readonly string[] = (() => {
  const t: string[] = [];
  for (let b = 0; b < 256; b++) t.push(cp1252Char(b));
  for (const [ch, b] of Object.entries(TCVN3_LETTERS)) t[b] = ch;
  for (const [b, ch] of Object.entries(TCVN3_VN1_EXTRAS)) t[Number(b)] = ch;
  return t;
})();

function byTable(bytes: Uint8Array, table: readonly string[]): string {
  const parts: string[] = [];
  let buf: string[] = [];
  for (let i = 0; i < bytes.length; i++) {
    buf.push(table[bytes[i]]);
    if (buf.length === CHUNK) {
      parts.push(buf.join(''));
      buf = [];
    }
  }
  parts.push(buf.join(''));
  return parts.join('');
}

/** TCVN3 (ABC) bytes to text, NFC. Capitals of the caps font are not restored here (tcvn3-caps.ts). */
export function decodeTcvn3(bytes: Uint8Array): string {
  const text = byTable(bytes, TCVN3_DECODE);
  // VN1's combining tone marks (0xB0..0xB4) need composing; VN3 text has none.
  for (let i = 0; i < bytes.length; i++) if (bytes[i] >= 0xb0 && bytes[i] <= 0xb4) return text.normalize('NFC');
  return text;
}

/** VNI base letter + mark byte -> precomposed lowercase letter. Key: base + ':' + lowercase mark byte. */
export const VNI_COMPOSE: ReadonlyMap<string, string> = (() => {
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
})();

/** VNI byte -> base letter it stands for when a mark byte may follow. */
const VNI_BASE_BYTES: ReadonlyMap<number, { base: string; upper: boolean }> = (() => {
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
})();

/** VNI-Windows bytes to text, NFC. Bytes that are not VNI letters read as cp1252. */
export function decodeVni(bytes: Uint8Array): string {
  const parts: string[] = [];
  let buf: string[] = [];
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    const base = VNI_BASE_BYTES.get(b);
    const next = bytes[i + 1];
    if (base && next !== undefined && next >= 0xc0) {
      // Mark bytes come in a lowercase (0xE0..0xFF) and an uppercase (0xC0..0xDF) form.
      const composed = VNI_COMPOSE.get(`${base.base}:${next >= 0xe0 ? next : next + 0x20}`);
      if (composed) {
        buf.push(base.upper ? composed.toUpperCase() : composed);
        i++;
        continue;
      }
    }
    if (b < 0x80) buf.push(String.fromCharCode(b));
    else {
      const single = b >= 0xe0 ? VNI_SINGLE[b] : b >= 0xc0 ? VNI_SINGLE[b + 0x20]?.toUpperCase() : undefined;
      buf.push(single ?? cp1252Char(b));
    }
    if (buf.length >= CHUNK) {
      parts.push(buf.join(''));
      buf = [];
    }
  }
  parts.push(buf.join(''));
  return parts.join('');
}

/** Windows-1258 bytes to NFC text. */
export function decodeWindows1258(bytes: Uint8Array): string {
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'windows1258').normalize('NFC');
}

/** VISCII bytes to text. */
export function decodeViscii(bytes: Uint8Array): string {
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'viscii');
}
