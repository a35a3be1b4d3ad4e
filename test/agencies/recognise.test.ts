import { describe, expect, it } from 'vitest';
import { agencyScanOf } from '../../src/agencies/index.js';
import { parseNotice } from '../../src/index.js';
import { itFindsFirstMention, itFindsMentions, itFindsNot, names, run } from './helpers.js';

describe('abbreviations expand to canonical names, printed form kept in the mention', () => {
  const table: [string, string, string][] = [
    ['Giao UBND tỉnh chỉ đạo.', 'Ủy ban nhân dân tỉnh', 'UBND tỉnh'],
    ['báo cáo HĐND huyện.', 'Hội đồng nhân dân huyện', 'HĐND huyện'],
    ['Giao BCHQS tỉnh thực hiện.', 'Bộ Chỉ huy Quân sự tỉnh', 'BCHQS tỉnh'],
    ['Giao BCHQS huyện thực hiện.', 'Ban Chỉ huy Quân sự huyện', 'BCHQS huyện'],
    ['Giao Sở GTVT kiểm tra.', 'Sở Giao thông vận tải', 'Sở GTVT'],
    ['Giao Sở GD&ĐT hướng dẫn.', 'Sở Giáo dục và Đào tạo', 'Sở GD&ĐT'],
    ['Sở KH&ĐT tham mưu.', 'Sở Kế hoạch và Đầu tư', 'Sở KH&ĐT'],
    ['Sở TT&TT chủ trì.', 'Sở Thông tin và Truyền thông', 'Sở TT&TT'],
    ['theo Công văn của SYT.', 'Sở Y tế', 'SYT'],
    ['Trung tâm KSBT tỉnh lấy mẫu.', 'Trung tâm Kiểm soát bệnh tật tỉnh', 'Trung tâm KSBT tỉnh'],
    ['Giao TTYT huyện Krông Búk.', 'Trung tâm Y tế huyện Krông Búk', 'TTYT huyện Krông Búk'],
    ['BHXH tỉnh phối hợp.', 'Bảo hiểm xã hội tỉnh', 'BHXH tỉnh'],
    ['Ủy ban MTTQ tỉnh vận động.', 'Ủy ban Mặt trận Tổ quốc tỉnh', 'Ủy ban MTTQ tỉnh'],
    ['Giao VPUBND tỉnh theo dõi.', 'Văn phòng Ủy ban nhân dân tỉnh', 'VPUBND tỉnh'],
    ['- VPCP: BTCN;', 'Văn phòng Chính phủ', 'VPCP'],
    ['- Đài THVN, TTXVN;', 'Đài Truyền hình Việt Nam', 'Đài THVN'],
    ['Cổng TTĐTCP;', 'Cổng Thông tin điện tử Chính phủ', 'Cổng TTĐTCP'],
    ['BCĐ tỉnh họp.', 'Ban Chỉ đạo tỉnh', 'BCĐ tỉnh'],
    ['BĐBP tỉnh tuần tra.', 'Bộ đội Biên phòng tỉnh', 'BĐBP tỉnh'],
  ];
  it.each(table)('%s -> %s', (text, name, mention) => {
    const ctx = run(text);
    const a = ctx.findings.agencies.find((x) => x.name === name);
    expect(a, JSON.stringify(ctx.findings.agencies.map((x) => x.name))).toBeDefined();
    expect(a!.mentions[0].text).toBe(mention);
    expect(ctx.slice(a!.mentions[0].span)).toBe(mention);
  });
});

describe('tone placement, case and OCR damage', () => {
  const table: [string, string][] = [
    ['Uỷ ban nhân dân tỉnh chỉ đạo.', 'Ủy ban nhân dân tỉnh'],
    ['UỶ BAN NHÂN DÂN TỈNH QUẢNG TRỊ', 'Ủy ban nhân dân tỉnh Quảng Trị'],
    ['ủy ban nhân dân huyện báo cáo.', 'Ủy ban nhân dân huyện'],
    ['Thường trực Tỉnh uỷ.', 'Tỉnh ủy'],
    ['Sở Giao thông Vận tải kiểm soát.', 'Sở Giao thông vận tải'],
    ['giao Sở Công Thươngcó giải pháp', 'Sở Công Thương'],
    ['- Công TTĐT tỉnh;', 'Công Thông tin điện tử tỉnh'],
    ['Sở Tài chinh chủ trì', 'Sở Tài chính'],
  ];
  it.each(table)('%s -> %s', (text, name) => {
    expect(names(text)).toContain(name);
  });
  it('a mention is the slice of the normalised text, whose tones are new-style', () => {
    const r = parseNotice('Phó Bí thư Tỉnh uỷ.');
    expect(r.agencies[0].mentions[0].text).toBe('Tỉnh ủy');
    expect(r.text.slice(r.agencies[0].mentions[0].span.start, r.agencies[0].mentions[0].span.end)).toBe('Tỉnh ủy');
  });
});

