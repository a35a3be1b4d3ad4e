import { describe, expect, it } from 'vitest';
import { codes, evidence, parse } from './helpers.js';

const BODY = 'Ngày 01/9/2021, tại trụ sở UBND huyện Krông Búk, đồng chí Nguyễn Tuấn Hà - Phó Chủ tịch UBND tỉnh chủ trì buổi làm việc.';

describe('header block of a state document (Nghị định 30/2020/NĐ-CP, Phụ lục I)', () => {
  const r = parse(
    'UBND TỈNH ĐẮK LẮK',
    'VĂN PHÒNG',
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc',
    'Số: 125/TB-VPUBND',
    'Đắk Lắk, ngày 02 tháng 9 năm 2021',
    '',
    'THÔNG BÁO',
    '',
    'Kết luận của đồng chí Nguyễn Tuấn Hà tại buổi làm việc với huyện Krông Búk',
    '',
    BODY,
  );
  const d = r.document;
  it('reads type, number, issuer, place, date and title', () => {
    expect(d.type).toMatchObject({ code: 'TB', name: 'Thông báo' });
    expect(d.number).toMatchObject({ raw: '125/TB-VPUBND', serial: '125', symbol: 'TB-VPUBND', typeCode: 'TB', issuerCode: 'VPUBND' });
    expect(d.issuer).toMatchObject({ name: 'Văn phòng', parent: 'UBND tỉnh Đắk Lắk' });
    expect(d.issuer!.implied).toBeUndefined();
    expect(d.place).toMatchObject({ name: 'Đắk Lắk' });
    expect(d.date).toMatchObject({ text: 'ngày 02 tháng 9 năm 2021', iso: '2021-09-02' });
    expect(d.title!.text).toBe('Kết luận của đồng chí Nguyễn Tuấn Hà tại buổi làm việc với huyện Krông Búk');
  });
  it('gives each value its evidence', () => {
    expect(evidence(r, d.type!.span)).toBe('THÔNG BÁO');
    expect(evidence(r, d.number!.span)).toBe('125/TB-VPUBND');
    expect(evidence(r, d.place!.span)).toBe('Đắk Lắk');
    expect(evidence(r, d.date!.span)).toBe('ngày 02 tháng 9 năm 2021');
    expect(evidence(r, d.issuer!.span)).toBe('UBND TỈNH ĐẮK LẮK\nVĂN PHÒNG');
  });
});

describe('header block of a Party document (Hướng dẫn 36-HD/VPTW)', () => {
  const r = parse(
    'TỈNH ỦY THANH HÓA',
    '*',
    'Số 469-CV/TU',
    'V/v tăng cường lãnh đạo, chỉ đạo công tác phòng, chống dịch COVID-19',
    'ĐẢNG CỘNG SẢN VIỆT NAM',
    'Thanh Hóa, ngày 25 tháng 11 năm 2021',
    '',
    'Kính gửi: Các huyện ủy, thị ủy, thành ủy.',
    '',
    'Thời gian qua, các cấp ủy đảng đã triển khai thực hiện nghiêm các quy định về phòng, chống dịch.',
  );
  it('reads the Party number, the V/v title and the committee', () => {
    expect(r.document.number).toMatchObject({ raw: '469-CV/TU', serial: '469', symbol: 'CV/TU', typeCode: 'CV', issuerCode: 'TU' });
    expect(r.document.type).toMatchObject({ code: 'CV', name: 'Công văn' });
    expect(r.document.title!.text).toBe('tăng cường lãnh đạo, chỉ đạo công tác phòng, chống dịch COVID-19');
    expect(r.document.issuer).toMatchObject({ name: 'Tỉnh ủy Thanh Hóa', parent: null });
    expect(r.document.place!.name).toBe('Thanh Hóa');
    expect(r.document.date!.iso).toBe('2021-11-25');
  });
});

describe('decision: the enacting authority under the title is not title', () => {
  const r = parse(
    'ỦY BAN NHÂN DÂN',
    'TỈNH QUẢNG TRỊ',
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc',
    'Số: 2702/QĐ-UBND',
    'Quảng Trị, ngày 18 tháng 11 năm 2025',
    'QUYẾT ĐỊNH',
    'CÔNG BỐ THỦ TỤC HÀNH CHÍNH NỘI BỘ TRONG LĨNH VỰC ĐO ĐẠC VÀ BẢN ĐỒ',
    'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ',
    'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025;',
    'QUYẾT ĐỊNH:',
  );
  it('stops the title before the enacting line', () => {
    expect(r.document.type).toMatchObject({ code: 'QĐ', name: 'Quyết định' });
    expect(r.document.title!.text).toBe('CÔNG BỐ THỦ TỤC HÀNH CHÍNH NỘI BỘ TRONG LĨNH VỰC ĐO ĐẠC VÀ BẢN ĐỒ');
    expect(r.document.issuer).toMatchObject({ name: 'Ủy ban nhân dân tỉnh Quảng Trị', parent: null });
  });
});

