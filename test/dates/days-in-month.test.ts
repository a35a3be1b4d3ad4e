import { describe, expect, it } from 'vitest';
import { daysInMonth, isValidDate } from '../../src/dates/partial-date.js';

describe('daysInMonth', () => {
  it('gives what a Date gives, years 0..99 read as 1900..1999 included', () => {
    const years = [0, 4, 99, 100, 1600, 1700, 1900, 1996, 2000, 2021, 2024, 2100, 2400, 9999, 10000, -4, 1.5];
    for (const y of years) {
      for (let m = 1; m <= 12; m++) expect(daysInMonth(y, m), `${y}-${m}`).toBe(new Date(Date.UTC(y, m, 0)).getUTCDate());
    }
  });

  it('keeps 29/02 possible without a year and refuses it in a common year', () => {
    expect(isValidDate({ year: null, month: 2, day: 29 })).toBe(true);
    expect(isValidDate({ year: 2023, month: 2, day: 29 })).toBe(false);
    expect(isValidDate({ year: 2024, month: 2, day: 29 })).toBe(true);
    expect(isValidDate({ year: 2021, month: 4, day: 31 })).toBe(false);
  });
});
