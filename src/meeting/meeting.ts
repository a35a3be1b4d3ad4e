/**
 * The meeting or working visit a notice concludes on: its date and place, from the opening
 * sentence ("Ngày 01/9/2021, tại trụ sở UBND huyện Krông Búk, đồng chí ... chủ trì buổi làm việc
 * ...", "Chiều ngày 09 tháng 11 năm 2025, tại trụ sở Ủy ban nhân dân tỉnh Đắk Lắk, Phó Thủ tướng
 * ... đã chủ trì ..."). A date cited with another document ("Kế hoạch số 8254/KH-UBND ngày
 * 30/8/2021") or a sentence reporting that a document was issued is not the meeting.
 */
import type { PartialDate, Span } from '../record/schema.js';
import { findDates, makePartialDate, nextDateBreak } from '../dates/partial-date.js';
import { POSITION_ANYWHERE } from '../vocabulary/positions.js';
import { ISSUED_TYPES, ISSUING_VERBS, MEETING_WORDS } from '../vocabulary/meeting-words.js';
import { cleanValue, nextGuarded, NOT_AFTER_LETTER } from '../header/text.js';
import { escapeRegExp } from '../vocabulary/regex-escape.js';

/** A sentence about a meeting or visit holds one of these words. */
export const MEETING_WORD = new RegExp(`(?:${MEETING_WORDS.map(escapeRegExp).join('|')})`, 'u');

/** A sentence reporting an issued document, not a meeting ("... đã có Thông báo 393/TB-UBND"). */
export const ISSUING_SENTENCE = new RegExp(`(?:${ISSUING_VERBS.map(escapeRegExp).join('|')}) (?:${ISSUED_TYPES.map(escapeRegExp).join('|')})`, 'u');

/** A presiding verb: a sentence with it is a meeting even if it also mentions an issue. */
export const PRESIDING = /chủ trì/u;

/** A number's symbol ("8254/KH-UBND", "469-CV/TU"): a code character, a separator, a capital. */
export const SYMBOL_IN_TOKEN = /[\p{Lu}\d][/-]\p{Lu}/u;
/** A serial. */
export const SERIAL_TOKEN = /^\d{1,7}$/;

/**
 * True when text[from, at) ends with a document number (the date after it belongs to a cited
 * document: "Kế hoạch số 8254/KH-UBND ngày 30/8/2021", "Công văn số 4577 ngày ...").
 */
export function citedBefore(text: string, from: number, at: number): boolean {
  let e = at;
  while (e > from && (text[e - 1] === ' ' || text[e - 1] === ',')) e--;
  let s = e;
  while (s > from && text[s - 1] !== ' ' && text[s - 1] !== '\n') s--;
  const last = text.slice(s, e);
  if (SYMBOL_IN_TOKEN.test(last)) return true;
  if (!SERIAL_TOKEN.test(last)) return false;
  return text.slice(Math.max(from, s - 3), s) === 'số ';
}

