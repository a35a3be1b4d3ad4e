/**
 * Roles per directive: who must act (lead), who helps (support), who is only named (mentioned).
 *
 * - lead: after an assignment word ("Giao Sở Tài chính", "Đề nghị UBND tỉnh", "yêu cầu Chủ tịch
 *   UBND ...", "chỉ đạo Sở Y tế"), before "chủ trì" ("Sở Y tế chủ trì, ..."), or as the subject
 *   that opens the item or one of its sentences ("5. Sở Giáo dục và Đào tạo chủ trì ...",
 *   "Các Bộ: Quốc phòng, Công an chủ động ...", "Chủ tịch UBND các xã ... tích cực ...").
 * - support: after "phối hợp (chặt chẽ) với", "cùng (với)".
 * - mentioned: everything else ("báo cáo UBND tỉnh", "theo hướng dẫn của Sở Y tế").
 * A body in a list after a cue ("phối hợp với Bộ X, Bộ Y và ...") shares the cue's role. An agency
 * gets one entry per directive, with its strongest role, in order of first mention.
 */
import type { Directive, DirectiveAgency, Role } from '../record/schema.js';
import { lowerVi } from './text/case.js';

/** Assignment words just before a body (folded text), with position words allowed between. */
export const LEAD_CUE_BEFORE =
  /(?:^|[^a-z0-9])(?:giao|de nghi|yeu cau|chi dao|giao cho|de nghi cho)(?: {1,4}(?:chu tich|giam doc|thu truong|lanh dao|cac|cho|dong chi))* {1,4}$/;

/** Support words just before a body. */
export const SUPPORT_CUE_BEFORE = /(?:^|[^a-z0-9])(?:phoi hop(?: chat che)?(?: {1,4}voi)?|cung voi|cung)(?: {1,4}(?:cac|voi))* {1,4}$/;

/** A support cue at the start of a string ("phối hợp (chặt chẽ) với"); the last one in a clause is tried. */
export const SUPPORT_CUE_AT = /^phoi hop(?: chat che)? {1,4}voi(?![a-z0-9])/;

/** What ends the reach of a support cue: punctuation that closes the clause, a purpose, a new verb. */
export const SUPPORT_BREAK = /[.;:()]|(?:^|[^a-z0-9])(?:de|nham|bao cao|trinh|gui|giao|chu tri|tham muu|huong dan|thuc hien|theo)(?![a-z0-9])/;

/** "chủ trì" right after a body (possibly after an adverb). */
export const LEAD_AFTER = /^ {0,2},? {0,3}(?:(?:khan truong|tiep tuc|chu dong|co trach nhiem) {1,4})?chu tri(?![a-z0-9])/;

/** What may stand between two bodies of one list ("Sở Tài chính, Sở Y tế và ..."). */
export const LIST_GAP = /^ {0,2}(?:[,;]|va|, va|cung|, cung) {0,3}$/;

/** Characters that end a sentence or clause inside a directive: . ; : ! ? and a line break. */
function isClauseChar(c: number): boolean {
  return c === 0x2e || c === 0x3b || c === 0x3a || c === 0x21 || c === 0x3f || c === 0x0a;
}

/** An ASCII letter or digit of the folded text (WORD_CHAR as a code test). */
function isWordCode(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
}

/** Words allowed before a subject ("Các", "Chủ tịch", "thành viên"): folded, one syllable each. */
export const SUBJECT_FILLER: ReadonlySet<string> = new Set([
  'cac', 'chu', 'tich', 'giam', 'doc', 'thu', 'truong', 'lanh', 'dao', 'dong', 'chi', 'thanh', 'vien', 'luc', 'luong', 'va', 'pho', 'nhan', 'dan', 'cung', 'tap', 'the',
]);

/** Words after a body that show it is not the subject of a task: "của", "về", "tại", ..., "đã" (a past deed) and "được" (passive). */
export const NOT_SUBJECT_AFTER = /^ {0,3}(?:cua|ve|tai|de|voi|trong|cho|tren|la|da|duoc|ve viec)(?![a-z0-9])/;

/** A list marker at the start of an item ("5.", "a)", "-", "II.", "Điều 1."). */
export const MARKER = /^\s*(?:[-+•]|(?:dieu {1,4})?[0-9ivxlcd]{1,5}[.)]|[a-zđ][.)])\s*/;

/** Subordinate clause openers after which ", X ..." starts the subject ("Sau khi ..., Bộ Tài chính ..."). */
export const SUBORDINATE_OPENER = /^\s*(?:sau khi|khi|tren co so|can cu|de|truong hop|trong|doi voi|ngoai ra|dong thoi|ve)(?![a-z0-9])/;

/** A letter or digit of the folded text. */
export const WORD_CHAR = /[0-9a-z]/;

/** Words of a gap (folded). */
export const GAP_WORD = /[a-z0-9]+/g;

