/**
 * Windows-1252 in 0x80..0x9F: the punctuation Windows fonts put there (“ ” – … •). The legacy
 * Vietnamese font encodings (TCVN3, VNI) were used through ANSI fonts on Windows, which keep
 * these positions, and a legacy file misread as cp1252 turns its letters into these characters.
 * Bytes cp1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) read as the C1 control of the
 * same number, as the WHATWG decoder does.
 */
export const CP1252_80_9F =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

/** The character cp1252 gives a byte (Latin-1 above 0x9F, ASCII below 0x80). */
export function cp1252Char(byte: number): string {
  return byte >= 0x80 && byte < 0xa0 ? CP1252_80_9F[byte - 0x80] : String.fromCharCode(byte);
}

/** Character to cp1252 byte, for undoing a cp1252 misreading. Built at load. */
export const CP1252_BYTE: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>();
  for (let b = 0; b < 256; b++) m.set(cp1252Char(b), b);
  // Some tools turn the undefined bytes into U+FFFD or drop them; C1 controls map to themselves.
  for (let b = 0x80; b < 0xa0; b++) if (!m.has(String.fromCharCode(b))) m.set(String.fromCharCode(b), b);
  return m;
})();
