/**
 * The marker grammar of Vietnamese administrative lists, as data, and one scanner for it.
 *
 * Nghị định 30/2020/NĐ-CP (Phụ lục I, bố cục nội dung) numbers parts with Roman numerals
 * ("I.", "II."), then Arabic numerals ("1.", "2."), then letters ("a)", "b)"), then dashes and
 * plus signs. In practice documents also use "1)", "1/", "(1)", "1.1." and "•". A Quyết định or
 * Nghị quyết numbers its articles "Điều 1.", "Điều 2.". Letter lists follow the Vietnamese
 * alphabet, which has no f, j, w or z: a b c d đ e g h i k l m n o p q r s t u v x y.
 */

export type MarkerFamily = 'dieu' | 'roman' | 'arabic' | 'paren' | 'decimal' | 'letter' | 'bullet';

/** A marker style: family plus punctuation ("arabic." vs "arabic)"), the unit of nesting. */
export type MarkerKind =
  | 'dieu'
  | 'roman'
  | 'arabic.'
  | 'arabic)'
  | 'arabic/'
  | 'paren'
  | 'decimal'
  | 'letter)'
  | 'letter.'
  | 'bullet-'
  | 'bullet+'
  | 'bullet•';

export interface MarkerMatch {
  kind: MarkerKind;
  family: MarkerFamily;
  /** The marker as printed, normalised: "1.", "a)", "II.", "Điều 1.", "-", "(1)". */
  printed: string;
  /** The id component: "1", "a", "II", "1.1"; the bullet itself for bullets. */
  label: string;
  /** 1-based ordinal value (letters by the Vietnamese alphabet); 0 for bullets. */
  value: number;
  /** For letters: the 1-based position in the Latin alphabet (a list that uses f, j, w, z). */
  latinValue?: number;
  /** For decimal markers ("2.3."): the numbers before the last one ("2"). */
  prefix?: string;
  /** Offsets of the marker itself in the text. */
  start: number;
  end: number;
  /** Where the item's own text starts on this line (after spaces and leftover markup). */
  restStart: number;
  /** True when the text after the marker starts with a capital letter, a quote or a bracket; null when nothing follows on the line. */
  restUpper: boolean | null;
}

/** Letters of a Vietnamese list, in order. */
export const VIETNAMESE_LIST_LETTERS: readonly string[] = [
  'a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'x', 'y',
];
const LATIN_LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** Roman numerals used as section numbers, I to XX. */
export const ROMAN_NUMERALS: readonly string[] = [
  'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X',
  'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII', 'XVIII', 'XIX', 'XX',
];

/**
 * The scanner, applied (sticky) at the start of a line's content. One branch per family; the
 * branches start with distinct characters or are tried in an order where the longer form wins
 * ("1.1." before "1.").
 */
export const MARKER_RE = new RegExp(
  [
    '(?<dieu>(?:Điều|ĐIỀU)[ \\t]{1,3}(?<dieuNum>\\d{1,3})(?<dieuP>[.:])?)',
    '(?<paren>\\((?<parenNum>\\d{1,2})\\))',
    '(?<dec>(?<decNum>\\d{1,2}(?:\\.(?:\\d{1,2}|l)){1,3})[.,]?)(?=[ \\t*_\\n]|$)',
    '(?<arabic>(?<arabicNum>\\d{1,2})(?<arabicP>[.)/]))(?!\\d)',
    '(?<roman>(?<romanNum>[IVX]{1,5}|l)\\.)',
    '(?<letter>(?<letterCh>[a-zđ])(?<letterP>[).]))',
    '(?<bullet>[-+•])',
  ].join('|'),
  'uy',
);

/** What may follow a marker before its text: spaces and leftover markup. */
export const AFTER_MARKER_RE = /[ \t*_]{0,12}/uy;
export const FIRST_CHAR_UPPER_RE = /^[\p{Lu}"'“(\[]/u;
/** A space or tab. */
export const BLANK_CHAR_RE = /[ \t]/u;
/** Text that starts with another bullet or a rule: "- - ", "--", "-=". */
export const BULLET_RULE_RE = /^[-+•=_]/u;

/** A lenient form for OCR damage: one stray character glued to the number ("ò2 Chủ động ..."). */
export const LOOSE_MARKER_RE = /(?<junk>[^\s\p{N}])(?<num>\d{1,2})(?<punct>[.)])?[ \t]{1,3}(?=\p{Lu})/uy;

function romanValue(s: string): number {
  if (s === 'l') return 1; // OCR reads "I." as "l."
  return ROMAN_NUMERALS.indexOf(s) + 1;
}

/**
 * Reads a marker at `at` (the start of a line's content, after leading markup), up to `lineEnd`.
 * Returns null when the line does not start with a marker; the caller decides from the context
 * (sequence, previous line) whether a match really is one.
 */
