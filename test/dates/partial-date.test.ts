import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { DATE_SCANNER, findDates, isValidDate } from '../../src/dates/partial-date.js';

const iso = (s: string, year: number | null = null) => findDates(s, 0, s.length, year).map((d) => [d.date.text, d.date.iso, d.shape]);

describe('findDates', () => {
  const table: [string, (string | null)[][]][] = [
    ['Đắk Lắk, ngày tháng 9 năm 2021', [['ngày tháng 9 năm 2021', '2021-09', 'verbal']]],
    ['ngày 13 tháng 11 năm 2021', [['ngày 13 tháng 11 năm 2021', '2021-11-13', 'verbal']]],
    ['ngày   tháng   năm 2021', [['ngày   tháng   năm 2021', '2021', 'verbal']]],
    ['ngày 26/8/2021 và 24-11-2021', [['ngày 26/8/2021', '2021-08-26', 'numeric'], ['24-11-2021', '2021-11-24', 'numeric']]],
    ['trong tháng 12 năm 2025, tháng 11/2021', [['tháng 12 năm 2025', '2025-12', 'month'], ['tháng 11/2021', '2021-11', 'month']]],
    ['trong Quý I năm 2026', [['Quý I năm 2026', '2026', 'quarter']]],
    ['hoàn thành trong năm 2025', [['năm 2025', '2025', 'year']]],
  ];
  for (const [text, want] of table) it(text, () => expect(iso(text)).toEqual(want));

  it('takes an omitted year from the default and marks it implied', () => {
    const [d] = findDates('họp ngày 3/2 tại', 0, 16, 2021);
    expect(d.date.iso).toBe('2021-02-03');
    expect(d.date.implied).toEqual(['year']);
  });

  it('keeps a quarter', () => {
    expect(findDates('Quý IV/2025', 0, 11)[0].date.quarter).toBe(4);
  });

  describe('negatives', () => {
    const none = ['24/24h', 'số 8144/UBND-KGVX', '2.074 ca', '12 tháng', 'năm 20255', 'Thông báo 125/TB'];
    for (const t of none) it(`no date in "${t}"`, () => expect(findDates(t, 0, t.length)).toEqual([]));
  });

  it('looks only inside [from, to)', () => {
    const s = 'ngày 01/9/2021 rồi ngày 02/9/2021 và ngày 03/9/2021';
    const mid = findDates(s, 15, 34).map((d) => d.date.iso);
    expect(mid).toEqual(['2021-09-02']);
  });

  it('flags dates that do not exist', () => {
    expect(isValidDate({ year: 2021, month: 2, day: 30 })).toBe(false);
    expect(isValidDate({ year: 2024, month: 2, day: 29 })).toBe(true);
    expect(findDates('30/02/2021', 0, 10)[0]).toMatchObject({ valid: false, date: { iso: null } });
  });
});

describe('findDates reads only the runs of date characters around digits', () => {
  // Pieces of dates, of text around them, and characters next to the table's edges (other cases, marks, a pair).
  const PIECES = ['ngày', 'NGÀY', 'Tháng', 'tháng', 'năm', 'NĂM', 'quý', 'Quý', 'I', 'IV', 'iv', 'ý', 'Ý', ' ', '  ', '\t', '\n', '/', '.', '-', '1', '2', '9', '12', '2021', '26/8/2021', 'a', 'ố', 'của', ',', '(', '\u00a0', '٣', '𝟎', 'nga\u0300y', 'K'];
  const texts = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((a) => a.join(''));
  /** The scanner run over the whole text, as findDates ran it before. */
  const naive = (text: string, from: number, to: number) => {
    const re = new RegExp(DATE_SCANNER.source, DATE_SCANNER.flags);
    re.lastIndex = from;
    const out: [number, string][] = [];
    const hay = text.slice(0, to);
    for (let m = re.exec(hay); m !== null; m = re.exec(hay)) out.push([m.index, m[0]]);
    return out;
  };
  test.prop([texts, fc.nat(), fc.nat(80)], { numRuns: 3000 })('finds what the scanner finds over the whole text', (text, a, len) => {
    const from = text.length === 0 ? 0 : a % (text.length + 1);
    const to = Math.min(text.length, from + len);
    expect(findDates(text, from, to).map((d) => [d.date.span.start, d.date.text])).toEqual(naive(text, from, to));
  });
});
