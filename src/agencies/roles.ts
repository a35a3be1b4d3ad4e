/**
 * Roles per directive: who must act (lead), who helps (support), who is only named (mentioned).
 * The cue words are data in ./lexicon/role-cues.ts.
 *
 * - lead: after an assignment verb ("Giao Sở Tài chính", "Đề nghị UBND tỉnh", "yêu cầu Chủ tịch
 *   UBND ...", "chỉ đạo Sở Y tế"), before "chủ trì" ("Sở Y tế chủ trì, ..."), or as the subject
 *   that opens the item or one of its sentences ("5. Sở Giáo dục và Đào tạo chủ trì ...",
 *   "Các Bộ: Quốc phòng, Công an chủ động ...", "Chủ tịch UBND các xã ... tích cực ...",
 *   "Chánh Văn phòng UBND tỉnh, Giám đốc Sở Y tế ... chịu trách nhiệm thi hành").
 * - support: after "phối hợp (chặt chẽ) (với)", "cùng (với)"; a subject that "phối hợp" in an
 *   item someone else leads ("UBND các xã phối hợp phòng Dân tộc ...").
 * - mentioned: everything else ("báo cáo UBND tỉnh", "theo đề nghị của Sở Y tế", a speaker
 *   "Bí thư Tỉnh ủy yêu cầu ...", a genitive "các cơ quan Quốc hội", anything inside quotes).
 * A body in a list after a cue ("phối hợp với Bộ X, Bộ Y và ...") shares the cue's role. An agency
 * gets one entry per directive, with its strongest role, in order of first mention. Children do
 * not inherit their parent's agencies: each directive has only the mentions inside its own span.
 */
import type { Directive, DirectiveAgency, Role } from '../record/schema.js';
import { firstFrom, lowerBound } from '../vocabulary/lower-bound.js';
import {
  CHAIN_GAP,
  CONNECTOR_AT,
  COOPERATION_TITLE_TAIL,
  COOPERATES_AFTER,
  COOPERATION_TITLE_END,
  GENITIVE_BEFORE,
  GENITIVE_TAIL,
  LEAD_AFTER,
  LEAD_CUE_BEFORE,
  LEAD_CUE_TAIL,
  LEAD_LABEL,
  LEAD_LIST_BEFORE,
  LIST_GAP,
  LIST_ITEM_BREAK,
  LIST_TAIL_THEN_PAST,
  MARKER,
  NOT_SUBJECT_AFTER,
  OWN_LEVEL_AFTER,
  PERSON_NAME_AFTER,
  PURPOSE_SUBJECT,
  SPEAKER_AFTER,
  SUBJECT_FIELD_WORDS,
  SUBJECT_FILLER_WORDS,
  SUBORDINATE_AT,
  SUPPORT_BREAK,
  SUPPORT_CUE_AT,
  SUPPORT_CUE_BEFORE,
  SUPPORT_CUE_TAIL,
  SUPPORT_LABEL,
  VERB_AS_NOUN_END,
  VERB_AS_NOUN_TAIL,
} from './lexicon/role-cues.js';
import { FIELDS } from './lexicon/fields.js';
import { fold } from './text/fold.js';
import { mayEndWith, type TailGuard } from './text/tail.js';
import { isWordCode, lowerChangesAt } from './text/units.js';

export { LEAD_CUE_BEFORE, SUPPORT_CUE_BEFORE, LEAD_AFTER, LIST_GAP, MARKER } from './lexicon/role-cues.js';

/** A letter or digit of the folded text. */
export const WORD_CHAR = /[0-9a-z]/;

/** Words of a gap (folded). */
export const GAP_WORD = /[a-z0-9]+/g;

/** Separators of a subject list: "," ";" "và" (folded). */
export const SUBJECT_SEPARATOR = /[,;]| va /g;

const SUBJECT_FILLER: ReadonlySet<string> = new Set(SUBJECT_FILLER_WORDS);

/** Field names that may stand alone in a subject list (folded): the lexicon's fields and a few forces. */
const SUBJECT_FIELDS: ReadonlySet<string> = new Set([
  ...SUBJECT_FIELD_WORDS,
  ...FIELDS.flatMap((f) => [f.name, ...(f.forms ?? [])]).map((s) => fold(s)),
]);

const RANK: Record<Role, number> = { lead: 3, support: 2, mentioned: 1 };

export interface PlacedMention {
  start: number;
  end: number;
  /** The agency's final (merged) name. */
  name: string;
}

/** What classify found: a role, or none; `cooperates` marks a subject followed by "phối hợp". */
interface Verdict {
  role: Role | null;
  cooperates: boolean;
}