describe('evidence: a mention text is exactly text.slice(span)', () => {
  const table: [string, string, string][] = [
    // A name hard-wrapped across a line keeps its line break in the mention.
    ['ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ', 'Ủy ban nhân dân tỉnh Quảng Trị', 'ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ'],
    ['giao Sở Y  tế chủ trì', 'Sở Y tế', 'Sở Y  tế'],
  ];
  it.each(table)('%j -> %s %j', (text, name, mention) => {
    const ctx = run(text);
    const a = ctx.findings.agencies.find((x) => x.name === name)!;
    expect(a.mentions[0].text).toBe(mention);
    for (const x of ctx.findings.agencies) for (const m of x.mentions) expect(ctx.text.slice(m.span.start, m.span.end)).toBe(m.text);
  });
  it('reads no name across "*" ("UBND tỉnh*ỦY BAN NHÂN DÂN")', () => {
    const ctx = run('của UBND tỉnh*ỦY BAN NHÂN DÂN');
    expect(ctx.findings.agencies.map((a) => a.name)).not.toContain('Tỉnh ủy');
    for (const x of ctx.findings.agencies) for (const m of x.mentions) expect(ctx.text.slice(m.span.start, m.span.end)).toBe(m.text);
  });
});

describe('levels, places and plural classes', () => {
  const table: [string, string][] = [
    ['tại trụ sở UBND huyện Krông Búk đồng chí', 'Ủy ban nhân dân huyện Krông Búk'],
    ['Thường trực Huyện ủy Krông Búk.', 'Huyện ủy Krông Búk'],
    ['UBND các huyện, thành phố chỉ đạo', 'Ủy ban nhân dân các huyện, thành phố'],
    ['Chủ tịch UBND các xã, thị trấn tích cực', 'Ủy ban nhân dân các xã, thị trấn'],
    ['Ủy ban nhân dân cấp xã phối hợp', 'Ủy ban nhân dân cấp xã'],
    ['Chủ tịch Ủy ban nhân dân các tỉnh, thành phố: Hà Tĩnh', 'Ủy ban nhân dân các tỉnh, thành phố'],
    ['Ủy ban nhân dân các xã, phường, đặc khu Cồn Cỏ triển khai', 'Ủy ban nhân dân các xã, phường, đặc khu Cồn Cỏ'],
    ['Công an tỉnh Đắk Lắk', 'Công an tỉnh Đắk Lắk'],
    ['Công an xã tuần tra', 'Công an xã'],
    ['Trạm Y tế xã Ia Rvê', 'Trạm Y tế xã Ia Rvê'],
    ['UBND huyện Đák R\'láp', "Ủy ban nhân dân huyện Đák R'láp"],
    ['Sở Y tế tỉnh Đắk Lắk', 'Sở Y tế tỉnh Đắk Lắk'],
    ['Ban Chỉ đạo phòng, chống dịch bệnh Covid-19 tỉnh;', 'Ban Chỉ đạo phòng, chống dịch bệnh Covid-19 tỉnh'],
    ['Ban Chỉ đạo Trung ương các Chương trình mục tiêu quốc gia giai đoạn 2021-2025', 'Ban Chỉ đạo Trung ương các Chương trình mục tiêu quốc gia giai đoạn 2021-2025'],
    ['Bệnh viện Đa khoa vùng Tây Nguyên;', 'Bệnh viện Đa khoa vùng Tây Nguyên'],
    ['Giám đốc Bệnh viện Phổi tỉnh;', 'Bệnh viện Phổi tỉnh'],
    ['Trưởng đoàn Kiểm tra số 02 theo', 'Đoàn Kiểm tra số 02'],
  ];
  it.each(table)('%s -> %s', (text, name) => {
    expect(names(text)).toContain(name);
  });
  it('"Sở Y tế tỉnh": the bare level word is not part of a Sở\'s name or mention', () => {
    const ctx = run('của Sở Nông nghiệp và PTNT tỉnh về tình hình');
    expect(ctx.findings.agencies[0].name).toBe('Sở Nông nghiệp và Phát triển nông thôn');
    expect(ctx.findings.agencies[0].mentions[0].text).toBe('Sở Nông nghiệp và PTNT');
  });
  it('a shared place: "Huyện ủy, UBND huyện Krông Búk", "Tỉnh ủy, HĐND, UBND tỉnh Đắk Lắk"', () => {
    expect(names('- Huyện ủy, UBND huyện Krông Búk;')).toEqual(['Huyện ủy Krông Búk', 'Ủy ban nhân dân huyện Krông Búk']);
    expect(names('- Tỉnh ủy, HĐND, UBND tỉnh Đắk Lắk;')).toEqual([
      'Tỉnh ủy Đắk Lắk',
      'Hội đồng nhân dân tỉnh Đắk Lắk',
      'Ủy ban nhân dân tỉnh Đắk Lắk',
    ]);
  });
  it('composite bodies: Văn phòng + body, Ban Thường vụ + party committee', () => {
    expect(names('Văn phòng UBND tỉnh thông báo')).toEqual(['Văn phòng Ủy ban nhân dân tỉnh']);
    expect(names('Ban Thường vụ Tỉnh ủy Đắk Lắk đã')).toEqual(['Ban Thường vụ Tỉnh ủy Đắk Lắk']);
    expect(names('Văn phòng Ban chỉ đạo phòng thủ dân sự quốc gia theo dõi')).toEqual(['Văn phòng Ban Chỉ đạo phòng thủ dân sự quốc gia']);
  });
});

