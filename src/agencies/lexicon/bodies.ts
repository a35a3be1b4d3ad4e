/**
 * Named public bodies, as data. Each entry is a body's canonical name and the ways it is printed;
 * the recogniser builds one scanner from all of them at module load (lexicon/index.ts).
 *
 * Fields of an entry:
 * - `name`: canonical name, new-style tones, capitals as the body writes itself.
 * - `forms`: other full spellings (matched ignoring case and diacritics; OCR damage tolerated when
 *   unambiguous). `abbr`: abbreviations, matched with their exact capitals.
 * - `level`: whether a level word may or must follow ("UBND tỉnh", "Công an huyện", "UBND các
 *   huyện, thành phố"): 'none' (default), 'optional', 'required'. A required level keeps generic
 *   uses out ("bảo hiểm xã hội" the scheme is not "Bảo hiểm xã hội tỉnh" the body).
 * - `levelInName`: false when a bare level word after the name is not part of it ("Sở Y tế tỉnh"
 *   is "Sở Y tế": a Sở is provincial by definition). Default true.
 * - `placeDirect`: a place name may follow with no level word ("Huyện ủy Krông Búk"): the level of
 *   places accepted ('province' | 'district' | 'any').
 * - `tail`: what else the name takes: 'purpose' (Ban Chỉ đạo + its task), 'name' (an open
 *   proper name: "Bệnh viện Phổi", "Công ty ..."), 'number' ("Đoàn Kiểm tra số 02").
 * - `prefix`: the entry can stand before another body and make a new one ("Văn phòng" + "UBND
 *   tỉnh" = "Văn phòng Ủy ban nhân dân tỉnh"; "Ban Thường vụ" + "Tỉnh ủy"). `prefixOnly`: it is
 *   an agency only in that case.
 * - `capital`: the first letter must be printed as a capital ("Bộ Y tế" but not "cán bộ y tế",
 *   "Sở Y tế" but not "cơ sở y tế").
 * - `kind`: the record's agency kind.
 *
 * Sources for names: Luật Tổ chức Chính phủ 2025, Nghị định 150/2025/NĐ-CP (Sở), Nghị định
 * 37/2014/NĐ-CP (Phòng, before 2025), Hướng dẫn 36-HD/VPTW (Party bodies' abbreviations).
 */

export type LevelRule = 'none' | 'optional' | 'required';

export interface BodyEntry {
  name: string;
  kind: string;
  forms?: string[];
  abbr?: string[];
  level?: LevelRule;
  levelInName?: boolean;
  placeDirect?: 'province' | 'district' | 'commune' | 'any';
  tail?: 'purpose' | 'name' | 'number';
  prefix?: boolean;
  prefixOnly?: boolean;
  capital?: boolean;
  /** Known proper names for a 'name' tail (sentence case, e.g. Bệnh viện "Đa khoa"). */
  names?: string[];
  /** Appended to the canonical name ("Hội đồng Dân tộc" -> "... của Quốc hội"). */
  suffix?: string;
  /** A prefix whose composite is of the body's kind ("Thường trực HĐND" is "hdnd"). */
  inheritKind?: boolean;
  /** A prefix that stands only before bodies of these kinds. */
  prefixOf?: readonly string[];
  /** Folded words that end a 'name' tail ("Báo Đắk Nông và Đài ..." ends before "và"). */
  endWords?: readonly string[];
  /** Folded first words that make a 'name' tail no name ("Báo cáo"). */
  notNames?: readonly string[];
  /** A level may be shared from a following "các đoàn thể" ("Mặt trận, các đoàn thể huyện"). */
  classLevel?: boolean;
  /** A required level may be missing when the document's home unit supplies it (home.ts): "Trưởng Công an". */
  bareAtHome?: boolean;
  /** The tiers a level word after the body may have ("Hạt Kiểm lâm" is a district's, never a commune's). */
  levelTiers?: readonly ('province' | 'district' | 'commune')[];
}

