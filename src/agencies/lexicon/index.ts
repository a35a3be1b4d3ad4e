/**
 * The agency lexicon compiled: every printed form of every body (lexicon/bodies.ts, with the
 * fields of lexicon/fields.ts under Bộ / Sở / Phòng), folded, in one trie-factored scanner built
 * at module load. A match is looked up by its folded text to the forms it may be; the
 * recogniser then checks spelling, capitals and context on the original text.
 */
import { ABBREVIATION_WORD } from '../text/compare.js';
import { fold, foldKey } from '../text/fold.js';
import { LONG_SPACE_RUN, LOOSE_SPACE_EDGE, SPACE_EDGE, trieSource } from '../text/trie-regex.js';
import { CENTRAL, DEPARTMENT_CODES, FIELD_HEADS, LOCAL, type BodyEntry, type FieldHead } from './bodies.js';
import { FIELDS, VPCP_UNITS, type Field } from './fields.js';
import { prebuilt } from '../../vocabulary/prebuilt.js';
import { LazyRegExp } from '../../vocabulary/lazy-regexp.js';

export type { BodyEntry } from './bodies.js';

/** One way a body can be printed. */
export interface FormCandidate {
  /** The form in canonical spelling ("Sở GTVT", "UBND", "Ủy ban nhân dân"). */
  form: string;
  /** The canonical name the form stands for ("Sở Giao thông vận tải"). */
  name: string;
  entry: BodyEntry;
  /** Field when the body is a head + field ("Sở" + "Giao thông vận tải"). */
  field?: Field;
  /**
   * The name as printed when the form is a full spelling of a field ("Phòng Giáo dục - Đào tạo"):
   * the document's own wording is kept, in the lexicon's capitals; abbreviations give `name`.
   */
  display?: string;
}

/** Every body entry, the field heads expanded ("Sở Y tế", "Bộ Y tế", "Phòng Y tế", ...). */
export const ENTRIES: readonly BodyEntry[] = (() => {
  const out: BodyEntry[] = [...CENTRAL, ...LOCAL];
  return out;
})();

/** Entries made from a head and a field, keyed by canonical name. */
export const FIELD_ENTRIES: ReadonlyMap<string, { entry: BodyEntry; field: Field; head: FieldHead }> = (() => {
  const m = new Map<string, { entry: BodyEntry; field: Field; head: FieldHead }>();
  for (const head of FIELD_HEADS) {
    for (const field of FIELDS) {
      if (!field.heads.includes(head.letter)) continue;
      const name = `${head.head} ${field.name}`;
      m.set(name, {
        head,
        field,
        entry: {
          name,
          kind: head.kind,
          level: head.level,
          levelInName: head.levelInName,
          placeDirect: head.placeDirect,
          capital: head.capital,
        },
      });
    }
  }
  return m;
})();

const isAbbreviation = (word: string): boolean => /^[\p{Lu}\d&.,-]{2,}$/u.test(word) && /\p{Lu}.*\p{Lu}/u.test(word);

/** All candidates: printed forms of every body. */
export const CANDIDATES: readonly FormCandidate[] = (() => {
  const out: FormCandidate[] = [];
  for (const entry of ENTRIES) {
    for (const form of [entry.name, ...(entry.forms ?? []), ...(entry.abbr ?? [])]) out.push({ form, name: entry.name, entry });
  }
  for (const { entry, field, head } of FIELD_ENTRIES.values()) {
    for (const s of [field.name, ...(field.forms ?? [])]) {
      const full = !s.split(' ').some(isAbbreviation);
      out.push({ form: `${head.head} ${s}`, name: entry.name, entry, field, display: full ? `${head.head} ${s}` : undefined });
    }
    for (const s of field.abbr ?? []) out.push({ form: `${head.head} ${s}`, name: entry.name, entry, field });
  }
  for (const { code, field } of DEPARTMENT_CODES) {
    const e = FIELD_ENTRIES.get(`Sở ${field}`);
    if (e) out.push({ form: code, name: e.entry.name, entry: { ...e.entry, capital: false }, field: e.field });
  }
  return out;
})();

/** Candidates by folded form. */
export const BY_FOLDED: ReadonlyMap<string, readonly FormCandidate[]> = (() => {
  const m = new Map<string, FormCandidate[]>();
  // The folded forms are computed by the build (vocabulary/prebuilt.ts), in CANDIDATES order.
  const keys = prebuilt('agencies/lexicon:folded-forms', () => CANDIDATES.map((c) => foldKey(c.form)));
  for (let i = 0; i < CANDIDATES.length; i++) {
    const c = CANDIDATES[i];
    const k = keys[i];
    const list = m.get(k);
    if (list) list.push(c);
    else m.set(k, [c]);
  }
  return m;
})();