describe('lists', () => {
  it('"Các Sở: Y tế; GTVT" -> two Sở', () => {
    const ctx = run('- Các Sở: Y tế; GTVT;\n- Công an tỉnh;');
    expect(ctx.findings.agencies.map((a) => [a.name, a.mentions.map((m) => m.text)])).toEqual([
      ['Sở Y tế', ['Y tế']],
      ['Sở Giao thông vận tải', ['GTVT']],
      ['Công an tỉnh', ['Công an tỉnh']],
    ]);
  });
  it('"các Bộ: Quốc phòng, Công an, Tài chính" -> three Bộ', () => {
    expect(names('nhất là các Bộ: Quốc phòng, Công an, Tài chính theo chức năng')).toEqual(['Bộ Quốc phòng', 'Bộ Công an', 'Bộ Tài chính']);
  });
  it('VPCP-style codes in "Các Bộ:" and "các Vụ:" lists', () => {
    expect(names('- Các Bộ: TC, XD, NV, GDĐT, NNMT, DTTG;')).toEqual([
      'Bộ Tài chính',
      'Bộ Xây dựng',
      'Bộ Nội vụ',
      'Bộ Giáo dục và Đào tạo',
      'Bộ Nông nghiệp và Môi trường',
      'Bộ Dân tộc và Tôn giáo',
    ]);
    expect(names('các Vụ: CN, KTTH, NN;')).toEqual(['Vụ Công nghiệp', 'Vụ Kinh tế tổng hợp', 'Vụ Nông nghiệp']);
  });
  it('"Sở Tài chính, Sở Y tế, Sở Kế hoạch và Đầu tư" -> three', () => {
    expect(names('chỉ đạo Sở Tài chính, Sở Y tế, Sở Kế hoạch và Đầu tư tham mưu')).toEqual(['Sở Tài chính', 'Sở Y tế', 'Sở Kế hoạch và Đầu tư']);
  });
});

describe('merging', () => {
  it('one body in several forms is one agency, first mention first', () => {
    const ctx = run('Ủy ban nhân dân tỉnh Đắk Lắk chỉ đạo. UBND tỉnh yêu cầu. Báo cáo UBND tỉnh Đắk Lắk.');
    expect(ctx.findings.agencies).toHaveLength(1);
    expect(ctx.findings.agencies[0].name).toBe('Ủy ban nhân dân tỉnh Đắk Lắk');
    expect(ctx.findings.agencies[0].mentions.map((m) => m.text)).toEqual(['Ủy ban nhân dân tỉnh Đắk Lắk', 'UBND tỉnh', 'UBND tỉnh Đắk Lắk']);
  });
  it('CDC joins Trung tâm Kiểm soát bệnh tật tỉnh', () => {
    expect(names('Trung tâm Kiểm soát bệnh tật tỉnh và CDC')).toEqual(['Trung tâm Kiểm soát bệnh tật tỉnh']);
  });
  it('Ban Chỉ đạo: short forms join the full name; the plural class stays apart', () => {
    const ctx = run(
      'Trưởng ban chỉ đạo tỉnh; giao ban Ban chỉ đạo phòng chống dịch Covid-19. Thành viên Ban chỉ đạo phòng, chống dịch bệnh Covid-19 tỉnh; Ban chỉ đạo phòng, chống dịch bệnh Covid-19 các huyện, thành phố.',
    );
    expect(ctx.findings.agencies.map((a) => [a.name, a.mentions.length])).toEqual([
      ['Ban Chỉ đạo phòng, chống dịch bệnh Covid-19 tỉnh', 3],
      ['Ban Chỉ đạo phòng, chống dịch bệnh Covid-19 các huyện, thành phố', 1],
    ]);
  });
  it('open names by initials: "Công ty CP ... PTĐT" = "Công ty Cổ phần ... Phát triển Đô thị"', () => {
    const ctx = run('Đề nghị Công ty Cổ phần Cấp nước và Phát triển Đô thị tỉnh Đăk Nông: Cử cán bộ.\n\n- Công ty CP Cấp nước và PTĐT Đăk Nông:');
    expect(ctx.findings.agencies.map((a) => a.name)).toEqual(['Công ty Cổ phần Cấp nước và Phát triển Đô thị tỉnh Đăk Nông']);
    expect(ctx.findings.agencies[0].mentions).toHaveLength(2);
  });
  it('"Đoàn Kiểm tra số 02" = "Đoàn Kiểm tra số 2"', () => {
    expect(names('Trưởng đoàn Kiểm tra số 02 theo. Trưởng Đoàn Kiểm tra số 2 tại')).toEqual(['Đoàn Kiểm tra số 02']);
  });
});

