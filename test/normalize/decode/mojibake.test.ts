// Mojibake repair: legacy text read as cp1252 and saved as UTF-8, detected and undone.
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../../src/normalize/decode/index.js';
import { undoCp1252, undoUtf8AsCp1252 } from '../../../src/normalize/decode/mojibake.js';
import { decodeTcvn3, decodeVni } from '../../../src/normalize/decode/legacy.js';
import { encodeTcvn3, encodeVni, readAsCp1252 } from '../../../src/normalize/decode/encode.js';
import { PANGRAM } from './letters.js';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('repairs mojibake', () => {
  it.each([
    ['Th«ng b¸o', 'Thông báo', 'tcvn3-mojibake'],
    ['Uû ban nh©n d©n', 'Uỷ ban nhân dân', 'tcvn3-mojibake'],
    ['KÕt luËn cña ®ång chÝ Phã Chñ tÞch', 'Kết luận của đồng chí Phó Chủ tịch', 'tcvn3-mojibake'],
    ['Thoâng baùo', 'Thông báo', 'vni-mojibake'],
    ['UÛy ban nhaân daân tænh Ñaék Laék', 'Ủy ban nhân dân tỉnh Đắk Lắk', 'vni-mojibake'],
    ['ThÃ´ng bÃ¡o káº¿t luáº­n', 'Thông báo kết luận', 'utf-8-mojibake'],
    // Half the mojibake words look like Vietnamese by chance ("Ký", "bôi"): still repaired.
    ['Ký bëi: Tæng côc thuÕ.', 'Ký bởi: Tổng cục thuế.', 'tcvn3-mojibake'],
  ])('%s -> %s (%s)', (shown, text, enc) => {
    const d = decodeBytes(utf8(shown));
    expect(d.text).toBe(text);
    expect(d.encoding).toBe(enc);
    expect(d.notes[0]).toMatchObject({ code: 'normalize/mojibake-repaired', severity: 'info', rawOffset: 0 });
  });
  it('keeps characters that cp1252 cannot have produced', () => {
    // A real Unicode "ộ" amid the mojibake stays; the rest is repaired around it.
    expect(undoCp1252('Th«ng ộ b¸o', decodeTcvn3)).toBe('Thông ộ báo');
  });
  it('punctuation survives the round trip', () => {
    const t = '“Thông báo” – số 12… • mục 3';
    expect(undoCp1252(readAsCp1252(encodeTcvn3(t).bytes), decodeTcvn3)).toBe(t);
    expect(undoCp1252(readAsCp1252(encodeVni(t).bytes), decodeVni)).toBe(t);
  });
  it('repairs a whole document and restores TCVN3 capitals', () => {
    const doc = 'UBND TỈNH ĐẮK LẮK\n\nTHÔNG BÁO\n\nKết luận của Phó Chủ tịch Uỷ ban nhân dân tỉnh.';
    const d = decodeBytes(utf8(readAsCp1252(encodeTcvn3(doc).bytes)));
    expect(d.encoding).toBe('tcvn3-mojibake');
    expect(d.text).toBe(doc);
  });
  it('repairs the pangram in VNI', () => {
    expect(decodeBytes(utf8(readAsCp1252(encodeVni(PANGRAM).bytes))).text).toBe(PANGRAM);
  });
  it('leaves UTF-8 runs that are not mojibake as they were', () => {
    expect(undoUtf8AsCp1252('café “x”')).toBe('café “x”');
  });
});

describe('does not repair what is not mojibake', () => {
  it.each([
    'Thông báo kết luận của Ủy ban nhân dân tỉnh',
    '« Le café » à Genève, 20 °C',
    'Số: 12/TB-UBND © 2021',
    'Ông Müller, Straße 5',
  ])('%s', (t) => {
    const d = decodeBytes(utf8(t));
    expect(d.encoding).toBe('utf-8');
    expect(d.text).toBe(t);
    expect(d.notes).toEqual([]);
  });
});
