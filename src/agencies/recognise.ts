/**
 * The agency recogniser: finds every mention of a public body in the text, with its canonical
 * name, its level ("tỉnh", "các huyện, thành phố") and place ("Krông Búk").
 *
 * One scan of the folded text (text/fold.ts) with the lexicon's scanner finds the heads; each
 * head is then checked on the original text (spelling, capitals, context) and extended by what
 * its entry takes: an open name ("Bệnh viện Phổi"), a task ("Ban Chỉ đạo phòng, chống dịch
 * ..."), a level word and a place. Composite bodies ("Văn phòng" + "UBND tỉnh"), lists ("Các
 * Sở: Y tế; GTVT") and shared places ("Huyện ủy, UBND huyện Krông Búk") are resolved after.
 */
import { placesByKey, type PlaceTier } from '../vocabulary/places/index.js';
import { damagedWordFlags, newStyleTones } from './text/compare.js';
import { sortedBy } from './order.js';
import { lowerVi, upperVi } from './text/case.js';
import { fold, foldKey, foldLower, squash } from './text/fold.js';
import { StringMemo } from './text/memo.js';
import { mayEndWith, tailGuard } from './text/tail.js';
import { trieSource } from './text/trie-regex.js';
import { digitAt, upperAt } from './text/units.js';
import {
  AGENCY_SCANNER,
  execAgencyScanner,
  BY_FOLDED,
  CAPITAL_ONLY,
  CONTEXT_RULES,
  FIELD_ENTRIES,
  LIST_INTRO,
  LIST_ITEMS_BY_FOLDED,
  LIST_ITEM_SCANNERS,
  LIST_SEPARATOR,
  isNotAfterUnit,
  type BodyEntry,
  type FormCandidate,
} from './lexicon/index.js';
import { UNIT_BODIES } from './lexicon/bodies.js';
import { EXACT_LEVEL_WORDS, GENERIC_LEVELS, LEVEL_WORDS, PLURAL_MEMBERS, type Tier } from './lexicon/levels.js';
import { LOWER_FIRST_PURPOSE, NAME_STOP, PURPOSE_STOP, STOP_BIGRAMS } from './lexicon/stopwords.js';

export interface RawMention {
  start: number;
  end: number;
  /** Printed form: exactly text.slice(start, end) (line breaks included; CONVENTIONS.md). */
  text: string;
  /** Canonical name (a field's printed full spelling kept: "Phòng Giáo dục - Đào tạo"). */
  name: string;
  /** Merge key: the name with the lexicon's spelling of a field ("Phòng Giáo dục và Đào tạo"). */
  key: string;
  kind: string;
  /** The entry's canonical base name ("Ủy ban nhân dân", "Sở Y tế", "Ban Chỉ đạo"): merge group. */
  base: string;
  /** Canonical level phrase ("tỉnh", "các huyện, thành phố", "cấp xã") or null. */
  level: string | null;
  tier: Tier | null;
  plural: boolean;
  /** Place as printed (proper case), or null. */
  place: string | null;
  /** Ban Chỉ đạo's task ("phòng, chống dịch bệnh Covid-19"). */
  purpose: string | null;
  /** Open name after the head ("Phổi", "Cô phần Cấp nước ..."). */
  proper: string | null;
  entry: BodyEntry;
  /** Came from a list item ("Các Sở: Y tế; GTVT"). */
  fromList?: boolean;
  /** A body printed without the level it requires, kept only if the home unit supplies it ("Trưởng Công an"). */
  needsHome: boolean;
  /** The place came from the document's home unit, not from the mention (home.ts). */
  impliedPlace: boolean;
}

export interface RecogniseOptions {
  /** The document is issued by a central body (owner of a bare "Cổng TTĐT" is Chính phủ). */
  central?: boolean;
}

// ---- Regexes (built at module load; run on the folded text unless said otherwise) ----

// Trie-factored alternations ("thi {1,4}(?:tran|xa)"): no two branches start alike, so a
// failed level costs one pass (recheck flagged the plain alternation as quadratic on "thi thi ...").
const LEVEL_ALT = trieSource(LEVEL_WORDS.map((l) => l.folded));
const PLURAL_ALT = trieSource(PLURAL_MEMBERS);
const PLURAL_UNGUARDED = trieSource(PLURAL_MEMBERS, new Set(PLURAL_MEMBERS));

/** A level after a name: singular ("tinh", "cap xa") or plural ("cac huyen, thanh pho", "xa/thi tran"). */
export const LEVEL_AFTER = new RegExp(
  ` {1,4}(?:(?<plural>cac {1,4}(?:${PLURAL_UNGUARDED})(?:(?: {0,2}[,;/] {0,3}| {1,4}va {1,4}| {0,4}- {1,4})(?:${PLURAL_UNGUARDED})){0,6}(?: {1,4}truc {1,4}thuoc {1,4}trung {1,4}uong)?)|(?<slashed>(?:${PLURAL_UNGUARDED}) ?\/ ?(?:${PLURAL_ALT}))|(?<single>${LEVEL_ALT}))(?![a-z0-9])`,
  'y',
);

/** A run of capitalised words after a level word, on the ORIGINAL text: a place candidate. */
export const PLACE_RUN = /[ \t\n]{1,3}((?:\p{Lu}[\p{L}'’]{0,15}|\d{1,3})(?:(?: {1,2}| ?- ?)(?:\p{Lu}[\p{L}'’]{0,15}|\d{1,3})){0,5})/uy;