describe('implied province (added field place)', () => {
  it('a provincial body without a printed place takes the header province, name unchanged', () => {
    const ctx = run('Giao Sở Y tế chủ trì. UBND huyện Krông Búk báo cáo.', {
      issuer: { name: 'Văn phòng', parent: 'UBND tỉnh Đắk Lắk', span: { start: 0, end: 0 } },
      place: { name: 'Đắk Lắk', span: { start: 0, end: 0 } },
    });
    const [so, huyen] = ctx.findings.agencies;
    const places = agencyScanOf(ctx)!.places;
    expect(so.name).toBe('Sở Y tế');
    expect(places.get(so.name)).toEqual({ name: 'Đắk Lắk', implied: true });
    expect(places.get(huyen.name)).toEqual({ name: 'Krông Búk', implied: false });
    expect(so.place).toEqual({ name: 'Đắk Lắk', implied: true });
    expect(huyen.place).toEqual({ name: 'Krông Búk', implied: false });
  });
  it('no implied province for a central issuer', () => {
    const ctx = run('Giao Sở Y tế chủ trì.', { issuer: { name: 'Văn phòng Chính phủ', parent: null, span: { start: 0, end: 0 } } });
    expect(agencyScanOf(ctx)!.places.get('Sở Y tế')).toBeUndefined();
  });
});

describe('not agencies', () => {
  const negatives: string[] = [
    'các sở, ban, ngành, đoàn thể',
    'cơ quan, đơn vị liên quan',
    'các địa phương',
    'cán bộ y tế tuyến đầu',
    'cơ sở y tế trên địa bàn',
    'công tác phòng, chống dịch',
    'tình hình dịch bệnh',
    'chính sách bảo hiểm xã hội',
    'lực lượng công an',
    'đang triển khai thực hiện',
    'chủ trương của Đảng, Luật, Nghị quyết',
    'theo Công văn số 8144/UBND-KGVX ngày 26/8/2021',
    'Số: 125/TB-VPUBND',
    'ngành công thương và các địa phương',
    'cục bộ có nơi trên 200mm',
    'nhiệm vụ trọng tâm',
    'Công ty cổ phần',
    'Ban Tổ chức hội nghị',
  ];
  it.each(negatives)('%s', (text) => {
    expect(names(text)).toEqual([]);
  });
  it('a position names its body, not a person: "Chủ tịch UBND tỉnh" -> UBND tỉnh', () => {
    const ctx = run('đồng chí Nguyễn Tuấn Hà - Phó Chủ tịch Thường trực UBND tỉnh');
    expect(ctx.findings.agencies.map((a) => [a.name, a.mentions[0].text])).toEqual([['Ủy ban nhân dân tỉnh', 'UBND tỉnh']]);
  });
  it('"Thủ tướng Chính phủ" mentions Chính phủ; "CP" only after Thủ tướng', () => {
    expect(names('Thủ tướng, các Phó Thủ tướng CP;')).toEqual(['Chính phủ']);
    expect(names('Công ty CP Becamex')).toEqual(['Công ty CP Becamex']);
  });
});

describe('Party organisations inside a body, and plural classes of Party committees', () => {
  const table: [string, string, string][] = [
    ['Ban Cán sự đảng UBND tỉnh lãnh đạo UBND tỉnh.', 'Ban Cán sự đảng Ủy ban nhân dân tỉnh', 'Ban Cán sự đảng UBND tỉnh'],
    ['Đảng đoàn HĐND tỉnh chỉ đạo.', 'Đảng đoàn Hội đồng nhân dân tỉnh', 'Đảng đoàn HĐND tỉnh'],
    ['Bí thư các huyện, thị, thành ủy chỉ đạo.', 'Các huyện, thị, thành ủy', 'các huyện, thị, thành ủy'],
    ['các huyện ủy, thị ủy, thành ủy triển khai.', 'Các huyện ủy, thị ủy, thành ủy', 'các huyện ủy, thị ủy, thành ủy'],
    ['Ban Thường vụ các tỉnh ủy, thành ủy lãnh đạo.', 'Ban Thường vụ các tỉnh ủy, thành ủy', 'Ban Thường vụ các tỉnh ủy, thành ủy'],
  ];
  itFindsMentions(table);
  it('a plural class is one agency, not its last member ("thành ủy")', () => {
    expect(names('Bí thư các huyện, thị, thành ủy chỉ đạo.')).toEqual(['Các huyện, thị, thành ủy']);
  });
  const negatives: [string, string][] = [
    // "Ban Cán sự đảng" alone is the kind of organisation, not one.
    ['thành lập Ban Cán sự đảng theo quy định.', 'Ban Cán sự đảng'],
    ['ban cán sự đảng UBND tỉnh', 'Ban Cán sự đảng Ủy ban nhân dân tỉnh'],
  ];
  itFindsNot(negatives);
});