const NONE: Verdict = { role: null, cooperates: false };
const LEAD: Verdict = { role: 'lead', cooperates: false };
const SUPPORT: Verdict = { role: 'support', cooperates: false };

/** Characters that end a sentence or clause inside a directive: . ; : ! ? and a line break. */
function isClauseChar(c: number): boolean {
  return c === 0x2e || c === 0x3b || c === 0x3a || c === 0x21 || c === 0x3f || c === 0x0a;
}

/**
 * Whether `s` ends as LEAD_LIST_BEFORE must: "," or " va" then 1-3 spaces (a necessary condition
 * checked by char codes, so that the regex runs only where it may match).
 */
function endsListSeparator(s: string): boolean {
  let i = s.length - 1;
  while (i >= 0 && s.charCodeAt(i) === 0x20) i--;
  const spaces = s.length - 1 - i;
  if (spaces < 1 || spaces > 3 || i < 0) return false;
  const c = s.charCodeAt(i);
  return c === 0x2c || (c === 0x61 && i >= 2 && s.charCodeAt(i - 1) === 0x76 && s.charCodeAt(i - 2) === 0x20);
}

/** One directive's view: its span, its mentions in order, the offsets of its double quotes. */
interface Scope {
  text: string;
  folded: string;
  start: number;
  end: number;
  inside: readonly PlacedMention[];
  quotes: readonly number[];
  /** The last clause start found, for a later position to search back only to it. */
  clause?: { pos: number; start: number };
}

/**
 * True when `pos` lies inside a "..." quotation of the directive (an odd number of quotes before
 * it). The quotes before it are counted by a binary search: counting them one by one, for every
 * mention, took time in the square of the length of a long directive with many quotes.
 */
function inQuote(scope: Scope, pos: number): boolean {
  const { quotes } = scope;
  return lowerBound(quotes.length, (i) => quotes[i] < pos) % 2 === 1;
}

/**
 * True when `text[from, to)` is only a subject's prefix: a marker, a connector, filler words,
 * capitalised words (positions, names), other bodies of the subject list (mentions `k` before
 * the current one), or fields named alone in a list ("Các lực lượng Công an, Quân sự, Y tế, ...").
 */
function onlySubjectPrefix(scope: Scope, from: number, to: number, k: number): boolean {
  const { text, folded } = scope;
  let offset = from;
  const mk = MARKER.exec(folded.slice(offset, to));
  if (mk) offset += mk[0].length;
  const cn = CONNECTOR_AT.exec(folded.slice(offset, to));
  if (cn) offset += cn[0].length;
  // Blank out earlier mentions of the subject list (they are part of the subject).
  let gap = folded.slice(offset, to);
  for (let j = k - 1; j >= 0; j--) {
    const p = scope.inside[j];
    if (p.end <= offset) break;
    if (p.start < offset) return false;
    gap = gap.slice(0, p.start - offset) + ' '.repeat(p.end - p.start) + gap.slice(p.end - offset);
  }
  // "Sở Y tế (Phó Trưởng ban Chỉ đạo) chỉ đạo": a body in brackets is an apposition, not the subject.
  if (gap.includes('(') || gap.includes(')')) return false;
  // Segment by segment: every word a filler or capitalised, or the segment a field named alone.
  const sep = SUBJECT_SEPARATOR;
  sep.lastIndex = 0;
  let segStart = 0;
  for (;;) {
    const s = sep.exec(gap);
    const segEnd = s ? s.index : gap.length;
    if (!segmentIsSubject(text, gap, offset, segStart, segEnd)) return false;
    if (!s) return true;
    segStart = s.index + s[0].length;
  }
}

/** Most words of a field named alone in a subject list (SUBJECT_FIELDS): a longer tail is none. */
const MAX_FIELD_WORDS = Math.max(...[...SUBJECT_FIELDS].map((f) => f.split(' ').length));

/** Words of the segment being read by segmentIsSubject and whether each opens with a capital (reused). */
const segmentWords: string[] = [];
const segmentCapitals: boolean[] = [];

