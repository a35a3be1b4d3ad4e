import { describe, expect, it } from 'vitest';
import { isCommonSyllable, isSyllable, parseSyllable } from '../../../src/normalize/decode/syllable.js';

describe('isSyllable', () => {
  it.each([
    'thông', 'báo', 'người', 'nghiêng', 'giếng', 'gì', 'gìn', 'quyết', 'quý', 'quỳnh', 'khuya', 'thuở',
    'huỳnh', 'nguyễn', 'ngoặc', 'ngoằn', 'khoảng', 'hoạch', 'xoong', 'rượu', 'yêu', 'ý', 'ở', 'ấy', 'ưng',
    'kỹ', 'kê', 'ghi', 'nghề', 'THÔNG', 'Thông', 'ĐẮK', 'Đắk', 'Lắk', 'Búk', 'tốt', 'học', 'cách', 'đẹp',
  ])('%s is a syllable', (w) => {
    expect(isSyllable(w)).toBe(true);
  });
  it.each([
    ['tôt', 'checked rhyme without a tone'],
    ['tồt', 'checked rhyme with huyền'],
    ['hỏc', 'checked rhyme with hỏi'],
    ['ce', 'c before e must be k'],
    ['ghà', 'gh before a must be g'],
    ['ngha', 'ngh before a must be ng'],
    ['ngê', 'ng before ê must be ngh'],
    ['ka', 'k before a must be c'],
    ['ThÔng', 'mixed case'],
    ['tHông', 'mixed case'],
    ['Th«ng', 'symbol inside'],
    ['Thoâng', 'VNI as cp1252'],
    ['baùo', 'VNI as cp1252'],
    ['b¸o', 'TCVN3 as cp1252'],
    ['ThÃ´ng', 'UTF-8 as cp1252'],
    ['Krông', 'no "kr" onset'],
    ['cafê', 'no rhyme "afê"'],
    ['Müller', 'not a Vietnamese letter'],
    ['bỏo', 'rhyme "oo" only before ng or c'],
    ['thềng', 'no rhyme "êng"'],
    ['àá', 'two tones'],
  ])('%s is not a syllable (%s)', (w) => {
    expect(isSyllable(w)).toBe(false);
  });
  it('splits onset, rhyme and tone', () => {
    expect(parseSyllable('người')).toEqual({ onset: 'ng', rhyme: 'ươi', tone: '\u0300' });
    expect(parseSyllable('quyết')).toEqual({ onset: 'qu', rhyme: 'yêt', tone: '\u0301' });
    expect(parseSyllable('gì')).toEqual({ onset: 'gi', rhyme: '', tone: '\u0300' });
  });
});

describe('isCommonSyllable', () => {
  it('knows frequent syllables whatever the case or tone placement', () => {
    expect(isCommonSyllable('của')).toBe(true);
    expect(isCommonSyllable('CỦA')).toBe(true);
    expect(isCommonSyllable('uỷ')).toBe(true); // listed as "ủy"
    expect(isCommonSyllable('thẵng')).toBe(false);
  });
});