describe('a generic level is not an agency; a bare Mặt trận Tổ quốc is', () => {
  it('"UBND các cấp", "HĐND các cấp" name no body', () => {
    expect(names('Chủ tịch UBND các cấp, Thường trực HĐND các cấp chịu trách nhiệm.')).toEqual([]);
  });
  it('"Mặt trận Tổ quốc" without a level', () => {
    expect(names('các cấp ủy đảng, chính quyền, Mặt trận Tổ quốc, các đoàn thể')).toEqual(['Mặt trận Tổ quốc']);
  });
  it('"mặt trận" in lower case is a common noun', () => {
    expect(names('trên mặt trận tư tưởng')).toEqual([]);
  });
});

describe('"của" + level qualifies the body before it', () => {
  const table: [string, string, string][] = [
    ['Ban Chỉ đạo phòng, chống dịch Covid-19 của huyện tăng cường theo dõi.', 'Ban Chỉ đạo phòng, chống dịch Covid-19 huyện', 'Ban Chỉ đạo phòng, chống dịch Covid-19 của huyện'],
    ['Ủy ban nhân dân của xã Ea Tu báo cáo.', 'Ủy ban nhân dân xã Ea Tu', 'Ủy ban nhân dân của xã Ea Tu'],
    // Shared by coordinated heads: the name takes the level, the mention stays as printed.
    ['biểu dương Uỷ ban nhân dân và các lực lượng của các huyện, thành phố đã kịp thời', 'Ủy ban nhân dân các huyện, thành phố', 'Ủy ban nhân dân'],
  ];
  itFindsMentions(table);
  const negatives: [string, string][] = [
    // A plural after "của" describes bodies in general (law texts).
    ['Chủ tịch Ủy ban nhân dân của các tỉnh, thành phố trực thuộc trung ương', 'Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương'],
    // A body whose level is required is not made from a common noun by "của".
    ['chế độ bảo hiểm xã hội của tỉnh', 'Bảo hiểm xã hội tỉnh'],
    // Capitalised words between "và" and "của" are a body of their own.
    ['Ủy ban nhân dân và Sở Y tế của tỉnh', 'Ủy ban nhân dân tỉnh'],
  ];
  itFindsNot(negatives);
});

describe('coordinated prefixes share the body after them', () => {
  it('"CVP, PCVP UBND tỉnh" is the office of the UBND (one mention from the first)', () => {
    const ctx = run('- CVP, PCVP UBND tỉnh;');
    expect(ctx.findings.agencies.map((a) => [a.name, a.mentions.map((m) => m.text)])).toEqual([['Văn phòng Ủy ban nhân dân tỉnh', ['CVP, PCVP UBND tỉnh']]]);
  });
  it('"CVP" alone is no body', () => {
    expect(names('- CVP, PCVP;')).toEqual([]);
  });
});

