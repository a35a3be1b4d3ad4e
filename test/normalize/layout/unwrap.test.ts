// Hard-wrapped lines joined into paragraphs; new items and fields never joined.
import { describe, expect, it } from 'vitest';
import { unwrap, wrapWidth } from '../../../src/normalize/layout/unwrap.js';
import { runStep } from '../helpers.js';

const u = (s: string) => runStep(unwrap, s).text;

describe('unwrap: joined', () => {
  it.each([
    // a sentence goes on in lower case
    ['Ngày 28 tháng 10 năm 2025, Chủ\ntịch Ủy ban nhân dân Thành phố', 'Ngày 28 tháng 10 năm 2025, Chủ tịch Ủy ban nhân dân Thành phố'],
    // a proper noun cut after "Sở", "Bộ"
    ['Theo đề nghị của Giám đốc Sở\nNội vụ tại Tờ trình số 9807', 'Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 9807'],
    // after a comma, even before capitals
    ['- Các Bộ, cơ quan: NNMT, DTTG, TC,\nNHNNVN;', '- Các Bộ, cơ quan: NNMT, DTTG, TC, NHNNVN;'],
    ['V/V CHỦ ĐỘNG PHÒNG,\nTRÁNH, ỨNG PHÓ MƯA LŨ', 'V/V CHỦ ĐỘNG PHÒNG, TRÁNH, ỨNG PHÓ MƯA LŨ'],
    ['KT. BỘ TRƯỞNG,\nCHỦ NHIỆM', 'KT. BỘ TRƯỞNG, CHỦ NHIỆM'],
    // a bare marker with its text on the next line
    ['3.\nThành phần, số lượng hồ sơ:', '3. Thành phần, số lượng hồ sơ:'],
    // a range cut at the line end, and a name cut before its position
    ['của giai đoạn 2021\n- 2025 sang thực hiện', 'của giai đoạn 2021 - 2025 sang thực hiện'],
    ['phương hướng tháng 6/2019. Hội nghị do đồng chí Nguyễn Xuân Danh\n- Phó Chủ tịch UBND huyện cùng', 'phương hướng tháng 6/2019. Hội nghị do đồng chí Nguyễn Xuân Danh - Phó Chủ tịch UBND huyện cùng'],
    // a recipient continued on the next line
    ['- VPCP: BTCN, các PCN, Cổng TTĐTCP,\nThư ký của PTTgCP Mai Văn Chính;\ncác Vụ: CN, KTTH;', '- VPCP: BTCN, các PCN, Cổng TTĐTCP, Thư ký của PTTgCP Mai Văn Chính; các Vụ: CN, KTTH;'],
    // a title continued in lower case, a V/v continued
    ['Kết luận của Lãnh đạo UBND huyện\ntại Hội nghị giao ban tháng 5/2019', 'Kết luận của Lãnh đạo UBND huyện tại Hội nghị giao ban tháng 5/2019'],
    ['V/v triển khai và tăng cường\ncông tác thanh tra, kiêm tra .', 'V/v triển khai và tăng cường công tác thanh tra, kiêm tra .'],
    // a sentence cut by an OCR gap (blank line, lower case after no punctuation)
    ['làm sạt lở cuốn trôi hoa\n\nmàu, cây trông trên đất', 'làm sạt lở cuốn trôi hoa màu, cây trông trên đất'],
    // "số" in lower case is not the number field; "COVID-19" is not a heading in capitals
    ['theo Công văn\nsố 4577 ngày 29/11/2021', 'theo Công văn số 4577 ngày 29/11/2021'],
    ['công tác phòng, chống dịch\nCOVID-19 trong tình hình mới', 'công tác phòng, chống dịch COVID-19 trong tình hình mới'],
    ['theo Kế hoạch số\n8254/KH-UBND ngày 30/8/2021', 'theo Kế hoạch số 8254/KH-UBND ngày 30/8/2021'],
  ])('%j', (input, expected) => {
    expect(u(input)).toBe(expected);
  });
});

