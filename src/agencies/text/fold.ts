/**
 * Folding: a same-length, lower-case, diacritic-free copy of the text ("Ủy ban" -> "uy ban",
 * "ĐẮK LẮK" -> "dak lak"). Matching runs on the folded copy, so one scan finds every spelling
 * (old and new tone placement, any case, OCR-damaged diacritics); offsets are shared with the
 * original because every UTF-16 unit maps to exactly one unit. A lone line break inside a
 * paragraph folds to a space (hard-wrapped names still match); a blank line does not. Any other
 * mark ("*", "_", "`") stays as it is, so no name is read across it ("UBND tỉnh*ỦY BAN": not
 * "Tỉnh ủy"); the normaliser has removed Markdown's own markers already.
 */
import { StringMemo } from './memo.js';

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
  t.set(0xa0, 0x20); // no-break space
  return t;
})();

const IS_LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** Direct lookup for the first 0x2000 code units (Latin, Vietnamese); others go through TABLE. */
const FAST: Uint16Array = (() => {
  const a = new Uint16Array(0x2000);
  for (let c = 0; c < a.length; c++) a[c] = c;
  // TABLE's entries only (not a lookup per code unit: part of every cold start).
  for (const [c, f] of TABLE) if (c < a.length) a[c] = f;
  return a;
})();

/** Texts up to this many units are folded in one reused buffer (larger ones get their own). */
const SCRATCH_MAX = 1 << 20;

/** The reused buffer (bytes) and its UTF-16 view; grown up to SCRATCH_MAX units. */
let scratch = Buffer.alloc(1 << 15);
let scratch16 = new Uint16Array(scratch.buffer, scratch.byteOffset, scratch.length >> 1);

/**
 * Folds one string (same length as the input). Surrogates are decoded as a UTF-16 decoder does:
 * a pair is kept, a lone one becomes U+FFFD.
 */
export function fold(text: string): string {
  const n = text.length;
  // Short strings (words, names): most are folded already; those are returned as they are, and
  // the others are built without a buffer (setting one up costs more than the work).
  if (n <= SHORT) return foldShort(text, n);
  let bytes = scratch;
  let out = scratch16;
  if (n > out.length) {
    bytes = Buffer.allocUnsafe(2 * n);
    out = new Uint16Array(bytes.buffer, bytes.byteOffset, n);
    if (n <= SCRATCH_MAX) {
      scratch = bytes;
      scratch16 = out;
    }
  }
  // The units are copied in one native write and folded in place (reading them one by one with
  // charCodeAt cost three times as much).
  if (IS_LITTLE_ENDIAN) bytes.write(text, 0, 2 * n, 'utf16le');
  else for (let i = 0; i < n; i++) out[i] = text.charCodeAt(i);
  let prev = 0x0a;
  for (let i = 0; i < n; i++) {
    const c = out[i];
    if (c < 0x2000) {
      // A lone line break joins a hard-wrapped line; a blank line stays a break.
      if (c !== 0x0a) out[i] = FAST[c];
      else if (prev !== 0x0a && i + 1 < n && out[i + 1] !== 0x0a) out[i] = 0x20;
    } else if ((c & 0xf800) === 0xd800) {
      const next = i + 1 < n ? out[i + 1] : 0;
      if (c <= 0xdbff && (next & 0xfc00) === 0xdc00) {
        // A pair is kept as it is.
        prev = next;
        i++;
        continue;
      }
      out[i] = 0xfffd;
    } else {
      out[i] = TABLE.get(c) ?? c;
    }
    prev = c;
  }
  // The buffer holds the units in the machine's order; Buffer decodes UTF-16 little-endian.
  if (IS_LITTLE_ENDIAN) return bytes.toString('utf16le', 0, 2 * n);
  let s = '';
  for (let i = 0; i < n; i += 8192) s += String.fromCharCode(...out.subarray(i, Math.min(n, i + 8192)));
  return s;
}

/** Length up to which fold() works without a typed array. */
const SHORT = 64;

/** The fold of one code unit, the line-break rule aside. */
function foldUnit(c: number): number {
  return c < 0x2000 ? FAST[c] : (TABLE.get(c) ?? c);
}

function foldShort(text: string, n: number): string {
  // The first unit that changes (or a surrogate); none: the string is its own fold.
  let i = 0;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || (c >= 0xd800 && c <= 0xdfff) || foldUnit(c) !== c) break;
  }
  if (i === n) return text;
  let out = text.slice(0, i);
  for (; i < n; i++) {
    let c = text.charCodeAt(i);
    if (c === 0x0a) {
      const prev = i > 0 ? text.charCodeAt(i - 1) : 0x0a;
      const next = i + 1 < n ? text.charCodeAt(i + 1) : 0x0a;
      if (prev !== 0x0a && next !== 0x0a) c = 0x20;
    } else if (c >= 0xd800 && c <= 0xdfff) {
      // As in the long path: a pair is kept, a lone surrogate becomes U+FFFD.
      const next = i + 1 < n ? text.charCodeAt(i + 1) : 0;
      if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        out += String.fromCharCode(c, next);
        i++;
        continue;
      }
      c = 0xfffd;
    } else {
      c = foldUnit(c);
    }
    out += String.fromCharCode(c);
  }
  return out;
}

/** A run of white space (collapsed to one space in keys and printed forms). */
export const WHITESPACE_RUN = /\s+/g;

/** True for a code unit that `\s` matches other than the plain space (tab, line breaks, no-break and wide spaces). */
function isOtherSpace(c: number): boolean {
  if (c < 0x21) return c >= 0x09 && c <= 0x0d;
  if (c < 0xa0) return false;
  if (c === 0xa0 || c === 0x1680 || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff) return true;
  return c >= 0x2000 && c <= 0x200a;
}

/** Collapses white space to single spaces and trims. */
export function squash(text: string): string {
  // Most strings are squashed already (one space between words, none at the ends): kept as they are.
  const n = text.length;
  let ok = n === 0 || (text.charCodeAt(0) !== 0x20 && text.charCodeAt(n - 1) !== 0x20);
  for (let i = 0, prevSpace = false; ok && i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20) {
      if (prevSpace) ok = false;
      prevSpace = true;
    } else if (isOtherSpace(c)) {
      ok = false;
    } else {
      prevSpace = false;
    }
  }
  if (ok) return text;
  return text.replace(WHITESPACE_RUN, ' ').trim();
}

/** Keys of strings seen before: names, places and forms recur from one document to the next. */
const KEYS = new StringMemo<string>(20_000);

/** Folds and collapses whitespace: the lookup key of a printed form. */
export function foldKey(text: string): string {
  let key = KEYS.get(text);
  if (key === undefined) {
    key = squash(fold(text));
    KEYS.set(text, key);
  }
  return key;
}

/** Words folded to lower case, kept (names' words recur). */
const WORDS = new StringMemo<string>(20_000);

/** fold(word).toLowerCase(), remembered. */
export function foldLower(word: string): string {
  let f = WORDS.get(word);
  if (f === undefined) {
    f = fold(word).toLowerCase();
    WORDS.set(word, f);
  }
  return f;
}