describe('standing bodies, service centres, rangers, radio, land offices', () => {
  itFindsMentions([
    ['báo cáo Thường trực HĐND huyện.', 'Thường trực Hội đồng nhân dân huyện', 'Thường trực HĐND huyện'],
    ['- BTT UBMTTQVN huyện;', 'Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam huyện', 'BTT UBMTTQVN huyện'],
    ['giao Trung tâm dịch vụ kỹ thuật nông nghiệp hướng dẫn', 'Trung tâm Dịch vụ kỹ thuật nông nghiệp', 'Trung tâm dịch vụ kỹ thuật nông nghiệp'],
    ['Trung tâm Phục vụ hành chính công tỉnh tiếp nhận hồ sơ.', 'Trung tâm Phục vụ hành chính công tỉnh', 'Trung tâm Phục vụ hành chính công tỉnh'],
    ['Trung tâm Chuyển đổi số Thành phố phối hợp', 'Trung tâm Chuyển đổi số thành phố', 'Trung tâm Chuyển đổi số Thành phố'],
    ['phối hợp Hạt Kiểm lâm kiểm tra', 'Hạt Kiểm lâm', 'Hạt Kiểm lâm'],
    ['Đài truyền thanh huyện tuyên truyền.', 'Đài Truyền thanh huyện', 'Đài truyền thanh huyện'],
    ['Văn phòng Đăng ký đất đai tỉnh Đắk Nông cập nhật', 'Văn phòng Đăng ký đất đai tỉnh Đắk Nông', 'Văn phòng Đăng ký đất đai tỉnh Đắk Nông'],
    ['Chi nhánh Văn phòng Đăng ký đất đai các huyện, thị xã cập nhật', 'Chi nhánh Văn phòng Đăng ký đất đai các huyện, thị xã', 'Chi nhánh Văn phòng Đăng ký đất đai các huyện, thị xã'],
    ['ý kiến của Thường trực HDND huyện', 'Thường trực Hội đồng nhân dân huyện', 'Thường trực HDND huyện'],
  ]);
  itFindsNot([
    // A position, whose body is the UBND: "Phó Chủ tịch Thường trực UBND tỉnh".
    ['đồng chí Phó Chủ tịch Thường trực UBND tỉnh chủ trì', 'Thường trực Ủy ban nhân dân tỉnh'],
    ['Phó Bí thư Thường trực Tỉnh ủy', 'Thường trực Tỉnh ủy'],
    // The standing members of a Party committee are read as the committee.
    ['làm việc với Thường trực Huyện ủy Krông Búk', 'Thường trực Huyện ủy Krông Búk'],
    // "Trung tâm" + a lower-case word that is no known service is a common noun phrase.
    ['là trung tâm kinh tế của vùng', 'Trung tâm kinh tế'],
    ['tại Trung tâm thị trấn', 'Trung tâm thị trấn'],
    // A district's rangers do not take a commune's place from the body after them.
    ['Hạt Kiểm lâm, UBND xã Đức Xuyên kiểm tra', 'Hạt Kiểm lâm xã Đức Xuyên'],
  ]);
});

describe('home unit: bare bodies of a commune or district document (home.ts)', () => {
  const issuer = (name: string, text: string) => ({ issuer: { name, parent: null, span: { start: 0, end: text.indexOf('\n') } } });
  const placeOf = (text: string, doc: object, name: string) => run(text, doc).findings.agencies.find((a) => a.name === name) as { place?: { name: string; implied: boolean } } | undefined;

  const positives: [string, string, string, string[]][] = [
    [
      'a news item about one commune (no header): its bodies printed bare',
      'Làm việc với Ban Thường vụ Đảng ủy, UBND thị trấn Liên Hương. Dự có Bí thư Đảng ủy, Chủ tịch Ủy ban Mặt trận Tổ quốc, Trưởng Công an.',
      '',
      ['Đảng ủy thị trấn Liên Hương', 'Ủy ban Mặt trận Tổ quốc thị trấn Liên Hương', 'Công an thị trấn Liên Hương', 'Ủy ban nhân dân thị trấn Liên Hương'],
    ],
    ['a commune issuer', 'ỦY BAN NHÂN DÂN XÃ EA TUL\nGiao Công an phối hợp với Đảng ủy.', 'Ủy ban nhân dân xã Ea Tul', ['Công an xã Ea Tul', 'Đảng ủy xã Ea Tul']],
    [
      "a district issuer: its own body takes the place, other bodies the level",
      'ỦY BAN NHÂN DÂN HUYỆN KRÔNG NÔ\nGiao Công an phối hợp, UBND huyện theo dõi.',
      'Ủy ban nhân dân huyện Krông Nô',
      ['Ủy ban nhân dân huyện Krông Nô', 'Công an huyện'],
    ],
  ];
  it.each(positives)('%s', (_, text, issuerName, expected) => {
    const doc = issuerName ? issuer(issuerName, text) : {};
    const got = names(text, doc);
    for (const n of expected) expect(got, JSON.stringify(got)).toContain(n);
  });
  it('the home place is implied', () => {
    const text = 'ỦY BAN NHÂN DÂN XÃ EA TUL\nGiao Công an phối hợp với Đảng ủy.';
    expect(placeOf(text, issuer('Ủy ban nhân dân xã Ea Tul', text), 'Đảng ủy xã Ea Tul')?.place).toEqual({ name: 'Ea Tul', implied: true });
  });
  it('the district issuer\'s "UBND huyện" and its header are one agency', () => {
    const text = 'ỦY BAN NHÂN DÂN HUYỆN KRÔNG NÔ\nGiao UBND huyện theo dõi.';
    const a = run(text, issuer('Ủy ban nhân dân huyện Krông Nô', text)).findings.agencies.filter((x) => x.kind === 'ubnd');
    expect(a.map((x) => [x.name, x.mentions.length])).toEqual([['Ủy ban nhân dân huyện Krông Nô', 2]]);
  });

  const negatives: [string, string, string][] = [
    ['a provincial document: its bare "Công an" is not the commune\'s', 'ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK\nGiao Trưởng Công an phối hợp với UBND xã Ea Tul.', 'Ủy ban nhân dân tỉnh Đắk Lắk'],
    ['a province-level city is no home', 'ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH\nGiao Trưởng Công an phối hợp.', 'Ủy ban nhân dân thành phố Hồ Chí Minh'],
    ['no header and two communes: no home', 'UBND xã Ea Tul và UBND xã Ea Pốk họp; Trưởng Công an báo cáo.', ''],
    ['the people\'s police force is no body', 'ỦY BAN NHÂN DÂN XÃ EA TUL\nlực lượng Công an nhân dân tham gia.', 'Ủy ban nhân dân xã Ea Tul'],
    ['lower-case "công an" is no body', 'ỦY BAN NHÂN DÂN XÃ EA TUL\ncán bộ công an tham gia.', 'Ủy ban nhân dân xã Ea Tul'],
  ];
  it.each(negatives)('%s', (_, text, issuerName) => {
    const got = names(text, issuerName ? issuer(issuerName, text) : {});
    expect(got.filter((n) => n.startsWith('Công an')), JSON.stringify(got)).toEqual([]);
  });
  it('a district document\'s bare "Đảng ủy" is not the district\'s (its committee is the Huyện ủy)', () => {
    const text = 'ỦY BAN NHÂN DÂN HUYỆN KRÔNG NÔ\nBí thư Đảng ủy dự họp.';
    expect(names(text, issuer('Ủy ban nhân dân huyện Krông Nô', text))).toContain('Đảng ủy');
  });
});