describe('drafts, damaged scans and broken formats', () => {
  it('keeps a blank day as null ("ngày   tháng 9 năm 2021" -> 2021-09) and infers the issuer from its code', () => {
    const r = parse('Số: /TB-VPUBND', '', 'Đắk Lắk, ngày   tháng 9 năm 2021', '', 'THÔNG BÁO', '', 'Kết luận của UBND tỉnh', '', 'UBND tỉnh ghi nhận. UBND tỉnh đề nghị.');
    expect(r.document.date).toMatchObject({ day: null, month: 9, year: 2021, iso: '2021-09' });
    expect(r.document.number).toMatchObject({ serial: null, symbol: 'TB-VPUBND' });
    expect(r.document.issuer).toMatchObject({ name: 'Văn phòng', parent: 'UBND tỉnh Đắk Lắk', implied: true });
    expect(codes(r)).toContain('header/blank-serial');
  });
  it('reports a date that does not exist (30/02) and gives it no iso', () => {
    const r = parse('Số: 12/TB-UBND', 'Hà Nội, ngày 30 tháng 02 năm 2021', 'THÔNG BÁO', 'Về việc nghỉ lễ', '', BODY);
    expect(r.document.date).toMatchObject({ day: 30, month: 2, iso: null });
    expect(codes(r)).toContain('header/invalid-date');
  });
  it('reports a number without a type code on a typed document', () => {
    const r = parse('Số: 12/UBND', 'Hà Nội, ngày 3 tháng 02 năm 2021', 'THÔNG BÁO', 'Về việc nghỉ lễ', '', BODY);
    expect(r.document.number).toMatchObject({ typeCode: null, issuerCode: 'UBND' });
    expect(codes(r)).toContain('header/number-without-type');
  });
  it('does not report a Công văn, whose number has no type code by rule', () => {
    const r = parse('Số: 4240/UBND-VX', 'V/v khẩn trương hoàn thành cập nhật', 'Hà Nội, ngày 3 tháng 02 năm 2021', '', 'Kính gửi: Sở Nội vụ.', '', BODY);
    expect(r.document.type).toMatchObject({ code: 'CV', name: 'Công văn' });
    expect(codes(r)).not.toContain('header/number-without-type');
  });
  it('nulls a garbled serial with a warning and an unreadable day with a warning', () => {
    const r = parse('ỦY BAN NHÂN DÂN', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'HUYỆN ĐÁK R\'LÁP', 'Số: # /CĐĐ-UBND', "Đắk R lấp, ngày |} tháng ® năm 2019", 'CÔNG ĐIỆN KHÁN', '', 'Về việc tập trung chỉ đạo phòng, chống dịch', '', BODY);
    expect(r.document.number).toMatchObject({ raw: '# /CĐĐ-UBND', serial: null, typeCode: 'CĐĐ', issuerCode: 'UBND' });
    expect(r.document.type).toMatchObject({ code: 'CĐ', name: 'Công điện' });
    expect(r.document.date).toMatchObject({ text: 'ngày |} tháng ® năm 2019', day: null, month: null, iso: '2019' });
    expect(r.document.issuer!.name).toBe("Ủy ban nhân dân huyện Đák R'láp");
    expect(codes(r)).toEqual(expect.arrayContaining(['header/garbled-serial', 'header/unreadable-date']));
  });
  it('reports a header line that cannot be read', () => {
    const r = parse('ỦY BAN NHÂN DÂN', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', '~|} ®® ;; ,,', 'Số: 12/TB-UBND', 'Hà Nội, ngày 3 tháng 02 năm 2021', 'THÔNG BÁO', 'Về việc nghỉ lễ', '', BODY);
    expect(codes(r)).toContain('header/unreadable-line');
  });
});

