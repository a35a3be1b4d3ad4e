import { describe, expect, it } from 'vitest';
import { CHROME_INITIALS, CHROME_LINE_RE, CHROME_OPENINGS, opensChrome } from '../../src/directives/lexicon/chrome.js';
import {
  ANNEX_INITIAL,
  ANNEX_RE,
  AUTHORITY_RE,
  RECIPIENTS_RE,
  SIGNER_INITIALS,
  SIGNER_TITLE_RE,
  SIGNER_TITLES,
  opensRecipients,
} from '../../src/directives/lexicon/closing.js';
import { lastSentence } from '../../src/directives/bounds.js';
import { DATE_WORD_BEFORE_RE, DATE_WORD_ENDS } from '../../src/directives/deadlines.js';

/** Every UTF-16 code unit that is not a surrogate. */
const UNITS: string[] = [];
for (let u = 0; u < 0x10000; u++) if (u < 0xd800 || u > 0xdfff) UNITS.push(String.fromCharCode(u));

/** The code units that, put first in place of a sample's first character, make `re` match. */
function openers(re: RegExp, samples: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const s of samples) for (const u of UNITS) if (re.test(u + s.slice(1))) out.add(u);
  return out;
}

describe('first-character prefilters of the line patterns', () => {
  it('opensRecipients agrees with RECIPIENTS_RE on lines that open "Nơi nhận" in any form', () => {
    const samples = ['Nơi nhận:', 'Noi nhận', 'Ncri nhận', 'Vơi nhận:', "'Vơi nhận:", '‘Vơi nhận', '’Vơi nhận', 'NƠI NHẬN:', 'nơi nhận'];
    for (const u of openers(RECIPIENTS_RE, samples)) {
      for (const s of samples) expect(opensRecipients(u + s.slice(1))).toBe(RECIPIENTS_RE.test(u + s.slice(1)));
    }
    // The quotes of "'Vơi nhận" and both cases of N and V open it; other lines are turned away.
    expect(openers(RECIPIENTS_RE, samples)).toEqual(new Set(['N', 'n', 'V', 'v', "'", '‘', '’']));
    expect(opensRecipients('Sở Y tế nhận')).toBe(false);
    expect(opensRecipients('')).toBe(false);
  });

  it('SIGNER_INITIALS holds every first character AUTHORITY_RE or SIGNER_TITLE_RE can match', () => {
    const authority = ['KT. CHỦ TỊCH', 'TM. ỦY BAN', 'TL. CHỦ TỊCH', 'TUQ. GIÁM ĐỐC', 'Q. GIÁM ĐỐC', 'T/M BAN', 'K/T CHỦ', 'T.M BAN', 'K.T CHỦ'];
    for (const u of openers(AUTHORITY_RE, authority)) expect(SIGNER_INITIALS.has(u.charCodeAt(0))).toBe(true);
    for (const u of openers(SIGNER_TITLE_RE, SIGNER_TITLES)) expect(SIGNER_INITIALS.has(u.charCodeAt(0))).toBe(true);
  });

  it('ANNEX_INITIAL is the only first character ANNEX_RE can match', () => {
    expect(openers(ANNEX_RE, ['PHỤ LỤC', 'Phụ lục II', 'Phụ lục 3:'])).toEqual(new Set([String.fromCharCode(ANNEX_INITIAL)]));
  });

  it('CHROME_INITIALS holds every first character CHROME_LINE_RE (case-insensitive) can match', () => {
    const found = openers(CHROME_LINE_RE, CHROME_OPENINGS);
    for (const u of found) expect(CHROME_INITIALS.has(u.charCodeAt(0))).toBe(true);
    expect(found.has('b') && found.has('B') && found.has('©')).toBe(true);
    expect(opensChrome('Bình luận')).toBe(true);
    expect(opensChrome('bình luận (3)')).toBe(true);
    expect(opensChrome('Sở Y tế')).toBe(false);
    expect(opensChrome(`Bình luận ${'x'.repeat(60)}`)).toBe(false); // longer than a chrome line
  });
});

describe('lastSentence', () => {
  it('is the text after the last sentence end followed by white space', () => {
    expect(lastSentence('Ghi nhận kết quả. Yêu cầu các sở thực hiện như sau:')).toBe(' Yêu cầu các sở thực hiện như sau:');
    expect(lastSentence('Một; hai! ba? bốn… năm:')).toBe(' năm:');
    expect(lastSentence('Số 1.5 và 2.3 như sau:')).toBe('Số 1.5 và 2.3 như sau:'); // no white space after the dots
    expect(lastSentence('A.\u00a0B')).toBe('\u00a0B');
    // Called twice on the same text: the scanner starts afresh.
    expect(lastSentence('X. Y')).toBe(' Y');
    expect(lastSentence('X. Y')).toBe(' Y');
  });
});

describe('DATE_WORD_ENDS: the character before the spaces of every DATE_WORD_BEFORE_RE match', () => {
  const words = ['ngày', 'tháng', 'năm', 'quý', 'Ngày', 'Tháng', 'Năm', 'Quý', 'NGÀY', 'THÁNG', 'NĂM', 'QUÝ'];
  const tails = ['', ' I', ' IV', ' II năm', ' III/', ' I /'];
  const samples = words.flatMap((w) => tails.map((t) => `${w}${t}`));

  it('holds the last character of each printed form', () => {
    for (const s of samples) {
      for (const spaces of ['', ' ', '\t', '  \t']) {
        expect(DATE_WORD_BEFORE_RE.test(`trước ${s}${spaces}`)).toBe(true);
        expect(DATE_WORD_ENDS.has(s.charCodeAt(s.length - 1))).toBe(true);
      }
    }
  });

  it('no other last character lets the pattern match', () => {
    for (const s of samples) {
      const head = s.slice(0, -1);
      for (const u of UNITS) {
        if (u === ' ' || u === '\t') continue;
        if (DATE_WORD_BEFORE_RE.test(`${head}${u} `)) expect(DATE_WORD_ENDS.has(u.charCodeAt(0))).toBe(true);
      }
    }
  });
});
