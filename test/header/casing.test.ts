import { describe, expect, it } from 'vitest';
import { sentenceCaseName, titleCaseName } from '../../src/header/casing.js';
import { issuerFromSegments, impliedIssuer } from '../../src/header/issuer.js';

describe('sentenceCaseName (Nghị định 30/2020/NĐ-CP, Phụ lục II: viết hoa tên cơ quan)', () => {
  const table: [string, string][] = [
    ['UBND TỈNH ĐẮK LẮK', 'UBND tỉnh Đắk Lắk'],
    ['VĂN PHÒNG', 'Văn phòng'],
    ['VĂN PHÒNG CHÍNH PHỦ', 'Văn phòng Chính phủ'],
    ['THỦ TƯỚNG CHÍNH PHỦ', 'Thủ tướng Chính phủ'],
    ['ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ', 'Ủy ban nhân dân tỉnh Quảng Trị'],
    ['ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH', 'Ủy ban nhân dân thành phố Hồ Chí Minh'],
    ["ỦY BAN NHÂN DÂN HUYỆN ĐÁK R'LÁP", "Ủy ban nhân dân huyện Đák R'láp"],
    ['HỘI ĐÔNG NHÂN DÂN HUYỆN KRÔNG NÔ', 'Hội đông nhân dân huyện Krông Nô'],
    ['SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG', 'Sở Tài nguyên và Môi trường'],
    ['SỞ Y TẾ TỈNH ĐẮK LẮK', 'Sở Y tế tỉnh Đắk Lắk'],
    ['BỘ TÀI CHÍNH', 'Bộ Tài chính'],
    ['CỤC THUẾ', 'Cục Thuế'],
    ['TỔNG CỤC THUẾ', 'Tổng cục Thuế'],
    ['TONG CYC THUE', 'Tong cyc thue'],
    ['TỈNH ỦY THANH HÓA', 'Tỉnh ủy Thanh Hóa'],
    ['ĐẢNG BỘ TỈNH THANH HÓA', 'Đảng bộ tỉnh Thanh Hóa'],
    ['BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH', 'Bộ Văn hóa, Thể thao và Du lịch'],
    ['Văn phòng Chính phủ', 'Văn phòng Chính phủ'],
  ];
  for (const [printed, want] of table) it(printed, () => expect(sentenceCaseName(printed)).toBe(want));
  it('title-cases a name in capitals', () => expect(titleCaseName('MAI VĂN CHÍNH')).toBe('Mai Văn Chính'));
  it('gives the same case to a name asked again, before and after many other names (results are remembered)', () => {
    for (const [printed, want] of table) expect(sentenceCaseName(printed)).toBe(want);
    // More distinct names than are remembered at once: the memory is emptied and filled again.
    // "TỈNH KRÔNG QAB": the words after a level word are a place name, each capitalised.
    const word = (i: number) => `Q${String.fromCharCode(65 + Math.floor(i / 26), 65 + (i % 26))}`;
    const cap = (w: string) => w[0] + w.slice(1).toLowerCase();
    for (let i = 0; i < 600; i++) expect(sentenceCaseName(`SỞ Y TẾ TỈNH KRÔNG ${word(i)}`)).toBe(`Sở Y tế tỉnh Krông ${cap(word(i))}`);
    for (const [printed, want] of table) expect(sentenceCaseName(printed)).toBe(want);
  });
});

describe('issuerFromSegments: parent above issuer, wrapped lines joined', () => {
  const seg = (...texts: string[]) => texts.map((text, i) => ({ start: i * 100, end: i * 100 + text.length, text }));
  const table: [string[], string, string | null][] = [
    [['UBND TỈNH ĐẮK LẮK', 'VĂN PHÒNG'], 'Văn phòng', 'UBND tỉnh Đắk Lắk'],
    [['ỦY BAN NHÂN DÂN', 'TỈNH QUẢNG TRỊ'], 'Ủy ban nhân dân tỉnh Quảng Trị', null],
    [['VĂN PHÒNG CHÍNH', 'PHỦ'], 'Văn phòng Chính phủ', null],
    [['BỘ TÀI CHÍNH', 'CỤC THUẾ'], 'Cục Thuế', 'Bộ Tài chính'],
    [['BỘ TÀI CHÍNH', 'TONG CYC THUE'], 'Tong cyc thue', 'Bộ Tài chính'],
    [['UBND TỈNH ĐẮK NÔNG', 'SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG'], 'Sở Tài nguyên và Môi trường', 'UBND tỉnh Đắk Nông'],
    [['ĐẢNG BỘ TỈNH THANH HÓA', 'TỈNH ỦY'], 'Tỉnh ủy', 'Đảng bộ tỉnh Thanh Hóa'],
    [['THỦ TƯỚNG CHÍNH PHỦ'], 'Thủ tướng Chính phủ', null],
  ];
  for (const [lines, name, parent] of table) {
    it(lines.join(' / '), () => expect(issuerFromSegments(seg(...lines))).toMatchObject({ name, parent }));
  }
});

describe('impliedIssuer: from the issuer code when there is no header block', () => {
  const span = { start: 0, end: 1 };
  it('VPUBND + Đắk Lắk (tỉnh)', () =>
    expect(impliedIssuer('VPUBND', span, 'Đắk Lắk', 'tỉnh')).toEqual({ name: 'Văn phòng', parent: 'UBND tỉnh Đắk Lắk', span, implied: true }));
  it('UBND + Lai Châu (tỉnh)', () => expect(impliedIssuer('UBND', span, 'Lai Châu', 'tỉnh')).toMatchObject({ name: 'UBND tỉnh Lai Châu', parent: null }));
  it('VPCP needs no place', () => expect(impliedIssuer('VPCP', span, null, null)).toMatchObject({ name: 'Văn phòng Chính phủ' }));
  it('a levelled code without a place gives nothing', () => expect(impliedIssuer('UBND', span, null, null)).toBeNull());
  it('an unknown code gives nothing', () => expect(impliedIssuer('XYZ', span, 'Hà Nội', null)).toBeNull());
});