const RANK: Record<Role, number> = { lead: 3, support: 2, mentioned: 1 };

export interface PlacedMention {
  start: number;
  end: number;
  /** The agency's final (merged) name. */
  name: string;
}

function capitalAt(text: string, i: number): boolean {
  const c = text[i];
  return c !== undefined && c !== lowerVi(c);
}

/** True when only marker, filler words and capitalised words stand between `from` and `to`. */
function onlySubjectPrefix(text: string, folded: string, from: number, to: number): boolean {
  let gap = folded.slice(from, to);
  const mk = MARKER.exec(gap);
  let offset = from;
  if (mk) {
    gap = gap.slice(mk[0].length);
    offset += mk[0].length;
  }
  const re = GAP_WORD;
  re.lastIndex = 0;
  let w: RegExpExecArray | null;
  while ((w = re.exec(gap)) !== null) {
    if (SUBJECT_FILLER.has(w[0])) continue;
    if (capitalAt(text, offset + w.index) && w[0] !== 'giao' && w[0] !== 'de') continue;
    return false;
  }
  return true;
}

function classify(text: string, folded: string, m: PlacedMention, span: { start: number; end: number }): Role | null {
  const before = folded.slice(Math.max(span.start, m.start - 60), m.start);
  if (LEAD_CUE_BEFORE.test(before)) return 'lead';
  if (SUPPORT_CUE_BEFORE.test(before)) return 'support';
  // "phối hợp với các cơ quan chức năng có liên quan và Ủy ban nhân dân cấp xã": a support cue
  // earlier in the same clause, with no purpose or new verb between.
  const clause = folded.slice(Math.max(span.start, m.start - 90), m.start);
  const k = clause.lastIndexOf('phoi hop');
  const cue = k >= 0 && (k === 0 || !WORD_CHAR.test(clause[k - 1])) ? SUPPORT_CUE_AT.exec(clause.slice(k)) : null;
  if (cue && !SUPPORT_BREAK.test(clause.slice(k + cue[0].length))) return 'support';
  const after = folded.slice(m.end, Math.min(span.end, m.end + 40));
  if (LEAD_AFTER.test(after)) return 'lead';
  if (NOT_SUBJECT_AFTER.test(after)) return null;
  // Subject at the start of the item or of a sentence or clause in it.
  // The last clause start before the mention, searched backwards (no rescan of the item).
  let boundary = span.start;
  for (let i = m.start - 1; i >= span.start; i--) {
    const c = folded.charCodeAt(i);
    if (!isClauseChar(c)) continue;
    // A "." inside a marker ("5.") or a number ("24.11") is not a sentence end.
    if (c === 0x2e && i + 1 < folded.length && isWordCode(folded.charCodeAt(i + 1))) continue;
    boundary = i + 1;
    break;
  }
  if (onlySubjectPrefix(text, folded, boundary, m.start)) return 'lead';
  // "Sau khi ... thông qua, Bộ Tài chính khẩn trương ...".
  if (SUBORDINATE_OPENER.test(folded.slice(boundary, m.start))) {
    const comma = folded.lastIndexOf(',', m.start);
    if (comma >= boundary && onlySubjectPrefix(text, folded, comma + 1, m.start)) return 'lead';
  }
  return null;
}

/** Index of the first mention (sorted by start) that starts at or after `pos`. */
function firstFrom(mentions: readonly PlacedMention[], pos: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (mentions[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Fills `agencies` of every directive (recursively) from the placed mentions (sorted by start). */
export function assignRoles(directives: Directive[], mentions: readonly PlacedMention[], text: string, folded: string): void {
  const visit = (d: Directive) => {
    const span = d.span;
    // The mentions inside the span, in order: found from the first that starts in it (no pass
    // over all mentions per directive).
    const inside: PlacedMention[] = [];
    for (let i = firstFrom(mentions, span.start); i < mentions.length && mentions[i].start <= span.end; i++) {
      if (mentions[i].end <= span.end) inside.push(mentions[i]);
    }
    const roles = new Map<string, Role>();
    let prev: { m: PlacedMention; role: Role | null } | null = null;
    for (const m of inside) {
      let role = classify(text, folded, m, span);
      // A list after a cue shares it: "phối hợp với Bộ X, Bộ Y", "Giao Sở A, Sở B".
      if (role === null && prev && prev.role && LIST_GAP.test(folded.slice(prev.m.end, m.start))) role = prev.role;
      if (role !== null && prev && prev.role === 'lead' && role === 'lead') role = 'lead';
      const final: Role = role ?? 'mentioned';
      const had = roles.get(m.name);
      if (!had || RANK[final] > RANK[had]) roles.set(m.name, final);
      prev = { m, role };
    }
    const list: DirectiveAgency[] = [];
    for (const [name, role] of roles) list.push({ name, role });
    d.agencies = list;
    for (const child of d.children) visit(child);
  };
  for (const d of directives) visit(d);
}
