import { describe, expect, it } from 'vitest';
import { isPersonName, namesPosition } from '../../src/closing/signer.js';
import { codes, evidence, parse } from '../header/helpers.js';

const HEAD = ['Số: 12/TB-UBND', 'Hà Nội, ngày 3 tháng 02 năm 2021', 'THÔNG BÁO', 'Về việc nghỉ lễ', '', 'Các đơn vị thực hiện nghiêm túc./.', ''];

describe('signer: authorities, position, name (Nghị định 30/2020/NĐ-CP, Điều 8)', () => {
  const table: [string, string[], { authorities: string[]; position: string | null; name: string | null }][] = [
    ['TL./KT. chain', ['TL. CHỦ TỊCH', 'KT. CHÁNH VĂN PHÒNG', 'PHÓ CHÁNH VĂN PHÒNG', '', 'Nguyễn Thị Hồng Tuyến'], { authorities: ['TL. CHỦ TỊCH', 'KT. CHÁNH VĂN PHÒNG'], position: 'PHÓ CHÁNH VĂN PHÒNG', name: 'Nguyễn Thị Hồng Tuyến' }],
    ['authority wrapped after its comma', ['KT. BỘ TRƯỞNG,', 'CHỦ NHIỆM', 'PHÓ CHỦ NHIỆM', 'Trịnh Mạnh Linh'], { authorities: ['KT. BỘ TRƯỞNG, CHỦ NHIỆM'], position: 'PHÓ CHỦ NHIỆM', name: 'Trịnh Mạnh Linh' }],
    ['bold markers', ['**TM. ỦY BAN NHÂN DÂN**', '**KT. CHỦ TỊCH**', '**PHÓ CHỦ TỊCH**', '', '**Nguyễn Mạnh Quyền**'], { authorities: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH'], position: 'PHÓ CHỦ TỊCH', name: 'Nguyễn Mạnh Quyền' }],
    ['T/M and K/T spellings', ['T/M BAN THƯỜNG VỤ', 'K/T BÍ THƯ', 'PHÓ BÍ THƯ', '', 'Lê Văn Hai'], { authorities: ['T/M BAN THƯỜNG VỤ', 'K/T BÍ THƯ'], position: 'PHÓ BÍ THƯ', name: 'Lê Văn Hai' }],
    ['no space after the dot, kept as printed; no position line', ['TM. THƯỜNG TRỰC HĐND', 'KT.CHỦ TỊCH', '', 'Nguyễn Văn Quốc'], { authorities: ['TM. THƯỜNG TRỰC HĐND', 'KT.CHỦ TỊCH'], position: null, name: 'Nguyễn Văn Quốc' }],
    ['head signing in own name', ['GIÁM ĐỐC', '', 'Đàm Quang Trung'], { authorities: [], position: 'GIÁM ĐỐC', name: 'Đàm Quang Trung' }],
  ];
  for (const [label, block, want] of table) {
    it(label, () => {
      const r = parse(...HEAD, ...block);
      expect(r.signer).toMatchObject(want);
      expect(evidence(r, r.signer!.span)).toContain(want.name ?? want.position ?? '');
    });
  }

  it('reads a signing block printed after the last recipient on one line', () => {
    const r = parse(...HEAD, 'Nơi nhận:', '- Như trên;', '- Lưu: VT, ĐMDN (2b). Trung Anh BỘ TRƯỞNG, CHỦ NHIỆM Mai Tiến Dũng');
    expect(r.signer).toMatchObject({ authorities: [], position: 'BỘ TRƯỞNG, CHỦ NHIỆM', name: 'Mai Tiến Dũng' });
    expect(r.recipients.map((x) => x.text)).toEqual(['Như trên', 'Lưu: VT, ĐMDN (2b). Trung Anh']);
  });

  it('reports a signer without a name', () => {
    const r = parse(...HEAD, 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', '(Đã ký)');
    expect(r.signer).toMatchObject({ authorities: ['KT. CHỦ TỊCH'], position: 'PHÓ CHỦ TỊCH', name: null });
    expect(codes(r)).toContain('closing/signer-without-name');
  });

  describe('is not a signer', () => {
    const none: [string, string[]][] = [
      ['a reporter\'s initials', ['B.T']],
      ['a reporter\'s name in capitals', ['MINH CHIẾN']],
      ['a photo credit', ['T.SỸ']],
      ['a heading in capitals', ['II. TỔ CHỨC THỰC HIỆN']],
    ];
    for (const [label, tail] of none) it(label, () => expect(parse(...HEAD, ...tail).signer).toBeNull());
    it('"Q." of a drafter\'s initial in a Lưu line', () => {
      const r = parse(...HEAD, 'Nơi nhận:', '- Như trên;', '- Lưu: VT, QHĐP (2b)Q.Cường.');
      expect(r.signer).toBeNull();
    });
  });
});

describe('name and position predicates', () => {
  it.each([['Nguyễn Đức Vinh', true], ['Hoàng Nam', true], ['suyen Văn Quốc', true], ['Dang! Ngọc Minh', true], ['Như trên', false], ['(Đã ký)', false], ['PHÓ CHỦ TỊCH', false], ['Thời gian ký: 16:33', false]] as const)(
    'isPersonName(%s) = %s',
    (s, want) => expect(isPersonName(s)).toBe(want),
  );
  it.each([['PHÓ CHÁNH VĂN PHÒNG', true], ['GIÁM ĐÓC', true], ['BỘ TRƯỞNG, CHỦ NHIỆM', true], ['MINH CHIẾN', false], ['THÔNG BÁO', false], ['GIÁM ĐỐCX', false], ['XGIÁM ĐỐC', false], ['ông Giám đốc Sở', true], ['CHỦ TỊCH,', true]] as const)(
    'namesPosition(%s) = %s',
    (s, want) => expect(namesPosition(s)).toBe(want),
  );
});

describe('signature notes', () => {
  it('reads a name followed by "(đã ký)"', () => {
    const r = parse(...HEAD, 'KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Lê Thị Mai (đã ký)');
    expect(r.signer).toMatchObject({ authorities: ['KT. GIÁM ĐỐC'], position: 'PHÓ GIÁM ĐỐC', name: 'Lê Thị Mai' });
  });
});
