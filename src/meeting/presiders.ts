/**
 * The people who presided (người chủ trì) over the meeting or visit a notice concludes on, as
 * notices introduce them:
 *   "đồng chí Nguyễn Tuấn Hà - Phó Chủ tịch Thường trực UBND tỉnh, ... chủ trì buổi làm việc"
 *   "Phó Thủ tướng Chính phủ Mai Văn Chính đã chủ trì buổi làm việc"
 *   "Hội nghị do đồng chí X - ... cùng đồng chí Y - ... đồng chủ trì"
 *   "dưới sự chủ trì của đồng chí X - ..."
 * A notice of the Văn phòng Chính phủ concludes on the leader named in its title ("Kết luận
 * của Phó Thủ tướng Bùi Thanh Sơn"): that leader is the presider.
 * Names keep their exact letters: "Tống Thanh Hải" and "Tổng Thanh Hải" are two spellings that
 * are never merged.
 */
import type { Person, Span } from '../record/schema.js';
import { FAMILY_NAME_SET } from '../vocabulary/person-names.js';
import { HONORIFIC, POSITION_ANYWHERE } from '../vocabulary/positions.js';
import { LEVEL_WORDS } from '../vocabulary/header-words.js';
import { cleanValue, isLower, isUpper, nextGuarded, NOT_AFTER_LETTER, trimEndIndex } from '../header/text.js';
import { titleCaseName } from '../header/casing.js';
import { opensPosition, splitPositions } from './positions.js';

/** "chủ trì" and the words before it that belong to the verb ("đã", "đồng"). */
export const PRESIDE_VERB = /(?:[ \n]đã)?(?:[ \n]đồng)?[ \n]chủ[ \n]trì(?![\p{L}])/gu;

/** Weaker verbs of a working visit, used when nobody "chủ trì" ("có buổi làm việc với"). */
export const VISIT_VERB = /(?:[ \n]đã)?[ \n](?:có buổi làm việc|có cuộc làm việc|làm việc với|đi kiểm tra|kiểm tra|thăm và làm việc|đến thăm)(?![\p{L}])/gu;

/**
 * The person who concludes ("Đồng chí X, Bí thư Huyện ủy, Chủ tịch HĐND huyện kết luận như sau"):
 * the presider when the document names nobody who "chủ trì".
 */
export const CONCLUDE_VERB = /(?:[ \n]đã)?[ \n]kết[ \n]luận(?=[ ,\n](?:như sau|và chỉ đạo|, chỉ đạo|chỉ đạo)|[ ]?:)/gu;

/**
 * The presiders named after the verb: "Chủ trì cuộc họp có đồng chí X - ...", "đồng chủ trì là
 * các đồng chí: A - ...; B - ...".
 */
export const PRESIDED_BY =
  /(?<![\p{L}])(?:[Cc]hủ trì|[Đđ]ồng chủ trì)(?:[ ](?:cuộc họp|hội nghị|buổi làm việc|cuộc làm việc|phiên họp|buổi họp|Hội nghị))?[ ](?:có|là|gồm)(?:[ ]các)?[ ](?=[Đđ]ồng chí|[Ôô]ng|[Bb]à|\p{Lu})/gu;

/** "dưới sự chủ trì của" before the presiders. */
export const UNDER_PRESIDENCY = /dưới sự chủ trì của[ \n]?$/u;

/** " do " introducing the presiders of a passive sentence ("Hội nghị do đồng chí X chủ trì"). */
export const BY_WORD = /(?<![\p{L}])do[ \n](?=(?:[Đđ]ồng chí|[Ôô]ng|[Bb]à|\p{Lu}))/gu;

/** Private clones of the exported patterns (one per use, lastIndex set before each scan). */
const POSITION_ANYWHERE_RE = new RegExp(POSITION_ANYWHERE.source, POSITION_ANYWHERE.flags);
const HONORIFIC_RE = new RegExp(HONORIFIC.source, HONORIFIC.flags);
/** PRESIDED_BY without its look-behind (searched with nextGuarded and NOT_AFTER_LETTER). */
export const PRESIDED_BY_BODY = new RegExp(PRESIDED_BY.source.slice('(?<![\\p{L}])'.length), PRESIDED_BY.flags);
const PRESIDED_BY_RE = new RegExp(PRESIDED_BY_BODY.source, PRESIDED_BY_BODY.flags);
const NOT_AFTER_LETTER_RE = new RegExp(NOT_AFTER_LETTER.source, NOT_AFTER_LETTER.flags);
const VERB_RES = [PRESIDE_VERB, VISIT_VERB, CONCLUDE_VERB].map((r) => new RegExp(r.source, r.flags));
const BY_WORD_RE = new RegExp(BY_WORD.source, BY_WORD.flags);

