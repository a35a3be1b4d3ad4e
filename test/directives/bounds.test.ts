import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { isClosing, isIntro, LEADER_DIRECTS_BODY, LEADER_DIRECTS_RE } from '../../src/directives/bounds.js';
import { INLINE_INTRO_BODY, INLINE_INTRO_RE } from '../../src/directives/lexicon/intro.js';
import { NOT_AFTER_LETTER_OR_DIGIT } from '../../src/vocabulary/document-types.js';
import { NOT_AFTER_LETTER, nextGuarded } from '../../src/header/text.js';
import { run } from './helpers.js';

const doc = (...paras: string[]) => paras.join('\n\n');

describe('introductory formula', () => {
  it.each([
    'Sau khi nghe báo cáo, đồng chí Chủ tịch UBND tỉnh kết luận, chỉ đạo như sau:',
    'Trước tình hình đó Chủ tịch UBND tỉnh yêu cầu:',
    'UBND tỉnh đề nghị huyện Krông Búk cần tập trung thực hiện một số nhiệm vụ sau:',
    'Thủ tướng Chính phủ kết luận như sau:',
    'Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy, chính quyền:',
    'Chủ tịch Ủy ban nhân dân Thành phố có ý kiến chỉ đạo như sau:',
    'UBND tỉnh ban hành kế hoạch như sau:',
    'QUYẾT ĐỊNH:',
    '**Ủy ban nhân dân tỉnh yêu cầu:**',
    'Thường trực Tỉnh ủy yêu cầu các cơ quan, đơn vị thực hiện tốt các nội dung sau đây:',
  ])('%s', (t) => {
    expect(isIntro(t)).toBe(true);
  });

  it.each([
    ['Kính gửi:', 'an address list'],
    ['THỦ TƯỚNG CHÍNH PHỦ điện:', 'an address list'],
    ['Nơi nhận:', 'the recipients'],
    ['Các nội dung của VB này được VB khác thay đổi, hướng dẫn sẽ được làm nổi bật bằng các màu sắc:', 'site chrome'],
    ['Tham dự cuộc họp có các đồng chí: Giám đốc Sở Y tế, Giám đốc Sở Tài chính.', 'no colon at the end'],
    ['Giám đốc các đơn vị:', 'no directing word'],
  ])('not: %s (%s)', (t) => {
    expect(isIntro(t)).toBe(false);
  });

  it('starts after the last of formulas that follow one another', () => {
    const ctx = run(
      doc(
        'Đồng chí Chủ tịch UBND tỉnh kết luận, chỉ đạo như sau:',
        'Chủ tịch UBND tỉnh ghi nhận kết quả đạt được. Trước tình hình đó Chủ tịch UBND tỉnh yêu cầu:',
        '1. Các cấp, các ngành tiếp tục huy động.',
      ),
    );
    expect(ctx.findings.directives.map((d) => d.id)).toEqual(['1']);
  });

  it('skips the address list of a Công điện and starts at its formula', () => {
    const ctx = run(
      [
        'THỦ TƯỚNG CHÍNH PHỦ điện:',
        '- Chủ tịch Ủy ban nhân dân các tỉnh;',
        '- Các Bộ: Quốc phòng, Công an.',
        'Theo dự báo, mưa lớn tiếp tục. Thủ tướng Chính phủ yêu cầu tập trung một số nhiệm vụ cụ thể sau:',
        '1. Bộ Công Thương chỉ đạo bảo đảm an toàn hồ đập.',
        '2. Bộ Xây dựng bảo đảm giao thông./.',
      ].join('\n'),
    );
    expect(ctx.findings.directives.map((d) => d.id)).toEqual(['1', '2']);
  });

  it('starts at the first section of a document without a formula (a Kế hoạch)', () => {
    const ctx = run(doc('KẾ HOẠCH', 'Phòng, chống dịch bệnh sau lụt bão', 'I. MỤC ĐÍCH, YÊU CẦU', '1. Mục đích', '- Chủ động triển khai.', 'II. TỔ CHỨC THỰC HIỆN', '1. Sở Y tế chủ trì.'));
    expect(ctx.findings.directives.map((d) => d.id)).toEqual(['I', 'II']);
  });

  it('starts after the enacting formula of a Chỉ thị written in capitals', () => {
    const ctx = run(doc('Để tăng cường công tác phòng cháy, chữa cháy,', 'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH CHỈ THỊ:', '1. Các sở, ban, ngành tổ chức thực hiện.', '2. Công an tỉnh kiểm tra./.', 'CHỦ TỊCH', 'Nguyễn Văn A'));
    expect(ctx.findings.directives.map((d) => d.id)).toEqual(['1', '2']);
  });

  it('reports when there is no directive part', () => {
    const ctx = run(doc('Tin tức', 'Hôm nay trời đẹp.'));
    expect(ctx.findings.directives).toEqual([]);
    expect(ctx.diagnostics.map((d) => d.code)).toContain('directives/not-found');
  });
});

