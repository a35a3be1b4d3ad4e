/**
 * The references stage calls findDates on the text cut at the line break after the window it
 * asks about (textToBreak), so that findDates does not scan on to the next date of the
 * document. That must find exactly the same dates.
 */
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { DATE_BREAK, DATE_SCANNER, dateStartsAt, findDates, textToBreak } from '../../src/dates/partial-date.js';

const PIECES = ['ngày', 'Ngày', 'NGÀY', 'tháng', 'năm', 'quý', 'Quý', 'I', 'IV', ' ', '  ', '\t', '\n', '\n\n', '/', '.', '-', '1', '2', '9', '12', '2021', '26/8/2021', 'a', 'ố', ',', ';', '(', ')', '\u00a0', '٣', 'K'];
const texts = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((a) => a.join(''));

describe('findDates over the text up to the next break', () => {
  test.prop([texts, fc.nat(), fc.nat(60)], { numRuns: 2000 })('finds the same dates as over the whole text', (text, a, len) => {
    const from = text.length === 0 ? 0 : a % (text.length + 1);
    const to = Math.min(text.length, from + len);
    expect(findDates(textToBreak(text, to), from, to)).toEqual(findDates(text, from, to));
  });
  test.prop([texts])('no date match holds a break character', (text) => {
    const re = new RegExp(DATE_SCANNER.source, DATE_SCANNER.flags);
    for (const m of text.matchAll(re)) expect(DATE_BREAK.test(m[0])).toBe(false);
  });
  it('dateStartsAt: a date at one position', () => {
    const text = 'số 12/KH-UBND ngày 26/8/2021 của';
    expect(dateStartsAt(text, 14)).toBe(true);
    expect(dateStartsAt(text, 13)).toBe(false);
    expect(dateStartsAt(text, 15)).toBe(false);
    expect(dateStartsAt(text, 19)).toBe(true); // "26/8/2021" alone
    expect(dateStartsAt(text, text.length)).toBe(false);
  });
  const sticky = new RegExp(DATE_SCANNER.source, `${DATE_SCANNER.flags.replace('g', '')}y`);
  test.prop([texts, fc.nat()], { numRuns: 3000 })('dateStartsAt is the date scanner made sticky', (text, a) => {
    const pos = a % (text.length + 1);
    sticky.lastIndex = pos;
    expect(dateStartsAt(text, pos)).toBe(sticky.test(text));
  });
  test.prop([texts], { numRuns: 500 })('... and says true where the scanner finds a date (the comparison is not vacuous)', (text) => {
    const starts = [...text.matchAll(new RegExp(DATE_SCANNER.source, DATE_SCANNER.flags))].map((m) => m.index);
    for (const s of starts) expect(dateStartsAt(text, s)).toBe(true);
  });
});