/** Connectors left at the end of one presider before the next ("; ", " cùng ", " và "). */
export const CONNECTORS: readonly string[] = ['cùng với', 'cùng', 'và', 'với'];

/** The end of text[from, to) without a trailing connector and separators. */
function withoutConnector(text: string, from: number, to: number): number {
  let e = trimEndIndex(text, ' \n,;:', to);
  for (const c of CONNECTORS) {
    const s = e - c.length;
    if (s > from && text.slice(s, e) === c && (text[s - 1] === ' ' || text[s - 1] === '\n')) {
      e = trimEndIndex(text, ' \n,;:', s);
      break;
    }
  }
  return Math.max(from, e);
}

/** A person's name: two to five capitalised words. */
export const NAME_RUN = /^\p{Lu}[\p{Ll}'’]*(?:[ \n]\p{Lu}[\p{Ll}'’]*){1,4}/u;

/** Separators between a name and its positions (" - ", ", ", "-", ": "). */
export const NAME_POSITION_SEP = /^[ \n]*[-–—,:]?[ \n]*/u;

const LEVELS = new Set(LEVEL_WORDS);

interface Word {
  s: number;
  e: number;
  w: string;
}

function wordsOf(text: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  let i = from;
  while (i < to) {
    while (i < to && (text[i] === ' ' || text[i] === '\n')) i++;
    let j = i;
    while (j < to && text[j] !== ' ' && text[j] !== '\n') j++;
    if (j > i) out.push({ s: i, e: j, w: text.slice(i, j) });
    i = j;
  }
  return out;
}

/** A word followed by punctuation. */
export const WORD_PUNCT = /[,;:.)(]$/;

/** Digits or a slash: not part of a name. */
export const DIGIT_OR_SLASH = /[\d/]/;

const isCapitalisedWord = (w: string) => isUpper(w[0]) && !isUpper(w[1] ?? 'a') && !DIGIT_OR_SLASH.test(w) && w.length <= 12;

/**
 * The name at the end of text[from, to): the trailing run of capitalised words, cut where a
 * family name starts so that the name has three words (the most common), else four, else two.
 */
export function trailingName(text: string, from: number, to: number): Span | null {
  const words = wordsOf(text, from, to);
  let k = words.length;
  // A word with punctuation after it ("Chính,") ends the run unless it is the last word.
  while (k > 0 && isCapitalisedWord(words[k - 1].w) && (k === words.length || !WORD_PUNCT.test(words[k - 1].w))) k--;
  const run = words.slice(k);
  if (run.length > 0 && WORD_PUNCT.test(run[run.length - 1].w)) return null;
  if (run.length < 2) return null;
  for (const len of [3, 4, 2, 5]) {
    if (run.length < len) continue;
    const first = run[run.length - len];
    if (!FAMILY_NAME_SET.has(first.w)) continue;
    const before = words[words.length - len - 1];
    // "tỉnh Hà Giang": a two-word place after a level word, not a name.
    if (len === 2 && before && LEVELS.has(before.w)) continue;
    return { start: first.s, end: run[run.length - 1].e };
  }
  return null;
}

/** The name at the start of text[from, to) (after an honorific), or null. */
function leadingName(text: string, from: number, to: number): Span | null {
  const m = NAME_RUN.exec(text.slice(from, Math.min(to, from + 80)));
  if (!m) return null;
  // A position title glued to the name without a separator ("Nguyễn Văn A Phó Chủ tịch"): cut there.
  const words = wordsOf(text, from, from + m[0].length);
  let n = words.length;
  for (let i = 2; i < words.length; i++) {
    if (words[i].w === 'Phó' || words[i].w === 'Chủ' || words[i].w === 'Bí' || words[i].w === 'Giám' || words[i].w === 'Trưởng') {
      n = i;
      break;
    }
  }
  if (n < 2) return null;
  return { start: words[0].s, end: words[n - 1].e };
}