/** An upper-case letter first. */
const UPPER_FIRST = /^\p{Lu}/u;

/**
 * One-word folded forms that every candidate needs printed with a capital first letter: a body
 * whose name must be capitalised ("Báo", "Vụ", "Đảng", not "báo cáo", "vụ việc", "đang") or an
 * abbreviation, whose capitals must be exact ("UBND", "CA", not "cả"). The recogniser skips their
 * matches on a lower-case letter before any spelling check (common words: most of the matches).
 */
export const CAPITAL_ONLY: ReadonlySet<string> = new Set(
  prebuilt('agencies/lexicon:capital-only', () =>
    [...BY_FOLDED]
      .filter(
        ([key, cands]) =>
          !key.includes(' ') &&
          cands.every((c) => (c.entry.capital === true && c.form === c.entry.name) || (ABBREVIATION_WORD.test(c.form) && UPPER_FIRST.test(c.form))),
      )
      .map(([key]) => key),
  ),
);

/** Folded forms that may be glued to the next word by OCR ("Sở Công Thươngcó"): 3+ words, last of 4+ letters. */
const glued = (): ReadonlySet<string> =>
  new Set(
    [...BY_FOLDED.keys()].filter((k) => {
      const words = k.split(' ');
      return words.length >= 3 && words[words.length - 1].length >= 4 && !BY_FOLDED.get(k)!.some((c) => isAbbreviation(c.form.split(' ').pop()!));
    }),
  );

/** Not preceded by a letter, a digit or a symbol joiner (keeps "8144/UBND-KGVX" out). */
export const BEFORE_GUARD = '(?<![a-z0-9/&-])';

/**
 * THE scanner: one alternation of every folded form, trie-factored. Run on folded text. It
 * starts with the trie (so the engine can skip ahead by first letter); the left boundary
 * (BEFORE_GUARD) is checked by the caller with NOT_AFTER_CHAR (isNotAfterUnit).
 */
const SCANNER_SOURCE = prebuilt('agencies/lexicon:scanner', () => trieSource(BY_FOLDED.keys(), glued()));

/** The scanner run: SCANNER_SOURCE with LOOSE_SPACE_EDGE (a phrase's space is always emitted as SPACE_EDGE and a "{" is escaped, so the split finds exactly the space edges). */
export const AGENCY_SCANNER = new RegExp(SCANNER_SOURCE.split(SPACE_EDGE).join(LOOSE_SPACE_EDGE), 'g');

/**
 * The same trie with the exact space edge (1-4 spaces), sticky. Built (LazyRegExp) only when a
 * match of AGENCY_SCANNER holds a run of 5+ spaces (rare), to read the exact match there.
 */
export const AGENCY_SCANNER_EXACT = new LazyRegExp(SCANNER_SOURCE, 'y');

/**
 * The next match of the exact scanner (1-4 spaces between words) from AGENCY_SCANNER.lastIndex,
 * which it advances as exec does. AGENCY_SCANNER accepts every exact match and more (longer
 * space runs), with the same alternatives in the same order; its words are single-spaced, so a
 * space run is always taken whole. Hence where its match has no 5-space run, the exact scanner
 * matches the same text at the same position (and nowhere before); where it has one, the exact
 * scanner is asked at that position and, failing there, the scan goes on one position later.
 */
export function execAgencyScanner(folded: string): RegExpExecArray | null {
  const re = AGENCY_SCANNER;
  for (;;) {
    const m = re.exec(folded);
    if (m === null || !m[0].includes(LONG_SPACE_RUN)) return m;
    const exact = AGENCY_SCANNER_EXACT.re;
    exact.lastIndex = m.index;
    const e = exact.exec(folded);
    if (e !== null) {
      re.lastIndex = exact.lastIndex;
      return e;
    }
    re.lastIndex = m.index + 1;
  }
}

/** A character a match may not follow (letter, digit, symbol joiner): the left boundary. */
export const NOT_AFTER_CHAR = /[a-z0-9/&-]/;

/** NOT_AFTER_CHAR as a test of one UTF-16 unit (no one-character string made). */
export function isNotAfterUnit(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x2f || c === 0x26 || c === 0x2d;
}