/** One word of an open name or task, with the separator before it. */
export const NEXT_WORD = /(?: {1,4}| {0,2}- {0,2}| {0,2}& {0,2})([a-z0-9][a-z0-9'&]{0,30}(?:-[a-z0-9]{1,12}){0,3})(?![a-z0-9])/y;

/** "phòng, chống" / "phòng, tránh": the comma inside a Ban Chỉ đạo's task. */
export const TASK_COMMA = / {0,2}, {1,2}(?=(?:chong|tranh|ung pho|kiem soat)(?![a-z0-9]))/y;

/** "số 02" after "Đoàn Kiểm tra". */
export const TEAM_NUMBER = / {1,4}so {0,2}(\d{1,3})(?![0-9])/y;

/** "của" right after a body, before a level ("Ban Chỉ đạo ... của huyện"). */
export const POSSESSIVE = / {1,4}cua(?= )/y;

/** "và" + up to three common words + "của": a possessive shared with the body before "và". */
export const SHARED_POSSESSIVE = / {1,4}va {1,4}(?:[a-z]{1,12} {1,4}){1,3}cua(?= )/y;

/** "nhân dân" after "Công an": the people's police force, not a body ("lực lượng Công an nhân dân"). */
export const PEOPLES_FORCE = / {1,4}nhan {1,4}dan(?![a-z0-9])/y;

/** ", các đoàn thể" / "và các đoàn thể (chính trị - xã hội)" before a level they share with the body before. */
export const SHARED_CLASS = / {0,2}(?:,|va) {1,4}cac {1,4}doan {1,4}the(?: {1,4}chinh {1,4}tri {0,2}- {0,2}xa {1,4}hoi)?(?= )/y;

/** A document symbol broken after its dash or slash ("Kế hoạch số 44/KH-\nUBND"): what follows at `i` is its code. */
function afterSplitSymbol(text: string, i: number): boolean {
  if (i < 3) return false;
  const space = text.charCodeAt(i - 1);
  if (space !== 0x20 && space !== 0x0a) return false;
  const dash = text.charCodeAt(i - 2);
  // The symbol's part before the dash ends with a capital or a digit ("KH", "44").
  return (dash === 0x2d || dash === 0x2f) && (upperAt(text, i - 3) || digitAt(text, i - 3));
}

/** Only spaces between two heads (composite bodies). */
export const ONLY_SPACES = /^ {1,4}$/;

/** Coordination after "Đảng": ", " or " và " then another body. */
export const COORDINATION = /^(?: {0,2}, {1,4}| {1,4}va {1,4})$/;

/**
 * Separators of a shared plural class, a position title allowed before the class's body: "Đảng
 * ủy, UBND các xã", "Bí thư Đảng ủy và Chủ tịch UBND các xã, thị trấn".
 */
export const SHARED_CLASS_SEPARATOR = /^(?: {0,2}, {1,4}| {1,4}va {1,4})(?:(?:pho {1,4})?chu {1,4}tich {1,4})?$/;

/** Separators of a shared place: "Huyện ủy, UBND huyện Krông Búk", "Tỉnh ủy, HĐND, UBND tỉnh X". */
export const SHARED_PLACE_SEPARATOR = /^(?: {0,2}, {1,4}| {1,4}va {1,4})$/;

/** Level words that belong to a Ban Chỉ đạo's task rather than ending it. */
const TASK_LEVEL_WORDS: ReadonlySet<string> = new Set(['trung uong', 'tw', 'vung', 'khu vuc']);

/** The start of a law's title just before a name (folded). */
export const LAW_TITLE_BEFORE = /(?:^|[^a-z0-9])luat(?: {1,4}to {1,4}chuc)? {1,4}$/;
/** What LAW_TITLE_BEFORE's matches end with (text/tail.ts). */
export const LAW_TITLE_TAIL = tailGuard(['luat', 'to chuc'], 1, 4);

/** Runs of spaces in folded text. */
export const SPACE_RUN = / +/g;

/** A dash or slash between members of a plural class ("các huyện- thị xã", "các xã/phường"): ", " in the name. */
export const PLURAL_DASH = / {0,4}- {1,4}| {0,2}\/ {0,3}/g;

/** Folded words of a plural level phrase, replaced by their canonical spelling. */
export const PLURAL_WORDS = /truc thuoc trung uong|thanh pho|thi xa|thi tran|dac khu|cac|tinh|huyen|quan|xa|phuong|va/g;

const PLURAL_CANONICAL = new Map([
  ['truc thuoc trung uong', 'trực thuộc Trung ương'],
  ['thanh pho', 'thành phố'],
  ['thi xa', 'thị xã'],
  ['thi tran', 'thị trấn'],
  ['dac khu', 'đặc khu'],
  ['cac', 'các'],
  ['tinh', 'tỉnh'],
  ['huyen', 'huyện'],
  ['quan', 'quận'],
  ['xa', 'xã'],
  ['phuong', 'phường'],
  ['va', 'và'],
]);

/** First words of an open name that show a position, not a name ("TỔNG CỤC TRƯỞNG", "V/v VỀ VIỆC"). */
export const NOT_A_NAME: ReadonlySet<string> = new Set(['truong', 'pho', 'viec']);

/** Capitalised words after a level word that are not a place name ("HĐND huyện Khóa VI"). */
export const PLACE_STOP: ReadonlySet<string> = new Set(['khóa', 'khoá', 'nhiệm', 'kỳ', 'lần', 'năm', 'về', 'tại', 'theo', 'chủ', 'phó', 'giám', 'trưởng', 'ban', 'sở', 'ủy', 'công', 'các', 'và', 'đồng']);

/** A digit. */
export const DIGIT = /\d/;

/** A comma ending a word of a task ("phòng,"). */
export const TRAILING_COMMA = /,$/;

/** A word inside a place run (split on spaces and hyphens). */
export const PLACE_WORD = /[^\s-]+/gu;

/** An upper-case letter (first letter checks). */
export const UPPER = /\p{Lu}/u;
/** A lower-case letter. */
export const LOWER = /\p{Ll}/u;

const LEVEL_BY_FOLDED = new Map(LEVEL_WORDS.map((l) => [l.folded, l]));

/** Markdown emphasis left in the text ("**"): not part of a printed form. */
export const EMPHASIS = /[*_`]+/g;

// ---- helpers ----

/** True when `s` holds a "*", "_" or "`" (EMPHASIS has something to remove). */
function hasEmphasis(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x2a || c === 0x5f || c === 0x60) return true;
  }
  return false;
}

/** A printed form for the record: emphasis marks out, white space collapsed, new-style tones. */
export function printedForm(s: string): string {
  return newStyleTones(squash(hasEmphasis(s) ? s.replace(EMPHASIS, ' ') : s));
}

function isAllCaps(s: string): boolean {
  return !LOWER.test(s) && UPPER.test(s);
}

/** "ĐẮK LẮK" -> "Đắk Lắk"; text with lower case is kept. */
function properCase(s: string): string {
  if (!isAllCaps(s)) return s;
  return lowerVi(s)
    .split(' ')
    .map((w) => (w.length > 0 ? upperVi(w[0]) + w.slice(1) : w))
    .join(' ');
}

function upperFirst(s: string): string {
  return s.length > 0 ? upperVi(s[0]) + s.slice(1) : s;
}

interface Head {
  start: number;
  end: number;
  cand: FormCandidate;
  /** Canonical name with damaged words kept as printed (a field's printed spelling). */
  name: string;
  /** Canonical name with the lexicon's field spelling. */
  key: string;
  damaged: boolean;
}

/** The outcome of a spelling check, without the head's position. */
type Checked = Omit<Head, 'start' | 'end'>;

/**
 * Spelling checks by printed form ("UBND", "Ủy ban nhân dân", "vụ" rejected): a check reads only
 * the printed form (its fold is a function of it, a matched form holding no blank line). Shared by
 * all documents; emptied when full. Context rules are applied after, per occurrence.
 */
const CHECKED = new StringMemo<Checked | null>(20_000);

/** Context rules by the form they govern. */
const CONTEXT_BY_FORM: ReadonlyMap<string, (typeof CONTEXT_RULES)[number]> = new Map(CONTEXT_RULES.map((r) => [r.form, r]));

/** Checks a folded match against the forms it may be; returns the best or null. */
function verify(text: string, folded: string, start: number, end: number): Head | null {
  const printedRaw = text.slice(start, end);
  let checked = CHECKED.get(printedRaw);
  if (checked === undefined) {
    const key = squash(folded.slice(start, end));
    const head = check(text, folded, start, end, key, printedRaw);
    checked = head ? { cand: head.cand, name: head.name, key: head.key, damaged: head.damaged } : null;
    CHECKED.set(printedRaw, checked);
  }
  if (!checked) return null;
  const rule = CONTEXT_BY_FORM.get(checked.cand.form);
  if (rule) {
    const before = folded.slice(Math.max(0, start - 24), start);
    if ((rule.before && !rule.before.test(before)) || rule.notBefore?.test(before)) return null;
  }
  return { start, end, cand: checked.cand, name: checked.name, key: checked.key, damaged: checked.damaged };
}

function check(text: string, folded: string, start: number, end: number, key: string, printedRaw: string): Head | null {
  const cands = BY_FOLDED.get(key);
  if (!cands) return null;
  const printed = printedForm(printedRaw);
  let best: Head | null = null;
  let bestDamage = Number.POSITIVE_INFINITY;
  for (const cand of cands) {
    const flags = damagedWordFlags(printed, cand.form);
    if (flags === null) continue;
    const damage = flags.filter(Boolean).length;
    if (damage > 0 && !tolerable(cand.form, flags)) continue;
    if (cand.entry.capital && cand.form === cand.entry.name && !upperAt(text, start)) continue;
    if (cand.entry.capital && cand.field && !upperAt(text, start)) continue;
    if (damage < bestDamage) {
      bestDamage = damage;
      const name = damage > 0 && !cand.field ? keepDamaged(cand, printed, flags) : damage === 0 && cand.display ? cand.display : cand.name;
      best = { start, end, cand, name, key: cand.name, damaged: damage > 0 };
    }
  }
  return best;
}

/** OCR damage is tolerated on multi-word forms, one word in three, never on a short first word. */
function tolerable(form: string, flags: boolean[]): boolean {
  const words = form.split(' ');
  if (words.length < 2) return false;
  const damage = flags.filter(Boolean).length;
  if (damage > (words.length <= 3 ? 1 : 2)) return false;
  if (flags[0] && fold(words[0]).length <= 3) return false;
  return true;
}

/** The canonical name with the damaged words of the form kept as printed ("Công Thông tin điện tử"). */
function keepDamaged(cand: FormCandidate, printed: string, flags: boolean[]): string {
  const fw = cand.form.split(' ');
  const nw = cand.name.split(' ');
  const pw = printed.split(' ');
  for (let i = 0; i < fw.length && i < nw.length; i++) {
    if (fw[i] !== nw[i]) break;
    if (flags[i]) nw[i] = isAllCaps(pw[i]) ? nw[i] : pw[i];
  }
  return nw.join(' ');
}

interface Level {
  end: number;
  level: string;
  tier: Tier;
  plural: boolean;
  /** Folded single level word. */
  folded: string;
}

/** A level word's printed form in lower case, by its raw slice (a pure function of it). */
const LEVEL_PRINTED = new StringMemo<string>(5_000);

function parseLevel(text: string, folded: string, pos: number, bound: number): Level | null {
  LEVEL_AFTER.lastIndex = pos;
  const m = LEVEL_AFTER.exec(folded);
  if (!m || m.index + m[0].length > bound) return null;
  const end = m.index + m[0].length;
  if (m.groups!.plural !== undefined) {
    return { end, level: canonicalPlural(m.groups!.plural), tier: 'class', plural: true, folded: 'cac' };
  }
  // "UBND xã/thị trấn" is the class "các xã, thị trấn".
  if (m.groups!.slashed !== undefined) {
    const members = m.groups!.slashed.split('/').map((x) => x.trim());
    return { end, level: canonicalPlural(`cac ${members.join(', ')}`), tier: 'class', plural: true, folded: 'cac' };
  }
  const key = squash(m.groups!.single);
  const lw = LEVEL_BY_FOLDED.get(key);
  if (!lw) return null;
  // One-syllable level words must be spelt exactly: "tình hình" is not "tỉnh". A word printed
  // without any diacritic (OCR: "UBND tinh") is the level word.
  if (EXACT_LEVEL_WORDS.has(lw.canonical)) {
    const raw = text.slice(m.index, end);
    let printed = LEVEL_PRINTED.get(raw);
    if (printed === undefined) {
      printed = lowerVi(printedForm(raw));
      LEVEL_PRINTED.set(raw, printed);
    }
    if (printed !== lw.canonical && printed !== key) return null;
  }
  return { end, level: lw.canonical, tier: lw.tier, plural: false, folded: key };
}

/** Whether a body takes a level of this tier (its entry's `levelTiers`, when given). */
function tierAllowed(entry: BodyEntry, tier: Tier): boolean {
  const tiers = entry.levelTiers;
  return !tiers || (tiers as readonly string[]).includes(tier);
}

/**
 * A level after "của" that qualifies the body before it: "Ban Chỉ đạo ... của huyện" (the
 * mention includes it), or, shared by coordinated heads, "Ủy ban nhân dân và các lực lượng của
 * các huyện, thành phố" (detached: the mention does not).
 */
function possessiveLevel(text: string, folded: string, pos: number, bound: number): { level: Level; detached: boolean } | null {
  for (const re of [POSSESSIVE, SHARED_POSSESSIVE]) {
    re.lastIndex = pos;
    const m = re.exec(folded);
    if (!m) continue;
    const after = m.index + m[0].length;
    if (after > bound || lowerVi(text.slice(after - 3, after)) !== 'của') continue;
    // The shared words are common nouns ("các lực lượng"), not a body's name.
    if (re === SHARED_POSSESSIVE && UPPER.test(text.slice(pos, after))) continue;
    const level = parseLevel(text, folded, after, bound);
    // "Chủ tịch Ủy ban nhân dân của các tỉnh, thành phố" describes bodies in general (the plural
    // class is printed "UBND các tỉnh, thành phố"); a singular level names one body.
    if (level && (re === SHARED_POSSESSIVE || !level.plural)) return { level, detached: re === SHARED_POSSESSIVE };
  }
  return null;
}

/** "các tỉnh, thành phó trực thuộc trung ương" -> "các tỉnh, thành phố trực thuộc Trung ương" (separators kept). */
function canonicalPlural(folded: string): string {
  let out = PLURALS.get(folded);
  if (out === undefined) {
    out = spellPlural(folded);
    PLURALS.set(folded, out);
  }
  return out;
}

/** Canonical spellings of plural level phrases by folded phrase (a pure function of it). */
const PLURALS = new StringMemo<string>(2_000);

function spellPlural(folded: string): string {
  return folded
    .replace(PLURAL_DASH, ', ')
    .replace(SPACE_RUN, ' ')
    .replace(PLURAL_WORDS, (w) => PLURAL_CANONICAL.get(w) ?? w);
}

const TIER_PLACES: Record<string, PlaceTier[]> = {
  province: ['province', 'district'],
  district: ['district', 'province'],
  commune: ['commune', 'district'],
  region: ['province', 'district', 'commune'],
};

interface Place {
  end: number;
  name: string;
  known: boolean;
}

/**
 * A place after a level word: the longest run of capitalised words that is a known unit name
 * (both eras, any spelling); otherwise, when `unknownOk`, up to three capitalised words.
 */
function parsePlace(text: string, pos: number, bound: number, tiers: PlaceTier[] | null, unknownOk: boolean): Place | null {
  PLACE_RUN.lastIndex = pos;
  const m = PLACE_RUN.exec(text);
  if (!m) return null;
  const runStart = m.index + m[0].length - m[1].length;
  const run = m[1];
  // Word boundaries inside the run.
  const words: { start: number; end: number }[] = [];
  const re = PLACE_WORD;
  re.lastIndex = 0;
  let w: RegExpExecArray | null;
  while ((w = re.exec(run)) !== null) words.push({ start: runStart + w.index, end: runStart + w.index + w[0].length });
  for (let k = Math.min(words.length, 5); k >= 1; k--) {
    const end = words[k - 1].end;
    if (end > bound) continue;
    const raw = text.slice(runStart, end);
    const key = foldKey(raw);
    const known = placesByKey(key);
    if (known.length > 0 && (!tiers || known.some((p) => tiers.includes(p.tier)))) {
      return { end, name: properCase(printedForm(raw)), known: true };
    }
  }
  if (!unknownOk) return null;
  const k = Math.min(words.length, 3);
  let end = words[k - 1].end;
  if (end > bound) end = words[0].end;
  if (end > bound) return null;
  const raw = printedForm(text.slice(runStart, end));
  // A sentence word after a level word is not a place ("Công an tỉnh Chỉ đạo ...", "HĐND huyện Khóa VI").
  const first = newStyleTones(lowerVi(raw.split(' ')[0]));
  if (NAME_STOP.has(first) || PLACE_STOP.has(first)) return null;
  return { end, name: properCase(raw), known: false };
}

interface Words {
  end: number;
  /** Printed words, squashed. */
  printed: string;
  count: number;
}

/** Words of an open name or task, until a stop word, a level word, punctuation or `bound`. */
function parseWords(
  text: string,
  folded: string,
  pos: number,
  bound: number,
  stop: ReadonlySet<string>,
  max: number,
  firstCapital: boolean,
  task: boolean,
  endWords?: readonly string[],
): Words | null {
  let end = pos;
  let count = 0;
  while (count < max) {
    let at = end;
    if (task && count > 0) {
      TASK_COMMA.lastIndex = end;
      const c = TASK_COMMA.exec(folded);
      if (c && c.index + c[0].length <= bound) at = c.index + c[0].length - 1; // keep one space for NEXT_WORD
    }
    // A level word ends a name (it is parsed as the level). In a task, "Trung ương", "vùng" and
    // "khu vực" are words of the task ("Ban Chỉ đạo Trung ương các Chương trình ...").
    LEVEL_AFTER.lastIndex = at;
    const lv = LEVEL_AFTER.exec(folded);
    if (lv) {
      const single = lv.groups!.single !== undefined ? squash(lv.groups!.single) : null;
      const inTask = task && single !== null && TASK_LEVEL_WORDS.has(single);
      if (!inTask) break;
    }
    NEXT_WORD.lastIndex = at;
    const m = NEXT_WORD.exec(folded);
    if (!m) break;
    const wEnd = m.index + m[0].length;
    if (wEnd > bound) break;
    const word = m[1];
    const wordStart = wEnd - word.length;
    const capital = upperAt(text, wordStart);
    if (!capital) {
      if (stop.has(newStyleTones(lowerVi(text.slice(wordStart, wEnd))))) break;
      NEXT_WORD.lastIndex = wEnd;
      const peek = NEXT_WORD.exec(folded);
      if (peek && peek.index === wEnd && STOP_BIGRAMS.has(`${word} ${peek[1]}`)) break;
    }
    if (count === 0 && firstCapital && !capital && !digitAt(text, wordStart)) break;
    if (endWords?.includes(word)) break;
    end = wEnd;
    count++;
  }
  if (count === 0) return null;
  return { end, printed: printedForm(text.slice(pos, end)), count };
}

// ---- the recogniser ----

/** Whether the folded text before `i` ends with the start of a law's title (LAW_TITLE_BEFORE on the 24 units before it). */
function lawTitleBefore(folded: string, i: number): boolean {
  const before = folded.slice(Math.max(0, i - 24), i);
  return mayEndWith(before, LAW_TITLE_TAIL) && LAW_TITLE_BEFORE.test(before);
}

/** All mentions in document order. `folded` is fold(text). */
export function recognise(text: string, folded: string, options: RecogniseOptions = {}): RawMention[] {
  const heads: Head[] = [];
  // The exported scanner itself, not a clone: compiling the whole lexicon per document would cost
  // more than scanning it (stages run one at a time; lastIndex is reset here).
  const re = AGENCY_SCANNER;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = execAgencyScanner(folded)) !== null) {
    if (m.index > 0 && isNotAfterUnit(folded.charCodeAt(m.index - 1))) {
      re.lastIndex = m.index + 1;
      continue;
    }
    const end = m.index + m[0].length;
    if ((!upperAt(text, m.index) && CAPITAL_ONLY.has(m[0])) || afterSplitSymbol(text, m.index)) {
      re.lastIndex = m.index + 1;
      continue;
    }
    const h = verify(text, folded, m.index, end);
    // Inside a law's title ("Luật Tổ chức Chính phủ 2025") a body's name is not a mention.
    if (h && lawTitleBefore(folded, m.index)) continue;
    if (h) heads.push(h);
    else re.lastIndex = m.index + 1;
  }

  const out: RawMention[] = [];
  const consumed = new Set<number>();
  for (let i = 0; i < heads.length; i++) {
    if (consumed.has(i)) continue;
    const h = heads[i];
    const next = heads[i + 1];
    // Coordinated prefixes of one entry share the body after them: "CVP, PCVP UBND tỉnh".
    let last = i;
    if (h.cand.entry.prefix) {
      while (heads[last + 1]?.cand.entry === h.cand.entry && COORDINATION.test(folded.slice(heads[last].end, heads[last + 1].start))) last++;
    }
    // Composite: "Văn phòng" + "UBND tỉnh", "Ban Thường vụ" + "Tỉnh ủy", "Ban Thường vụ" + "Đảng ủy UBND tỉnh".
    const body = heads[last + 1];
    if (h.cand.entry.prefix && body && ONLY_SPACES.test(folded.slice(heads[last].end, body.start))) {
      const inner = bodyAt(text, folded, heads, last + 1, options);
      if (inner && acceptsInner(h, inner.mention)) {
        for (let k = i + 1; k <= inner.last; k++) consumed.add(k);
        out.push(compose(text, h, inner.mention));
        continue;
      }
    }
    if (h.cand.entry.prefixOnly) continue;
    const mention = extend(text, folded, h, next?.start ?? text.length, options);
    if (!mention) continue;
    // "Đảng" is the Party only beside another body ("của Đảng, Chính phủ"); else a common noun use.
    if (h.cand.entry.name === 'Đảng' && !(next && COORDINATION.test(folded.slice(mention.end, next.start)))) continue;
    out.push(mention);
  }

  const items = listItems(text, folded);
  if (items.length > 0) {
    // A list item ("Các Bộ: Quốc phòng, Công an") is what a bare head there stands for.
    const itemStarts = new Set(items.map((x) => x.start));
    for (let k = out.length - 1; k >= 0; k--) if (out[k].needsHome && itemStarts.has(out[k].start)) out.splice(k, 1);
    out.push(...items);
  }
  if (!sortedBy(out, (x) => x.start)) out.sort((a, b) => a.start - b.start);
  const deduped = out.filter((x, i) => i === 0 || x.start >= out[i - 1].end);
  shareLevels(deduped, folded);
  return deduped;
}

