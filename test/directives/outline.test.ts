import { describe, expect, it } from 'vitest';
import { all, run, shape } from './helpers.js';

const doc = (...paras: string[]) => paras.join('\n\n');

describe('tree shape', () => {
  it('nests 1., 2. inside I, II, III (the tree mirrors the document numbering)', () => {
    const ctx = run(
      doc(
        'Phó Thủ tướng kết luận như sau:',
        'I. ĐÁNH GIÁ CHUNG',
        'Tỉnh đã đạt nhiều kết quả.',
        'II. NHIỆM VỤ, GIẢI PHÁP',
        '1. Rà soát các chỉ tiêu.',
        '2. Đẩy mạnh giải ngân.',
        'III. VỀ KIẾN NGHỊ CỦA TỈNH',
        '1. Về kiến nghị bổ sung vốn:',
        'Giao Bộ Tài chính nghiên cứu.',
        '2. Về kiến nghị đầu tư:',
        'Bộ Xây dựng chủ trì.',
        'Văn phòng Chính phủ thông báo để các cơ quan biết, thực hiện./.',
      ),
    );
    expect(shape(ctx.findings.directives)).toEqual(['I I.', 'II II.', '  II.1 1.', '  II.2 2.', 'III III.', '  III.1 1.', '  III.2 2.']);
    const [i, ii, iii] = ctx.findings.directives;
    expect(i).toMatchObject({ heading: 'ĐÁNH GIÁ CHUNG', text: 'Tỉnh đã đạt nhiều kết quả.' });
    expect(ii).toMatchObject({ heading: 'NHIỆM VỤ, GIẢI PHÁP', text: '' });
    expect(iii.children[0]).toMatchObject({ heading: 'Về kiến nghị bổ sung vốn', text: 'Giao Bộ Tài chính nghiên cứu.' });
    expect(iii.children[1].text).toBe('Bộ Xây dựng chủ trì.');
  });

  it('puts a) inside 1. and dashes inside a), then closes them at the next number', () => {
    const ctx = run(
      doc(
        'Thủ tướng Chính phủ yêu cầu:',
        '1. Chủ tịch Ủy ban nhân dân các tỉnh:',
        'a) Theo dõi chặt chẽ diễn biến mưa lũ.',
        '- Cập nhật thông tin.',
        '- Cảnh báo người dân.',
        'b) Rà soát khu vực nguy hiểm.',
        '2. Bộ Công Thương bảo đảm an toàn hồ đập.',
        '- Vận hành an toàn.',
        'Nơi nhận:',
        '- Như trên;',
      ),
    );
    expect(shape(ctx.findings.directives)).toEqual([
      '1 1.',
      '  1.a a)',
      '    1.a.-1 -',
      '    1.a.-2 -',
      '  1.b b)',
      '2 2.',
      '  2.-1 -',
    ]);
    expect(ctx.findings.directives[0].heading).toBe('Chủ tịch Ủy ban nhân dân các tỉnh');
  });

  it('nests a letter list inside a dash item where the document does so, and "+" inside dashes', () => {
    const ctx = run(
      doc(
        'UBND tỉnh ban hành kế hoạch như sau:',
        'I. MỤC ĐÍCH',
        '1. Mục đích',
        '- Chủ động triển khai.',
        'II. NGUY CƠ',
        '1. Nguy cơ bùng phát bệnh',
        'a) Các bệnh tiêu hóa',
        '- Tiêu chảy cấp.',
        'b) Các bệnh lây từ động vật',
        '- Nguy cơ phát sinh:',
        '+ Bệnh dại.',
        '+ Leptospirosis.',
        'c) Các bệnh hô hấp.',
        '2. Nguy cơ thiếu nước sạch',
      ),
    );
    expect(shape(ctx.findings.directives)).toEqual([
      'I I.',
      '  I.1 1.',
      '    I.1.-1 -',
      'II II.',
      '  II.1 1.',
      '    II.1.a a)',
      '      II.1.a.-1 -',
      '    II.1.b b)',
      '      II.1.b.-1 -',
      '        II.1.b.-1.+1 +',
      '        II.1.b.-1.+2 +',
      '    II.1.c c)',
      '  II.2 2.',
    ]);
  });

  it('keeps continuation paragraphs in the item they follow and dash items as children', () => {
    const ctx = run(
      doc(
        'Chủ tịch UBND tỉnh yêu cầu:',
        '1. Sở Y tế kiểm tra vật tư.',
        'Giao đồng chí Phó Chủ tịch chỉ đạo mua sắm.',
        '2. Công tác cách ly:',
        '- Thường xuyên kiểm tra.',
        '- Hỗ trợ người dân.',
        '3. Sở Giao thông vận tải kiểm soát phương tiện.',
        'Trên đây là kết luận của Chủ tịch UBND tỉnh.',
      ),
    );
    const [one, two, three] = ctx.findings.directives;
    expect(one.text).toBe('Sở Y tế kiểm tra vật tư.\nGiao đồng chí Phó Chủ tịch chỉ đạo mua sắm.');
    expect(two).toMatchObject({ heading: 'Công tác cách ly', text: '' });
    expect(two.children.map((c) => c.id)).toEqual(['2.-1', '2.-2']);
    expect(three.text).toBe('Sở Giao thông vận tải kiểm soát phương tiện.');
  });

  it('turns paragraphs after the last item into p-items when they open with a new actor', () => {
    const ctx = run(
      doc(
        'Ban Thường vụ Tỉnh ủy yêu cầu thực hiện tốt một số nội dung sau:',
        '1. Tiếp tục quán triệt các văn bản.',
        '2. Đẩy mạnh tuyên truyền.',
        'Tập trung nâng cao chất lượng điều trị.',
        'Ban Cán sự đảng UBND tỉnh lãnh đạo UBND tỉnh chỉ đạo Sở Y tế theo dõi.',
        'Địa phương, đơn vị nào không thực hiện nghiêm thì phải chịu trách nhiệm.',
        'BĐT',
      ),
    );
    expect(ctx.findings.directives.map((d) => d.id)).toEqual(['1', '2', 'p1', 'p2']);
    expect(ctx.findings.directives[1].text).toBe('Đẩy mạnh tuyên truyền.\nTập trung nâng cao chất lượng điều trị.');
    expect(ctx.findings.directives[2].marker).toBeNull();
  });

  it('keeps the body of a last heading item in it, even when it opens with an actor', () => {
    const ctx = run(
      doc(
        'Phó Thủ tướng kết luận như sau:',
        '1. Về kiến nghị thứ nhất:',
        'Giao Bộ Tài chính nghiên cứu.',
        '2. Về kiến nghị thứ hai:',
        'Giao Bộ Nội vụ hoàn thiện Nghị định.',
        'Bộ Tư pháp thẩm định.',
        'Văn phòng Chính phủ thông báo để các Bộ biết, thực hiện./.',
      ),
    );
    expect(ctx.findings.directives.map((d) => d.id)).toEqual(['1', '2']);
    expect(ctx.findings.directives[1].text).toBe('Giao Bộ Nội vụ hoàn thiện Nghị định.\nBộ Tư pháp thẩm định.');
  });

  it('gives one directive per paragraph in an unnumbered document', () => {
    const ctx = run(
      doc(
        'Tập trung phòng, chống dịch',
        'Sáng ngày 30/11/2021, đồng chí Bí thư Huyện ủy chủ trì cuộc làm việc.',
        'Tại cuộc họp, đồng chí Bí thư Huyện ủy chỉ đạo: Phấn đấu đến ngày 15/12/2021 kiểm soát dịch bệnh.',
        'Theo đó, UBND thị trấn phải quán triệt sâu kỹ.',
        'Trung tâm Y tế huyện hỗ trợ thị trấn.',
        'MINH CHIẾN',
        'Thống kê truy cập',
        '• Đang truy cập: 1',
      ),
    );
    expect(ctx.findings.directives.map((d) => [d.id, d.marker])).toEqual([
      ['p1', null],
      ['p2', null],
      ['p3', null],
    ]);
    expect(ctx.findings.directives[0].text).toBe('Phấn đấu đến ngày 15/12/2021 kiểm soát dịch bệnh.');
  });

  it('reads Điều 1., Điều 2. as items with ids 1, 2 and stops at the signer, not in the annex', () => {
    const ctx = run(
      [
        'Căn cứ Luật Tổ chức chính quyền địa phương;',
        'QUYẾT ĐỊNH:',
        'Điều 1. Công bố kèm theo Quyết định này thủ tục hành chính.',
        'Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.',
        'Điều 3. Chánh Văn phòng UBND tỉnh chịu trách nhiệm thi hành Quyết định này./.',
        'KT. CHỦ TỊCH',
        'PHÓ CHỦ TỊCH',
        'Hoàng Nam',
        'PHỤ LỤC',
        '1. Trình tự thực hiện',
      ].join('\n'),
    );
    expect(ctx.findings.directives.map((d) => [d.id, d.marker])).toEqual([
      ['1', 'Điều 1.'],
      ['2', 'Điều 2.'],
      ['3', 'Điều 3.'],
    ]);
  });

  it('reads bold markers, markers after a leading space and markers split from their text by a wrap', () => {
    const ctx = run(
      doc(
        'UBND tỉnh yêu cầu:',
        '**1. Sở Y tế** kiểm tra.',
        ' 2. Sở Tài chính bố trí kinh phí.',
        '**3.\nCông an tỉnh** bảo đảm an ninh.',
      ),
    );
    expect(ctx.findings.directives.map((d) => [d.id, d.text])).toEqual([
      ['1', 'Sở Y tế kiểm tra.'],
      ['2', 'Sở Tài chính bố trí kinh phí.'],
      ['3', 'Công an tỉnh bảo đảm an ninh.'],
    ]);
  });

  it('does not take a number starting a wrapped line, or a cross-reference, for a marker', () => {
    const ctx = run(
      [
        'Chủ tịch UBND tỉnh yêu cầu:',
        '',
        '1. Từ ngày 27-4-2021 đến nay, toàn tỉnh đã có',
        '2.074 ca dương tính; các đơn vị thực hiện theo',
        '1. của Kế hoạch số 12/KH-UBND.',
        '',
        '2. Sở Y tế chủ trì.',
      ].join('\n'),
    );
    expect(shape(ctx.findings.directives)).toEqual(['1 1.', '2 2.']);
    expect(ctx.findings.directives[0].text).toBe(
      'Từ ngày 27-4-2021 đến nay, toàn tỉnh đã có 2.074 ca dương tính; các đơn vị thực hiện theo 1. của Kế hoạch số 12/KH-UBND.',
    );
  });

  it('reads a hard-wrapped "- 2025" continuation as text, not a bullet', () => {
    const ctx = run(
      doc(
        'Phó Thủ tướng kết luận như sau:',
        '(1) Về nguồn lực: chuyển nguồn kinh phí của giai đoạn 2021\n- 2025 sang giai đoạn 2026 - 2030.',
        '(2) Về triển khai Chương trình.',
      ),
    );
    expect(shape(ctx.findings.directives)).toEqual(['1 (1)', '2 (2)']);
    expect(ctx.findings.directives[0].text).toBe('Về nguồn lực: chuyển nguồn kinh phí của giai đoạn 2021 - 2025 sang giai đoạn 2026 - 2030.');
  });

  it('follows the evident order where OCR garbled a marker', () => {
    const ctx = run(doc('Chủ tịch UBND huyện yêu cầu:', '1. Thực hiện nghiêm túc.', 'ò2 Chủ động túc trực.', '3. Chuẩn bị nhân lực.'));
    expect(ctx.findings.directives.map((d) => [d.id, d.marker])).toEqual([
      ['1', '1.'],
      ['2', 'ò2'],
      ['3', '3.'],
    ]);
  });

  it('follows the evident order where a number is repeated by a typo', () => {
    const ctx = run(
      doc(
        'Hội đồng nhân dân tỉnh đề nghị Ủy ban nhân dân tỉnh chỉ đạo thực hiện một số công việc sau:',
        '1. Về lĩnh vực Tài nguyên:',
        '- Chỉ đạo Sở Tài nguyên và Môi trường kiểm tra.',
        '2. Về đầu tư:',
        '+ Hoàn thành công trình.',
        '2. Về lĩnh vực Quốc phòng:',
        'Bộ Chỉ huy Quân sự tỉnh xây dựng phương án.',
      ),
    );
    expect(shape(ctx.findings.directives)).toEqual(['1 1.', '  1.-1 -', '2 2.', '  2.+1 +', '3 2.']);
    expect(ctx.findings.directives[2]).toMatchObject({ heading: 'Về lĩnh vực Quốc phòng', text: 'Bộ Chỉ huy Quân sự tỉnh xây dựng phương án.' });
  });

  it('numbers bullets by their position among siblings and keeps ids unique', () => {
    const ctx = run(doc('UBND tỉnh yêu cầu:', '- A thực hiện.', '- B thực hiện.', '+ C thực hiện.'));
    expect(shape(ctx.findings.directives)).toEqual(['-1 -', '-2 -', '  -2.+1 +']);
    const ids = all(ctx.findings.directives).map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('spans', () => {
  it('cover the item own text, marker included, children excluded', () => {
    const text = doc('UBND tỉnh yêu cầu:', '1. Công tác cách ly:', '- Kiểm tra.', '2. Sở Y tế thực hiện.\n\nBáo cáo kết quả.');
    const ctx = run(text);
    const [one, two] = ctx.findings.directives;
    expect(text.slice(one.span.start, one.span.end)).toBe('1. Công tác cách ly:');
    expect(text.slice(one.children[0].span.start, one.children[0].span.end)).toBe('- Kiểm tra.');
    expect(text.slice(two.span.start, two.span.end)).toBe('2. Sở Y tế thực hiện.\n\nBáo cáo kết quả.');
  });

  it('sets the directive zone', () => {
    const text = doc('UBND tỉnh yêu cầu:', '1. Sở Y tế thực hiện.', 'Nơi nhận:', '- Như trên;');
    const ctx = run(text);
    expect(text.slice(ctx.zones.directivesStart, ctx.zones.directivesEnd)).toBe('1. Sở Y tế thực hiện.');
  });
});
