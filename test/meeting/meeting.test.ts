import { describe, expect, it } from 'vitest';
import { citedBefore, findMeeting } from '../../src/meeting/meeting.js';

const meet = (text: string, year: number | null = null) => {
  const m = findMeeting(text, 0, text.length, year);
  return m ? { date: m.date?.text ?? null, iso: m.date?.iso ?? null, location: m.location } : null;
};

describe('findMeeting', () => {
  const table: [string, { date: string; iso: string | null; location: string | null }][] = [
    [
      'Ngày 01/9/2021, tại trụ sở UBND huyện Krông Búk đồng chí Nguyễn Tuấn Hà chủ trì buổi làm việc.',
      { date: 'Ngày 01/9/2021', iso: '2021-09-01', location: 'trụ sở UBND huyện Krông Búk' },
    ],
    [
      'Chiều ngày 09 tháng 11 năm 2025, tại trụ sở Ủy ban nhân dân tỉnh Đắk Lắk, Phó Thủ tướng Chính phủ Mai Văn Chính đã chủ trì buổi làm việc.',
      { date: 'ngày 09 tháng 11 năm 2025', iso: '2025-11-09', location: 'trụ sở Ủy ban nhân dân tỉnh Đắk Lắk' },
    ],
    ['(BĐ) - Chiều 22.4, Chủ tịch UBND tỉnh Phạm Anh Tuấn có buổi làm việc với huyện Vân Canh.', { date: '22.4', iso: null, location: null }],
    ['(binhdinh.gov.vn) - Sáng 01/4, đồng chí Hồ Quốc Dũng chủ trì buổi làm việc.', { date: '01/4', iso: '2025-04-01', location: null }],
    [
      'Thực hiện Luật hoạt động giám sát năm 2015. Ngày 21/5/2019, Thường trực HĐND tổ chức Phiên giải trình.',
      { date: 'Ngày 21/5/2019', iso: '2019-05-21', location: null },
    ],
  ];
  for (const [text, want] of table) it(text.slice(0, 70), () => expect(meet(text, text.includes('01/4') ? 2025 : null)).toEqual(want));

  describe('is not the meeting', () => {
    const none = [
      // A date cited with another document.
      'Theo Kế hoạch số 8254/KH-UBND ngày 30/8/2021 của UBND tỉnh, các đơn vị tổ chức họp.',
      // A report that a document was issued.
      'Ngày 20/11/2025, UBND tỉnh Quảng Ngãi đã có Thông báo 393/TB-UBND kết luận cuộc họp.',
      // A date with no meeting in its sentence.
      'Tính đến ngày 01/9/2021 huyện có 222 ca nhiễm.',
      'Xét Tờ trình số 226/TTr-BKHCN ngày 05 tháng 11 năm 2025 của Bộ, Phó Thủ tướng có ý kiến.',
    ];
    for (const text of none) it(text.slice(0, 70), () => expect(meet(text)).toBeNull());
  });
});

describe('citedBefore', () => {
  const t = (s: string) => citedBefore(s, 0, s.length);
  it('after a symbol', () => expect(t('Kế hoạch số 8254/KH-UBND ')).toBe(true));
  it('after a Party symbol and a comma', () => expect(t('Kết luận 224-KL/HU, ')).toBe(true));
  it('after "số" and a serial', () => expect(t('Công văn số 4577 ')).toBe(true));
  it('not after words', () => expect(t('Hội nghị diễn ra ')).toBe(false));
});
