/**
 * Character tables for fast scans: a Uint8Array over the UTF-16 code units, 1 for the units of a
 * set. A loop over charCodeAt with a table lookup scans a text several times faster than a regex
 * character class (with the `u` flag, V8 tests every character against the class), and lets a
 * step find out cheaply whether it has anything to do.
 */

/** A table marking every code unit of the given characters (BMP characters only). */
export function charTable(chars: Iterable<string>): Uint8Array {
  const t = new Uint8Array(0x10000);
  for (const ch of chars) {
    if (ch.length !== 1) throw new Error(`charTable: not a single UTF-16 unit: ${JSON.stringify(ch)}`);
    t[ch.charCodeAt(0)] = 1;
  }
  return t;
}

/** The first offset in [from, to) whose code unit is in the table, or -1. */
export function indexOfAny(text: string, table: Uint8Array, from = 0, to = text.length): number {
  for (let i = from; i < to; i++) if (table[text.charCodeAt(i)] === 1) return i;
  return -1;
}

/**
 * A predicate on code units, memoised per code unit: for tests that are costly on a string but
 * depend on one character only (a regex character class, case mapping). The answer for a code
 * unit is computed once, from the one-character string, so it is exactly the predicate's. A
 * surrogate is half of a character: the answer is `surrogate` (by default true, "may be", so
 * that a prefilter built on the predicate never rejects an astral character).
 */
export function memoCharPredicate(test: (ch: string) => boolean, surrogate = true): (code: number) => boolean {
  // 0 unknown, 1 true, 2 false; allocated on the first question (most are made at module load,
  // and a 64 KB table each was ~30 us of every engine start).
  let memo: Uint8Array | undefined;
  return (code) => {
    memo ??= new Uint8Array(0x10000);
    const v = memo[code];
    if (v !== 0) return v === 1;
    const r = code >= 0xd800 && code <= 0xdfff ? surrogate : test(String.fromCharCode(code));
    memo[code] = r ? 1 : 2;
    return r;
  };
}

/**
 * What `ch.toLowerCase() !== ch.toUpperCase()` (a cased letter) and `ch === ch.toLowerCase()`
 * say about a one-unit character, memoised: 0 not a cased letter, 1 lower case, 2 upper case.
 */
const CASE_MEMO = new Int8Array(0x10000).fill(-1);
export function caseOf(code: number): 0 | 1 | 2 {
  let v = CASE_MEMO[code];
  if (v === -1) {
    const ch = String.fromCharCode(code);
    v = ch.toLowerCase() === ch.toUpperCase() ? 0 : ch === ch.toLowerCase() ? 1 : 2;
    CASE_MEMO[code] = v;
  }
  return v as 0 | 1 | 2;
}

/** White space as String.prototype.trim removes it (WhiteSpace and LineTerminator). */
export function isTrimSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}
