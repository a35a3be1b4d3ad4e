// Web and portal boilerplate: dropped and reported; document content never dropped.
import { describe, expect, it } from 'vitest';
import { chrome, frontMatter } from '../../../src/normalize/layout/chrome.js';
import { norm, runStep } from '../helpers.js';

const DOC = 'VĂN PHÒNG CHÍNH PHỦ\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nSố: 631/TB-VPCP\n\nHà Nội, ngày 19 tháng 11 năm 2025\n\nTHÔNG BÁO\n\nVăn phòng Chính phủ thông báo để các Bộ, cơ quan liên quan biết, thực hiện./.';

describe('chrome: dropped', () => {
  it('the thuvienphapluat head: banner and metadata block', () => {
    const head =
      'Bản dịch này thuộc quyền sở hữu của THƯ VIỆN PHÁP LUẬT.\nĐang tải văn bản...\nSố hiệu:\n\n631/TB-VPCP\n\nLoại văn bản:\n\nThông báo\n\nNơi ban hành:\n\nVăn phòng Chính phủ\n\nNgười ký:\n\nPhạm Mạnh Cường\n\nNgày ban hành:\n\n19/11/2025\n\nTình trạng:\n\nĐã biết\n\n';
    const r = runStep(chrome, head + DOC);
    expect(r.text.trim()).toBe(DOC);
    expect(r.notes).toHaveLength(1);
    expect(r.notes[0]).toMatchObject({ code: 'normalize/chrome-dropped', severity: 'info' });
    expect(r.notes[0].message).toMatch(/Số hiệu/);
  });

  describe('a page saved several times over: every head goes in one pass (idempotent)', () => {
    const HEAD = 'Bản dịch này thuộc quyền sở hữu của THƯ VIỆN PHÁP LUẬT.\nSố hiệu:\n\n631/TB-VPCP\n\nNơi ban hành:\n\nVăn phòng Chính phủ\n\nNgày ban hành:\n\n19/11/2025\n\n';
    // The document header lines as a lossy code page leaves them: nothing stops the head rule.
    const MANGLED = 'V?N PH?NG CH?NH PH?\n\nTH?NG B?O\n\nV?n ph?ng Ch?nh ph? th?ng b?o.';
    /** A body of 150 lines: a head's 250-line window reaches the next copy's head, not the one after. */
    const LONG = MANGLED + '\nN?i dung.'.repeat(150);
    const TAIL = '\nVăn bản này chưa cập nhật nội dung Tiếng Anh\n## Văn bản liên quan\nTình trạng: Đã biết\nTình trạng: Đã biết\nTình trạng: Đã biết\n';

    // (A short page's copies fall in one head's 250-line window: one drop; a long page's, one each.)
    it.each([
      [1, MANGLED],
      [3, MANGLED],
      [1, LONG],
      [2, LONG],
      [6, LONG],
    ])('%i copies keep the last document only, and a second pass drops nothing', (times, body) => {
      const page = Array.from({ length: times }, () => HEAD + body + '\n').join('');
      const once = runStep(chrome, page);
      expect(once.text.trim()).toBe(body);
      expect(runStep(chrome, once.text).notes).toEqual([]);
    });

    it('a head after a recognised document header drops only its labels', () => {
      const page = HEAD + DOC + '\n\n' + HEAD + DOC;
      const once = runStep(chrome, page);
      expect(once.text.trim()).toBe(DOC + '\n\nBản dịch này thuộc quyền sở hữu của THƯ VIỆN PHÁP LUẬT.\n\n' + DOC);
      expect(runStep(chrome, once.text).notes).toEqual([]);
    });

    it('labels in the page tail ("Tình trạng:" of related documents) are the tail, not a second head', () => {
      const once = runStep(chrome, HEAD + DOC + TAIL);
      expect(once.text.trim()).toBe(DOC);
      expect(once.notes.map((x) => x.message)).toEqual([expect.stringMatching(/metadata/), expect.stringMatching(/page tail/)]);
    });
  });

  it('the thuvienphapluat tail: site title line, related documents, notices', () => {
    const tail =
      '\n\nThông báo 631/TB-VPCP năm 2025 về Kết luận của Phó Thủ tướng do Văn phòng Chính phủ ban hành\nVăn bản này chưa cập nhật nội dung Tiếng Anh\n## Văn bản liên quan\nBan hành:\n01/12/2025\nThưa Quý khách,\nĐăng nhập';
    const r = runStep(chrome, DOC + tail);
    expect(r.text.trim()).toBe(DOC);
  });

  it('a comment section and the teasers after it', () => {
    const news = 'Ngày 3/2/2021, đồng chí Chủ tịch UBND tỉnh chủ trì cuộc họp.\n\nB.T\n\nBình luận\n\nHiện tại chưa có bình luận\n\nViết bình luận\n\nNhiều biện pháp để ngăn chặn dịch bệnh\nBệnh dại truyền nhiễm do vi-rút...';
    const r = runStep(chrome, news);
    expect(r.text.trim()).toBe('Ngày 3/2/2021, đồng chí Chủ tịch UBND tỉnh chủ trì cuộc họp.\n\nB.T');
    expect(r.notes[0].message).toMatch(/comment/);
  });

  it('visitor statistics, login prompts, badges', () => {
    const text = 'Nội dung bài viết.\nMINH CHIẾN\nThống kê truy cập\n  • Đang truy cập: 1\n  • Hôm nay: 1\n  • Tổng lượt truy cập: 1\nĐăng nhập\nipv6 ready Chung nhan Tin Nhiem Mang';
    expect(runStep(chrome, text).text.trim()).toBe('Nội dung bài viết.\nMINH CHIẾN');
  });

  it('image placeholders with their captions', () => {
    const text = 'Đoạn một.\n[img]\nChủ tịch UBND tỉnh phát biểu chỉ đạo tại buổi làm việc. Ảnh: T.SỸ\nĐoạn hai.\n[img]\nQuang cảnh buổi làm việc\nĐoạn ba.';
    expect(runStep(chrome, text).text).toBe('Đoạn một.\nĐoạn hai.\nĐoạn ba.');
  });

  it('image captions without a placeholder, also when wrapped', () => {
    expect(runStep(chrome, 'Đoạn một.\n\nChủ tịch UBND tỉnh phát biểu chỉ đạo. Ảnh: T.SỸ\n\nĐoạn hai.').text).toBe('Đoạn một.\n\n\nĐoạn hai.');
    expect(runStep(chrome, 'Đoạn một.\n\nHình ảnh: minh họa đẹp\n\nĐoạn hai.').text).toBe('Đoạn một.\n\nHình ảnh: minh họa đẹp\n\nĐoạn hai.');
    expect(runStep(chrome, 'Đoạn một.\n\nKết luận 157 của Bộ Chính trị (Hình từ Internet)\n\nĐoạn hai.').text).toBe('Đoạn một.\n\n\nĐoạn hai.');
    const wrapped = 'Đoạn một.\n\nQuang cảnh Cuộc họp trực tuyến giao ban Ban chỉ đạo phòng chống dịch\nCovid-19 diễn ra ngày 3/2. nguồn http://laichau.gov.vn\n\nĐoạn hai.';
    expect(runStep(chrome, wrapped).text).toBe('Đoạn một.\n\n\nĐoạn hai.');
  });

  it('YAML front matter of a converter', () => {
    const r = runStep(frontMatter, '---\ntitle: "CV 2020"\ncategory: "Tax"\n---\n\nBỘ TÀI CHÍNH');
    expect(r.text).toBe('\nBỘ TÀI CHÍNH');
    expect(r.notes[0].message).toMatch(/front matter/);
  });
});

