/**
 * UTF-8 to string, fast: Node's TextDecoder (and Buffer#toString) decode UTF-8 at under
 * 200 MB/s into a two-byte string on Node 20, so valid UTF-8 (checked by buffer.isUtf8, SIMD)
 * is converted to UTF-16LE by ICU (buffer.transcode, about 1 GB/s) and handed over as UCS-2,
 * which is a copy; without ICU, a loop here decodes it (about 270 MB/s). The result is exactly
 * TextDecoder('utf-8', { fatal: true }).decode(bytes): one leading byte order mark is dropped as
 * TextDecoder drops it. Invalid UTF-8 returns null (the caller decides what to do).
 */
import { isAscii, isUtf8, transcode } from 'node:buffer';
import { endianness } from 'node:os';

const UTF8_FATAL = new TextDecoder('utf-8', { fatal: true });
/** UCS-2 as Buffer#toString reads it is little-endian: the fast path needs a little-endian machine. */
const LITTLE_ENDIAN = endianness() === 'LE';

const hasBom = (b: Uint8Array) => b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf;

/** TextDecoder's strict UTF-8 decoding, or null for bytes that are not valid UTF-8. */
export function decodeUtf8Strict(bytes: Uint8Array): string | null {
  if (!isUtf8(bytes)) return null;
  const body = hasBom(bytes) ? bytes.subarray(3) : bytes;
  if (isAscii(body)) return Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('latin1');
  if (!LITTLE_ENDIAN) return UTF8_FATAL.decode(body);
  if (icu) {
    try {
      // Valid UTF-8 converts one for one (ICU keeps a U+FEFF it meets, as TextDecoder keeps a second one).
      return transcode(body, 'utf8', 'ucs2').toString('ucs2');
    } catch {
      icu = false; // a Node built without ICU: the loop below from now on
    }
  }
  return decodeValidUtf8(body);
}

/** Whether buffer.transcode works (Node built with ICU). */
let icu = true;

/** True when no byte is >= 0x80. */
export function asciiOnly(bytes: Uint8Array): boolean {
  return isAscii(bytes);
}

/** Code units written by the decoder, reused by documents up to its size (the string is a copy). */
let scratch = new Uint16Array(0);
const SCRATCH_MAX = 1 << 20;

/** Decodes bytes known to be valid UTF-8 (without a BOM to drop), without ICU. */
export function decodeValidUtf8(b: Uint8Array): string {
  const n = b.length;
  if (n > scratch.length && n <= SCRATCH_MAX) scratch = new Uint16Array(Math.max(n, Math.min(SCRATCH_MAX, scratch.length * 2)));
  const out = n <= scratch.length ? scratch : new Uint16Array(n);
  let j = 0;
  for (let i = 0; i < n; ) {
    const c = b[i];
    if (c < 0x80) {
      out[j++] = c;
      i++;
    } else if (c < 0xe0) {
      out[j++] = ((c & 0x1f) << 6) | (b[i + 1] & 0x3f);
      i += 2;
    } else if (c < 0xf0) {
      out[j++] = ((c & 0x0f) << 12) | ((b[i + 1] & 0x3f) << 6) | (b[i + 2] & 0x3f);
      i += 3;
    } else {
      const v = (((c & 0x07) << 18) | ((b[i + 1] & 0x3f) << 12) | ((b[i + 2] & 0x3f) << 6) | (b[i + 3] & 0x3f)) - 0x10000;
      out[j++] = 0xd800 + (v >> 10);
      out[j++] = 0xdc00 + (v & 0x3ff);
      i += 4;
    }
  }
  return Buffer.from(out.buffer, out.byteOffset, j * 2).toString('ucs2');
}