/** Whether prefix `h` makes a composite with the body after it. */
function acceptsInner(h: Head, inner: RawMention): boolean {
  const prefixOf = h.cand.entry.prefixOf;
  return !inner.needsHome && (!prefixOf || prefixOf.includes(inner.kind));
}

/**
 * The body at heads[k] with the heads it consumes: a composite itself when a prefix stands right
 * before another head ("Đảng ủy" + "UBND tỉnh" inside "Ban Thường vụ Đảng ủy UBND tỉnh").
 */
function bodyAt(text: string, folded: string, heads: readonly Head[], k: number, options: RecogniseOptions): { mention: RawMention; last: number } | null {
  const h = heads[k];
  const next = heads[k + 1];
  if (h.cand.entry.prefix && next && ONLY_SPACES.test(folded.slice(h.end, next.start))) {
    const inner = bodyAt(text, folded, heads, k + 1, options);
    if (inner && acceptsInner(h, inner.mention)) return { mention: compose(text, h, inner.mention), last: inner.last };
  }
  if (h.cand.entry.prefixOnly) return null;
  const mention = extend(text, folded, h, next?.start ?? text.length, options);
  return mention ? { mention, last: k } : null;
}

/** Prefix + body: "Văn phòng" + "Ủy ban nhân dân tỉnh" = "Văn phòng Ủy ban nhân dân tỉnh". */
function compose(text: string, h: Head, inner: RawMention): RawMention {
  // A plural class after the prefix is written in lower case: "Ban Thường vụ các tỉnh ủy, thành ủy".
  const innerName = inner.name.startsWith('Các ') ? `c${inner.name.slice(1)}` : inner.name;
  const innerKey = inner.key.startsWith('Các ') ? `c${inner.key.slice(1)}` : inner.key;
  return {
    ...inner,
    start: h.start,
    text: text.slice(h.start, inner.end),
    name: `${h.name} ${innerName}`,
    key: `${h.key} ${innerKey}`,
    kind: h.cand.entry.inheritKind ? inner.kind : h.cand.entry.kind,
    base: `${h.cand.entry.name} ${inner.base}`,
    // The inner body's rules (level, place) stay: "Ban Thường vụ Đảng ủy, UBND thị trấn X".
    entry: inner.entry,
  };
}

