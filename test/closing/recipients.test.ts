import { describe, expect, it } from 'vitest';
import { cleanNoisy } from './noise-helper.js';
import { parse } from '../header/helpers.js';
import { isJunk } from '../../src/closing/noise.js';

const HEAD = ['Số: 12/TB-UBND', 'Đắk Lắk, ngày 3 tháng 02 năm 2021', 'THÔNG BÁO', 'Về việc nghỉ lễ', '', 'Các đơn vị thực hiện nghiêm túc./.', ''];
const SIGN = ['', 'KT. CHÁNH VĂN PHÒNG', 'PHÓ CHÁNH VĂN PHÒNG', '', 'Nguyễn Đức Vinh'];

describe('recipients: one per "Nơi nhận" line', () => {
  it('keeps notes, drops bullets and final separators, marks the archive copy', () => {
    const r = parse(...HEAD, 'Nơi nhận:', '', '- TT: Tỉnh ủy, HĐND tỉnh; } (để b/c)', '- Các Sở: Y tế; GTVT;', '- Công an tỉnh; BCHQS tỉnh;', '- Lưu: VT, KGVX (Ng.10b).', ...SIGN);
    expect(r.recipients.map((x) => [x.text, x.archive ?? false])).toEqual([
      ['TT: Tỉnh ủy, HĐND tỉnh; } (để b/c)', false],
      ['Các Sở: Y tế; GTVT', false],
      ['Công an tỉnh; BCHQS tỉnh', false],
      ['Lưu: VT, KGVX (Ng.10b)', true],
    ]);
    for (const x of r.recipients) expect(r.text.slice(x.span.start, x.span.end)).toBe(x.text);
    expect(r.signer!.name).toBe('Nguyễn Đức Vinh');
  });

  it('joins a wrapped recipient line to its item', () => {
    const r = parse(...HEAD, 'Nơi nhận:', '- VPCP: BTCN, các PCN, Cổng TTĐTCP,', 'Thư ký của PTTgCP Mai Văn Chính;', 'các Vụ: CN, KTTH;', '- Lưu: VT, QHĐP (2b)Q.Cường.', ...SIGN);
    expect(r.recipients.map((x) => x.text)).toEqual(['VPCP: BTCN, các PCN, Cổng TTĐTCP, Thư ký của PTTgCP Mai Văn Chính; các Vụ: CN, KTTH', 'Lưu: VT, QHĐP (2b)Q.Cường']);
  });

  it('reads "Nơi nhận" split over two lines and items separated by blank lines', () => {
    const r = parse(...HEAD, 'Nơi', 'nhận:', '- Như trên:', '', '- TT Huyện ủy;', '', '- Lưu: VT.');
    expect(r.recipients.map((x) => x.text)).toEqual(['Như trên', 'TT Huyện ủy', 'Lưu: VT']);
  });

  it('names the agencies whose mentions fall inside each line (found by the agencies stage)', () => {
    const r = parse(...HEAD, 'Nơi nhận:', '- Các Sở: Y tế; GTVT;', '- Công an tỉnh;', '- Lưu: VT.', ...SIGN);
    expect(r.recipients.map((x) => x.agencies)).toEqual([['Sở Y tế', 'Sở Giao thông vận tải'], ['Công an tỉnh'], []]);
  });

  it('cuts the signing column out of a scan that merged it into the recipients', () => {
    const r = parse(
      ...HEAD,
      "'Vơi nhận: TL. CHỦ TỊCH",
      '- CT, các PCT UBND huyện: CHÁNH VĂN PHÒNG',
      '- Các cơ quan, đơn vị thuộc UBND huyện; m.',
      '- Chi cục Thuế; Hạt Kiểm lâm: NV Á ) | /',
      '- Công an huyện; Wfongno(@dakfong.so | NI 2 se',
      '- Lưu: VT. » "18.06.2019 16:33:44" +07:00',
      '',
      'Cao Văn Tính',
    );
    expect(r.signer).toMatchObject({ authorities: ['TL. CHỦ TỊCH'], position: 'CHÁNH VĂN PHÒNG', name: 'Cao Văn Tính' });
    expect(r.recipients.map((x) => x.text)).toEqual(['CT, các PCT UBND huyện', 'Các cơ quan, đơn vị thuộc UBND huyện', 'Chi cục Thuế; Hạt Kiểm lâm', 'Công an huyện', 'Lưu: VT']);
  });

  it('gives no recipients when there is no "Nơi nhận" block ("Kính gửi" addressees are not recipients)', () => {
    const r = parse('Số: 4240/UBND-VX', 'V/v cập nhật', 'Hà Nội, ngày 3 tháng 02 năm 2021', '', 'Kính gửi:', '- Sở Nội vụ;', '- Sở Tài chính.', '', 'Các đơn vị thực hiện./.', ...SIGN);
    expect(r.recipients).toEqual([]);
  });
});

describe('scan noise', () => {
  it.each([['m.', true], ['»', true], ['+07:00', true], ['Á', true], ['s4', true], ['xxx', true], ['ANNGẵ', true], ['(3b).', false], ['VX1', false], ['H', false], ['VT.', false], ['huyện', false]] as const)(
    'isJunk(%s) = %s',
    (t, want) => expect(isJunk(t)).toBe(want),
  );
  it.each([
    ['Lãnh đạo Sở ( thay BC); Người ký: Sởi', false, 'Lãnh đạo Sở ( thay BC);'],
    ['UBND các huyện, thị xã s SỐ, n Ạ\\ simt@.daknopg.', false, 'UBND các huyện, thị xã'],
    ['Lưu: VT; TTKT (3b). 39', true, 'Lưu: VT; TTKT (3b).'],
    ['Như trên; = ` TRƯỞNG', false, 'Như trên;'],
  ] as const)('%s', (line, archive, want) => expect(cleanNoisy(line, archive)).toBe(want));
});
