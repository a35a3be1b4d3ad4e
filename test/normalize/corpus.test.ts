// The normaliser on every real document of fixtures/ (and the re-encoded/re-laid-out variants):
// clean paragraphs, no markup, no site chrome, header fields on their own lines, a fixed point.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/normalize/index.js';

const root = path.resolve(import.meta.dirname, '../../fixtures');
const docs = [
  ...readdirSync(root).filter((f) => f.endsWith('.txt')),
  ...readdirSync(path.join(root, 'corpus')).filter((f) => f.endsWith('.txt')).map((f) => `corpus/${f}`),
];
const text = (rel: string) => normalize(readFileSync(path.join(root, rel))).text;
const cache = new Map<string, string>();
const out = (rel: string) => {
  if (!cache.has(rel)) cache.set(rel, text(rel));
  return cache.get(rel)!;
};
const lines = (rel: string) => out(rel).split('\n');

/** Site chrome that must never survive. */
const CHROME = [
  'THƯ VIỆN PHÁP LUẬT', 'Đang tải văn bản', 'Số hiệu:', 'Loại văn bản:', 'Nơi ban hành:', 'Văn bản liên quan',
  'Văn bản này chưa cập nhật', 'Bình luận', 'Viết bình luận', 'Thống kê truy cập', 'Đăng nhập', '[img]', 'Ảnh: T.SỸ',
  'Hình từ Internet', 'Chung nhan Tin Nhiem Mang', 'original_format', 'Nội dung chính', 'markdown',
];