describe('unwrap: never joined', () => {
  it.each([
    // new items
    ['khác nhau:\n(1) Về việc phê duyệt', 'khác nhau:\n\n(1) Về việc phê duyệt'],
    ['- Như trên;\n- Lưu: VT.', '- Như trên;\n- Lưu: VT.'],
    ['Nơi nhận:\n- Như trên;', 'Nơi nhận:\n- Như trên;'],
    ['2. Giao Sở Nội vụ\n- Tiếp tục phối hợp', '2. Giao Sở Nội vụ\n- Tiếp tục phối hợp'],
    ['như sau:\n1. Thực hiện nghiêm', 'như sau:\n\n1. Thực hiện nghiêm'],
    ['nhiệm vụ sau:\na) Tổ chức theo dõi', 'nhiệm vụ sau:\n\na) Tổ chức theo dõi'],
    ['có hiệu lực\nĐiều 2. Quyết định này', 'có hiệu lực\nĐiều 2. Quyết định này'],
    ['II. PHƯƠNG HƯỚNG\n1.1. Giao phòng', 'II. PHƯƠNG HƯỚNG\n1.1. Giao phòng'],
    ['1/ Tổ chức, quán triệt.\n2/ Trên cơ sở', '1/ Tổ chức, quán triệt.\n\n2/ Trên cơ sở'],
    ['• Đang truy cập\n• Hôm nay', '• Đang truy cập\n• Hôm nay'],
    ['+ Trang 1\n+ Trang 2', '+ Trang 1\n+ Trang 2'],
    // header fields
    ['ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ', 'ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ'],
    ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc'],
    ['Số: 11299/VPCP-KGVX\nV/v thành lập Mạng lưới', 'Số: 11299/VPCP-KGVX\nV/v thành lập Mạng lưới'],
    ['HUYỆN KRÔNG NÔ\nSố: 2 /TB-UBND', 'HUYỆN KRÔNG NÔ\nSố: 2 /TB-UBND'],
    ['Số: 2 /TB-UBND\nKrông Nô, ngày 14 tháng 6 năm 2019', 'Số: 2 /TB-UBND\nKrông Nô, ngày 14 tháng 6 năm 2019'],
    ['Hà Nội, ngày 15 tháng 11 năm 2025\nTHÔNG BÁO', 'Hà Nội, ngày 15 tháng 11 năm 2025\nTHÔNG BÁO'],
    ['THÔNG BÁO\nKết luận của Lãnh đạo UBND huyện', 'THÔNG BÁO\nKết luận của Lãnh đạo UBND huyện'],
    ['Hà Nội, ngày 05 tháng 04 năm 2019\nKính gửi: Bộ Kế hoạch và Đầu tư.', 'Hà Nội, ngày 05 tháng 04 năm 2019\nKính gửi: Bộ Kế hoạch và Đầu tư.'],
    ['- Lưu: VT, KGVX (3) Q\nKT. BỘ TRƯỞNG', '- Lưu: VT, KGVX (3) Q\nKT. BỘ TRƯỞNG'],
    ['KT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG\nNguyễn Đức Vinh', 'KT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG\nNguyễn Đức Vinh'],
    ["Thứ bảy, 06/02/2021 - 20:58'\n(BLC) - Ngày 3/2/2021, đồng chí", "Thứ bảy, 06/02/2021 - 20:58'\n(BLC) - Ngày 3/2/2021, đồng chí"],
    // a paragraph ends a sentence, the next one opens in capitals
    ['và Văn phòng Chính phủ.\nSau khi nghe báo cáo', 'và Văn phòng Chính phủ.\n\nSau khi nghe báo cáo'],
    // blank lines stay when the next line does not go on a sentence
    ['4. Công an tỉnh\n\nChỉ đạo các đơn vị', '4. Công an tỉnh\n\nChỉ đạo các đơn vị'],
    ['thực hiện./.\n\nNơi nhận:', 'thực hiện./.\n\nNơi nhận:'],
  ])('%j', (input, expected) => {
    expect(u(input)).toBe(expected);
  });
});

describe('unwrap: hard-wrapped texts', () => {
  const wrapped = (lines: string[]) => lines.join('\n');
  it('a full line ending with ";" followed by a capital is a wrap, a short one a paragraph end', () => {
    const text = wrapped([
      'Ngày 21/5/2019, Thường trực HĐND tổ chức Phiên giải trình để nghe UBND huyện, các',
      'thành viên UBND huyện, các cơ quan, đơn vị giải trình một số nội dung có liên quan',
      'đến công tác: việc giải quyết kiến nghị của một số hộ đồng bào dân tộc thiểu số tại',
      'chỗ ở Buôn Ol, Buôn 9 xã Đăk Drô và 03 Bon Thị trấn Đắk Mâm về cấp đất sản xuất;',
      'Chương trình triển khai nông nghiệp ứng dụng công nghệ cao trên địa bàn huyện trong',
      'thời gian tới; giải pháp chống sạt lở bờ sông.',
      'Tham dự Phiên giải trình có các đồng chí Thường trực Huyện ủy, Thường trực HĐND huyện,',
      'lãnh đạo các Ban HĐND huyện.',
      'Trên cơ sở báo cáo của UBND huyện và ý kiến của các đại biểu tham dự phiên giải trình.',
    ]);
    const out = u(text).split('\n\n');
    expect(out).toHaveLength(3);
    expect(out[0]).toMatch(/sản xuất; Chương trình triển khai/);
    expect(out[1]).toMatch(/^Tham dự Phiên giải trình .* các Ban HĐND huyện\.$/);
  });

  it('measures the wrap width from lines that certainly wrap', () => {
    expect(wrapWidth(['a'.repeat(80), 'bcd', 'a'.repeat(78), 'bcd', 'a'.repeat(79), 'bcd', 'a'.repeat(80), 'bcd', 'a'.repeat(81), 'bcd'])).toBe(81);
    expect(wrapWidth(['Một dòng.', 'Hai dòng.'])).toBeNull();
  });

  it('does nothing on a single line', () => {
    expect(unwrap('Thông báo', { format: 'text', note: () => {} })).toBeNull();
  });
});