/** Extends a verified head with its tail, level and place; null when the entry's needs are unmet. */
function extend(text: string, folded: string, h: Head, bound: number, options: RecogniseOptions): RawMention | null {
  const entry = h.cand.entry;
  let end = h.end;
  let proper: string | null = null;
  let purpose: string | null = null;
  let baseName = h.name;
  let baseKey = h.key;

  if (entry.tail === 'name') {
    // A first word that is no name ("Báo cáo", "TỔNG CỤC TRƯỞNG") ends it here, before the words are read.
    NEXT_WORD.lastIndex = end;
    const peek = NEXT_WORD.exec(folded);
    const sep = peek ? peek[0].length - peek[1].length : 0;
    // (After "-" or "&" the printed first word is that mark: the check below does not apply.)
    const spaced = peek !== null && peek[0].lastIndexOf('-', sep - 1) < 0 && peek[0].lastIndexOf('&', sep - 1) < 0;
    if (spaced && (NOT_A_NAME.has(peek[1]) || entry.notNames?.includes(peek[1]))) return null;
    const w = parseWords(text, folded, end, bound, NAME_STOP, 12, !entry.names || entry.names.length === 0, false, entry.endWords);
    if (!w) return null;
    // "Công ty cổ phần" alone is a kind of company, not a company.
    const names = entry.names ?? [];
    if (entry.kind === 'doanh-nghiep' && names.length > 0) {
      const printedKey = foldKey(w.printed);
      if (names.some((n) => foldKey(n) === printedKey)) return null;
    }
    // Known names ("Đa khoa") may start in lower case; others must start with a capital.
    const firstWord = w.printed.split(' ')[0];
    const firstFolded = foldLower(firstWord);
    if (NOT_A_NAME.has(firstFolded) || entry.notNames?.includes(firstFolded)) return null;
    const printedFold = names.length > 0 ? fold(w.printed) : '';
    const knownStart = names.some((n) => printedFold.startsWith(foldLower(n)));
    if (!knownStart && !upperAt(firstWord, 0) && !digitAt(firstWord, 0)) return null;
    // A known name listed in lower case keeps it ("Đồn Biên phòng cửa khẩu Cảng Liên Hương").
    const lowerKnown = knownStart && !upperAt(firstWord, 0) && names.some((n) => w.printed.startsWith(n));
    proper = lowerKnown ? w.printed : upperFirst(w.printed);
    end = w.end;
    baseName = `${h.name} ${proper}`;
    baseKey = baseName;
  } else if (entry.tail === 'purpose') {
    const w = parseWords(text, folded, end, bound, PURPOSE_STOP, 16, false, true);
    if (w) {
      const words = (isAllCaps(w.printed) ? lowerVi(w.printed) : w.printed).split(' ');
      if (LOWER_FIRST_PURPOSE.has(fold(words[0]).replace(TRAILING_COMMA, ''))) words[0] = lowerVi(words[0]);
      purpose = words.join(' ');
      end = w.end;
    }
  } else if (entry.tail === 'number') {
    TEAM_NUMBER.lastIndex = end;
    const n = TEAM_NUMBER.exec(folded);
    if (!n || n.index + n[0].length > bound) return null;
    end = n.index + n[0].length;
    proper = printedForm(text.slice(h.end, end));
    baseName = `${h.name} ${proper}`;
    // "Đoàn Kiểm tra số 02" = "Đoàn Kiểm tra số 2".
    baseKey = `${h.key} số ${Number.parseInt(n[1], 10)}`;
  }

  let needsHome = false;
  let level: Level | null = null;
  let mentionEnd: number | null = null;
  let place: Place | null = null;
  if (entry.level && entry.level !== 'none') {
    level = parseLevel(text, folded, end, bound);
    if (level && !tierAllowed(entry, level.tier)) level = null;
    let detached = false;
    if (!level && entry.level === 'optional') {
      const p = possessiveLevel(text, folded, end, bound);
      if (p) ({ level, detached } = p);
    }
    if (!level && entry.classLevel) {
      SHARED_CLASS.lastIndex = end;
      const c = SHARED_CLASS.exec(folded);
      const shared = c ? parseLevel(text, folded, c.index + c[0].length, bound) : null;
      if (shared && !shared.plural) {
        level = shared;
        detached = true;
      }
    }
    // "các cấp" (all levels) names no level: "Chủ tịch UBND các cấp" is a generic class.
    if (level && GENERIC_LEVELS.has(level.level)) return null;
    // A level shared from further on: the name takes it, the mention ends where it was.
    if (level && detached) mentionEnd = end;
    if (level) {
      end = level.end;
      if (!level.plural && level.tier !== 'class' && level.tier !== 'central') {
        place = parsePlace(text, end, bound, TIER_PLACES[level.tier] ?? null, level.tier !== 'province');
        if (place) end = place.end;
      } else if (level.plural) {
        // "UBND các xã, phường, đặc khu Cồn Cỏ": a place after the last member.
        place = parsePlace(text, end, bound, ['commune', 'district'], false);
        if (place) {
          level = { ...level, level: `${level.level} ${place.name}` };
          end = place.end;
          place = null;
        }
      }
    } else if (entry.level === 'required') {
      // A capitalised bare "Công an" may be the home unit's ("Trưởng Công an"): home.ts decides.
      if (!entry.bareAtHome || !upperAt(text, h.start)) return null;
      PEOPLES_FORCE.lastIndex = end;
      if (PEOPLES_FORCE.test(folded)) return null;
      needsHome = true;
    }
  }
  if (!level && entry.placeDirect) {
    const tiers: PlaceTier[] =
      entry.placeDirect === 'any' ? ['province', 'district'] : [entry.placeDirect];
    place = parsePlace(text, end, bound, tiers, false);
    if (place) end = place.end;
  }

  // BCHQS is Bộ Chỉ huy at province level, Ban Chỉ huy at district and commune level.
  if (entry.name === 'Bộ Chỉ huy Quân sự' && level && (level.tier === 'district' || level.tier === 'commune')) {
    baseName = 'Ban Chỉ huy Quân sự';
    baseKey = baseName;
  }
  let name = baseName;
  let kind = entry.kind;
  const base = name;
  if (purpose) name = `${name} ${purpose}`;
  // A plural class stays in the name ("Phòng TN&MT các huyện, thị xã" is the class of offices).
  const levelInName = entry.levelInName !== false || place !== null || level?.plural === true;
  let levelText: string | null = level ? level.level : null;
  if (level && levelInName) name = `${name} ${level.level}`;
  if (!levelInName && level) {
    // "Sở Y tế tỉnh": the level word is not part of the name, nor of the mention.
    end = h.end;
    levelText = null;
  }
  if (mentionEnd !== null) end = mentionEnd;
  if (place) name = `${name} ${place.name}`;
  if (entry.suffix && !name.endsWith(entry.suffix.trim())) name = `${name}${entry.suffix}`;
  if (entry.name === 'Cổng Thông tin điện tử' && !level && options.central) name = `${name} Chính phủ`;
  if (FIELD_ENTRIES.has(entry.name)) kind = entry.kind;
  const key = baseKey + name.slice(base.length);

  return {
    start: h.start,
    end,
    text: text.slice(h.start, end),
    name,
    key,
    kind,
    base: entry.name === 'Bộ Chỉ huy Quân sự' && name.startsWith('Ban') ? 'Ban Chỉ huy Quân sự' : entry.name,
    level: levelText,
    tier: level && levelInName ? level.tier : place ? 'province' : null,
    plural: level?.plural ?? false,
    place: place?.name ?? null,
    purpose,
    proper,
    entry,
    needsHome,
    impliedPlace: false,
  };
}

