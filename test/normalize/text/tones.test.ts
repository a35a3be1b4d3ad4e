// Tone placement in open oa/oe/uy syllables (docs/CONVENTIONS.md: "Ủy", "hòa", "thủy", "khỏe").
import { describe, expect, it } from 'vitest';
import { tones, moveTone } from '../../../src/normalize/text/tones.js';
import { runStep } from '../helpers.js';

const fix = (s: string) => runStep(tones, s).text;

describe('tones: mark on the main vowel moves to o/u in open oa, oe, uy', () => {
  it.each([
    ['hoà', 'hòa'],
    ['Hoà bình', 'Hòa bình'],
    ['HOÀ', 'HÒA'],
    ['uỷ ban', 'ủy ban'],
    ['Uỷ ban nhân dân', 'Ủy ban nhân dân'],
    ['UỶ BAN NHÂN DÂN', 'ỦY BAN NHÂN DÂN'],
    ['thuỷ lợi', 'thủy lợi'],
    ['khoẻ mạnh', 'khỏe mạnh'],
    ['toà án', 'tòa án'],
    ['xoá bỏ', 'xóa bỏ'],
    ['hoá đơn', 'hóa đơn'],
    ['tuỳ theo', 'tùy theo'],
    ['luỹ kế', 'lũy kế'],
    ['Thuỵ Điển', 'Thụy Điển'],
    ['kế hoạch', 'kế hoạch'],
    ['tai hoạ', 'tai họa'],
    ['goá phụ', 'góa phụ'],
    ['thoả thuận', 'thỏa thuận'],
    ['CỘNG HOÀ XÃ HỘI', 'CỘNG HÒA XÃ HỘI'],
    ['(hoà)', '(hòa)'],
    ['hoà,uỷ', 'hòa,ủy'],
  ])('%s -> %s', (input, expected) => {
    expect(fix(input)).toBe(expected);
  });
});

describe('tones: left alone', () => {
  it.each([
    // already in the conventions' placement
    'hòa', 'ủy', 'thủy', 'khỏe', 'Ủy ban', 'HÒA',
    // closed syllables or glides: both spellings agree
    'hoàn thành', 'toán học', 'khoét', 'thuyết phục', 'hoài niệm', 'ngoáy', 'khuyến khích', 'oái oăm',
    // qu / gi onsets: u and i belong to the consonant
    'quý', 'quỳ', 'quỷ', 'quỹ', 'Quý', 'QUÝ', 'gìn giữ', 'giá', 'giữ',
    // inside a longer letter sequence: not a syllable
    'xhoà', 'hoàa',
  ])('%s', (input) => {
    expect(fix(input)).toBe(input);
  });
});

describe('tones: offsets', () => {
  it('maps the moved pair onto the same two characters', () => {
    const r = runStep(tones, 'Ông Hoà, uỷ viên');
    expect(r.text).toBe('Ông Hòa, ủy viên');
    // same length, so every offset maps to itself
    for (let i = 0; i <= r.text.length; i++) expect(r.map!.toInput(i)).toBe(i);
  });
  it('moveTone keeps the case of each letter', () => {
    expect(moveTone('O', 'À')).toBe('ÒA');
    expect(moveTone('u', 'ỷ')).toBe('ủy');
  });
  it('returns null (no change) when there is nothing to move', () => {
    expect(tones('Ủy ban nhân dân tỉnh', { format: 'text', note: () => {} })).toBeNull();
  });
});
