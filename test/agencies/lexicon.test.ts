/**
 * Every vocabulary entry is reachable: each printed form of each body (and each list item) is
 * found by the generated scanner, in a sentence, as the body it stands for (the way eyecite tests
 * its generated regexes).
 */
import { describe, expect, it } from 'vitest';
import { AGENCY_SCANNER, CANDIDATES, LIST_ITEMS } from '../../src/agencies/lexicon/index.js';
import { recognise } from '../../src/agencies/recognise.js';
import { fold } from '../../src/agencies/text/fold.js';
import { V8_OPTIMISED_SOURCE_MAX } from '../../src/agencies/text/trie-regex.js';
import { DOCUMENT_TYPES } from '../../src/references/lexicon.js';
import { run } from './helpers.js';

/** A sentence that gives a form what its entry needs (a level, a name, a following body). */
function sentenceFor(form: string, c: (typeof CANDIDATES)[number]): { text: string; at: number } {
  const e = c.entry;
  let before = 'Giao ';
  let after = ' thực hiện.';
  if (e.tail === 'name') after = ' Hòa Bình thực hiện.';
  if (e.tail === 'number') after = ' số 02 thực hiện.';
  if (e.tail === 'purpose') after = ' phòng chống dịch tỉnh thực hiện.';
  if (e.level === 'required') after = (e.tail === 'name' ? ' Hòa Bình' : '') + ' tỉnh Đắk Lắk thực hiện.';
  if (e.prefixOnly) after = e.prefixOf ? ` ${e.prefixOf.includes('hdnd') ? 'HĐND' : 'UBND'} tỉnh thực hiện.` : ' Tỉnh ủy thực hiện.';
  if (e.name === 'Đảng') {
    before = 'chỉ đạo của ';
    after = ', Chính phủ.';
  }
  if (form === 'CP') before = 'Thủ tướng, các Phó Thủ tướng ';
  return { text: before + form + after, at: before.length };
}

describe('every lexicon form is found as its body', () => {
  const cases = CANDIDATES.map((c) => [c.form, c] as const);
  it.each(cases)('%s', (form, c) => {
    const { text, at } = sentenceFor(form, c);
    const found = recognise(text, fold(text));
    const m = found.find((x) => x.start === at);
    expect(m, `${text} -> ${JSON.stringify(found.map((x) => x.name))}`).toBeDefined();
    expect(m!.key.startsWith(c.name) || m!.key.startsWith(`${c.entry.name}`) || m!.base === c.entry.name).toBe(true);
  });
});

describe('every list item is found in its list', () => {
  const heads: Record<string, string> = { bo: 'Các Bộ: ', so: 'Các Sở: ', phong: 'Các Phòng: ', vu: 'các Vụ: ' };
  const cases = [...LIST_ITEMS].flatMap(([head, items]) => items.map((i) => [head, i.form, i.name] as const));
  it.each(cases)('%s: %s', (head, form, name) => {
    const text = `${heads[head]}${form}; và các cơ quan liên quan.`;
    const found = recognise(text, fold(text));
    expect(found.map((x) => [x.name, x.text])).toContainEqual([name, form]);
  });
});

describe('every document type is found in a citation', () => {
  it.each(DOCUMENT_TYPES.map((t) => [t.name]))('%s', (type) => {
    const text = `Thực hiện ${type} số 12/2024/QĐ-UBND ngày 05/3/2024 của UBND tỉnh, yêu cầu:`;
    const refs = run(text).findings.references;
    expect(refs.map((r) => [r.type, r.number])).toEqual([[type, '12/2024/QĐ-UBND']]);
  });
});

describe('the scanner stays fast', () => {
  it(`its source is under V8's optimisation limit (${V8_OPTIMISED_SOURCE_MAX} characters)`, () => {
    expect(AGENCY_SCANNER.source.length).toBeLessThan(V8_OPTIMISED_SOURCE_MAX);
  });
});
