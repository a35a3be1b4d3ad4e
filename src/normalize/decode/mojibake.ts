/**
 * Mojibake repair: a legacy file that was opened as cp1252 and saved as UTF-8 reads "Th«ng b¸o"
 * (TCVN3) or "Thoâng baùo" (VNI); a UTF-8 file read as cp1252 reads "ThÃ´ng bÃ¡o". Undo the
 * misreading (characters back to cp1252 bytes) and decode the bytes properly. Characters cp1252
 * has no byte for (real Unicode text mixed in) are kept as they are.
 */
import { CP1252_BYTE, cp1252Char } from './tables/cp1252.js';

/** Re-encodes the cp1252-representable runs of `text` and decodes each run with `decode`. */
export function undoCp1252(text: string, decode: (bytes: Uint8Array) => string): string {
  const out: string[] = [];
  const buf = new Uint8Array(text.length);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Latin-1 (and the C1 controls some decoders leave) map to their own byte.
    const b = c < 0x100 ? c : CP1252_BYTE.get(text[i]);
    if (b === undefined) {
      if (n) out.push(decode(buf.slice(0, n)));
      n = 0;
      out.push(text[i]);
    } else {
      buf[n++] = b;
    }
  }
  if (n) out.push(decode(buf.slice(0, n)));
  return out.join('');
}

const UTF8_FATAL = new TextDecoder('utf-8', { fatal: true });

/** UTF-8 bytes read as cp1252: decode each re-encoded run as UTF-8, keeping runs that are not UTF-8. */
export function undoUtf8AsCp1252(text: string): string {
  return undoCp1252(text, (bytes) => {
    try {
      return UTF8_FATAL.decode(bytes);
    } catch {
      let s = '';
      for (const b of bytes) s += cp1252Char(b); // unchanged: this run was not mojibake
      return s;
    }
  });
}
