/** Meeting stage: the meeting or visit concluded on, and its presiders (issue #4). */
import type { DocumentContext, Stage } from '../context.js';
import type { Person } from '../record/schema.js';
import { documentLines } from '../header/lines.js';
import { ITEM_MARKER } from '../header/title.js';
import { findMeeting, placeInSentence, sentenceEnd, sentenceStart } from './meeting.js';
import { nameCase, presidersIn, titleLeader, trailingName, personFrom } from './presiders.js';
import { splitPositions } from './positions.js';
import { NO_MEETING_TYPES } from '../vocabulary/meeting-words.js';

/** Types whose body does not report a meeting (legal instruments, plans, dispatches). */
const NO_MEETING = new Set(NO_MEETING_TYPES);

/** How far after the header the opening paragraphs are read. */
const INTRO_CHARS = 4000;

/** The opening paragraphs: from the header's end to the first numbered item (or INTRO_CHARS). */
function introRange(ctx: DocumentContext): { from: number; to: number } {
  const text = ctx.text;
  const from = ctx.zones.headerEnd ?? 0;
  let to = Math.min(text.length, from + INTRO_CHARS);
  if (ctx.zones.closingStart !== undefined && ctx.zones.closingStart > from) to = Math.min(to, ctx.zones.closingStart);
  const lines = documentLines(ctx);
  for (const l of lines) {
    if (l.start < from) continue;
    if (l.start >= to) break;
    if (ITEM_MARKER.test(l.text)) {
      to = l.start;
      break;
    }
  }
  return { from, to };
}

/** For a Văn phòng Chính phủ notice, the leader named in the title is the presider. */
function fromTitle(ctx: DocumentContext, found: Person[], from: number, to: number): Person[] {
  const doc = ctx.findings.document;
  const title = doc.title?.text;
  if (!title) return found;
  const vpcp = doc.number?.issuerCode === 'VPCP' || doc.issuer?.name === 'Văn phòng Chính phủ';
  if (!vpcp && found.length > 0) return found;
  const leader = titleLeader(title);
  if (!leader) return found;
  const key = leader.name.toUpperCase();
  const same = found.filter((p) => p.name.toUpperCase() === key);
  if (same.length > 0) return same;
  if (!vpcp && found.length > 0) return found;
  // The leader's mention in the body, with the positions printed before it.
  const text = ctx.text;
  const upper = text.slice(from, to).toUpperCase();
  let at = upper.indexOf(key);
  while (at !== -1) {
    const s = from + at;
    const e = s + key.length;
    const name = trailingName(text, Math.max(from, s - 120), e);
    if (name && name.start === s) {
      const p = personFrom(text, Math.max(from, sentenceStart(text, from, s)), e, null, null);
      if (p && p.name.toUpperCase() === key) return [p];
    }
    at = upper.indexOf(key, at + 1);
  }
  // Only the title names the leader.
  if (!doc.title) return found;
  const span = doc.title.span;
  return [{ name: nameCase(leader.name), honorific: null, positions: splitPositions(leader.positions), span }];
}

export const meeting: Stage = (ctx) => {
  const doc = ctx.findings.document;
  if (doc.type?.code && NO_MEETING.has(doc.type.code)) return;
  const { from, to } = introRange(ctx);
  if (to <= from) return;
  const text = ctx.text;
  const year = doc.date?.year ?? null;
  const m = findMeeting(text, from, to, year);
  const searchFrom = m ? m.span.start : from;
  let people = presidersIn(text, searchFrom, to, (at) => sentenceStart(text, from, at));
  if (people.length === 0 && m) people = presidersIn(text, from, to, (at) => sentenceStart(text, from, at));
  people = fromTitle(ctx, people, from, to);
  ctx.findings.presiders = people;
  if (m) ctx.findings.meeting = { date: m.date, location: m.location, span: m.span };
  else if (people.length > 0 && people[0].span.start >= from) {
    // Somebody presided but the date is not given: the meeting is there, its date unknown.
    const s = sentenceStart(text, from, people[0].span.start);
    const e = sentenceEnd(text, people[0].span.end, to);
    ctx.findings.meeting = { date: null, location: placeInSentence(text, s, e), span: { start: s, end: e } };
  }
};
