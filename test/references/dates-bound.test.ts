/**
 * The references stage calls findDates on the text cut at the line break after the window it
 * asks about (textToBreak), so that findDates does not scan on to the next date of the
 * document. That must find exactly the same dates.
 */
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { DATE_SCANNER, findDates } from '../../src/dates/partial-date.js';
import { DATE_AT, DATE_BREAK, textToBreak } from '../../src/references/index.js';

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
  it('DATE_AT is the date scanner at one position', () => {
    const text = 'số 12/KH-UBND ngày 26/8/2021 của';
    DATE_AT.lastIndex = 14;
    expect(DATE_AT.exec(text)?.[0]).toBe('ngày 26/8/2021');
    DATE_AT.lastIndex = 13;
    expect(DATE_AT.exec(text)).toBeNull();
  });
});
