import { describe, expect, it } from 'vitest';
import { parse } from './helpers.js';

describe('web articles: headline, publication date, reported document', () => {
  it('takes the article\'s dateline, not the page clock above the headline', () => {
    const r = parse(
      'Thứ sáu, 19/04/2024, 21:13 [GMT+7]',
      '',
      'Thông báo Kết luận của đồng chí Trần Tiến Dũng tại cuộc họp giao ban',
      '',
      "Thứ bảy, 06/02/2021 - 20:58'",
      '(BLC) - Ngày 3/2/2021, đồng chí Trần Tiến Dũng - Chủ tịch UBND tỉnh chủ trì cuộc họp.',
      '',
      'B.T',
    );
    expect(r.document.type).toMatchObject({ code: 'TB', name: 'Thông báo' });
    expect(r.document.date).toMatchObject({ text: '06/02/2021', iso: '2021-02-06' });
    expect(r.document.title!.text).toBe('Thông báo Kết luận của đồng chí Trần Tiến Dũng tại cuộc họp giao ban');
    expect(r.document.number).toBeNull();
    expect(r.document.issuer).toBeNull();
    // The reporter's initials are not a signer.
    expect(r.signer).toBeNull();
  });

  it('gives no date when only the page clock is printed', () => {
    const r = parse('Thứ sáu, 19/04/2024, 21:13 [GMT+7]', '', 'Tăng cường phòng, chống dịch bệnh', '', 'Sáng nay, tỉnh đã họp bàn các biện pháp phòng dịch.');
    expect(r.document.date).toBeNull();
  });

  it('describes the document it reports: number, type, issuer', () => {
    const r = parse(
      'date 2021-11 Tăng cường lãnh đạo, chỉ đạo công tác phòng, chống dịch COVID-19',
      '',
      'Ban Thường vụ Tỉnh ủy Thanh Hóa vừa ban hành Công văn số 469-CV/TU về việc tăng cường lãnh đạo.',
      '',
      'Công văn nêu rõ: thời gian qua các cấp đã triển khai. Theo Kết luận 224-KL/HU, các huyện phải báo cáo.',
      '',
      'BĐT',
    );
    expect(r.document.number).toMatchObject({ raw: '469-CV/TU', serial: '469', typeCode: 'CV', issuerCode: 'TU' });
    expect(r.document.type).toMatchObject({ code: 'CV', name: 'Công văn' });
    expect(r.document.issuer).toMatchObject({ name: 'Ban Thường vụ Tỉnh ủy Thanh Hóa', parent: null });
    expect(r.document.date).toMatchObject({ text: '2021-11', iso: '2021-11' });
    expect(r.document.title!.text).toBe('Tăng cường lãnh đạo, chỉ đạo công tác phòng, chống dịch COVID-19');
    expect(r.signer).toBeNull();
  });

  it('a document merely cited in an article is not the one it reports', () => {
    const r = parse(
      'Tập trung cả hệ thống chính trị thực hiện các biện pháp phòng, chống dịch Covid-19',
      '',
      'Sáng ngày 30/11/2021, đồng chí Nguyễn Dân-Bí thư Huyện ủy chủ trì cuộc làm việc với UBND thị trấn.',
      '',
      'Theo đó, thị trấn phải quán triệt Kết luận 224-KL/HU, ngày 29/11/2021 của Ban Thường vụ Huyện ủy.',
      '',
      'MINH CHIẾN',
    );
    expect(r.document.number).toBeNull();
    expect(r.document.type).toBeNull();
    expect(r.document.date).toBeNull();
    expect(r.signer).toBeNull();
  });

  it('names the signatory a report gives ("thay mặt Bộ Chính trị, đồng chí X ký ban hành")', () => {
    const r = parse(
      'Kết luận 157 của Bộ Chính trị: Hoàn tất sáp nhập tỉnh',
      '',
      'Ngày 25/5/2025, thay mặt Bộ Chính trị, đồng chí Trần Cẩm Tú ký ban hành Kết luận 157 của Bộ Chính trị về sắp xếp tổ chức bộ máy.',
      '',
      'Theo Kết luận 157-KL/TW, Bộ Chính trị yêu cầu hoàn tất sáp nhập tỉnh trước 15/8/2025.',
    );
    expect(r.document.number).toMatchObject({ raw: '157-KL/TW', typeCode: 'KL', issuerCode: 'TW' });
    expect(r.document.issuer).toMatchObject({ name: 'Bộ Chính trị' });
    expect(r.document.date).toMatchObject({ text: 'Ngày 25/5/2025', iso: '2025-05-25' });
    expect(r.signer).toMatchObject({ authorities: ['thay mặt Bộ Chính trị'], position: null, name: 'Trần Cẩm Tú' });
  });
});

describe('article datelines', () => {
  it('reads a bare date-and-time line under the headline', () => {
    const r = parse('Lai Châu: Triển khai công tác phòng, chống dịch', '12/12/2022 10:30', '', 'Sáng nay, Ban Chỉ đạo tỉnh họp bàn các biện pháp phòng dịch.');
    expect(r.document.date).toMatchObject({ text: '12/12/2022', iso: '2022-12-12' });
    expect(r.text.slice(r.document.date!.span.start, r.document.date!.span.end)).toBe('12/12/2022');
  });
});

describe('a headline ending on a date of its own', () => {
  it('keeps "... trước 15/8/2025" in the headline', () => {
    const r = parse('Kết luận 157 của Bộ Chính trị: Hoàn tất sáp nhập tỉnh trước 15/8/2025', '', 'Ngày 25/5/2025, Bộ Chính trị ban hành Kết luận 157-KL/TW về sắp xếp.');
    expect(r.document.title!.text).toBe('Kết luận 157 của Bộ Chính trị: Hoàn tất sáp nhập tỉnh trước 15/8/2025');
  });
});
