/**
 * Folding: a same-length, lower-case, diacritic-free copy of the text ("Ủy ban" -> "uy ban",
 * "ĐẮK LẮK" -> "dak lak"). Matching runs on the folded copy, so one scan finds every spelling
 * (old and new tone placement, any case, OCR-damaged diacritics); offsets are shared with the
 * original because every UTF-16 unit maps to exactly one unit. A lone line break inside a
 * paragraph folds to a space (hard-wrapped names still match); a blank line does not. Markdown
 * emphasis marks fold to spaces.
 */

/** Per-code-unit fold table for U+0000..U+024F and the Vietnamese block U+1EA0..U+1EFF. */
const TABLE: Map<number, number> = (() => {
  const t = new Map<number, number>();
  const add = (c: number) => {
    const ch = String.fromCharCode(c);
    const base = ch.normalize('NFD').charAt(0).toLowerCase();
    if (base.length === 1 && base.charCodeAt(0) !== c) t.set(c, base.charCodeAt(0));
  };
  for (let c = 0x41; c <= 0x24f; c++) add(c);
  for (let c = 0x1ea0; c <= 0x1eff; c++) add(c);
  for (const c of [0x110, 0x111, 0xd0, 0xf0, 0x189]) t.set(c, 0x64); // Đ đ Ð ð Ɖ -> d
  t.set(0x09, 0x20); // tab
  t.set(0x2a, 0x20); // "*": Markdown emphasis left in the text is never part of a name
  t.set(0x5f, 0x20); // "_"
  t.set(0x60, 0x20); // "`"
  t.set(0xa0, 0x20); // no-break space
  return t;
})();

const DECODER = new TextDecoder('utf-16le');
const IS_LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** Direct lookup for the first 0x2000 code units (Latin, Vietnamese); others go through TABLE. */
const FAST: Uint16Array = (() => {
  const a = new Uint16Array(0x2000);
  for (let c = 0; c < a.length; c++) a[c] = TABLE.get(c) ?? c;
  return a;
})();

/** Folds one string (same length as the input). */
export function fold(text: string): string {
  const n = text.length;
  const out = new Uint16Array(n);
  for (let i = 0; i < n; i++) {
    let c = text.charCodeAt(i);
    if (c === 0x0a) {
      // A lone line break joins a hard-wrapped line; a blank line stays a break.
      const prev = i > 0 ? text.charCodeAt(i - 1) : 0x0a;
      const next = i + 1 < n ? text.charCodeAt(i + 1) : 0x0a;
      if (prev !== 0x0a && next !== 0x0a) c = 0x20;
    } else {
      c = c < 0x2000 ? FAST[c] : (TABLE.get(c) ?? c);
    }
    out[i] = c;
  }
  if (IS_LITTLE_ENDIAN) return DECODER.decode(out);
  let s = '';
  for (let i = 0; i < n; i += 8192) s += String.fromCharCode(...out.subarray(i, i + 8192));
  return s;
}

/** A run of white space (collapsed to one space in keys and printed forms). */
export const WHITESPACE_RUN = /\s+/g;

/** Collapses white space to single spaces and trims. */
export function squash(text: string): string {
  return text.replace(WHITESPACE_RUN, ' ').trim();
}

/** Folds and collapses whitespace: the lookup key of a printed form. */
export function foldKey(text: string): string {
  return squash(fold(text));
}