describe.each(docs)('%s', (rel) => {
  it('has no markup left: no pipes, bold, heading or rule lines', () => {
    const t = out(rel);
    expect(t).not.toContain('**');
    expect(lines(rel).filter((l) => /^\|/.test(l) || /\|$/.test(l))).toEqual([]);
    expect(lines(rel).filter((l) => /^#{1,6}(\s|$)/.test(l))).toEqual([]);
    expect(lines(rel).filter((l) => /^[-=_*]{3,}$/.test(l))).toEqual([]);
    expect(t).not.toMatch(/<\/?(?:p|br|img|b)\b/);
  });

  it('has no site chrome', () => {
    for (const c of CHROME) expect(out(rel), c).not.toContain(c);
  });

  it('follows the white-space conventions', () => {
    const t = out(rel);
    expect(t).toBe(t.normalize('NFC'));
    expect(t).not.toMatch(/\n{3,}/);
    expect(t).not.toMatch(/[ \t]\n|\n[ \t]|  |\t/);
    expect(t).not.toMatch(/[\u00A0\u00AD\u200B\u2013\u2014\u201C\u201D\u00D0]/);
    expect(t).toBe(t.trim());
  });

  it('is a fixed point of the normaliser', () => {
    expect(normalize(out(rel)).text).toBe(out(rel));
  });

  it('maps back into the raw input', () => {
    const n = normalize(readFileSync(path.join(root, rel)));
    let prev = 0;
    for (let i = 0; i <= n.text.length; i += 7) {
      const o = n.map.toInput(i);
      expect(o).toBeGreaterThanOrEqual(prev);
      expect(o).toBeLessThanOrEqual(n.raw.decoded.length);
      prev = o;
    }
  });
});

describe('header blocks come out one field per line', () => {
  it.each([
    ['corpus/009.txt', ['ỦY BAN NHÂN DÂN', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'HUYỆN KRÔNG NÔ', 'Độc lập - Tự do - Hạnh phúc', 'Số: 2 /TB-UBND', 'Krông Nô, ngày⁄Ÿ tháng 6 năm 2019', 'THÔNG BÁO']],
    ['corpus/011.txt', ['HỘI ĐÔNG NHÂN DÂN', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'HUYỆN KRÔNG NÔ', 'Độc lập - Tự do - Hạnh phúc', 'Số: 4/ /TB-HĐND', 'Krông Nô. ngày O2 tháng 6 năm 2019', 'THÔNG BÁO']],
    ['corpus/033.txt', ['ỦY BAN NHÂN DÂN', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', "HUYỆN ĐÁK R'LÁP", 'Độc lập - Tự do - Hạnh phúc', 'Số: # /CĐĐ-UBND', 'Đắk R lấp, ngày |} tháng ® năm 2019', 'CÔNG ĐIỆN KHẨN']],
    ['corpus/050.txt', ['UBND TỈNH ĐẮK NÔNG', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG', 'Độc lập - Tự do - Hạnh phúc', 'Số..."F9. ./TB/ STNMT-VPĐKĐĐ', 'Đắk Nông, ngày 44. tháng 6 năm 2019', 'THÔNG BÁO']],
    ['corpus/024.txt', ['VĂN PHÒNG CHÍNH PHỦ', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Số: 2739/VPCP-ĐMDN', 'V/v quy định về quản trị doanh nghiệp tại Luật Doanh nghiệp chưa được thực thi', 'Hà Nội, ngày 05 tháng 04 năm 2019', 'Kính gửi: Bộ Kế hoạch và Đầu tư.']],
    ['corpus/046.txt', ['ỦY BAN NHÂN DÂN', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'THÀNH PHỐ HÀ NỘI', 'Độc lập - Tự do - Hạnh phúc', 'Số: 68 /2024/QĐ-UBND', 'Hà Nội, ngày 05 tháng 12 năm 2024', 'QUYẾT ĐỊNH']],
    ['corpus/006.txt', ['VĂN PHÒNG CHÍNH PHỦ', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Số: 631/TB-VPCP', 'Hà Nội, ngày 19 tháng 11 năm 2025', 'THÔNG BÁO']],
    ['corpus/021.txt', ['ỦY BAN NHÂN DÂN', 'THÀNH PHỐ HỒ CHÍ MINH', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Số: 4240/UBND-VX', 'V/v khẩn trương hoàn thành cập nhật, đồng bộ cơ sở dữ liệu cán bộ, công chức, viên chức', 'Thành phố Hồ Chí Minh, ngày 28 tháng 11 năm 2025', 'Kính gửi:']],
    ['corpus/049.txt', ['BỘ TÀI CHÍNH', 'CỤC THUẾ', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Số: 983/TB-CT', 'Hà Nội, ngày 21 tháng 11 năm 2025', 'THÔNG BÁO']],
  ])('%s', (rel, expected) => {
    expect(lines(rel).filter(Boolean).slice(0, expected.length)).toEqual(expected);
  });
});

describe('paragraphs and closing blocks', () => {
  it('joins wrapped paragraphs (corpus/030) and keeps items apart', () => {
    const t = out('corpus/030.txt');
    expect(t).toContain('\n\nTheo tổng hợp báo cáo nhanh của Bộ Nông nghiệp và Môi trường, từ sáng nay (ngày 16/11/2025) tại khu vực từ Quảng Trị đến Khánh Hòa đã có mưa to');
    expect(t).toContain('\n\na) Tổ chức theo dõi chặt chẽ, cập nhật đầy đủ, thông tin kịp thời');
    expect(t).toContain('Nơi nhận:\n- Như trên;\n- Ban Bí thư Trung ương Đảng;');
    expect(t.endsWith('KT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG\nTrần Hồng Hà')).toBe(true);
  });

  it('keeps the signature lines of a bold signature block apart (001_bba)', () => {
    expect(out('001_bba0ae0f59e3be14.txt').endsWith('KT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG\n\nNguyễn Đức Vinh')).toBe(true);
  });

  it('repairs the damaged recipients anchor and splits the signer column (corpus/009, 026)', () => {
    expect(out('corpus/009.txt')).toMatch(/\nNơi nhận:\n\nTL\. CHỦ TỊCH\n- CT, các PCT UBND huyện:\n\nCHÁNH VĂN PHÒNG\n/);
    expect(out('corpus/026.txt')).toContain('\nNơi nhận:');
    // "Nơi xuất" (corpus/033) is another word: left as printed
    expect(out('corpus/033.txt')).toContain('\nNơi xuất\n');
  });

  it('keeps both news datelines (the header stage decides) and drops the comments (000)', () => {
    const t = out('000_7e063405cb1d57d9.txt');
    expect(t.startsWith('Thứ sáu, 19/04/2024, 21:13 [GMT+7]\n\n')).toBe(true);
    expect(t).toContain("Thứ bảy, 06/02/2021 - 20:58'\n(BLC) - Ngày 3/2/2021");
    expect(t.endsWith('\n\nB.T')).toBe(true);
  });

  it('drops the page number inside a paragraph (corpus/009)', () => {
    expect(out('corpus/009.txt')).toContain('kiện toàn Ban quản lý, Ban chỉ đạo xây dựng chương trình nông thôn mới.');
  });
});

describe('variants (fixtures/variants): the same text as the original', () => {
  const vdir = path.join(root, 'variants');
  const variants = readdirSync(vdir).filter((f) => !f.endsWith('.json'));
  it.each(variants)('%s', (f) => {
    const original = readdirSync(root).find((g) => g.endsWith('.txt') && f.startsWith(g.slice(0, -4)))!;
    expect(normalize(readFileSync(path.join(vdir, f))).text).toBe(out(original));
  });
});
