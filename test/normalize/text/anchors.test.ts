// OCR repair of anchor words (src/vocabulary/anchors.ts), only at a line start or in the header.
import { describe, expect, it } from 'vitest';
import { anchors } from '../../../src/normalize/text/anchors.js';
import { canonicalInCase, tolerantSource } from '../../../src/vocabulary/anchors.js';
import { runStep } from '../helpers.js';

const HEADER = 'ỦY BAN NHÂN DÂN\nHUYỆN KRÔNG NÔ\n';
const BODY = '\nNgày 13/6/2019, UBND huyện tổ chức Hội nghị đánh giá tình hình thực hiện nhiệm vụ phát triển kinh tế.\n';

describe('anchors: repaired', () => {
  it.each([
    // header block
    [`${HEADER}CỌNG HOÀ XÃ HỌI CHỦ NGHĨA VIỆT NAM`, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
    [`${HEADER}Độc lập - Tự do - Hanh phúc`, 'Độc lập - Tự do - Hạnh phúc'],
    [`${HEADER}Độc lập-Tự do-Hạnh phúc`, 'Độc lập - Tự do - Hạnh phúc'],
    [`${HEADER}Sổ: 12/TB-UBND`, 'Số: 12/TB-UBND'],
    [`${HEADER}S6: 12/TB-UBND`, 'Số: 12/TB-UBND'],
    [`${HEADER}Só...12./TB-UBND`, 'Số...12./TB-UBND'],
    [`${HEADER}THONG BAO`, 'THÔNG BÁO'],
    [`${HEADER}THÔNG BẢO`, 'THÔNG BÁO'],
    [`${HEADER}CÔNG ĐIỆN KHÁN`, 'CÔNG ĐIỆN KHẨN'],
    [`${HEADER}QUYET DINH`, 'QUYẾT ĐỊNH'],
    // anywhere, at a line start
    [`${BODY}Noi nhận:\n- Như trên;`, 'Nơi nhận:'],
    [`${BODY}'Vơi nhận: TL. CHỦ TỊCH`, 'Nơi nhận:'],
    [`${BODY}Noi nhận:}`, 'Nơi nhận:'],
    [`${BODY}NOI NHAN:`, 'NƠI NHẬN:'],
    [`${BODY}Kinh gửi: Sở Y tế`, 'Kính gửi:'],
  ])('%j contains %j', (input, expected) => {
    const r = runStep(anchors, input);
    expect(r.text).toContain(expected);
    expect(r.notes.length).toBeGreaterThan(0);
    expect(r.notes[0].code).toBe('normalize/anchor-repaired');
    expect(r.notes[0].severity).toBe('info');
  });
});

describe('anchors: never rewritten', () => {
  it.each([
    // "Nơi xuất" is another word (corpus/033): not safe to repair
    `${BODY}Nơi xuất\n- Như trên:`,
    // running text that merely starts like an anchor
    `${BODY}Với nhận thức đó, các cơ quan cần chủ động.`,
    `${BODY}Nơi nhận hồ sơ: Bộ phận một cửa.`,
    `${HEADER}SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG`,
    `${HEADER}Sở Y tế tỉnh`,
    // a lower-case "số" is running text, even at a line start
    `${HEADER}số 4577 ngày 29/11/2021`,
    // the motto in running text, in lower case
    `${BODY}nước Cộng hòa xã hội chủ nghĩa Việt Nam là thành viên`,
    // the number anchor outside the header block
    `${HEADER}${BODY}${'Tiếp tục thực hiện các nhiệm vụ đã đề ra trong năm và báo cáo kết quả đầy đủ.\n'.repeat(3)}Sổ: sách theo dõi`,
    // a type word that is not alone on its line
    `${HEADER}THÔNG BẢO KẾT QUẢ`,
    // already right
    `${HEADER}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 12/TB-UBND\nTHÔNG BÁO${BODY}Nơi nhận:`,
  ])('%j', (input) => {
    const r = runStep(anchors, input);
    expect(r.text).toBe(input);
    expect(r.notes).toEqual([]);
  });
});

describe('anchor vocabulary', () => {
  it('tolerates any tone on a vowel of the same family, and Đ/D', () => {
    const re = new RegExp(`^${tolerantSource('Độc lập')}$`, 'iu');
    expect(re.test('Độc lập')).toBe(true);
    expect(re.test('Doc lap')).toBe(true);
    expect(re.test('Đọc lâp')).toBe(true);
    expect(re.test('Đốc lịp')).toBe(false); // i is not of the a family
  });
  it('writes the canonical form in the printed case, or nothing for capitals-only anchors in lower case', () => {
    expect(canonicalInCase('Nơi nhận', 'NOI NHAN')).toBe('NƠI NHẬN');
    expect(canonicalInCase('Nơi nhận', 'Noi nhận')).toBe('Nơi nhận');
    expect(canonicalInCase('THÔNG BÁO', 'Thông bao')).toBeNull();
  });
});
