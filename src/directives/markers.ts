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
  | 'letter/'
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
    '(?<arabic>(?<arabicNum>\\d{1,3})(?<arabicP>[.)/]))(?!\\d)',
    '(?<roman>(?<romanNum>[IVX]{1,5}|l)\\.)',
    '(?<letter>(?<letterCh>[a-zđ])(?<letterP>[)./]))',
    '(?<bullet>[-–—+•])',
  ].join('|'),
  'uy',
);

/** What may follow a marker before its text: spaces and leftover markup. */
/** What may stand between a marker and its text: spaces and leftover markup. */
const AFTER_MARKER_CHARS = ' \t*_';
/** Quotes and brackets that may open an item's text (counted like a capital). */
const OPENING_CHARS = '"\'“([';
/** Text that starts with another bullet or a rule: "- - ", "--", "-=". */
const BULLET_RULE_CHARS = '-+•=_';

/** A named capturing group in a regex source: "(?<name>". */
export const GROUP_NAME_RE = /\(\?<([a-zA-Z]+)>/g;

/** Index of each named group of MARKER_RE (all its groups are named, so names in order give the numbers). */
const G: Record<string, number> = Object.fromEntries([...MARKER_RE.source.matchAll(GROUP_NAME_RE)].map((x, i) => [x[1], i + 1]));

/** A lenient form for OCR damage: one stray character glued to the number ("ò2 Chủ động ..."). */
export const LOOSE_MARKER_RE = /(?<junk>[^\s\p{N}])(?<num>\d{1,2})(?<punct>[.)])?[ \t]{1,3}(?=\p{Lu})/uy;

// Private sticky clones, made once: compiling a regex per line would cost more than matching it.
const MARKER_SCANNER = new RegExp(MARKER_RE.source, MARKER_RE.flags);
const LOOSE_MARKER_SCANNER = new RegExp(LOOSE_MARKER_RE.source, LOOSE_MARKER_RE.flags);

/** A cheap look at the first characters: most lines cannot start a marker, and the scanner need not run. */
function mayStartMarker(text: string, at: number, lineEnd: number): boolean {
  const c = text.charCodeAt(at);
  if (c >= 48 && c <= 57) return true; // a digit
  const ch = text[at];
  if (ch === '(' || ch === '-' || ch === '–' || ch === '—' || ch === '+' || ch === '•') return true;
  if (ch === 'I' || ch === 'V' || ch === 'X') return true;
  if (ch === 'Đ') return text.startsWith('Điều', at) || text.startsWith('ĐIỀU', at);
  // "a)", "đ)", "b.", "l." (OCR'd "I."): a small letter and its punctuation.
  const p = text[at + 1];
  if (at + 1 < lineEnd && (p === ')' || p === '.' || p === '/')) return ch >= 'a' && ch <= 'z' ? true : ch === 'đ';
  return false;
}

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
  if (!mayStartMarker(text, at, lineEnd)) return null;
  const re = MARKER_SCANNER;
  re.lastIndex = at;
  const m = re.exec(text);
  if (!m || m.index !== at) return null;
  const end = at + m[0].length;
  if (end > lineEnd) return null;
  // Spaces and leftover markup between the marker and its text.
  let restStart = end;
  while (restStart < lineEnd && restStart - end < 12 && AFTER_MARKER_CHARS.includes(text[restStart])) restStart++;
  const gap = restStart > end;
  const first = restStart < lineEnd ? text[restStart] : '';
  const restUpper = first === '' ? null : first.toLowerCase() !== first || OPENING_CHARS.includes(first);

  if (m[G.bullet] !== undefined) {
    // A bullet needs a space before its text ("-Sở" is a hyphenated word, "--" a rule).
    if (first === '' || (text[end] !== ' ' && text[end] !== '\t')) return null;
    if (BULLET_RULE_CHARS.includes(first)) return null;
    const b = m[G.bullet] === '–' || m[G.bullet] === '—' ? '-' : m[G.bullet]; // dashes are printed "-" (CONVENTIONS)
    const kind: MarkerKind = b === '+' ? 'bullet+' : b === '•' ? 'bullet•' : 'bullet-';
    return marker(kind, 'bullet', b, b, 0, at, end, restStart, restUpper);
  }
  // Ordinal markers: text must be separated by a space or markup, or start with a capital ("1.Tăng").
  if (!gap && first !== '' && !restUpper) return null;
  if (m[G.dieu] !== undefined) {
    const n = Number.parseInt(m[G.dieuNum], 10);
    return marker('dieu', 'dieu', `Điều ${n}${m[G.dieuP] ?? ''}`, String(n), n, at, end, restStart, restUpper);
  }
  if (m[G.paren] !== undefined) {
    const n = Number.parseInt(m[G.parenNum], 10);
    return marker('paren', 'paren', `(${m[G.parenNum]})`, String(n), n, at, end, restStart, restUpper);
  }
  if (m[G.dec] !== undefined) {
    // OCR reads "1" as "l" ("3.l.") and the final "." as "," ("5.7,").
    const parts = m[G.decNum].split('.').map((p) => String(Number.parseInt(p === 'l' ? '1' : p, 10)));
    const value = Number.parseInt(parts[parts.length - 1], 10);
    const mm = marker('decimal', 'decimal', m[G.dec], parts.join('.'), value, at, end, restStart, restUpper);
    mm.prefix = parts.slice(0, -1).join('.');
    return mm;
  }
  if (m[G.arabic] !== undefined) {
    const n = Number.parseInt(m[G.arabicNum], 10);
    if (n === 0) return null;
    const p = m[G.arabicP];
    if (p === '/' && !gap) return null; // "1/ Tổ chức" is an item, "631/TB-VPCP" a document number
    return marker(`arabic${p}` as MarkerKind, 'arabic', `${m[G.arabicNum]}${p}`, String(n), n, at, end, restStart, restUpper);
  }
  if (m[G.roman] !== undefined) {
    const value = romanValue(m[G.romanNum]);
    if (value === 0) return null;
    // "l." is only read as "I." when a capital follows (OCR of a section heading).
    if (m[G.romanNum] === 'l' && restUpper !== true) return null;
    return marker('roman', 'roman', m[G.roman], ROMAN_NUMERALS[value - 1], value, at, end, restStart, restUpper);
  }
  if (m[G.letter] !== undefined) {
    const ch = m[G.letterCh];
    const p = m[G.letterP];
    // "a." and "a/" are rare and ambiguous ("đ/c" is "đồng chí"); only with a capital after them.
    if (p !== ')' && restUpper !== true) return null;
    const mm = marker(p === ')' ? 'letter)' : p === '/' ? 'letter/' : 'letter.', 'letter', `${ch}${p}`, ch, VIETNAMESE_LIST_LETTERS.indexOf(ch) + 1, at, end, restStart, restUpper);
    const latinValue = LATIN_LETTERS.indexOf(ch) + 1;
    if (latinValue) mm.latinValue = latinValue;
    return mm;
  }
  return null;
}

function marker(
  kind: MarkerKind,
  family: MarkerFamily,
  printed: string,
  label: string,
  value: number,
  start: number,
  end: number,
  restStart: number,
  restUpper: boolean | null,
): MarkerMatch {
  return { kind, family, printed, label, value, start, end, restStart, restUpper };
}

/** Reads the lenient OCR form ("ò2 Chủ động"): only used when the number is exactly the one expected. */
export function parseLooseMarker(text: string, at: number, lineEnd: number): { num: number; printed: string; end: number } | null {
  const re = LOOSE_MARKER_SCANNER;
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