describe('closing formula', () => {
  it.each([
    'Trên đây là Thông báo kết luận của đồng chí Phó Chủ tịch, Văn phòng UBND tỉnh thông báo đến các Sở, ban, ngành biết, thực hiện./.',
    'Văn phòng Chính phủ thông báo để Ủy ban nhân dân tỉnh Đắk Lắk và các Bộ, cơ quan liên quan biết, thực hiện./.',
    'Thừa lệnh Chủ tịch UBND tỉnh, Văn phòng UBND tỉnh thông báo đề các sở, ban, ngành được biết và triển khai thực hiện./.',
    'Văn phòng Chính phủ trân trọng thông báo./.',
    'Nhận Công điện này, yêu cầu Thủ trưởng các phòng, ban, đơn vị khẩn trương triển khai thực hiện./.',
    'Yêu cầu Giám đốc các sở, ban, ngành; Chủ tịch Ủy ban nhân dân các xã triển khai thực hiện nghiêm túc Chỉ thị này./.',
    'Tổng cục Thuế yêu cầu các đồng chí Cục trưởng Cục Thuế các tỉnh nghiêm túc triển khai thực hiện.',
    'Trong quá trình triển khai thực hiện, nếu có phát sinh vướng mắc đề nghị phản ánh về Tổng cục Thuế.',
    'Cục Thuế thông báo để các đơn vị được biết./.',
  ])('%s', (t) => {
    expect(isClosing(t, true)).toBe(true);
  });

  it.each([
    ['Sở Y tế kiểm tra, rà soát vật tư, hóa chất.', 'a directive'],
    ['Ban Cán sự đảng UBND tỉnh lãnh đạo UBND tỉnh chỉ đạo Sở Y tế theo dõi việc thực hiện Công văn này, kịp thời báo cáo Thường trực Tỉnh ủy.', 'a directive naming the text'],
    ['Địa phương, đơn vị nào không thực hiện nghiêm thì phải chịu trách nhiệm trước pháp luật.', 'a directive'],
    ['Khi phát hiện dịch bệnh xảy ra, báo cáo ngay về UBND huyện.', 'a directive'],
  ])('not: %s (%s)', (t) => {
    expect(isClosing(t, true)).toBe(false);
  });

  it('ends the part before the closing, Nơi nhận and the signer, never inside a directive', () => {
    const ctx = run(
      doc(
        'Chủ tịch UBND tỉnh yêu cầu:',
        '1. Sở Y tế thực hiện.',
        '2. Sở Tài chính bố trí kinh phí.',
        'Văn phòng UBND tỉnh thông báo để các cơ quan biết, thực hiện./.',
        'Nơi nhận:\n- CT, PCT UBND tỉnh;\n- Lưu: VT.',
        'KT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG\nNguyễn Đức Vinh',
      ),
    );
    expect(ctx.findings.directives.map((d) => d.text)).toEqual(['Sở Y tế thực hiện.', 'Sở Tài chính bố trí kinh phí.']);
  });

  it('cuts a closing formula run into the last item', () => {
    const ctx = run(doc('Chủ tịch UBND tỉnh yêu cầu:', '1. Sở Y tế thực hiện.', '2. Sở Tài chính bố trí kinh phí. Trên đây là kết luận của Chủ tịch UBND tỉnh.'));
    expect(ctx.findings.directives[1].text).toBe('Sở Tài chính bố trí kinh phí.');
  });

  it('keeps the end mark "./." of the last item and stops after it', () => {
    const ctx = run(doc('Thủ tướng yêu cầu:', '1. Bộ Công Thương chỉ đạo.', '2. Văn phòng Chính phủ theo dõi, đôn đốc thực hiện./.', 'KT. THỦ TƯỚNG', 'PHÓ THỦ TƯỚNG'));
    expect(ctx.findings.directives.map((d) => d.text)).toEqual(['Bộ Công Thương chỉ đạo.', 'Văn phòng Chính phủ theo dõi, đôn đốc thực hiện./.']);
  });

  it.each(['Nơi nhận:', 'Noi nhận:', 'Nơi xuất', '**Nơi nhận:**', 'T/M BAN THƯỜNG VỤ', 'TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'PHỤ LỤC'])('stops at "%s"', (line) => {
    const ctx = run(doc('UBND tỉnh yêu cầu:', '1. Sở Y tế thực hiện.', 'Báo cáo kết quả về UBND tỉnh.', line, '- Như trên;'));
    expect(ctx.findings.directives.map((d) => d.text)).toEqual(['Sở Y tế thực hiện.\nBáo cáo kết quả về UBND tỉnh.']);
  });

  it.each([
    ['B.T', 'Bình luận'],
    ['BĐT', 'Tin liên quan'],
    ['MINH CHIẾN', 'Thống kê truy cập'],
  ])('stops at the byline "%s" and at web chrome "%s"', (byline, chrome) => {
    const ctx = run(doc('Chủ tịch UBND tỉnh yêu cầu:', '1. Sở Y tế thực hiện.', byline, chrome, 'Viết bình luận'));
    expect(ctx.findings.directives.map((d) => d.text)).toEqual(['Sở Y tế thực hiện.']);
    const ctx2 = run(doc('Chủ tịch UBND tỉnh yêu cầu:', '1. Sở Y tế thực hiện.', chrome, 'Bệnh viện tỉnh thông báo tuyển dụng.'));
    expect(ctx2.findings.directives.map((d) => d.text)).toEqual(['Sở Y tế thực hiện.']);
  });
});