describe('shared classes and levels, split symbols, lower-case known names', () => {
  const table: [string, string, string][] = [
    ['Mặt trận, các đoàn thể huyện quan tâm hỗ trợ.', 'Ủy ban Mặt trận Tổ quốc huyện', 'Mặt trận'],
    ['Ủy ban MTTQ và các đoàn thể chính trị - xã hội tỉnh vận động.', 'Ủy ban Mặt trận Tổ quốc tỉnh', 'Ủy ban MTTQ'],
    ['phối hợp Tổ kiểm soát lưu động huyện tuần tra.', 'Tổ kiểm soát lưu động huyện', 'Tổ kiểm soát lưu động huyện'],
    ['Đồn Biên phòng cửa khẩu Cảng Liên Hương tham gia.', 'Đồn Biên phòng cửa khẩu Cảng Liên Hương', 'Đồn Biên phòng cửa khẩu Cảng Liên Hương'],
    ['phối hợp với UBND xã/thị trấn đăng ký.', 'Ủy ban nhân dân các xã, thị trấn', 'UBND xã/thị trấn'],
    ['Giao phòng Y tế phối hợp Đảng ủy, UBND các xã, thị trấn chỉ đạo.', 'Đảng ủy các xã, thị trấn', 'Đảng ủy'],
    ['Bí thư Đảng ủy và Chủ tịch UBND các xã, thị trấn dự họp.', 'Đảng ủy các xã, thị trấn', 'Đảng ủy'],
    ['UBND huyện đề nghị với UBND tinh không gia hạn.', 'Ủy ban nhân dân tỉnh', 'UBND tinh'],
  ];
  itFindsFirstMention(table);
  itFindsNot([
    ['trên mặt trận kinh tế, các đoàn thể huyện tham gia.', 'Ủy ban Mặt trận Tổ quốc huyện'],
    ['Mặt trận hoạt động.', 'Ủy ban Mặt trận Tổ quốc'],
    ['Giao Sở Y tế, UBND các huyện thực hiện.', 'Sở Y tế các huyện'],
    ['theo Kế hoạch số 44/KH-\nUBND ngày 26/02/2019.', 'Ủy ban nhân dân'],
    ['UBND tình hình ổn định.', 'Ủy ban nhân dân tỉnh'],
  ]);
});