/** "Các Sở: Y tế; GTVT", "các Bộ: Quốc phòng, Công an", "các Vụ: CN, KTTH": one mention per item. */
function listItems(text: string, folded: string): RawMention[] {
  const out: RawMention[] = [];
  const intro = LIST_INTRO;
  intro.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = intro.exec(folded)) !== null) {
    const head = m.groups!.head;
    const scanner = LIST_ITEM_SCANNERS.get(head);
    const byFolded = LIST_ITEMS_BY_FOLDED.get(head);
    if (!scanner || !byFolded) continue;
    const item = scanner;
    const sep = LIST_SEPARATOR;
    let pos = m.index + m[0].length;
    for (let n = 0; n < 30; n++) {
      item.lastIndex = pos;
      const it = item.exec(folded);
      if (!it) break;
      const end = it.index + it[0].length;
      const printed = printedForm(text.slice(it.index, end));
      const cands = byFolded.get(squash(it[0])) ?? [];
      const ok = cands.find((c) => {
        const flags = damagedWordFlags(printed, c.form);
        return flags !== null && (flags.every((f) => !f) || tolerable(c.form, flags));
      });
      if (!ok) break;
      out.push({
        start: it.index,
        end,
        text: text.slice(it.index, end),
        name: ok.name,
        key: ok.name,
        kind: ok.kind,
        base: ok.name,
        level: null,
        tier: null,
        plural: false,
        place: null,
        purpose: null,
        proper: null,
        entry: FIELD_ENTRIES.get(ok.name)?.entry ?? { name: ok.name, kind: ok.kind },
        fromList: true,
        needsHome: false,
        impliedPlace: false,
      });
      sep.lastIndex = end;
      const s = sep.exec(folded);
      if (!s) break;
      pos = s.index + s[0].length;
      intro.lastIndex = pos;
    }
  }
  return out;
}