function segmentIsSubject(text: string, gap: string, offset: number, from: number, to: number): boolean {
  // Words of gap[from, to) (GAP_WORD's runs, read by char code; a separator or the end of the
  // gap follows `to`).
  const words = segmentWords;
  const capitals = segmentCapitals;
  words.length = 0;
  capitals.length = 0;
  let firstBad = -1;
  for (let i = from; i < to; ) {
    if (!isWordCode(gap.charCodeAt(i))) {
      i++;
      continue;
    }
    let e = i + 1;
    while (e < gap.length && isWordCode(gap.charCodeAt(e))) e++;
    const word = gap.slice(i, e);
    const capital = lowerChangesAt(text, offset + i);
    words.push(word);
    capitals.push(capital);
    if (firstBad < 0) {
      if (!SUBJECT_FILLER.has(word) && !(capital && word !== 'giao' && word !== 'de')) firstBad = words.length - 1;
    } else if (words.length - firstBad > MAX_FIELD_WORDS) {
      return false; // no field is as long as the words from the first bad one on
    }
    i = e;
  }
  if (firstBad < 0) return true;
  // "Công an", "Biên phòng", "Y tế": a field written alone, opened by a capital, after fillers
  // and capitalised words only.
  for (let k = firstBad; k >= 0 && words.length - k <= MAX_FIELD_WORDS; k--) {
    if (capitals[k] && SUBJECT_FIELDS.has(words.slice(k).join(' '))) return true;
  }
  return false;
}

/** The last clause start before `pos` (searched backwards, no rescan of the item). */
function clauseStart(scope: Scope, pos: number): number {
  const { folded } = scope;
  // Whether folded[i] ends a clause depends on the text only: below a remembered position the
  // answer is the remembered one.
  const known = scope.clause !== undefined && scope.clause.pos <= pos ? scope.clause : null;
  const stop = known ? known.pos : scope.start;
  let start = known ? known.start : scope.start;
  for (let i = pos - 1; i >= stop; i--) {
    const c = folded.charCodeAt(i);
    if (!isClauseChar(c)) continue;
    // A "." inside a marker ("5.") or a number ("24.11") is not a sentence end.
    if (c === 0x2e && i + 1 < folded.length && isWordCode(folded.charCodeAt(i + 1))) continue;
    start = i + 1;
    break;
  }
  scope.clause = { pos, start };
  return start;
}

/** The text after a mention, past its own level qualifier ("... của huyện") and a person's name. */
function afterSubject(scope: Scope, end: number): number {
  const { text, folded } = scope;
  const own = OWN_LEVEL_AFTER.exec(folded.slice(end, Math.min(scope.end, end + 20)));
  if (own) end += own[0].length;
  const name = PERSON_NAME_AFTER.exec(text.slice(end, Math.min(scope.end, end + 40)));
  if (name) end += name[0].length;
  return end;
}

/** `re.test(s)` for a regex anchored at the end, asked only when its guard allows a match (text/tail.ts). */
function endsAs(s: string, re: RegExp, guard: TailGuard): boolean {
  return mayEndWith(s, guard) && re.test(s);
}

/** What before a verb makes it a noun ("văn bản chỉ đạo"), and what before "phối hợp" a title ("Quy chế phối hợp"). */
const VERB_AS_NOUN = { re: VERB_AS_NOUN_END, guard: VERB_AS_NOUN_TAIL };
const COOPERATION_TITLE = { re: COOPERATION_TITLE_END, guard: COOPERATION_TITLE_TAIL };

/**
 * Whether the cue word at `s[at]` acts as one: the words before it do not end as `not` (a noun
 * use, a title) and it stands outside quotes. `s` starts at offset `from` of the text.
 */
function cueActs(scope: Scope, s: string, from: number, at: number, not: { re: RegExp; guard: TailGuard }): boolean {
  return !endsAs(s.slice(0, at), not.re, not.guard) && !inQuote(scope, from + at);
}

