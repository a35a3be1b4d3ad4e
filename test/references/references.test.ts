import { describe, expect, it } from 'vitest';
import { run } from '../agencies/helpers.js';

type Row = [string, { type: string | null; number: string; date: string | null; iso: string | null; issuer: string | null }[]];

function refs(text: string, doc = {}) {
  return run(text, doc).findings.references.map((r) => ({ type: r.type, number: r.number, date: r.date?.text ?? null, iso: r.date?.iso ?? null, issuer: r.issuer }));
}

describe('cited documents', () => {
  const table: Row[] = [
    ['theo chỉ đạo của UBND tỉnh tại Công văn số 8144/UBND-KGVX ngày 26/8/2021, trong đó', [
      // "của UBND tỉnh tại Công văn ...": the issuer is printed before the citation.
      { type: 'Công văn', number: '8144/UBND-KGVX', date: 'ngày 26/8/2021', iso: '2021-08-26', issuer: 'UBND tỉnh' },
    ]],
    ['Trưởng đoàn theo Kế hoạch số 8254/KH-UBND ngày 30/8/2021 của UBND tỉnh chủ trì', [
      { type: 'Kế hoạch', number: '8254/KH-UBND', date: 'ngày 30/8/2021', iso: '2021-08-30', issuer: 'UBND tỉnh' },
    ]],
    ['theo Nghị quyết số 68/NQ-CP ngày 01/7/2021 của Chính phủ trên địa bàn', [
      { type: 'Nghị quyết', number: '68/NQ-CP', date: 'ngày 01/7/2021', iso: '2021-07-01', issuer: 'Chính phủ' },
    ]],
    ['Thực hiện Kết luận số 224-KL/HU ngày 29/11/2021 của Ban Thường vụ Huyện ủy', [
      { type: 'Kết luận', number: '224-KL/HU', date: 'ngày 29/11/2021', iso: '2021-11-29', issuer: 'Ban Thường vụ Huyện ủy' },
    ]],
    ['theo Quyết định số 2179/QĐ-TTg ngày 06 tháng 10 năm 2025 của Thủ tướng Chính phủ.', [
      { type: 'Quyết định', number: '2179/QĐ-TTg', date: 'ngày 06 tháng 10 năm 2025', iso: '2025-10-06', issuer: 'Thủ tướng Chính phủ' },
    ]],
    ['Luật Tổ chức Quốc hội số 37/2021/QH15 đã quy định', [
      { type: 'Luật', number: '37/2021/QH15', date: null, iso: null, issuer: null },
    ]],
    ['Công văn số 4577 ngày 29/11/2021 của Ủy ban nhân dân tỉnh về', [
      { type: 'Công văn', number: '4577', date: 'ngày 29/11/2021', iso: '2021-11-29', issuer: 'Ủy ban nhân dân tỉnh' },
    ]],
    ['Theo Báo cáo số 1039/BC-SNN, ngày 16/5/2019 cảu Sở Nông nghiệp và PTNT tỉnh về tình hình', [
      { type: 'Báo cáo', number: '1039/BC-SNN', date: 'ngày 16/5/2019', iso: '2019-05-16', issuer: 'Sở Nông nghiệp và PTNT tỉnh' },
    ]],
    ['Thực hiện Chỉ thị số 11/CT- TTg ngày 04/3/2020 về các nhiệm vụ', [
      { type: 'Chỉ thị', number: '11/CT-TTg', date: 'ngày 04/3/2020', iso: '2020-03-04', issuer: null },
    ]],
    ['theo Công điện số 809/CD-BYT ngày 01/6/2021 của Bộ Y tế', [
      { type: 'Công điện', number: '809/CD-BYT', date: 'ngày 01/6/2021', iso: '2021-06-01', issuer: 'Bộ Y tế' },
    ]],
    ['Cấp giấy chứng nhận theo Kế hoạch 437: giao phòng', [{ type: 'Kế hoạch', number: '437', date: null, iso: null, issuer: null }]],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(refs(text)).toEqual(expected);
  });

  it('two citations share one "của ..."', () => {
    const text = 'Chỉ thị số 31-CT/TU ngày 06/6/2023, Kế hoạch số 134-KH/TU ngày 29/12/2023 của Ban Thường vụ Tỉnh ủy';
    expect(refs(text).map((r) => [r.number, r.issuer])).toEqual([
      ['31-CT/TU', 'Ban Thường vụ Tỉnh ủy'],
      ['134-KH/TU', 'Ban Thường vụ Tỉnh ủy'],
    ]);
  });

  it('the span covers the citation as printed', () => {
    const text = 'theo Nghị quyết số 68/NQ-CP ngày 01/7/2021 của Chính phủ trên địa bàn';
    const ctx = run(text);
    expect(ctx.slice(ctx.findings.references[0].span)).toBe('Nghị quyết số 68/NQ-CP ngày 01/7/2021 của Chính phủ');
  });

  it("the document's own number is not a reference", () => {
    const text = 'Số: 125/TB-VPUBND\n\nVăn phòng ban hành Thông báo số 125/TB-VPUBND này.';
    const doc = { number: { raw: '125/TB-VPUBND', serial: '125', symbol: 'TB-VPUBND', typeCode: 'TB', issuerCode: 'VPUBND', span: { start: 5, end: 18 } } };
    expect(refs(text, doc)).toEqual([]);
  });
});

describe('not citations', () => {
  const negatives = [
    'Số: 125/TB-VPUBND',
    'Kế hoạch năm 2021',
    'Kế hoạch 2021',
    'đất cấp theo chương trình 132 vẫn còn',
    'theo hướng dẫn của Sở Y tế tại địa phương',
    'Nghị quyết của Quốc hội, Nghị quyết của Chính phủ',
    'Thực hiện Quyết định về việc ban hành',
    'Thực hiện hiện pháp lệnh 12/2024',
  ];
  it.each(negatives)('%s', (text) => {
    expect(refs(text)).toEqual([]);
  });
});