/** Where the position phrase before a name starts (back over ", "-joined position titles). */
function positionsStartBefore(text: string, floor: number, nameStart: number): number | null {
  // The clause holding the name: back to the last "," / ";" / "." or the floor.
  let s = nameStart;
  while (s > floor && text[s - 1] !== ',' && text[s - 1] !== ';' && text[s - 1] !== '.' && text[s - 1] !== ':' && text[s - 1] !== '(') s--;
  const re = POSITION_ANYWHERE_RE;
  re.lastIndex = s;
  const m = re.exec(text.slice(0, nameStart));
  if (!m || m.index >= nameStart) return null;
  let start = m.index;
  // Earlier positions of the same person, joined by commas ("Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Hồ Quốc Dũng").
  for (;;) {
    let p = start;
    while (p > floor && (text[p - 1] === ' ' || text[p - 1] === '\n')) p--;
    if (p <= floor || text[p - 1] !== ',') break;
    let q = p - 1;
    while (q > floor && text[q - 1] !== ',' && text[q - 1] !== ';' && text[q - 1] !== '.' && text[q - 1] !== ':') q--;
    while (q < p && (text[q] === ' ' || text[q] === '\n')) q++;
    if (!opensPosition(text.slice(q, q + 40))) break;
    start = q;
  }
  return start;
}

/** One person from a clause part: honorific (if any), then name and positions in either order. */
export function personFrom(text: string, from: number, to: number, honorific: string | null, honorificStart: number | null): Person | null {
  // Trailing connectors belong to the sentence.
  const end = withoutConnector(text, from, to);
  if (end <= from) return null;
  // A title after the honorific ("đồng chí Phó Chủ tịch UBND tỉnh Nguyễn Văn A") is not a name.
  const lead = opensPosition(text.slice(from, from + 40)) ? null : leadingName(text, from, end);
  if (lead && (honorific !== null || FAMILY_NAME_SET.has(text.slice(lead.start, text.indexOf(' ', lead.start))))) {
    // Name first: "Nguyễn Tuấn Hà - Phó Chủ tịch ...", "Hồ Quốc Dũng, Ủy viên ...".
    const sep = NAME_POSITION_SEP.exec(text.slice(lead.end, end));
    const posStart = lead.end + (sep ? sep[0].length : 0);
    const positions = splitPositions(text.slice(posStart, end));
    return {
      name: cleanValue(text.slice(lead.start, lead.end)),
      honorific,
      positions,
      span: { start: honorificStart ?? lead.start, end: positions.length > 0 ? end : lead.end },
    };
  }
  // Positions first: "Phó Thủ tướng Chính phủ Mai Văn Chính".
  const name = trailingName(text, from, end);
  if (!name) return null;
  const ps = positionsStartBefore(text, from, name.start);
  const positions = ps === null ? [] : splitPositions(text.slice(ps, name.start));
  if (honorific === null && positions.length === 0) return null;
  return {
    name: cleanValue(text.slice(name.start, name.end)),
    honorific,
    positions,
    span: { start: honorificStart ?? ps ?? name.start, end: name.end },
  };
}

/** The people named in a clause (split at each honorific). */
export function peopleIn(text: string, from: number, to: number): Person[] {
  const re = HONORIFIC_RE;
  re.lastIndex = from;
  const marks: { start: number; after: number; h: string }[] = [];
  const bounded = text.slice(0, Math.min(text.length, to + 20));
  let m: RegExpExecArray | null;
  while ((m = re.exec(bounded)) !== null && m.index < to) {
    marks.push({ start: m.index, after: m.index + m[0].length, h: m.groups!.h.toLowerCase() });
  }
  if (marks.length === 0) {
    const p = personFrom(text, from, to, null, null);
    return p ? [p] : [];
  }
  // "các đồng chí: A - ...; B - ...": one honorific for a list; each "; " + family name starts
  // the next person, under the same honorific.
  const all: { start: number; after: number; h: string; own: boolean }[] = [];
  for (let i = 0; i < marks.length; i++) {
    all.push({ ...marks[i], own: true });
    const partEnd = i + 1 < marks.length ? marks[i + 1].start : to;
    let k = text.indexOf('; ', marks[i].after);
    while (k !== -1 && k < partEnd) {
      let w = k + 2;
      while (w < partEnd && text[w] !== ' ') w++;
      if (FAMILY_NAME_SET.has(text.slice(k + 2, w))) all.push({ start: k + 2, after: k + 2, h: marks[i].h, own: false });
      k = text.indexOf('; ', k + 2);
    }
  }
  const out: Person[] = [];
  for (let i = 0; i < all.length; i++) {
    const partEnd = i + 1 < all.length ? all[i + 1].start : to;
    const p = personFrom(text, all[i].after, partEnd, all[i].h, all[i].own ? all[i].start : null);
    if (p) out.push(p);
  }
  return out;
}