describe('Party organisations of a body, nested', () => {
  it('"Ban Thường vụ Đảng ủy UBND tỉnh" is the standing committee of the UBND\'s Đảng ủy', () => {
    expect(names('Giao Ban Thường vụ Đảng ủy UBND tỉnh chỉ đạo.')).toEqual(['Ban Thường vụ Đảng ủy Ủy ban nhân dân tỉnh']);
    expect(names('Giao Ban Thường vụ Đảng ủy Quốc hội chỉ đạo.')).toEqual(['Ban Thường vụ Đảng ủy Quốc hội']);
  });
  it('"Đảng bộ UBND tỉnh" is the Party organisation of the UBND; "Đảng bộ" alone is none', () => {
    expect(names('kể từ khi thành lập Đảng bộ UBND tỉnh.')).toEqual(['Đảng bộ Ủy ban nhân dân tỉnh']);
    expect(names('Đảng bộ, chính quyền và nhân dân.')).toEqual([]);
  });
  it('a bare "Đảng ủy" is the only Đảng ủy of a named body', () => {
    const a = run('Đảng ủy, Ban Thường vụ Đảng ủy UBND tỉnh đã lãnh đạo. Đề nghị Đảng ủy UBND tỉnh tiếp tục.').findings.agencies;
    expect(a.find((x) => x.name === 'Đảng ủy Ủy ban nhân dân tỉnh')?.mentions.map((m) => m.text)).toEqual(['Đảng ủy', 'Đảng ủy UBND tỉnh']);
    expect(a.map((x) => x.name)).not.toContain('Đảng ủy');
  });
  it('with two such bodies, a bare "Đảng ủy" stays apart', () => {
    expect(names('Đảng ủy họp. Đảng ủy UBND tỉnh và Đảng ủy Công an tỉnh dự.')).toContain('Đảng ủy');
  });
});

describe('plural classes: dashes and slashes, fields keep the class, 2025 tax offices', () => {
  const table: [string, string, string][] = [
    ['liên hệ Chi nhánh Văn phòng Đăng ký đất đai các huyện- thị xã (nơi gần nhất)', 'Chi nhánh Văn phòng Đăng ký đất đai các huyện, thị xã', 'Chi nhánh Văn phòng Đăng ký đất đai các huyện- thị xã'],
    ['- Chi nhánh VPĐKĐĐ các huyện, thị xã.', 'Chi nhánh Văn phòng Đăng ký đất đai các huyện, thị xã', 'Chi nhánh VPĐKĐĐ các huyện, thị xã'],
    ['- Phòng TN&MT các huyện, thị xã (phối hợp);', 'Phòng Tài nguyên và Môi trường các huyện, thị xã', 'Phòng TN&MT các huyện, thị xã'],
    ['- UBND các xã/phường;', 'Ủy ban nhân dân các xã, phường', 'UBND các xã/phường'],
    ['- Thuế các tỉnh/thành phố (để biết);', 'Thuế các tỉnh, thành phố', 'Thuế các tỉnh/thành phố'],
    ['- Các Thuế cơ sở (để biết);', 'Thuế cơ sở', 'Thuế cơ sở'],
    ['phối hợp với Chi cục Thuế huyện.', 'Chi cục Thuế huyện', 'Chi cục Thuế huyện'],
  ];
  itFindsFirstMention(table);
  itFindsNot([
    ['nộp thuế tỉnh đúng hạn.', 'Thuế tỉnh'],
    ['Sở Y tế tỉnh chủ trì.', 'Sở Y tế tỉnh'],
    ['Cục Thuế tỉnh kiểm tra.', 'Thuế tỉnh'],
  ]);
});

describe('newspapers, short names of mass organisations, "CA tỉnh"', () => {
  const table: [string, string, string][] = [
    ['đăng trên Báo Đắk Nông và Đài Phát thanh - Truyền hình tỉnh', 'Báo Đắk Nông', 'Báo Đắk Nông'],
    ['thông báo trên Báo Đấu thầu ngày 26 tháng 3 năm 2019', 'Báo Đấu thầu', 'Báo Đấu thầu'],
    ['- Mặt trận Tổ quốc, Đoàn Thanh niên, Hội Phụ nữ hỗ trợ người dân.', 'Đoàn Thanh niên', 'Đoàn Thanh niên'],
    ['- Mặt trận Tổ quốc, Đoàn Thanh niên, Hội Phụ nữ hỗ trợ người dân.', 'Hội Phụ nữ', 'Hội Phụ nữ'],
    ['- CA tỉnh;', 'Công an tỉnh', 'CA tỉnh'],
  ];
  itFindsFirstMention(table);
  it('no newspaper in "THÔNG BÁO KẾT LUẬN", "Báo cáo", "báo chí"; no body in lower-case "đoàn thanh niên"', () => {
    for (const text of ['THÔNG BÁO\nKẾT LUẬN CỦA PHÓ THỦ TƯỚNG', 'theo Báo cáo số 12 của Sở', 'BÁO CÁO KẾT QUẢ', 'Báo Chí đưa tin', 'huy động đoàn thanh niên tham gia', '- CA;']) {
      expect(names(text), text).toEqual([]);
    }
  });
});

describe('a named company shares no place', () => {
  it('"Công ty Phú Gia Phát, UBND thị trấn Đăk Mâm": the company keeps its name', () => {
    const got = names('làm việc với Công ty Phú Gia Phát, UBND thị trấn Đăk Mâm để thảo luận');
    expect(got).toEqual(['Công ty Phú Gia Phát', 'Ủy ban nhân dân thị trấn Đăk Mâm']);
  });
});
