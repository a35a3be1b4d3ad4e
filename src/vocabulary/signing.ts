/**
 * Signing authority prefixes (thẩm quyền ký), Nghị định 30/2020/NĐ-CP, Điều 8 and Phụ lục I:
 *   TM.  thay mặt   (on behalf of a collective body: "TM. ỦY BAN NHÂN DÂN")
 *   KT.  ký thay    (a deputy signs for the head: "KT. CHỦ TỊCH")
 *   TL.  thừa lệnh  (a head of office signs by order: "TL. CHỦ TỊCH")
 *   TUQ. thừa ủy quyền
 *   Q.   quyền      (acting head: "Q. GIÁM ĐỐC")
 * Scans and old typewritten documents also write "T/M", "K/T", "T.M", "K.T" or forget the dot
 * ("KT.CHỦ TỊCH", "TL CHỦ TỊCH"); the record writes the standard form "KT. CHỦ TỊCH".
 */
import { LazyRegExp } from './lazy-regexp.js';
import { escapeRegExp } from './regex-escape.js';


export interface SigningPrefix {
  /** Standard form, with its dot. */
  canonical: 'TM.' | 'KT.' | 'TL.' | 'TUQ.' | 'Q.';
  /** Printed variants (without the dot or space that may follow). */
  variants: readonly string[];
}

export const SIGNING_PREFIXES: readonly SigningPrefix[] = [
  { canonical: 'TM.', variants: ['TM', 'T/M', 'T.M'] },
  { canonical: 'KT.', variants: ['KT', 'K/T', 'K.T'] },
  { canonical: 'TL.', variants: ['TL', 'T/L', 'T.L'] },
  { canonical: 'TUQ.', variants: ['TUQ', 'T.U.Q'] },
  { canonical: 'Q.', variants: ['Q'] },
];


const VARIANTS = SIGNING_PREFIXES.flatMap((p) => p.variants.map((v) => [v, p.canonical] as const)).sort(
  (a, b) => b[0].length - a[0].length,
);

/** Printed variant -> canonical prefix. */
export const CANONICAL_PREFIX: ReadonlyMap<string, SigningPrefix['canonical']> = new Map(VARIANTS);

/**
 * An authority line's prefix: a variant, then a dot/colon and/or a space, then a word in capitals.
 * "KT. CHỦ TỊCH", "KT.CHỦ TỊCH", "T/M UBND", "TL CHỦ TỊCH". "Q." needs its dot ("Q.Cường" in a
 * "Lưu" line is a drafter's initial, not "Q." followed by capitals).
 */
export const SIGNING_PREFIX = new LazyRegExp(
  `(?<![\\p{L}\\p{N}/.])(?<prefix>${VARIANTS.map(([v]) => escapeRegExp(v)).join('|')})(?:(?<dot>[.:])[ ]?|[ ])(?=\\p{Lu}{2}|\\p{Lu} \\p{Lu})`,
  'gu',
);