function classify(scope: Scope, k: number): Verdict {
  const { folded } = scope;
  const m = scope.inside[k];
  if (inQuote(scope, m.start)) return NONE;
  const lo = Math.max(scope.start, m.start - 80);
  const before = folded.slice(lo, m.start);
  // "các cơ quan Quốc hội", "các đơn vị thuộc UBND tỉnh": the body only qualifies another noun.
  if (endsAs(before, GENITIVE_BEFORE, GENITIVE_TAIL)) return NONE;
  const lead = mayEndWith(before, LEAD_CUE_TAIL) ? LEAD_CUE_BEFORE.exec(before) : null;
  if (lead) {
    const verbAt = lead.index + lead[0].indexOf(lead[1]);
    // "văn bản chỉ đạo Sở ...", "theo đề nghị Sở ...", "tham mưu chỉ đạo UBND các xã": not an assignment.
    if (cueActs(scope, before, lo, verbAt, VERB_AS_NOUN)) return LEAD;
  }
  const support = mayEndWith(before, SUPPORT_CUE_TAIL) ? SUPPORT_CUE_BEFORE.exec(before) : null;
  if (support) {
    const cueAt = support.index + support[0].indexOf(support[1]);
    if (cueActs(scope, before, lo, cueAt, COOPERATION_TITLE)) return SUPPORT;
  }
  // "phối hợp với các cơ quan chức năng có liên quan và Ủy ban nhân dân cấp xã": a support cue
  // earlier in the same clause, with no purpose or new verb between.
  const clauseLo = Math.max(scope.start, m.start - 90);
  const clause = folded.slice(clauseLo, m.start);
  const c = clause.lastIndexOf('phoi hop');
  if (c >= 0 && (c === 0 || !WORD_CHAR.test(clause[c - 1])) && cueActs(scope, clause, clauseLo, c, COOPERATION_TITLE)) {
    const cue = SUPPORT_CUE_AT.exec(clause.slice(c));
    if (cue && !SUPPORT_BREAK.test(clause.slice(c + cue[0].length))) return SUPPORT;
  }
  // "chỉ đạo phòng Tài nguyên môi trường, UBND thị trấn ...": the list of an assignment whose
  // earlier item was not recognised (a recognised one passes its role on in rolesOf).
  const list = endsListSeparator(clause) ? LEAD_LIST_BEFORE.exec(clause) : null;
  if (list && (k === 0 || scope.inside[k - 1].end <= clauseLo + list.index)) {
    const verbAt = list.index + list[0].indexOf(list[1]);
    if (!LIST_ITEM_BREAK.test(list[2]) && cueActs(scope, clause, clauseLo, verbAt, VERB_AS_NOUN)) return LEAD;
  }
  const label = labelRole(scope, m.start, k);
  if (label) return label;
  const after = folded.slice(m.end, Math.min(scope.end, m.end + 60));
  if (LEAD_AFTER.test(after)) return LEAD;
  if (NOT_SUBJECT_AFTER.test(after)) return NONE;
  if (LIST_TAIL_THEN_PAST.test(after)) return NONE;
  // A speaker: "Bí thư Tỉnh ủy Hồ Quốc Dũng nhấn mạnh", "Phó Chủ tịch UBND tỉnh yêu cầu ...".
  const verbAt = afterSubject(scope, m.end);
  const verb = folded.slice(verbAt, Math.min(scope.end, verbAt + 40));
  if (SPEAKER_AFTER.test(verb)) return NONE;
  const cooperates = COOPERATES_AFTER.test(verb);
  const subject: Verdict = cooperates ? { role: 'lead', cooperates } : LEAD;
  // Subject at the start of the item or of a sentence or clause in it.
  const boundary = clauseStart(scope, m.start);
  if (onlySubjectPrefix(scope, boundary, m.start, k)) return subject;
  // "...; để Sở Giao thông vận tải chỉ đạo ...": a purpose clause names who acts.
  if (PURPOSE_SUBJECT.test(folded.slice(boundary, m.start)) && boundary > scope.start) return subject;
  // "Sau khi ... thông qua, Bộ Tài chính khẩn trương ...": after the last comma of the
  // subordinate clause that does not end a body of a list.
  let from = boundary;
  const mk = MARKER.exec(folded.slice(from, m.start));
  if (mk) from += mk[0].length;
  if (SUBORDINATE_AT.test(folded.slice(from, m.start))) {
    let comma = lastCommaIn(folded, from, m.start);
    while (comma >= 0 && endsMention(scope, comma, k)) comma = lastCommaIn(folded, from, comma);
    if (comma >= 0 && onlySubjectPrefix(scope, comma + 1, m.start, k)) return subject;
  }
  return NONE;
}

/**
 * A label before the body, from the start of its clause: "Trách nhiệm của Sở Y tế", "Cơ quan chủ
 * trì: Sở Y tế", "Đơn vị phối hợp: Sở Tài chính" (the label is its own clause before the ":").
 */
function labelRole(scope: Scope, pos: number, k: number): Verdict | null {
  const { folded } = scope;
  let from = clauseStart(scope, pos);
  let to = pos;
  // Skip back over the bodies listed before this one under the same label.
  for (let j = k - 1; j >= 0 && scope.inside[j].start >= from; j--) {
    if (!LIST_GAP.test(folded.slice(scope.inside[j].end, to))) break;
    to = scope.inside[j].start;
  }
  if (folded.slice(from, to).trim() === '' && from > scope.start && folded[from - 1] === ':') {
    to = from - 1;
    from = clauseStart(scope, to);
  }
  let label = folded.slice(from, to);
  const mk = MARKER.exec(label);
  if (mk) label = label.slice(mk[0].length);
  if (label.length > 40) return null;
  if (SUPPORT_LABEL.test(label)) return SUPPORT;
  if (LEAD_LABEL.test(label)) return LEAD;
  return null;
}

