import { describe, expect, it } from 'vitest';
import { findDeadlines } from '../../src/directives/deadlines.js';
import { run } from './helpers.js';

function deadlines(s: string, year: number | null = 2021) {
  return findDeadlines(s, 0, s.length, year);
}

describe('deadlines', () => {
  it.each([
    ['báo cáo UBND tỉnh trước ngày 08/02/2021.', 'trước ngày 08/02/2021', { year: 2021, month: 2, day: 8, iso: '2021-02-08' }],
    ['thành lập xong, chậm nhất ngày 03/12/2021.', 'chậm nhất ngày 03/12/2021', { iso: '2021-12-03' }],
    ['chậm nhất là ngày 15/3/2022', 'chậm nhất là ngày 15/3/2022', { iso: '2022-03-15' }],
    ['Phấn đấu đến ngày 15/12/2021 tập trung cả hệ thống', 'đến ngày 15/12/2021', { iso: '2021-12-15' }],
    ['quyết định trong tháng 12/2025.', 'trong tháng 12/2025', { year: 2025, month: 12, day: null, iso: '2025-12' }],
    ['những vấn đề vượt thẩm quyền (nếu có) trong tháng 11 năm 2025.', 'trong tháng 11 năm 2025', { iso: '2025-11' }],
    ['tiêm mũi 2 cuối tháng 12/2021', 'cuối tháng 12/2021', { iso: '2021-12' }],
    ['hoàn thiện hồ sơ trong quý I năm 2026.', 'trong quý I năm 2026', { year: 2026, iso: '2026', quarter: 1 }],
    ['trình Chính phủ trong Quý IV/2025', 'trong Quý IV/2025', { iso: '2025', quarter: 4 }],
    ['phấn đấu hoàn thành trong năm 2025.', 'trong năm 2025', { year: 2025, iso: '2025' }],
    ['xong trước năm 2026', 'trước năm 2026', { iso: '2026' }],
    ['gửi báo cáo trước 17 giờ ngày 15/12/2021', 'trước 17 giờ ngày 15/12/2021', { iso: '2021-12-15' }],
    ['Thời hạn: ngày 20/12/2021.', 'ngày 20/12/2021', { iso: '2021-12-20' }],
    ['báo cáo kết quả trước ngày 15/12', 'trước ngày 15/12', { year: 2021, month: 12, day: 15, iso: '2021-12-15', implied: ['year'] }],
    ['hoàn thành trong tháng 6', 'trong tháng 6', { year: 2021, month: 6, iso: '2021-06', implied: ['year'] }],
    ['tổng hợp báo cáo Ủy ban nhân dân tỉnh trước ngày 25/12 hàng năm.', 'trước ngày 25/12 hàng năm', { year: null, month: 12, day: 25, iso: null }],
    ['quyết định trong\ntháng 12/2025.', 'trong\ntháng 12/2025', { iso: '2025-12' }], // a hard wrap inside the phrase: text is the slice
    ['báo cáo chậm nhất trong tháng 12/2025', 'chậm nhất trong tháng 12/2025', { iso: '2025-12' }],
    ['báo cáo UBND tỉnh trước 16 giờ 00 ngày 20/12/2021', 'trước 16 giờ 00 ngày 20/12/2021', { iso: '2021-12-20' }],
    ['hoàn thành tiêm mũi 1 trong tuần đầu tháng 12/2021', 'đầu tháng 12/2021', { iso: '2021-12' }],
  ])('%s', (s, text, parts) => {
    const [d, ...rest] = deadlines(s);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ text, ...parts });
    expect(s.slice(d.span.start, d.span.end)).toBe(text);
    if (!('implied' in parts)) expect(d.implied).toBeUndefined();
  });

  it('finds every deadline of a paragraph, in order', () => {
    const s = 'Đưa vào hoạt động cấp xã mới từ ngày 1/7/2025, phấn đấu hoàn thành trước ngày 15/7/2025. Cấp tỉnh phấn đấu hoàn thành trước ngày 15/8/2025.';
    expect(deadlines(s).map((d) => d.text)).toEqual(['trước ngày 15/7/2025', 'trước ngày 15/8/2025']);
  });

  describe('not deadlines', () => {
    it.each([
      ['Ngày 01/9/2021, tại trụ sở UBND huyện Krông Búk đồng chí Nguyễn Tuấn Hà làm việc', 'a meeting date'],
      ['theo Nghị quyết số 68/NQ-CP ngày 01/7/2021 của Chính phủ', 'a cited document'],
      ['Công văn số 8144/UBND-KGVX ngày 26/8/2021', 'a cited document'],
      ['Xây dựng kịch bản tăng trưởng từ nay đến hết năm 2025;', 'a horizon'],
      ['tầm nhìn đến năm 2050', 'a horizon'],
      ['đạt mục tiêu tăng trưởng 8% trong năm 2025 của Tỉnh', 'a plan year'],
      ['giải ngân 100% kế hoạch vốn năm 2025', 'a plan year'],
      ['Trong tháng 10/2025, kinh tế tiếp tục tăng trưởng', 'a sentence about what happened'],
      ['Giải ngân vốn đầu tư công tính đến hết ngày 31 tháng 10 năm 2025 đạt 72,4%', 'an "as of" date'],
      ['từ tối nay đến ngày 18/11/2025 khu vực có mưa', 'a period'],
      ['Thực hiện từ ngày 1/12/2021 đến ngày 31/12/2021', 'a period'],
      ['Chương trình xóa nhà tạm trong năm 2025 đã được hoàn thành', 'a year in a report'],
      ['đã hoàn thành trước ngày 30/6/2021', 'a past achievement'],
      ['áp dụng từ ngày 01/01/2026', 'a start date'],
      ['có hiệu lực từ 1/7/2025;', 'an effective date'],
      ['trong 10 tháng năm 2025', 'a period of months'],
      ['Từ đầu năm 2025 đến nay, tỉnh đã giải ngân', 'a period since'],
      ['Chỉ tính riêng ngày 24-11-2021, tỉnh ghi nhận 98 ca', 'a day of figures'],
      ['tổng hợp báo cáo định kỳ vào thứ hai hàng tuần', 'a recurring weekday'],
      ['Xử lý các điểm nước tù đọng trong 24-48 giờ sau khi nước rút', 'a relative span'],
    ])('%s (%s)', (s) => {
      expect(deadlines(s)).toEqual([]);
    });
  });

  it('takes a missing year from the document date and lists it as implied', () => {
    const ctx = run(['Chủ tịch UBND tỉnh yêu cầu:', '1. Sở Tài chính báo cáo trước ngày 08/02.'].join('\n\n'), 2021);
    expect(ctx.findings.directives[0].deadlines).toEqual([
      expect.objectContaining({ text: 'trước ngày 08/02', year: 2021, month: 2, day: 8, iso: '2021-02-08', implied: ['year'] }),
    ]);
  });

  it('reads deadlines in the item own text only, not in its children', () => {
    const ctx = run(['UBND tỉnh yêu cầu:', '1. Sở Y tế:', '- Báo cáo trước ngày 10/12/2021.'].join('\n\n'));
    const [one] = ctx.findings.directives;
    expect(one.deadlines).toEqual([]);
    expect(one.children[0].deadlines.map((d) => d.iso)).toEqual(['2021-12-10']);
  });
});