describe('news reports', () => {
  it('reads the leader remarks as p-items, skipping captions, up to the narrative', () => {
    const ctx = run(
      [
        '(BĐ) - Chiều 22.4, Chủ tịch UBND tỉnh có buổi làm việc với huyện Vân Canh.',
        '[img]',
        'Chủ tịch UBND tỉnh phát biểu chỉ đạo tại buổi làm việc. Ảnh: T.SỸ',
        'Báo cáo của UBND huyện cho thấy kinh tế tăng trưởng.',
        'Phát biểu chỉ đạo, Chủ tịch UBND tỉnh ghi nhận và biểu dương huyện.',
        'Đối với việc đầu tư, đồng chí Chủ tịch yêu cầu tập trung hỗ trợ khu công nghiệp.',
        '[img]',
        'Quang cảnh buổi làm việc',
        'Người đứng đầu chính quyền tỉnh cũng yêu cầu huyện giải quyết dứt điểm các phần việc tồn đọng.',
        'Trước đó, Chủ tịch UBND tỉnh đã đến thăm hộ gia đình.',
        'T.SỸ',
      ].join('\n'),
    );
    expect(ctx.findings.directives.map((d) => [d.id, d.text.slice(0, 20)])).toEqual([
      ['p1', 'Phát biểu chỉ đạo, C'],
      ['p2', 'Đối với việc đầu tư,'],
      ['p3', 'Người đứng đầu chính'],
    ]);
  });
});

describe('the look-behind patterns, searched as body + guard', () => {
  const PIECES = ['kết luận', 'chỉ đạo', 'Kết luận và chỉ đạo', 'yêu cầu', 'đồng chí', 'Chủ tịch', 'Phó Thủ tướng', 'giao', 'x', 'ánh', '2', ' ', ':', ': ', ', ', '.', 'Sở', '"', '(', 'A', '\n'];
  const texts = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((a) => a.join(''));
  const guarded = (body: RegExp, guard: RegExp, s: string) => {
    const m = nextGuarded(new RegExp(body.source, body.flags), new RegExp(guard.source, guard.flags), s, 0);
    return m ? [m.index, m[0]] : null;
  };
  const plain = (re: RegExp, s: string) => {
    const m = re.exec(s);
    return m ? [m.index, m[0]] : null;
  };
  it('bodies are the patterns without their look-behind', () => {
    expect(`(?<![\\p{L}\\p{N}])${INLINE_INTRO_BODY.source}`).toBe(INLINE_INTRO_RE.source);
    expect(`(?<![\\p{L}])${LEADER_DIRECTS_BODY.source}`).toBe(LEADER_DIRECTS_RE.source);
  });
  test.prop([texts], { numRuns: 1000 })('INLINE_INTRO_RE', (s) => {
    expect(guarded(INLINE_INTRO_BODY, NOT_AFTER_LETTER_OR_DIGIT, s)).toEqual(plain(INLINE_INTRO_RE, s));
  });
  test.prop([texts], { numRuns: 1000 })('LEADER_DIRECTS_RE', (s) => {
    expect(guarded(LEADER_DIRECTS_BODY, NOT_AFTER_LETTER, s)).toEqual(plain(LEADER_DIRECTS_RE, s));
  });
});