describe('chrome: kept', () => {
  it.each([
    // a news dateline and a page timestamp: the header stage decides between them
    'Thứ sáu, 19/04/2024, 21:13 [GMT+7]\n\nThứ bảy, 06/02/2021 - 20:58\'\n(BLC) - Ngày 3/2/2021, đồng chí ...',
    // a Công văn paragraph that mentions the words
    'Đề nghị các đơn vị đăng nhập hệ thống để cập nhật số liệu, bình luận và chia sẻ ý kiến trước ngày 30/11.',
    'Trên đây là Thông báo kết luận của đồng chí Nguyễn Tuấn Hà, Văn phòng UBND tỉnh thông báo để biết.',
    // document metadata words inside the document
    'Số: 631/TB-VPCP\n\nNgười ký: Phạm Mạnh Cường',
    // a body sentence ending with "Ảnh:"-like words is long: kept
    `${'Tỉnh đã tổ chức nhiều hoạt động thiết thực, hiệu quả trong năm qua, được nhân dân đồng tình ủng hộ. '.repeat(4)}Ảnh: minh họa`,
    // a line that only looks like a related-articles heading, early in the text
    'Xem thêm\nCác nội dung của kế hoạch như sau.\n' + 'Nội dung dài của văn bản. '.repeat(20),
    DOC,
  ])('%j', (input) => {
    const r = runStep(chrome, input);
    expect(r.text).toBe(input);
    expect(r.notes).toEqual([]);
  });

  it('front matter needs its closing fence and key lines', () => {
    expect(runStep(frontMatter, '---\nkhông phải YAML\n---').text).toBe('---\nkhông phải YAML\n---');
  });

  it('the whole normaliser on a TVPL-style page keeps the document', () => {
    const page = '|\n|\nBản dịch này thuộc quyền sở hữu của **\nTHƯ VIỆN PHÁP LUẬT**.\n#\n**Số hiệu:**\n|\n631/TB-VPCP\n|\n**Loại văn bản:**\n|\nThông báo\n|\n**Người ký:**\n|\nPhạm Mạnh Cường\n|\n**VĂN PHÒNG CHÍNH\nPHỦ**\n-------\n|\nSố: 631/TB-VPCP\n|\nVăn bản này chưa cập nhật nội dung Tiếng Anh\n## Văn bản liên quan';
    expect(norm(page, 'markdown')).toBe('VĂN PHÒNG CHÍNH PHỦ\n\nSố: 631/TB-VPCP');
  });
});