/** A day-and-month date after a time of day ("Sáng 01/4", "Chiều 22.4"), year left to context. */
export const TIME_OF_DAY_DATE = /(?<![\p{L}])(?:[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa)[ ](?:ngày[ ])?(?<d>\d{1,2})[./](?<m>\d{1,2})(?![\d/.]\d)/gu;
/** TIME_OF_DAY_DATE without its look-behind (searched with nextGuarded and NOT_AFTER_LETTER). */
export const TIME_OF_DAY_DATE_BODY = new RegExp(TIME_OF_DAY_DATE.source.slice('(?<![\\p{L}])'.length), TIME_OF_DAY_DATE.flags);

const TIME_OF_DAY_DATE_RE = new RegExp(TIME_OF_DAY_DATE_BODY.source, TIME_OF_DAY_DATE_BODY.flags);
const NOT_AFTER_LETTER_RE = new RegExp(NOT_AFTER_LETTER.source, NOT_AFTER_LETTER.flags);
const POSITION_ANYWHERE_RE = new RegExp(POSITION_ANYWHERE.source, POSITION_ANYWHERE.flags);

/** "tại" opening the place of the meeting right after its date. */
export const AT_PLACE = /^,?[ \n]?[Tt]ại[ \n]/u;

/** Words that end the place phrase: the presider's honorific or the verb. */
export const PLACE_END = /(?:[,;.]|[ \n](?:đồng chí|Đồng chí|ông|bà|đã|diễn ra|dưới sự|do)(?![\p{L}]))/u;

/** Where the sentence holding `at` starts (after ". ", a blank line, or the floor). */
export function sentenceStart(text: string, floor: number, at: number): number {
  let s = at;
  while (s > floor) {
    const c = text[s - 1];
    if (c === '\n' && (text[s - 2] === '\n' || lineEndsParagraph(text[s - 2]))) break;
    if ((c === ' ' || c === '\n') && (text[s - 2] === '.' || text[s - 2] === ':') && !abbreviationBefore(text, s - 2)) break;
    s--;
  }
  return s;
}

/** Where the sentence holding `at` ends. */
export function sentenceEnd(text: string, at: number, ceil: number): number {
  let e = at;
  while (e < ceil) {
    const c = text[e];
    if (c === '\n' && (text[e + 1] === '\n' || lineEndsParagraph(text[e - 1]))) break;
    if (c === '.' && (text[e + 1] === ' ' || text[e + 1] === '\n' || e + 1 >= ceil) && !abbreviationBefore(text, e)) {
      e++;
      break;
    }
    e++;
  }
  return e;
}

/**
 * A line break ends a paragraph when the line stops on sentence punctuation or a closing quote
 * ("... 20:58'" / "(BLC) - Ngày 3/2/2021, ..." are two paragraphs); elsewhere it is a hard wrap
 * the normaliser left ("... Chủ tịch HĐND" / "huyện kết luận").
 */
function lineEndsParagraph(prev: string | undefined): boolean {
  return prev === undefined || PARAGRAPH_END.has(prev);
}

const PARAGRAPH_END = new Set(['.', ':', ';', '!', '?', "'", '"']);

/** A digit. */
export const HAS_DIGIT = /\d/;

/** True when the dot at `dot` closes an abbreviation ("TP.", "Tp.", "ThS."), not a sentence. */
function abbreviationBefore(text: string, dot: number): boolean {
  let i = dot;
  while (i > 0 && text[i - 1] !== ' ' && text[i - 1] !== '\n') i--;
  const word = text.slice(i, dot);
  return word.length > 0 && word.length <= 3 && word[0] !== word[0].toLowerCase() && !HAS_DIGIT.test(word);
}

export interface MeetingFound {
  date: PartialDate | null;
  location: string | null;
  /** The sentence the meeting was read from. */
  span: Span;
}

/**
 * How much of the opening is read for dates at a time: the meeting's date is nearly always in
 * the first sentence, and the rest of the opening need not be scanned for dates.
 */
const DATE_PIECE = 240;

/** The meeting's date (and place) in text[from, to), or null. */
export function findMeeting(text: string, from: number, to: number, defaultYear: number | null): MeetingFound | null {
  // Piece by piece, each ending just after a character no date holds (nextDateBreak) or at `to`:
  // no date and no time-of-day date spans two pieces, a piece's dates are the ones a scan of the
  // whole opening finds in it, and its candidates all come before the next piece's.
  let pos = from;
  while (pos < to) {
    const brk = nextDateBreak(text, Math.min(to, pos + DATE_PIECE));
    const end = Math.min(to, brk + 1);
    const found = meetingAmong(text, from, pos, end, to, defaultYear);
    if (found) return found;
    pos = end;
  }
  return null;
}

/** The first candidate date in text[pieceStart, pieceEnd) whose sentence (inside text[from, to)) reports the meeting, or null. */
function meetingAmong(text: string, from: number, pieceStart: number, pieceEnd: number, to: number, defaultYear: number | null): MeetingFound | null {
  const candidates: { date: PartialDate; start: number; end: number }[] = [];
  // Scans stop at the piece's end (a sliced string keeps offsets).
  const bounded = text.slice(0, pieceEnd);
  for (const d of findDates(bounded, pieceStart, pieceEnd, defaultYear)) {
    if (d.date.day === null || d.date.month === null) continue;
    candidates.push({ date: d.date, start: d.date.span.start, end: d.date.span.end });
  }
  let m: RegExpExecArray | null;
  let at = pieceStart;
  while ((m = nextGuarded(TIME_OF_DAY_DATE_RE, NOT_AFTER_LETTER_RE, bounded, at)) !== null && m.index < pieceEnd) {
    at = m.index + m[0].length;
    const g = m.groups!;
    const dStart = m.index + m[0].length - (g.d.length + 1 + g.m.length);
    if (candidates.some((c) => c.start <= dStart && c.end > dStart)) continue;
    const parts = { day: Number.parseInt(g.d, 10), month: Number.parseInt(g.m, 10), year: defaultYear };
    const span = { start: dStart, end: m.index + m[0].length };
    const date = makePartialDate(text.slice(span.start, span.end), span, parts, defaultYear !== null ? ['year'] : []);
    candidates.push({ date, start: span.start, end: span.end });
  }
  candidates.sort((a, b) => a.start - b.start);
  for (const c of candidates) {
    const sentence = meetingSentence(text, from, to, c.start, c.end);
    if (sentence) return { date: c.date, location: placeAfter(text, c.end, sentence.end), span: sentence };
  }
  return null;
}

/**
 * The sentence (inside text[from, to)) around a date at text[start, end), when it reports the
 * meeting: the date is not a cited document's, and the sentence names a meeting, not an issue.
 */
export function meetingSentence(text: string, from: number, to: number, start: number, end: number): Span | null {
  if (citedBefore(text, Math.max(from, start - 40), start)) return null;
  let s = sentenceStart(text, from, start);
  while (s < start && (text[s] === ' ' || text[s] === '\n')) s++;
  const e = sentenceEnd(text, end, to);
  const sentence = text.slice(s, e);
  if (!MEETING_WORD.test(sentence)) return null;
  if (ISSUING_SENTENCE.test(sentence) && !PRESIDING.test(sentence)) return null;
  return { start: s, end: e };
}

/** The place phrase opening a sentence with no date ("Tại trụ sở UBND tỉnh, ..."), or null. */
export function placeInSentence(text: string, s: number, e: number): string | null {
  const lead = text.slice(s, Math.min(e, s + 12)).toLowerCase();
  const at = lead.indexOf('tại ');
  if (at === -1 || at > 6) return null;
  return placeAfter(text, s + at, e);
}

/** The place phrase after the date ("tại trụ sở UBND huyện Krông Búk"), or null. */
function placeAfter(text: string, dateEnd: number, ceil: number): string | null {
  const rest = text.slice(dateEnd, Math.min(ceil, dateEnd + 300));
  const at = AT_PLACE.exec(rest);
  if (!at) return null;
  const body = rest.slice(at[0].length);
  let end = body.length;
  const stop = PLACE_END.exec(body);
  if (stop) end = stop.index;
  // A presider's title right after the place ("... Krông Búk Phó Chủ tịch ...").
  const re = POSITION_ANYWHERE_RE;
  re.lastIndex = 0;
  const pos = re.exec(body);
  if (pos && pos.index > 0 && pos.index < end) end = pos.index;
  const value = cleanValue(body.slice(0, end));
  return value.length > 0 ? value : null;
}