describe('negative cases', () => {
  it('a date inside the body is not the issue date', () => {
    const r = parse('THÔNG BÁO', '', 'Kết luận của Chủ tịch UBND tỉnh', '', BODY, '', 'Hà Nội, ngày 5 tháng 9 năm 2021 các đơn vị đã báo cáo.');
    expect(r.document.type).toMatchObject({ code: 'TB' });
    expect(r.document.date).toBeNull();
    expect(r.document.place).toBeNull();
  });
  it('a cited number is not the document\'s own number', () => {
    const r = parse('THÔNG BÁO', '', 'Kết luận của Chủ tịch UBND tỉnh', '', 'Thực hiện Công văn số 8144/UBND-KGVX ngày 26/8/2021 của UBND tỉnh, các sở triển khai.', '', 'Số: 12 ca nhiễm mới được ghi nhận trong ngày.');
    expect(r.document.number).toBeNull();
  });
  it('a "Số hiệu:" line of web metadata is not the number line', () => {
    const r = parse('Số hiệu:', '631/TB-VPCP', 'Loại văn bản:', 'Thông báo', '', 'VĂN PHÒNG CHÍNH PHỦ', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Số: 632/TB-VPCP', 'Hà Nội, ngày 19 tháng 11 năm 2025', 'THÔNG BÁO', 'KẾT LUẬN CỦA PHÓ THỦ TƯỚNG', BODY);
    expect(r.document.number!.raw).toBe('632/TB-VPCP');
    expect(r.document.issuer).toMatchObject({ name: 'Văn phòng Chính phủ', parent: null });
  });
  it('a heading line in the body of a Công văn is not its type', () => {
    const r = parse('Số: 4240/UBND-VX', 'V/v cập nhật cơ sở dữ liệu', 'Hà Nội, ngày 3 tháng 02 năm 2021', '', 'Kính gửi: Sở Nội vụ.', '', 'Ngày 28 tháng 10 năm 2025, Chủ tịch Ủy ban nhân dân Thành phố đã ban hành Công văn số 3280/UBND-VX về việc triển khai cập nhật cơ sở dữ liệu quốc gia về cán bộ, công chức.', '', 'KẾ HOẠCH');
    expect(r.document.type).toMatchObject({ code: 'CV' });
  });
});

describe('more layouts', () => {
  it('reads a type heading run together with its trích yếu ("THÔNG BÁO KẾT LUẬN CỦA ...")', () => {
    const r = parse('ỦY BAN NHÂN DÂN', 'TỈNH LAI CHÂU', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Số: 12/TB-UBND', 'Lai Châu, ngày 5 tháng 6 năm 2021', 'THÔNG BÁO KẾT LUẬN CỦA CHỦ TỊCH UBND TỈNH', 'TẠI CUỘC HỌP GIAO BAN', '', BODY);
    expect(r.document.type).toMatchObject({ code: 'TB', name: 'Thông báo' });
    expect(r.document.title!.text).toBe('KẾT LUẬN CỦA CHỦ TỊCH UBND TỈNH TẠI CUỘC HỌP GIAO BAN');
  });
  it('reads a numeric date on the place-date line and a dashed place name', () => {
    const r = parse('ỦY BAN NHÂN DÂN', 'TỈNH BÀ RỊA - VŨNG TÀU', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Số: 12/TB-UBND', 'Bà Rịa - Vũng Tàu, ngày 05/6/2021', 'THÔNG BÁO', 'Về việc nghỉ lễ', '', BODY);
    expect(r.document.place!.name).toBe('Bà Rịa - Vũng Tàu');
    expect(r.document.date).toMatchObject({ text: 'ngày 05/6/2021', iso: '2021-06-05' });
    expect(r.document.issuer!.name).toBe('Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu');
  });
});

describe('Công văn trích yếu forms', () => {
  it('reads "V/v:" with a colon', () => {
    const r = parse('Số: 4240/UBND-VX', 'V/v: triển khai công tác phòng dịch', 'Hà Nội, ngày 3 tháng 02 năm 2021', '', 'Kính gửi: Sở Nội vụ.', '', BODY);
    expect(r.document.title!.text).toBe('triển khai công tác phòng dịch');
  });
  it('joins an issuer name wrapped after a comma', () => {
    const r = parse('BAN CHỈ ĐẠO PHÒNG, CHỐNG', 'DỊCH COVID-19 TỈNH LAI CHÂU', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Số: 12/TB-BCĐ', 'Lai Châu, ngày 3 tháng 02 năm 2021', 'THÔNG BÁO', 'Về việc phòng dịch', '', BODY);
    expect(r.document.issuer).toMatchObject({ name: 'Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh Lai Châu', parent: null });
  });
});