/** The presiders named around a "chủ trì" (or a visit verb) in text[from, to). */
export function presidersIn(text: string, from: number, to: number, sentenceStartOf: (at: number) => number): Person[] {
  {
    // "Chủ trì cuộc họp có đồng chí X ...": the presiders follow, to the end of the sentence.
    const m = nextGuarded(PRESIDED_BY_RE, NOT_AFTER_LETTER_RE, text.slice(0, to), from);
    if (m) {
      const after = m.index + m[0].length;
      let e = after;
      while (e < to && !(text[e] === '.' && (e + 1 >= text.length || text[e + 1] === ' ' || text[e + 1] === '\n')) && !(text[e] === '\n' && text[e + 1] === '\n')) e++;
      const people = peopleIn(text, after, e);
      if (people.length > 0) return people;
    }
  }
  for (const re of VERB_RES) {
    re.lastIndex = from;
    const bounded = text.slice(0, Math.min(text.length, to + 40));
    let m: RegExpExecArray | null;
    while ((m = re.exec(bounded)) !== null && m.index < to) {
      const vStart = m.index;
      const vEnd = vStart + m[0].length;
      const sStart = Math.max(from, sentenceStartOf(vStart));
      const before = text.slice(sStart, vStart);
      // "dưới sự chủ trì của X ...": the presiders follow the verb.
      if (UNDER_PRESIDENCY.test(text.slice(Math.max(sStart, vStart - 30), vEnd + 4))) {
        let e = vEnd;
        while (e < to && text[e] !== '.' && !(text[e] === '\n' && text[e + 1] === '\n')) e++;
        const ofAt = text.indexOf('của', vEnd);
        const people = peopleIn(text, ofAt !== -1 && ofAt < e ? ofAt + 3 : vEnd, e);
        if (people.length > 0) return people;
        continue;
      }
      // "Hội nghị do X (đồng) chủ trì": the presiders stand between "do" and the verb.
      const by = BY_WORD_RE;
      by.lastIndex = sStart;
      let byAt = -1;
      let b: RegExpExecArray | null;
      const beforeVerb = text.slice(0, vStart);
      while ((b = by.exec(beforeVerb)) !== null) byAt = b.index + b[0].length;
      const clauseStart = byAt !== -1 ? byAt : sStart;
      if (before.trim().length === 0) continue;
      const people = peopleIn(text, clauseStart, vStart);
      if (people.length > 0) return people;
    }
  }
  return [];
}

/**
 * The leader named in a title ("KẾT LUẬN CỦA PHÓ THỦ TƯỚNG CHÍNH PHỦ MAI VĂN CHÍNH TẠI ..."):
 * the name printed as in the title and its positions phrase, or null.
 */
export function titleLeader(title: string): { name: string; positions: string } | null {
  const upper = title.toUpperCase();
  const of = upper.indexOf(' CỦA ');
  if (of === -1) return null;
  let end = upper.indexOf(' TẠI ', of);
  if (end === -1) end = upper.indexOf(' VỀ ', of);
  if (end === -1) end = title.length;
  const phrase = title.slice(of + 5, end).trim();
  const words = phrase.split(' ');
  for (const len of [3, 4, 2]) {
    if (words.length <= len) continue;
    const first = words[words.length - len];
    const asName = first[0] + first.slice(1).toLowerCase();
    if (!FAMILY_NAME_SET.has(asName) && !FAMILY_NAME_SET.has(first)) continue;
    const name = words.slice(words.length - len).join(' ');
    // A name in running case must be capitalised word by word.
    if (!name.split(' ').every((w) => isUpper(w[0]))) continue;
    if (words.slice(words.length - len).some((w) => isLower(w[0]))) continue;
    return { name, positions: words.slice(0, words.length - len).join(' ') };
  }
  return null;
}

/** A leader's name printed in capitals, in record case. */
export function nameCase(name: string): string {
  return name === name.toUpperCase() ? titleCaseName(name) : name;
}