/** Whether a form is an abbreviation word (exact capitals required). */
export function isAbbreviationWord(word: string): boolean {
  return isAbbreviation(word);
}

/** A position title just before a word (folded): "phó chủ tịch", "phó bí thư", "ủy viên". */
export const POSITION_BEFORE = /(?:chu tich|bi thu|truong ban|thu tuong|uy vien|pho|giam doc) {1,4}$/;

/** Context rules: a form that is an agency only after certain words, or never after others (folded text before it). */
export const CONTEXT_RULES: readonly { form: string; before?: RegExp; notBefore?: RegExp }[] = [
  // "Thủ tướng, các Phó Thủ tướng CP": "CP" is Chính phủ only after Thủ tướng; elsewhere "cổ phần".
  { form: 'CP', before: /thu tuong {1,4}$/ },
  // "Phó Chủ tịch Thường trực UBND tỉnh", "Phó Bí thư Thường trực": a position, whose body is the
  // UBND / the committee, not its standing body.
  { form: 'Thường trực', notBefore: POSITION_BEFORE },
  // "Cục Thuế", "Chi cục Thuế": the office's name, not the 2025 "Thuế tỉnh".
  { form: 'Thuế', notBefore: /cuc {1,4}$/ },
  // "THÔNG BÁO KẾT LUẬN": the document type, not a newspaper.
  { form: 'Báo', notBefore: /thong {1,4}$/ },
];

// ---- Lists: "Các Sở: Y tế; GTVT", "các Bộ: Quốc phòng, Công an", "các Vụ: CN, KTTH" ----

/** A list head, folded: "cac bo:", "cac bo, co quan:", "cac so:", "cac vu:", "cac phong:" (a look-behind after the literal scans ~1.6x slower). */
export const LIST_INTRO = /(?<![a-z0-9])cac (?<head>bo|so|vu|phong)(?:, (?:co quan|nganh|ban|co quan ngang bo)){0,3} {0,2}: {0,3}/g;

export interface ListItem {
  /** Printed spelling of the item (canonical spelling of the form). */
  form: string;
  name: string;
  kind: string;
}

function itemsFor(letter: 'B' | 'S' | 'P'): ListItem[] {
  const head = FIELD_HEADS.find((h) => h.letter === letter)!;
  const out: ListItem[] = [];
  for (const f of FIELDS) {
    if (!f.heads.includes(letter)) continue;
    const name = `${head.head} ${f.name}`;
    const spellings = [f.name, ...(f.forms ?? []), ...(f.abbr ?? []), ...(letter === 'B' ? f.listAbbr ?? [] : [])];
    for (const s of spellings) out.push({ form: s, name, kind: head.kind });
  }
  return out;
}

/** List items per list head (folded head word -> items). */
export const LIST_ITEMS: ReadonlyMap<string, readonly ListItem[]> = new Map([
  ['bo', itemsFor('B')],
  ['so', itemsFor('S')],
  ['phong', itemsFor('P')],
  ['vu', VPCP_UNITS.map((u) => ({ form: u.code, name: u.name, kind: 'co-quan-trung-uong' }))],
]);

/** Item scanners per list head: sticky, at a position after a separator. */
export const LIST_ITEM_SCANNERS: ReadonlyMap<string, RegExp> = new Map(
  [...LIST_ITEMS].map(([head, items]) => [
    head,
    new RegExp(
      prebuilt(`agencies/lexicon:list-scanner:${head}`, () => trieSource(new Set(items.map((i) => foldKey(i.form))))),
      'y',
    ),
  ]),
);

/** Items by folded spelling, per head. */
export const LIST_ITEMS_BY_FOLDED: ReadonlyMap<string, ReadonlyMap<string, readonly ListItem[]>> = new Map(
  [...LIST_ITEMS].map(([head, items]) => {
    const m = new Map<string, ListItem[]>();
    const keys = prebuilt(`agencies/lexicon:list-items:${head}`, () => items.map((i) => foldKey(i.form)));
    for (let n = 0; n < items.length; n++) {
      const i = items[n];
      const k = keys[n];
      const l = m.get(k);
      if (l) l.push(i);
      else m.set(k, [i]);
    }
    return [head, m];
  }),
);

/** Separator between list items: ", ", "; ", " và ", with a line break allowed. */
export const LIST_SEPARATOR = / {0,2}(?:[,;] {0,3}(?:va {1,4})?|va {1,4})/y;

export { fold };
