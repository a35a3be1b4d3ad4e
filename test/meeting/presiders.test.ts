import { describe, expect, it } from 'vitest';
import { presidersIn, titleLeader, trailingName } from '../../src/meeting/presiders.js';
import { sentenceStart } from '../../src/meeting/meeting.js';
import { parse } from '../header/helpers.js';

const presiders = (text: string) =>
  presidersIn(text, 0, text.length, (at) => sentenceStart(text, 0, at)).map((p) => ({ name: p.name, honorific: p.honorific, positions: p.positions }));

describe('presidersIn', () => {
  const table: [string, { name: string; honorific: string | null; positions: string[] }[]][] = [
    [
      'Ngày 01/9/2021, tại trụ sở UBND huyện Krông Búk đồng chí Nguyễn Tuấn Hà – Phó Chủ tịch Thường trực UBND tỉnh, Phó Trưởng Ban Chỉ đạo tỉnh chủ trì buổi làm việc với Thường trực Huyện ủy.',
      [{ name: 'Nguyễn Tuấn Hà', honorific: 'đồng chí', positions: ['Phó Chủ tịch Thường trực UBND tỉnh', 'Phó Trưởng Ban Chỉ đạo tỉnh'] }],
    ],
    [
      'Ngày 3/2/2021, đồng chí Trần Tiến Dũng - Chủ tịch UBND tỉnh; đồng chí Tống Thanh Hải - Phó Chủ tịch Thường trực UBND tỉnh chủ trì cuộc họp.',
      [
        { name: 'Trần Tiến Dũng', honorific: 'đồng chí', positions: ['Chủ tịch UBND tỉnh'] },
        { name: 'Tống Thanh Hải', honorific: 'đồng chí', positions: ['Phó Chủ tịch Thường trực UBND tỉnh'] },
      ],
    ],
    [
      'Chiều ngày 09 tháng 11 năm 2025, tại trụ sở Ủy ban nhân dân tỉnh Đắk Lắk, Phó Thủ tướng Chính phủ Mai Văn Chính đã chủ trì buổi làm việc.',
      [{ name: 'Mai Văn Chính', honorific: null, positions: ['Phó Thủ tướng Chính phủ'] }],
    ],
    [
      'Hội nghị do đồng chí Nguyễn Xuân Danh - Phó Chủ tịch UBND huyện cùng đồng chí Trần Đăng Ánh - Phó Chủ tịch UBND huyện đồng chủ trì.',
      [
        { name: 'Nguyễn Xuân Danh', honorific: 'đồng chí', positions: ['Phó Chủ tịch UBND huyện'] },
        { name: 'Trần Đăng Ánh', honorific: 'đồng chí', positions: ['Phó Chủ tịch UBND huyện'] },
      ],
    ],
    ['Sáng ngày 30/11/2021, đồng chí Nguyễn Dân-Bí thư Huyện ủy chủ trì cuộc làm việc.', [{ name: 'Nguyễn Dân', honorific: 'đồng chí', positions: ['Bí thư Huyện ủy'] }]],
    [
      'Hội nghị diễn ra dưới sự chủ trì của đồng chí Lê Văn Bình - Giám đốc Sở Y tế.',
      [{ name: 'Lê Văn Bình', honorific: 'đồng chí', positions: ['Giám đốc Sở Y tế'] }],
    ],
    [
      '(BĐ) - Chiều 22.4, Chủ tịch UBND tỉnh Phạm Anh Tuấn có buổi làm việc với huyện Vân Canh.',
      [{ name: 'Phạm Anh Tuấn', honorific: null, positions: ['Chủ tịch UBND tỉnh'] }],
    ],
    [
      'Trên cơ sở báo cáo của UBND huyện. Đồng chí Nguyễn Đức Tuấn, Tỉnh ủy viên, Bí thư Huyện ủy, Chủ tịch HĐND huyện kết luận như sau:',
      [{ name: 'Nguyễn Đức Tuấn', honorific: 'đồng chí', positions: ['Tỉnh ủy viên', 'Bí thư Huyện ủy', 'Chủ tịch HĐND huyện'] }],
    ],
  ];
  for (const [text, want] of table) it(text.slice(0, 70), () => expect(presiders(text)).toEqual(want));

  it('keeps the exact letters of a name: "Tổng" and "Tống" are not merged', () => {
    expect(presiders('Ngày 02/6/2021, đồng chí Tổng Thanh Hải - Phó Chủ tịch UBND tỉnh chủ trì cuộc họp.')[0].name).toBe('Tổng Thanh Hải');
  });

  describe('is not a presider', () => {
    const none = [
      'Chiều ngày 18/11/2025, tại trụ sở UBND tỉnh, Phó Chủ tịch UBND tỉnh Quảng Ngãi đã chủ trì cuộc họp.',
      'Sở Tài chính chủ trì, phối hợp với Sở Y tế tham mưu UBND tỉnh.',
      'Tham dự cuộc họp có đồng chí Dương Hồng Sơn, Phó Chủ tịch UBND huyện.',
      'UBND thành phố Hà Nội đã chủ trì hội nghị.',
    ];
    for (const text of none) it(text.slice(0, 70), () => expect(presiders(text)).toEqual([]));
  });
});

