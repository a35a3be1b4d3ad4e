// HTML pages: tags, scripts, styles and comments removed, blocks to paragraph breaks, entities decoded.
import { describe, expect, it } from 'vitest';
import { html } from '../../../src/normalize/layout/html.js';
import { norm, runStep } from '../helpers.js';

const page = (body: string) => `<!DOCTYPE html><html><head><title>Trang</title><style>p{color:red}</style><script>var a = "<p>x</p>";</script></head><body>${body}</body></html>`;

describe('html', () => {
  it('keeps the text, drops head, scripts, styles and comments', () => {
    const out = norm(page('<!-- quảng cáo --><p>Số: 12/TB-UBND</p><p>Hà&nbsp;Nội, ngày 02 tháng 9 năm 2021</p>'));
    expect(out).toBe('Số: 12/TB-UBND\n\nHà Nội, ngày 02 tháng 9 năm 2021');
  });

  it('block tags end paragraphs, <br> ends a line, inline tags vanish', () => {
    const out = norm(page('<div><b>KT. CHỦ TỊCH</b><br>PHÓ CHỦ TỊCH</div><p>Nguyễn <i>Văn</i> A</p>'));
    expect(out).toBe('KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Văn A');
  });

  it('a table is one cell per line (the two-column header)', () => {
    const out = norm(
      page('<table><tr><td>ỦY BAN NHÂN DÂN<br>TỈNH ĐẮK LẮK</td><td>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</td></tr><tr><td>Số: 12/TB-UBND</td><td>Đắk Lắk, ngày 02 tháng 9 năm 2021</td></tr></table>'),
    );
    expect(out.split('\n').filter(Boolean)).toEqual([
      'ỦY BAN NHÂN DÂN',
      'TỈNH ĐẮK LẮK',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 12/TB-UBND',
      'Đắk Lắk, ngày 02 tháng 9 năm 2021',
    ]);
  });

  it('decodes named and numeric entities', () => {
    expect(norm(page('<p>&Aacute;p d&#7909;ng &amp; th&#x1EF1;c hi&ecirc;&#803;n &ldquo;5K&rdquo;</p>'))).toBe('Áp dụng & thực hiện "5K"');
  });

  it('list items get the bullet a browser draws, unless they print their own marker', () => {
    const out = norm(page('<p>Nơi nhận:</p><ul><li>Như trên;</li><li>Lưu: VT.</li></ul><ol><li>Một</li><li>2. Hai</li></ol>'));
    expect(out).toContain('Nơi nhận:\n\n- Như trên;\n- Lưu: VT.');
    expect(out).toContain('1. Một');
    expect(out).toContain('2. Hai');
    expect(out).not.toContain('2. 2. Hai');
  });

  it('drops site navigation and footers, reporting them', () => {
    const r = runStep(html, page('<nav><a href="/">Trang chủ</a></nav><p>Nội dung</p><footer>Bản quyền</footer>'), 'html');
    expect(r.text).not.toContain('Trang chủ');
    expect(r.text).not.toContain('Bản quyền');
    expect(r.notes.map((n) => n.code)).toEqual(['normalize/chrome-dropped', 'normalize/chrome-dropped']);
  });

  it('white space is collapsed as a browser shows it', () => {
    expect(norm(page('<p>Thông báo\n   kết   luận</p>'))).toBe('Thông báo kết luận');
  });

  it('a lone "<" is text; an unclosed tag does not crash', () => {
    expect(norm(page('<p>a < b và c</p>'))).toBe('a < b và c');
    expect(() => norm('<html><body><p>Thông báo <b')).not.toThrow();
  });

  it('keeps offsets inside the page', () => {
    const src = page('<p>Số: 12/TB-UBND</p>');
    const r = runStep(html, src, 'html');
    const at = r.text.indexOf('Số');
    expect(src.slice(r.map!.toInput(at), r.map!.toInput(at) + 2)).toBe('Số');
  });
});