/** Central bodies: Party, State, Government, National Assembly, media, corporations. */
export const CENTRAL: readonly BodyEntry[] = [
  // "CP" only after "Thủ tướng" (context rule in lexicon/index.ts): elsewhere it is "cổ phần".
  { name: 'Chính phủ', kind: 'chinh-phu', capital: true, abbr: ['CP'] },
  { name: 'Thường trực Chính phủ', kind: 'chinh-phu', capital: true },
  { name: 'Văn phòng Chính phủ', kind: 'van-phong', abbr: ['VPCP'] },
  { name: 'Thanh tra Chính phủ', kind: 'bo', abbr: ['TTCP'] },
  { name: 'Quốc hội', kind: 'co-quan-trung-uong', abbr: ['QH'], capital: true },
  { name: 'Ủy ban Thường vụ Quốc hội', kind: 'co-quan-trung-uong', forms: ['Ủy ban Thường vụ của Quốc hội'], abbr: ['UBTVQH'] },
  { name: 'Văn phòng Quốc hội', kind: 'van-phong', abbr: ['VPQH'] },
  { name: 'Hội đồng Dân tộc', kind: 'co-quan-trung-uong', forms: ['Hội đồng Dân tộc của Quốc hội'], suffix: ' của Quốc hội', capital: true },
  ...[
    'Kinh tế và Tài chính',
    'Văn hóa và Xã hội',
    'Pháp luật và Tư pháp',
    'Quốc phòng, An ninh và Đối ngoại',
    'Khoa học, Công nghệ và Môi trường',
    'Quốc phòng và An ninh',
    'Đối ngoại',
    'Xã hội',
    'Kinh tế',
    'Tài chính, Ngân sách',
    'Văn hóa, Giáo dục',
    'Pháp luật',
    'Tư pháp',
    'Dân nguyện và Giám sát',
  ].map(
    (field): BodyEntry => ({
      name: `Ủy ban ${field}`,
      kind: 'co-quan-trung-uong',
      forms: [`Ủy ban ${field} của Quốc hội`],
      suffix: ' của Quốc hội',
      capital: true,
    }),
  ),
  { name: 'Các Ủy ban của Quốc hội', kind: 'co-quan-trung-uong', forms: ['các Ủy ban của Quốc hội'] },
  { name: 'Ủy ban Dân tộc', kind: 'bo', capital: true }, // ministry-level until 2025
  { name: 'Ủy ban Quản lý vốn nhà nước tại doanh nghiệp', kind: 'bo' }, // until 2025
  { name: 'Văn phòng Chủ tịch nước', kind: 'van-phong' },
  { name: 'Văn phòng Trung ương Đảng', kind: 'van-phong', abbr: ['VPTW'] },
  { name: 'Ban Bí thư Trung ương Đảng', kind: 'dang' },
  { name: 'Ban Bí thư', kind: 'dang', capital: true },
  { name: 'Bộ Chính trị', kind: 'dang', capital: true },
  { name: 'Ban Chấp hành Trung ương Đảng', kind: 'dang', forms: ['Ban Chấp hành Trung ương'], abbr: ['BCHTW'] },
  { name: 'Ủy ban Kiểm tra Trung ương', kind: 'dang', abbr: ['UBKTTW'] },
  { name: 'Ngân hàng Nhà nước Việt Nam', kind: 'bo', forms: ['Ngân hàng Nhà nước'], abbr: ['NHNN', 'NHNNVN'], capital: true },
  { name: 'Kiểm toán Nhà nước', kind: 'co-quan-trung-uong', abbr: ['KTNN'], capital: true },
  { name: 'Tòa án nhân dân tối cao', kind: 'toa-an', abbr: ['TANDTC'] },
  { name: 'Viện Kiểm sát nhân dân tối cao', kind: 'vien-kiem-sat', abbr: ['VKSNDTC'] },
  { name: 'Bảo hiểm xã hội Việt Nam', kind: 'bao-hiem', abbr: ['BHXHVN'], capital: true },
  { name: 'Đài Truyền hình Việt Nam', kind: 'bao-chi', forms: ['Đài THVN'], abbr: ['VTV'] },
  { name: 'Đài Tiếng nói Việt Nam', kind: 'bao-chi', forms: ['Đài TNVN'], abbr: ['VOV'] },
  { name: 'Thông tấn xã Việt Nam', kind: 'bao-chi', abbr: ['TTXVN'] },
  { name: 'Cổng Thông tin điện tử Chính phủ', kind: 'bao-chi', forms: ['Cổng TTĐT Chính phủ', 'Cổng TTĐTCP', 'Cổng TTĐT CP'] },
  { name: 'Hội đồng điều phối vùng', kind: 'khac', capital: true },
  { name: 'Hội đồng Thẩm định Nhà nước', kind: 'khac', capital: true },
  { name: 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam', kind: 'mat-tran', forms: ['Ủy ban Trung ương MTTQ Việt Nam', 'Ủy ban TW MTTQ Việt Nam'] },
  { name: 'Tổng Liên đoàn Lao động Việt Nam', kind: 'doan-the' },
  { name: 'Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh', kind: 'doan-the', forms: ['Trung ương Đoàn TNCS Hồ Chí Minh', 'Trung ương Đoàn'] },
  { name: 'Tập đoàn Điện lực Việt Nam', kind: 'doanh-nghiep', abbr: ['EVN'] },
  { name: 'Tập đoàn Dầu khí Việt Nam', kind: 'doanh-nghiep', abbr: ['PVN'] },
  { name: 'Tập đoàn Bưu chính Viễn thông Việt Nam', kind: 'doanh-nghiep', abbr: ['VNPT'] },
  { name: 'Tập đoàn Công nghiệp - Viễn thông Quân đội', kind: 'doanh-nghiep', abbr: ['Viettel'] },
  { name: 'Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam', kind: 'doanh-nghiep', abbr: ['TKV'] },
  { name: 'Cục Kiểm soát thủ tục hành chính', kind: 'co-quan-trung-uong', forms: ['Cục KSTTHC'] },
  { name: 'Tổng cục Thuế', kind: 'co-quan-trung-uong', abbr: ['TCT'] },
  // Tax offices after the 2025 reorganisation (Quyết định 381/QĐ-BTC): "Thuế tỉnh", "Thuế cơ sở".
  { name: 'Thuế', kind: 'thue', level: 'required', capital: true },
  { name: 'Thuế cơ sở', kind: 'thue', capital: true },
  { name: 'Cục Thuế', kind: 'co-quan-trung-uong', level: 'optional', placeDirect: 'province', capital: true },
  { name: 'Tổng cục', kind: 'co-quan-trung-uong', tail: 'name', capital: true, level: 'optional' },
  { name: 'Cục', kind: 'co-quan-trung-uong', tail: 'name', capital: true, level: 'optional' },
  { name: 'Chi cục', kind: 'co-quan-trung-uong', tail: 'name', capital: true, level: 'optional' },
  { name: 'Vụ', kind: 'co-quan-trung-uong', tail: 'name', capital: true },
  { name: 'Tập đoàn', kind: 'doanh-nghiep', tail: 'name', capital: true, level: 'optional' },
  { name: 'Tổng công ty', kind: 'doanh-nghiep', tail: 'name', capital: true, level: 'optional' },
  { name: 'Công ty', kind: 'doanh-nghiep', tail: 'name', capital: true, level: 'optional', names: ['Cổ phần', 'CP', 'TNHH', 'TNHH MTV', 'TNHH một thành viên'] },
];

/**
 * Members of a plural class of Party committees ("các huyện, thị, thành ủy"), in the order they
 * are printed: tỉnh ủy / thành ủy (provincial), huyện ủy / quận ủy / thị ủy / thành ủy (district).
 */
export const PARTY_COMMITTEE_CLASSES: readonly (readonly string[])[] = [
  ['tỉnh', 'thành'],
  ['huyện', 'thị', 'thành'],
  ['huyện', 'thành'],
  ['huyện', 'thị'],
  ['quận', 'huyện'],
  ['quận', 'huyện', 'thị'],
  ['quận', 'huyện', 'thị', 'thành'],
  ['huyện', 'quận', 'thị', 'thành'],
  ['thị', 'thành'],
];

/** Provincial, district and commune bodies. Most take a level word and a place. */
export const LOCAL: readonly BodyEntry[] = [
  { name: 'Ủy ban nhân dân', kind: 'ubnd', abbr: ['UBND'], level: 'optional' },
  { name: 'Hội đồng nhân dân', kind: 'hdnd', abbr: ['HĐND', 'HDND'], level: 'optional' }, // "HDND": typed without Đ, as "BCD"
  { name: 'Văn phòng Ủy ban nhân dân', kind: 'van-phong', abbr: ['VPUBND', 'VP UBND', 'VP.UBND'], level: 'optional' },
  {
    name: 'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân',
    kind: 'van-phong',
    forms: ['Văn phòng HĐND và UBND', 'Văn phòng HĐND - UBND', 'Văn phòng HĐND-UBND', 'Văn phòng HĐND&UBND', 'Văn phòng HĐND & UBND', 'VP HĐND và UBND', 'VP HĐND-UBND'],
    level: 'optional',
  },
  // "CVP, PCVP UBND tỉnh" (Chánh / Phó Chánh Văn phòng, in recipient lists): the office's heads
  // stand for the office, as "Văn phòng UBND tỉnh" does.
  { name: 'Văn phòng', kind: 'van-phong', abbr: ['CVP', 'PCVP'], prefix: true, prefixOnly: true, capital: true },
  { name: 'Tỉnh ủy', kind: 'dang', placeDirect: 'province' },
  { name: 'Thành ủy', kind: 'dang', placeDirect: 'any' },
  { name: 'Huyện ủy', kind: 'dang', placeDirect: 'district' },
  { name: 'Quận ủy', kind: 'dang', placeDirect: 'district' },
  { name: 'Thị ủy', kind: 'dang', placeDirect: 'district' },
  { name: 'Đảng ủy', kind: 'dang', level: 'optional', prefix: true, capital: true },
  // "Đảng bộ UBND tỉnh": the Party organisation of a body (a composite, as "Đảng ủy UBND tỉnh").
  { name: 'Đảng bộ', kind: 'dang', level: 'required', capital: true, prefix: true },
  { name: 'Đảng', kind: 'dang', capital: true },
  { name: 'Ban Thường vụ', kind: 'dang', abbr: ['BTV'], prefix: true, prefixOnly: true },
  // The standing body of a council (Luật Tổ chức chính quyền địa phương: "Thường trực HĐND
  // huyện") or of a front ("Ban Thường trực UBMTTQ"); not after a position (lexicon/index.ts
  // CONTEXT_RULES). "Thường trực Tỉnh ủy" (its standing members) is read as the committee.
  { name: 'Thường trực', kind: 'khac', prefix: true, prefixOnly: true, capital: true, inheritKind: true, prefixOf: ['hdnd', 'ubnd'] },
  { name: 'Ban Thường trực', kind: 'mat-tran', abbr: ['BTT'], prefix: true, prefixOnly: true, capital: true, inheritKind: true },
  // The Party's organisations inside a state body (Điều lệ Đảng, Điều 43): "Ban Cán sự đảng UBND
  // tỉnh", "Đảng đoàn HĐND tỉnh", "Đảng đoàn MTTQ tỉnh".
  { name: 'Ban Cán sự đảng', kind: 'dang', prefix: true, prefixOnly: true, capital: true },
  { name: 'Đảng đoàn', kind: 'dang', prefix: true, prefixOnly: true, capital: true },
  // Plural classes of Party committees, printed with one "ủy" for all or one each: "các huyện,
  // thị, thành ủy" (district, town and city committees), "các tỉnh ủy, thành ủy".
  ...PARTY_COMMITTEE_CLASSES.flatMap((members): BodyEntry[] => {
    const shared = `các ${members.join(', ')} ủy`;
    const each = `các ${members.map((m) => `${m} ủy`).join(', ')}`;
    return [shared, each].map((form) => ({ name: form[0].toUpperCase() + form.slice(1), kind: 'dang' }));
  }),
  { name: 'Ban Tuyên giáo và Dân vận', kind: 'dang', level: 'required', prefix: true },
  { name: 'Ban Tuyên giáo', kind: 'dang', level: 'required', prefix: true },
  { name: 'Ban Tổ chức', kind: 'dang', level: 'required', prefix: true },
  { name: 'Ban Dân vận', kind: 'dang', level: 'required', prefix: true },
  { name: 'Ban Nội chính', kind: 'dang', level: 'required', prefix: true },
  { name: 'Ban Kinh tế', kind: 'dang', level: 'required', prefix: true },
  { name: 'Ủy ban Kiểm tra', kind: 'dang', level: 'required', prefix: true },
  { name: 'Ban Chỉ đạo', kind: 'ban-chi-dao', abbr: ['BCĐ', 'BCD'], tail: 'purpose', level: 'optional' },
  { name: 'Công an', kind: 'cong-an', abbr: ['CA'], level: 'required', capital: false, bareAtHome: true },
  { name: 'Bộ Chỉ huy Quân sự', kind: 'quan-su', forms: ['Bộ CHQS'], abbr: ['BCHQS'], level: 'optional' },
  { name: 'Ban Chỉ huy Quân sự', kind: 'quan-su', forms: ['Ban CHQS'], level: 'optional' },
  // "Công an huyện, Quân sự huyện, ...": the military command of a level, named by its force.
  { name: 'Quân sự', kind: 'quan-su', level: 'required', capital: true },
  {
    name: 'Bộ Chỉ huy Bộ đội Biên phòng',
    kind: 'bien-phong',
    forms: ['Bộ Chỉ huy BĐBP', 'Bộ CH BĐBP', 'BCH BĐBP', 'Bộ CHBĐBP'],
    abbr: ['BCHBĐBP'],
    level: 'optional',
  },
  { name: 'Bộ đội Biên phòng', kind: 'bien-phong', abbr: ['BĐBP'], level: 'required', capital: true },
  // The official names write "cửa khẩu" in lower case ("Đồn Biên phòng cửa khẩu Cảng Liên Hương").
  { name: 'Đồn Biên phòng', kind: 'bien-phong', tail: 'name', capital: true, level: 'optional', names: ['cửa khẩu', 'Cửa khẩu'] },
  // A district's mobile checkpoint team (Covid-19 era): "Tổ kiểm soát lưu động huyện".
  { name: 'Tổ kiểm soát lưu động', kind: 'khac', level: 'required', capital: true },
  { name: 'Trung tâm Kiểm soát bệnh tật', kind: 'y-te', forms: ['Trung tâm KSBT', 'TT KSBT', 'TT. KSBT'], abbr: ['CDC', 'TTKSBT'], level: 'optional' },
  { name: 'Trung tâm Y tế', kind: 'y-te', forms: ['TT Y tế', 'TT. Y tế'], abbr: ['TTYT'], level: 'optional' },
  { name: 'Trạm Y tế', kind: 'y-te', abbr: ['TYT'], level: 'optional', placeDirect: 'commune' },
  // Public service units named by their service ("Trung tâm Phục vụ hành chính công tỉnh");
  // known names may be printed in lower case ("Trung tâm dịch vụ kỹ thuật nông nghiệp").
  {
    name: 'Trung tâm',
    kind: 'khac',
    tail: 'name',
    level: 'optional',
    capital: true,
    names: [
      'Dịch vụ kỹ thuật nông nghiệp',
      'Phục vụ hành chính công',
      'Chuyển đổi số',
      'Trao đổi thông tin',
      'Phát triển quỹ đất',
      'Công nghệ thông tin',
      'Xúc tiến đầu tư',
      'Văn hóa - Thể thao',
      'Văn hóa, Thông tin và Thể thao',
      'Truyền thông - Văn hóa',
      'Giáo dục nghề nghiệp',
      'Bảo trợ xã hội',
      'Nước sạch và Vệ sinh môi trường nông thôn',
    ],
  },
  { name: 'Trung tâm Thông tin điện tử', kind: 'bao-chi', level: 'optional', capital: true },
  // Forest rangers' district post (Nghị định 01/2019/NĐ-CP): "Hạt Kiểm lâm huyện Krông Nô".
  { name: 'Hạt Kiểm lâm', kind: 'khac', level: 'optional', levelTiers: ['district'], capital: true, placeDirect: 'district' },
  // District / commune radio ("Đài Truyền thanh huyện"; "Đài Truyền thanh - Truyền hình" before 2025).
  { name: 'Đài Truyền thanh', kind: 'bao-chi', level: 'optional', capital: true },
  { name: 'Đài Truyền thanh - Truyền hình', kind: 'bao-chi', forms: ['Đài Truyền thanh Truyền hình', 'Đài TT-TH'], level: 'optional', capital: true },
  // Land registration office of the province and its district branches (Luật Đất đai 2013, 2024).
  { name: 'Văn phòng Đăng ký đất đai', kind: 'van-phong', abbr: ['VPĐKĐĐ'], level: 'optional', capital: true, placeDirect: 'province' },
  { name: 'Chi nhánh', kind: 'khac', prefix: true, prefixOnly: true, capital: true },
  {
    name: 'Bệnh viện',
    kind: 'y-te',
    tail: 'name',
    level: 'optional',
    capital: true,
    names: [
      'Đa khoa',
      'Đa khoa khu vực',
      'Phổi',
      'Lao và Bệnh phổi',
      'Y học cổ truyền',
      'Y dược cổ truyền',
      'Nhi',
      'Sản - Nhi',
      'Sản Nhi',
      'Tâm thần',
      'Mắt',
      'Da liễu',
      'Nội tiết',
      'Ung bướu',
      'Phục hồi chức năng',
      'Bệnh Nhiệt đới',
      'Quân y',
      'dã chiến',
      'Dã chiến',
      'Điều dưỡng và Phục hồi chức năng',
    ],
  },
  { name: 'Viện Kiểm sát nhân dân', kind: 'vien-kiem-sat', abbr: ['VKSND'], level: 'required' },
  { name: 'Viện Kiểm sát', kind: 'vien-kiem-sat', level: 'required', capital: true },
  { name: 'Tòa án nhân dân', kind: 'toa-an', abbr: ['TAND'], level: 'required' },
  { name: 'Bảo hiểm xã hội', kind: 'bao-hiem', abbr: ['BHXH'], level: 'required' },
  { name: 'Kho bạc Nhà nước', kind: 'co-quan-trung-uong', abbr: ['KBNN'], level: 'optional', capital: true },
  { name: 'Thanh tra', kind: 'thanh-tra', level: 'required', capital: true },
  { name: 'Ban Dân tộc', kind: 'ban', level: 'optional', capital: true },
  { name: 'Ban Quản lý', kind: 'ban', tail: 'name', capital: true, level: 'optional' },
  { name: 'Ban An toàn giao thông', kind: 'ban', level: 'required', capital: true },
  { name: 'Ủy ban Mặt trận Tổ quốc Việt Nam', kind: 'mat-tran', forms: ['Ủy ban MTTQ Việt Nam', 'Ủy ban MTTQVN'], abbr: ['UBMTTQVN'], level: 'optional', classLevel: true },
  { name: 'Ủy ban Mặt trận Tổ quốc', kind: 'mat-tran', forms: ['Ủy ban MTTQ'], abbr: ['UBMTTQ'], level: 'optional', classLevel: true },
  { name: 'Mặt trận Tổ quốc Việt Nam', kind: 'mat-tran', abbr: ['MTTQVN'], level: 'optional', capital: true, classLevel: true },
  { name: 'Mặt trận Tổ quốc', kind: 'mat-tran', abbr: ['MTTQ'], level: 'optional', capital: true, classLevel: true },
  // "Mặt trận, các đoàn thể huyện": the front's committee of the level shared with the mass
  // organisations; "Mặt trận" without a level is a common noun ("mặt trận kinh tế").
  { name: 'Ủy ban Mặt trận Tổ quốc', kind: 'mat-tran', forms: ['Mặt trận'], level: 'required', classLevel: true },
  { name: 'Đoàn Thanh niên Cộng sản Hồ Chí Minh', kind: 'doan-the', forms: ['Đoàn TNCS Hồ Chí Minh'], level: 'optional', capital: true },
  // The short names of mass organisations are kept as printed ("Mặt trận Tổ quốc, Đoàn Thanh niên,
  // Hội Phụ nữ hỗ trợ ..."); in lower case they name the members, not the body.
  { name: 'Đoàn Thanh niên', kind: 'doan-the', level: 'optional', capital: true },
  { name: 'Hội Phụ nữ', kind: 'doan-the', level: 'optional', capital: true },
  { name: 'Tỉnh đoàn', kind: 'doan-the', capital: true },
  { name: 'Huyện đoàn', kind: 'doan-the', capital: true },
  { name: 'Thành đoàn', kind: 'doan-the', capital: true },
  { name: 'Hội Liên hiệp Phụ nữ', kind: 'doan-the', forms: ['Hội LHPN'], level: 'optional' },
  { name: 'Hội Liên hiệp Phụ nữ Việt Nam', kind: 'doan-the', forms: ['Hội LHPN Việt Nam'], level: 'optional' },
  { name: 'Hội Nông dân', kind: 'doan-the', level: 'optional', capital: true },
  { name: 'Hội Cựu chiến binh', kind: 'doan-the', forms: ['Hội CCB'], level: 'optional', capital: true },
  { name: 'Hội Chữ thập đỏ', kind: 'doan-the', level: 'optional', capital: true },
  { name: 'Hội Người cao tuổi', kind: 'doan-the', level: 'optional', capital: true },
  { name: 'Liên đoàn Lao động', kind: 'doan-the', forms: ['LĐLĐ'], level: 'optional', capital: true },
  { name: 'Liên minh Hợp tác xã', kind: 'doan-the', level: 'optional', capital: true },
  { name: 'Đoàn Đại biểu Quốc hội', kind: 'co-quan-trung-uong', forms: ['Đoàn ĐBQH'], level: 'optional' },
  { name: 'Đoàn Kiểm tra', kind: 'khac', tail: 'number' },
  { name: 'Đoàn công tác', kind: 'khac', tail: 'number' },
  // A newspaper by its name ("Báo Đắk Nông", "Báo Đấu thầu"); "Báo cáo", "Báo chí" are no names,
  // nor is the "BÁO" of "THÔNG BÁO" (lexicon/index.ts CONTEXT_RULES).
  { name: 'Báo', kind: 'bao-chi', tail: 'name', capital: true, endWords: ['va', 'ngay', 'so', 'tai', 've', 'cua', 'da', 'dang', 'dien'], notNames: ['cao', 'chi'] },
  { name: 'Đài Phát thanh và Truyền hình', kind: 'bao-chi', forms: ['Đài Phát thanh - Truyền hình', 'Đài PT-TH', 'Đài PTTH', 'Đài PT&TH', 'Đài Phát thanh Truyền hình'], level: 'required', placeDirect: 'province' },
  { name: 'Cổng Thông tin điện tử', kind: 'bao-chi', forms: ['Cổng TTĐT', 'Cổng thông tin điện tử'], level: 'optional' },
];

/**
 * Department-style heads followed by a field (fields.ts): Bộ (ministry), Sở (provincial
 * department), Phòng (district office before 2025 / commune office after). `letter` selects the
 * fields a head takes.
 */
export interface FieldHead {
  head: string;
  letter: 'B' | 'S' | 'P';
  kind: string;
  capital: boolean;
  level: LevelRule;
  levelInName: boolean;
  placeDirect?: 'province' | 'district';
}

export const FIELD_HEADS: readonly FieldHead[] = [
  { head: 'Bộ', letter: 'B', kind: 'bo', capital: true, level: 'none', levelInName: false },
  { head: 'Sở', letter: 'S', kind: 'so', capital: true, level: 'optional', levelInName: false, placeDirect: 'province' },
  { head: 'Phòng', letter: 'P', kind: 'phong', capital: false, level: 'optional', levelInName: false },
];

/**
 * Whole-body abbreviations of provincial departments, as printed in symbols and recipient lists
 * ("SYT" = Sở Y tế). Exact capitals.
 */
export const DEPARTMENT_CODES: readonly { code: string; field: string }[] = [
  { code: 'SYT', field: 'Y tế' },
  { code: 'STC', field: 'Tài chính' },
  { code: 'SGDĐT', field: 'Giáo dục và Đào tạo' },
  { code: 'SKHĐT', field: 'Kế hoạch và Đầu tư' },
  { code: 'SNN&PTNT', field: 'Nông nghiệp và Phát triển nông thôn' },
  { code: 'SNNPTNT', field: 'Nông nghiệp và Phát triển nông thôn' },
  { code: 'STNMT', field: 'Tài nguyên và Môi trường' },
  { code: 'SGTVT', field: 'Giao thông vận tải' },
  { code: 'SXD', field: 'Xây dựng' },
  { code: 'SNV', field: 'Nội vụ' },
  { code: 'STP', field: 'Tư pháp' },
  { code: 'SCT', field: 'Công Thương' },
  { code: 'SLĐTBXH', field: 'Lao động - Thương binh và Xã hội' },
  { code: 'STTTT', field: 'Thông tin và Truyền thông' },
  { code: 'SKHCN', field: 'Khoa học và Công nghệ' },
  { code: 'SVHTTDL', field: 'Văn hóa, Thể thao và Du lịch' },
  { code: 'SNNMT', field: 'Nông nghiệp và Môi trường' },
];

/**
 * Bodies every commune has one of (Luật Tổ chức chính quyền địa phương; Điều lệ Đảng): printed
 * bare by the commune's own documents (home.ts), and sharing a plural class printed once for
 * several ("Đảng ủy, UBND các xã, thị trấn"). A district has all but the Đảng ủy (its Huyện ủy).
 */
export const UNIT_BODIES: ReadonlySet<string> = new Set([
  'Đảng ủy',
  'Ủy ban nhân dân',
  'Hội đồng nhân dân',
  'Ủy ban Mặt trận Tổ quốc',
  'Ủy ban Mặt trận Tổ quốc Việt Nam',
  'Công an',
  'Ban Chỉ huy Quân sự',
]);
