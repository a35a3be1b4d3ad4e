/**
 * findMeeting reads the opening piece by piece (each ending after a character no date holds) and
 * stops at the first piece with the meeting's date. It must find what a reading of all the
 * opening's dates at once finds: the reference below is that reading (all candidates, sorted,
 * the first whose sentence reports a meeting, as meetingSentence judges it).
 */
import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { findDates } from '../../src/dates/partial-date.js';
import { TIME_OF_DAY_DATE, findMeeting, meetingSentence } from '../../src/meeting/meeting.js';

function reference(text: string, from: number, to: number, year: number | null): { start: number; end: number; dateStart: number; dateText: string } | null {
  const bounded = text.slice(0, to);
  const cands: { start: number; end: number; text: string }[] = [];
  for (const d of findDates(bounded, from, to, year)) {
    if (d.date.day !== null && d.date.month !== null) cands.push({ start: d.date.span.start, end: d.date.span.end, text: d.date.text });
  }
  const re = new RegExp(TIME_OF_DAY_DATE.source, TIME_OF_DAY_DATE.flags);
  re.lastIndex = from;
  for (let m = re.exec(bounded); m !== null && m.index < to; m = re.exec(bounded)) {
    const dStart = m.index + m[0].length - (m.groups!.d.length + 1 + m.groups!.m.length);
    if (cands.some((c) => c.start <= dStart && c.end > dStart)) continue;
    cands.push({ start: dStart, end: m.index + m[0].length, text: text.slice(dStart, m.index + m[0].length) });
  }
  cands.sort((a, b) => a.start - b.start);
  for (const c of cands) {
    const sentence = meetingSentence(text, from, to, c.start, c.end);
    if (sentence) return { ...sentence, dateStart: c.start, dateText: c.text };
  }
  return null;
}

const PIECES = [
  'Ngày 01/9/2021', 'ngày 26/8/2021', 'Sáng 01/4', 'Chiều 22.4', 'ngày 09 tháng 11 năm 2025', 'tháng 12/2025', 'năm 2021',
  ' chủ trì buổi làm việc', ' làm việc với', ' kết luận', ' Kế hoạch số 8254/KH-UBND', ' đã có Thông báo 393/TB-UBND', ' tại trụ sở UBND huyện',
  ' đồng chí Nguyễn Văn A', ', ', '. ', '.\n', '\n\n', ' (', ') ', '; ', ' ', 'a'.repeat(60), ' Đoàn công tác', ' 12', '/', '-',
];
const openings = fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }).map((a) => a.join(''));

describe('findMeeting piece by piece', () => {
  test.prop([openings, fc.nat(), fc.constantFrom(null, 2025)], { numRuns: 1500 })('finds what a reading of all the dates at once finds', (text, a, year) => {
    const from = text.length === 0 ? 0 : a % Math.min(text.length + 1, 40);
    const got = findMeeting(text, from, text.length, year);
    const want = reference(text, from, text.length, year);
    expect(got ? { start: got.span.start, end: got.span.end, dateStart: got.date!.span.start, dateText: got.date!.text } : null).toEqual(want);
  });
  test.prop([openings], { numRuns: 300 })('... over openings long enough to hold several pieces (the comparison is not vacuous)', (text) => {
    const long = `${'Trước đó, các đơn vị đã báo cáo tình hình; '.repeat(8)}${text}`;
    const got = findMeeting(long, 0, long.length, null);
    const want = reference(long, 0, long.length, null);
    expect(got ? { start: got.span.start, end: got.span.end, dateStart: got.date!.span.start, dateText: got.date!.text } : null).toEqual(want);
  });
});
