// Two-column blocks (Nghị định 30/2020/NĐ-CP, Phụ lục I) flattened onto one line: each field on its own line.
import { describe, expect, it } from 'vitest';
import { columns } from '../../../src/normalize/layout/columns.js';
import { norm, runStep } from '../helpers.js';

const lines = (s: string) => norm(s).split('\n').filter(Boolean);

describe('columns: the header', () => {
  it('OCR with single spaces (corpus/009)', () => {
    const src =
      'ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nHUYỆN KRÔNG NÔ Độc lập - Tự do - Hạnh phúc\nSố: 2 /TB-UBND Krông Nô, ngày 14 tháng 6 năm 2019\nTHÔNG BÁO\n';
    expect(lines(src)).toEqual([
      'ỦY BAN NHÂN DÂN',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'HUYỆN KRÔNG NÔ',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 2 /TB-UBND',
      'Krông Nô, ngày 14 tháng 6 năm 2019',
      'THÔNG BÁO',
    ]);
  });

  it('OCR damage in the motto is tolerated (and repaired)', () => {
    expect(lines('HỘI ĐỒNG NHÂN DÂN CỘNG HOÀ XÃ HỌI CHỦ NGHĨA VIỆT NAM\nHUYỆN KRÔNG NÔ Độc lập - Tự do - Hanh phúc')).toEqual([
      'HỘI ĐỒNG NHÂN DÂN',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'HUYỆN KRÔNG NÔ',
      'Độc lập - Tự do - Hạnh phúc',
    ]);
  });

  it('wide gaps between the columns', () => {
    expect(lines('UBND TỈNH ĐẮK LẮK        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nVĂN PHÒNG          Độc lập - Tự do - Hạnh phúc')).toEqual([
      'UBND TỈNH ĐẮK LẮK',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'VĂN PHÒNG',
      'Độc lập - Tự do - Hạnh phúc',
    ]);
  });

  it.each([
    ['Số: 4/  /TB-HĐND Krông Nô. ngày O2 tháng 6 năm 2019', ['Số: 4/ /TB-HĐND', 'Krông Nô. ngày O2 tháng 6 năm 2019']],
    ['Số...“F9. ./TB/ STNMT-VPĐKĐĐ Đắk Nông, ngày 44. tháng 6 năm 2019', ['Số..."F9. ./TB/ STNMT-VPĐKĐĐ', 'Đắk Nông, ngày 44. tháng 6 năm 2019']],
    ['Số: # /CĐĐ-UBND Đắk R lấp, ngày |} tháng ® năm 2019', ['Số: # /CĐĐ-UBND', 'Đắk R lấp, ngày |} tháng ® năm 2019']],
    ['Số: 12/UBND-VX TP. Hồ Chí Minh, ngày 3 tháng 2 năm 2024', ['Số: 12/UBND-VX', 'TP. Hồ Chí Minh, ngày 3 tháng 2 năm 2024']],
    ['Số 469-CV/TU Thanh Hóa, ngày 25 tháng 11 năm 2021', ['Số 469-CV/TU', 'Thanh Hóa, ngày 25 tháng 11 năm 2021']],
    ['Số: 2739/VPCP-ĐMDN V/v quy định về quản trị doanh nghiệp', ['Số: 2739/VPCP-ĐMDN', 'V/v quy định về quản trị doanh nghiệp']],
    ['Hà Nội, ngày 05 tháng 04 năm 2019 Kính gửi: Bộ Kế hoạch và Đầu tư.', ['Hà Nội, ngày 05 tháng 04 năm 2019', 'Kính gửi: Bộ Kế hoạch và Đầu tư.']],
  ])('%j', (input, expected) => {
    expect(lines(`ỦY BAN NHÂN DÂN\n${input}`).slice(1)).toEqual(expected);
  });

  it('a number line alone is left alone', () => {
    expect(runStep(columns, 'ỦY BAN NHÂN DÂN\nSố: 125/TB-VPUBND\n').text).toBe('ỦY BAN NHÂN DÂN\nSố: 125/TB-VPUBND\n');
  });

  it('never splits body text', () => {
    const body = 'Ngày 13/6/2019, UBND huyện tổ chức Hội nghị đánh giá tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2019.\n';
    const text = `ỦY BAN NHÂN DÂN\n${body}Các cơ quan thực hiện theo Công văn số 12/UBND    Hà Nội, ngày 3/2 và Kính gửi: các sở.\n`;
    expect(runStep(columns, text).text).toBe(text);
  });
});

describe('columns: the closing block', () => {
  it('"Nơi nhận" with the signer beside it (corpus/009, 050)', () => {
    expect(lines('x\n\nNơi nhận: TL. CHỦ TỊCH\n- CT, các PCT UBND huyện: CHÁNH VĂN PHÒNG\n- Các cơ quan, đơn vị thuộc UBND huyện;')).toEqual([
      'x',
      'Nơi nhận:',
      'TL. CHỦ TỊCH',
      '- CT, các PCT UBND huyện:',
      'CHÁNH VĂN PHÒNG',
      '- Các cơ quan, đơn vị thuộc UBND huyện;',
    ]);
    expect(lines('x\n\nNơi nhận: GIÁM ĐỐC\n- UBND tỉnh;')).toEqual(['x', 'Nơi nhận:', 'GIÁM ĐỐC', '- UBND tỉnh;']);
  });

  it('recipient lines with capitals that are not a position stay whole', () => {
    expect(lines('x\n\nNơi nhận:\n- Các Bộ: TC, XD, NV, GDĐT;\n- UBND huyện; HĐND HUYỆN')).toEqual([
      'x',
      'Nơi nhận:',
      '- Các Bộ: TC, XD, NV, GDĐT;',
      '- UBND huyện; HĐND HUYỆN',
    ]);
  });
});