/**
 * A place printed once for several bodies: "Huyện ủy, UBND huyện Krông Búk", "Tỉnh ủy, HĐND,
 * UBND tỉnh Đắk Lắk". Bodies before the qualified one, joined by "," or "và", without a level
 * or place of their own, take its level and place.
 */
function shareLevels(mentions: RawMention[], folded: string): void {
  for (let i = mentions.length - 1; i > 0; i--) {
    const q = mentions[i];
    if (q.plural && !q.place && UNIT_BODIES.has(q.base)) {
      shareClass(mentions, i, folded);
      continue;
    }
    if (!q.place || q.plural) continue;
    for (let j = i - 1; j >= 0 && i - j <= 4; j--) {
      const p = mentions[j];
      if (!SHARED_PLACE_SEPARATOR.test(folded.slice(p.end, mentions[j + 1].start))) break;
      // A named company or unit ("Công ty Phú Gia Phát, UBND thị trấn X") has no level to share.
      if (p.place || p.level || p.fromList || p.proper) break;
      const partyOfTier =
        (p.base === 'Tỉnh ủy' && q.tier === 'province') || ((p.base === 'Huyện ủy' || p.base === 'Quận ủy' || p.base === 'Thị ủy') && q.tier === 'district');
      if (partyOfTier) {
        p.name = `${p.name} ${q.place}`;
        p.key = `${p.key} ${q.place}`;
        p.place = q.place;
      } else if (p.entry.level && p.entry.level !== 'none' && q.level && q.tier && tierAllowed(p.entry, q.tier)) {
        p.name = `${p.name} ${q.level} ${q.place}`;
        p.key = `${p.key} ${q.level} ${q.place}`;
        p.level = q.level;
        p.tier = q.tier;
        p.place = q.place;
      } else {
        break;
      }
    }
  }
}

/** "Đảng ủy, UBND các xã, thị trấn": bare local bodies before a plural class take it. */
function shareClass(mentions: RawMention[], i: number, folded: string): void {
  const q = mentions[i];
  for (let j = i - 1; j >= 0 && i - j <= 3; j--) {
    const p = mentions[j];
    if (!SHARED_CLASS_SEPARATOR.test(folded.slice(p.end, mentions[j + 1].start))) break;
    if (p.place || p.level || p.plural || p.fromList || p.proper || p.purpose || !UNIT_BODIES.has(p.base)) break;
    p.name = `${p.name} ${q.level}`;
    p.key = `${p.key} ${q.level}`;
    p.level = q.level;
    p.tier = q.tier;
    p.plural = true;
    p.needsHome = false;
  }
}