describe('trailingName', () => {
  const table: [string, string | null][] = [
    ['Phó Thủ tướng Thường trực Chính phủ Nguyễn Hòa Bình', 'Nguyễn Hòa Bình'],
    ['Chủ tịch UBND tỉnh Phạm Anh Tuấn', 'Phạm Anh Tuấn'],
    ['Phó Chủ tịch UBND tỉnh Quảng Ngãi', null],
    ['Phó Chủ tịch UBND tỉnh Hà Giang', null],
    ['Phó Chủ tịch Hoàng Nam', 'Hoàng Nam'],
    ['Phó Chánh Văn phòng Nguyễn Thị Hồng Tuyến', 'Nguyễn Thị Hồng Tuyến'],
  ];
  for (const [text, want] of table) {
    it(text, () => {
      const span = trailingName(text, 0, text.length);
      expect(span ? text.slice(span.start, span.end) : null).toBe(want);
    });
  }
});

describe('titleLeader and the Văn phòng Chính phủ rule', () => {
  it('reads the leader in a title in capitals', () => {
    expect(titleLeader('KẾT LUẬN CỦA PHÓ THỦ TƯỚNG CHÍNH PHỦ BÙI THANH SƠN TẠI BUỔI LÀM VIỆC VỚI LÃNH ĐẠO TỈNH PHÚ THỌ')).toEqual({
      name: 'BÙI THANH SƠN',
      positions: 'PHÓ THỦ TƯỚNG CHÍNH PHỦ',
    });
  });
  it('makes the leader named in the title the presider, not another leader who attended', () => {
    const r = parse(
      'VĂN PHÒNG CHÍNH PHỦ',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Số: 631/TB-VPCP',
      'Hà Nội, ngày 19 tháng 11 năm 2025',
      'THÔNG BÁO',
      'KẾT LUẬN CỦA PHÓ THỦ TƯỚNG THƯỜNG TRỰC CHÍNH PHỦ NGUYỄN HÒA BÌNH TẠI CUỘC HỌP VỀ CHƯƠNG TRÌNH',
      '',
      'Ngày 18 tháng 11 năm 2025, tại trụ sở Chính phủ, Phó Thủ tướng Thường trực Chính phủ Nguyễn Hòa Bình đã làm việc với các Bộ về Chương trình. Tham dự cuộc họp có Phó Thủ tướng Chính phủ Trần Hồng Hà.',
    );
    expect(r.presiders.map((p) => [p.name, p.positions])).toEqual([['Nguyễn Hòa Bình', ['Phó Thủ tướng Thường trực Chính phủ']]]);
    expect(r.meeting).toMatchObject({ location: 'trụ sở Chính phủ', date: { iso: '2025-11-18' } });
  });
});

describe('a presider named after the honorific and a title', () => {
  it('"đồng chí Phó Chủ tịch UBND tỉnh Nguyễn Văn An chủ trì" is Nguyễn Văn An, not "Phó Chủ"', () => {
    expect(presiders('Sáng ngày 5/6/2021, đồng chí Phó Chủ tịch UBND tỉnh Nguyễn Văn An chủ trì cuộc họp.')).toEqual([
      { name: 'Nguyễn Văn An', honorific: 'đồng chí', positions: ['Phó Chủ tịch UBND tỉnh'] },
    ]);
  });
  it('keeps a meeting with its presider when no date is printed', () => {
    const r = parse('THÔNG BÁO', '', 'Kết luận của Chủ tịch UBND tỉnh', '', 'Tại trụ sở UBND tỉnh, đồng chí Lê Văn Bình - Chủ tịch UBND tỉnh chủ trì cuộc họp về phòng, chống dịch.');
    expect(r.presiders.map((p) => p.name)).toEqual(['Lê Văn Bình']);
    expect(r.meeting).toMatchObject({ date: null, location: 'trụ sở UBND tỉnh' });
  });
});

describe('presiders named after the verb', () => {
  const table: [string, { name: string; honorific: string | null; positions: string[] }[]][] = [
    [
      'Ngày 15/6/2021, UBND tỉnh tổ chức cuộc họp về phòng dịch. Chủ trì cuộc họp có đồng chí Lê Văn Bình - Phó Chủ tịch UBND tỉnh.',
      [{ name: 'Lê Văn Bình', honorific: 'đồng chí', positions: ['Phó Chủ tịch UBND tỉnh'] }],
    ],
    [
      'Hội nghị trực tuyến được tổ chức; đồng chủ trì là các đồng chí: Hồ Quốc Dũng - Bí thư Tỉnh ủy; Phạm Anh Tuấn - Chủ tịch UBND tỉnh.',
      [
        { name: 'Hồ Quốc Dũng', honorific: 'đồng chí', positions: ['Bí thư Tỉnh ủy'] },
        { name: 'Phạm Anh Tuấn', honorific: 'đồng chí', positions: ['Chủ tịch UBND tỉnh'] },
      ],
    ],
  ];
  for (const [text, want] of table) it(text.slice(0, 70), () => expect(presiders(text)).toEqual(want));
});