export function parseMarker(text: string, at: number, lineEnd: number): MarkerMatch | null {
  const re = new RegExp(MARKER_RE.source, MARKER_RE.flags);
  re.lastIndex = at;
  const m = re.exec(text);
  if (!m || m.index !== at) return null;
  const g = m.groups!;
  const end = at + m[0].length;
  if (end > lineEnd) return null;
  const after = new RegExp(AFTER_MARKER_RE.source, AFTER_MARKER_RE.flags);
  after.lastIndex = end;
  const am = after.exec(text);
  const restStart = Math.min(lineEnd, end + (am ? am[0].length : 0));
  const rest = text.slice(restStart, Math.min(lineEnd, restStart + 4));
  const gap = restStart > end; // something (space or markup) between the marker and its text
  const restUpper = rest.length === 0 ? null : FIRST_CHAR_UPPER_RE.test(rest);
  const base = { start: at, end, restStart, restUpper };

  if (g.bullet !== undefined) {
    // A bullet needs a space before its text ("-Sở" is a hyphenated word, "--" a rule).
    if (rest.length === 0 || !BLANK_CHAR_RE.test(text[end] ?? '')) return null;
    if (BULLET_RULE_RE.test(rest)) return null;
    const b = g.bullet;
    const kind: MarkerKind = b === '+' ? 'bullet+' : b === '•' ? 'bullet•' : 'bullet-';
    return { ...base, kind, family: 'bullet', printed: b, label: b, value: 0 };
  }
  // Ordinal markers: text must be separated by a space or markup, or start with a capital ("1.Tăng").
  if (!gap && rest.length > 0 && !restUpper) return null;
  if (g.dieu !== undefined) {
    const n = Number.parseInt(g.dieuNum, 10);
    return { ...base, kind: 'dieu', family: 'dieu', printed: `Điều ${n}${g.dieuP ?? ''}`, label: String(n), value: n };
  }
  if (g.paren !== undefined) {
    const n = Number.parseInt(g.parenNum, 10);
    return { ...base, kind: 'paren', family: 'paren', printed: `(${g.parenNum})`, label: String(n), value: n };
  }
  if (g.dec !== undefined) {
    // OCR reads "1" as "l" ("3.l.") and the final "." as "," ("5.7,").
    const parts = g.decNum.split('.').map((p) => (p === 'l' ? '1' : p));
    const value = Number.parseInt(parts[parts.length - 1], 10);
    return {
      ...base,
      kind: 'decimal',
      family: 'decimal',
      printed: g.dec,
      label: parts.map((p) => String(Number.parseInt(p, 10))).join('.'),
      value,
      prefix: parts.slice(0, -1).map((p) => String(Number.parseInt(p, 10))).join('.'),
    };
  }
  if (g.arabic !== undefined) {
    const n = Number.parseInt(g.arabicNum, 10);
    if (n === 0) return null;
    const kind = `arabic${g.arabicP}` as MarkerKind;
    return { ...base, kind, family: 'arabic', printed: `${g.arabicNum}${g.arabicP}`, label: String(n), value: n };
  }
  if (g.roman !== undefined) {
    const value = romanValue(g.romanNum);
    if (value === 0) return null;
    // "l." is only read as "I." when a capital follows (OCR of a section heading).
    if (g.romanNum === 'l' && restUpper !== true) return null;
    return { ...base, kind: 'roman', family: 'roman', printed: g.roman, label: ROMAN_NUMERALS[value - 1], value };
  }
  if (g.letter !== undefined) {
    const ch = g.letterCh;
    // "a." is rare and ambiguous; only with a capital after it.
    if (g.letterP === '.' && restUpper !== true) return null;
    const value = VIETNAMESE_LIST_LETTERS.indexOf(ch) + 1;
    const latinValue = LATIN_LETTERS.indexOf(ch) + 1;
    const kind: MarkerKind = g.letterP === ')' ? 'letter)' : 'letter.';
    return { ...base, kind, family: 'letter', printed: `${ch}${g.letterP}`, label: ch, value, latinValue: latinValue || undefined };
  }
  return null;
}

/** Reads the lenient OCR form ("ò2 Chủ động"): only used when the number is exactly the one expected. */
export function parseLooseMarker(text: string, at: number, lineEnd: number): { num: number; printed: string; end: number } | null {
  const re = new RegExp(LOOSE_MARKER_RE.source, LOOSE_MARKER_RE.flags);
  re.lastIndex = at;
  const m = re.exec(text);
  if (!m || m.index !== at || at + m[0].length > lineEnd) return null;
  const g = m.groups!;
  const printed = `${g.junk}${g.num}${g.punct ?? ''}`;
  return { num: Number.parseInt(g.num, 10), printed, end: at + printed.length };
}

/** True when `m` can follow `prev` in the same list (the next number, letter or numeral). */
export function isSuccessor(prev: MarkerMatch, m: MarkerMatch, slack = 0): boolean {
  if (prev.family === 'decimal' && m.family === 'decimal') {
    if (m.value > prev.value && m.value <= prev.value + 1 + slack) return true; // also when OCR garbled a prefix ("3.l." then "5.2.")
    return prev.prefix !== m.prefix && m.value === 1; // "2.1." after "1.3."
  }
  if (m.value > prev.value && m.value <= prev.value + 1 + slack) return true;
  if (prev.latinValue && m.latinValue && m.latinValue > prev.latinValue && m.latinValue <= prev.latinValue + 1 + slack) return true;
  return false;
}

/** True when `m` can open a list: "1.", "a)", "I.", "Điều 1.", "(1)", "1.1.". */
export function isInitial(m: MarkerMatch): boolean {
  return m.family === 'bullet' || m.value === 1;
}