/**
 * The offset of the last comma in s[from, before), or -1. Bounded to the clause: lastIndexOf
 * from `before` would run on to the start of the text when the clause has none, for every
 * mention (a long document of many mentions and few commas took time in the square of its length).
 */
function lastCommaIn(s: string, from: number, before: number): number {
  for (let i = before - 1; i >= from; i--) if (s.charCodeAt(i) === 0x2c) return i;
  return -1;
}

/** True when a mention before the k-th ends right at `pos` (spaces allowed): a list's comma. */
function endsMention(scope: Scope, pos: number, k: number): boolean {
  for (let j = k - 1; j >= 0; j--) {
    const p = scope.inside[j];
    if (p.end <= pos && scope.folded.slice(p.end, pos).trim() === '') return true;
    if (p.end < pos - 2) return false;
  }
  return false;
}

/** Offsets of the double quotes in `text`. */
function quotesOf(text: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf('"'); i >= 0; i = text.indexOf('"', i + 1)) out.push(i);
  return out;
}

/**
 * The offsets among `quotes` (sorted) in [start, end). Read from the document's list: a search
 * of the text from `start` would run on to the end of the text when the span has no quote, for
 * every directive (a long document of many items took time in the square of its length).
 */
const quotesIn = (quotes: readonly number[], start: number, end: number) =>
  quotes.slice(lowerBound(quotes.length, (i) => quotes[i] < start), lowerBound(quotes.length, (i) => quotes[i] < end));

/** The roles of the mentions of one directive, strongest per agency, in order of first mention. */
function rolesOf(scope: Scope): DirectiveAgency[] {
  const { folded, inside } = scope;
  const verdicts: Verdict[] = [];
  for (let k = 0; k < inside.length; k++) {
    const m = inside[k];
    let v = classify(scope, k);
    const prev = k > 0 ? inside[k - 1] : null;
    const pv = k > 0 ? verdicts[k - 1] : null;
    if (v.role === null && prev && pv && !inQuote(scope, m.start)) {
      const gap = folded.slice(prev.end, m.start);
      // A list after a cue shares it: "phối hợp với Bộ X, Bộ Y", "Giao Sở A, Sở B".
      if (pv.role && LIST_GAP.test(gap)) v = pv;
      // "Ban Cán sự đảng UBND tỉnh lãnh đạo UBND tỉnh chỉ đạo Sở Y tế ...".
      else if (pv.role === 'lead' && CHAIN_GAP.test(gap)) v = LEAD;
    }
    verdicts.push(v);
  }
  // A subject that "phối hợp" helps when another body leads the item.
  const otherLead = new Set<string>();
  for (let k = 0; k < inside.length; k++) if (verdicts[k].role === 'lead' && !verdicts[k].cooperates) otherLead.add(inside[k].name);
  const roles = new Map<string, Role>();
  for (let k = 0; k < inside.length; k++) {
    const m = inside[k];
    const v = verdicts[k];
    let role: Role = v.role ?? 'mentioned';
    if (v.cooperates && [...otherLead].some((n) => n !== m.name)) role = 'support';
    const had = roles.get(m.name);
    if (!had || RANK[role] > RANK[had]) roles.set(m.name, role);
  }
  const list: DirectiveAgency[] = [];
  for (const [name, role] of roles) list.push({ name, role });
  return list;
}

/** Fills `agencies` of every directive (recursively) from the placed mentions (sorted by start). */
export function assignRoles(directives: Directive[], mentions: readonly PlacedMention[], text: string, folded: string): void {
  let quotes: number[] | null = null;
  const visit = (d: Directive) => {
    const span = d.span;
    // The mentions inside the span, in order: found from the first that starts in it (no pass
    // over all mentions per directive).
    const inside: PlacedMention[] = [];
    for (let i = firstFrom(mentions, span.start); i < mentions.length && mentions[i].start <= span.end; i++) {
      if (mentions[i].end <= span.end) inside.push(mentions[i]);
    }
    const scope: Scope = { text, folded, start: span.start, end: span.end, inside, quotes: inside.length ? quotesIn((quotes ??= quotesOf(text)), span.start, span.end) : [] };
    d.agencies = inside.length ? rolesOf(scope) : [];
    for (const child of d.children) visit(child);
  };
  for (const d of directives) visit(d);
}
