/**
 * Fields (lĩnh vực) of ministries (Bộ), provincial departments (Sở) and district / commune
 * offices (Phòng). A field is written after the head word ("Sở" + "Y tế"), or alone as the item
 * of a list ("Các Sở: Y tế; GTVT", "các Bộ: Quốc phòng, Công an").
 *
 * - `name`: canonical spelling (new-style tones, capitals as in the decree that names the body).
 * - `forms`: other full spellings seen in documents (matched ignoring case and diacritics, OCR
 *   damage tolerated when unambiguous).
 * - `abbr`: abbreviations, matched with their exact capitals ("GTVT", "GD&ĐT").
 * - `listAbbr`: short codes used only in the recipient lists of Văn phòng Chính phủ ("Các Bộ:
 *   TC, XD, NV"); matched only inside such a list, where they cannot be something else.
 *
 * Eras: the government of Nghị quyết 176/2025/QH15 (from 1 March 2025) merged several ministries
 * (Nông nghiệp và Môi trường, Tài chính + Kế hoạch và Đầu tư, Xây dựng + Giao thông vận tải,
 * Khoa học và Công nghệ + Thông tin và Truyền thông, Nội vụ + Lao động - Thương binh và Xã hội,
 * Dân tộc và Tôn giáo); provinces followed with their Sở. Both eras are listed: archives hold both.
 */

export interface Field {
  name: string;
  forms?: string[];
  abbr?: string[];
  listAbbr?: string[];
  /** Which bodies have the field: B(ộ), S(ở), P(hòng). */
  heads: string;
  /** Era note for a name that exists only before or only after the 2025 reorganisation. */
  era?: 'before-2025' | 'from-2025';
}

export const FIELDS: readonly Field[] = [
  // Ministries that kept their name through 2025 (and the matching Sở / Phòng).
  { name: 'Quốc phòng', heads: 'B', listAbbr: ['QP'] },
  { name: 'Công an', heads: 'B', listAbbr: ['CA'] },
  { name: 'Ngoại giao', heads: 'B', listAbbr: ['NG'] },
  { name: 'Ngoại vụ', heads: 'S' },
  { name: 'Nội vụ', heads: 'BSP', listAbbr: ['NV'] },
  { name: 'Tư pháp', heads: 'BSP', listAbbr: ['TP'] },
  { name: 'Tài chính', heads: 'BSP', listAbbr: ['TC'] },
  { name: 'Công Thương', heads: 'BS', forms: ['Công thương'], listAbbr: ['CT'] },
  { name: 'Xây dựng', heads: 'BS', listAbbr: ['XD'] },
  { name: 'Y tế', heads: 'BSP', abbr: [], listAbbr: ['YT'] },
  {
    name: 'Giáo dục và Đào tạo',
    heads: 'BSP',
    forms: ['Giáo dục - Đào tạo', 'Giáo dục, Đào tạo'],
    abbr: ['GD&ĐT', 'GDĐT', 'GD-ĐT', 'GD và ĐT', 'GD & ĐT'],
  },
  {
    name: 'Khoa học và Công nghệ',
    heads: 'BS',
    forms: ['Khoa học, Công nghệ', 'Khoa học - Công nghệ'],
    abbr: ['KH&CN', 'KHCN', 'KH và CN', 'KH-CN'],
  },
  {
    name: 'Văn hóa, Thể thao và Du lịch',
    heads: 'BS',
    forms: ['Văn hóa - Thể thao và Du lịch', 'Văn hóa Thể thao và Du lịch', 'Văn hóa, Thể thao, Du lịch'],
    abbr: ['VHTTDL', 'VH,TT&DL', 'VH, TT&DL', 'VHTT&DL', 'VH-TT&DL', 'VH-TT-DL'],
  },
  // From 2025.
  {
    name: 'Nông nghiệp và Môi trường',
    heads: 'BSP',
    forms: ['Nông nghiệp - Môi trường'],
    abbr: ['NN&MT', 'NNMT', 'NN và MT'],
    era: 'from-2025',
  },
  { name: 'Dân tộc và Tôn giáo', heads: 'BS', abbr: ['DT&TG', 'DTTG'], era: 'from-2025' },
  { name: 'Văn hóa - Xã hội', heads: 'P', forms: ['Văn hóa, Xã hội', 'Văn hóa và Xã hội'], era: 'from-2025' },
  { name: 'Kinh tế, Hạ tầng và Đô thị', heads: 'P', forms: ['Kinh tế - Hạ tầng và Đô thị'], era: 'from-2025' },
  // Before 2025.
  {
    name: 'Kế hoạch và Đầu tư',
    heads: 'BS',
    forms: ['Kế hoạch - Đầu tư', 'Kế hoạch, Đầu tư'],
    abbr: ['KH&ĐT', 'KHĐT', 'KH và ĐT', 'KH-ĐT', 'KH & ĐT'],
    era: 'before-2025',
  },
  {
    name: 'Giao thông vận tải',
    heads: 'BS',
    forms: ['Giao thông - Vận tải', 'Giao thông, Vận tải'],
    abbr: ['GTVT', 'GT-VT', 'GT&VT', 'GTVT&XD'],
    era: 'before-2025',
  },
  {
    name: 'Nông nghiệp và Phát triển nông thôn',
    heads: 'BSP',
    forms: ['Nông nghiệp và PTNT', 'Nông nghiệp - Phát triển nông thôn', 'NN và PTNT'],
    abbr: ['NN&PTNT', 'NNPTNT', 'NN-PTNT', 'NN & PTNT'],
    era: 'before-2025',
  },
  {
    name: 'Tài nguyên và Môi trường',
    heads: 'BSP',
    forms: ['Tài nguyên - Môi trường', 'Tài nguyên, Môi trường'],
    abbr: ['TN&MT', 'TNMT', 'TN-MT', 'TN và MT', 'TN & MT'],
    era: 'before-2025',
  },
  {
    name: 'Thông tin và Truyền thông',
    heads: 'BS',
    forms: ['Thông tin - Truyền thông', 'Thông tin, Truyền thông'],
    abbr: ['TT&TT', 'TTTT', 'TT-TT', 'TT và TT'],
    era: 'before-2025',
  },
  {
    name: 'Lao động - Thương binh và Xã hội',
    heads: 'BSP',
    forms: ['Lao động, Thương binh và Xã hội', 'Lao động Thương binh và Xã hội', 'Lao động - Thương binh - Xã hội'],
    abbr: ['LĐ-TB&XH', 'LĐTBXH', 'LĐTB&XH', 'LĐ, TB&XH', 'LĐ-TBXH'],
    era: 'before-2025',
  },
  { name: 'Văn hóa và Thông tin', heads: 'P', forms: ['Văn hóa - Thông tin', 'Văn hóa, Thông tin', 'Văn hóa Thông tin'], abbr: ['VH&TT', 'VHTT'], era: 'before-2025' },
  { name: 'Văn hóa và Thể thao', heads: 'S', forms: ['Văn hóa - Thể thao'], era: 'before-2025' },
  { name: 'Du lịch', heads: 'S' },
  { name: 'Tài chính - Kế hoạch', heads: 'P', forms: ['Tài chính Kế hoạch', 'Tài chính và Kế hoạch', 'Tài chính, Kế hoạch'], abbr: ['TC-KH', 'TCKH', 'TC&KH'], era: 'before-2025' },
  { name: 'Kinh tế và Hạ tầng', heads: 'P', forms: ['Kinh tế - Hạ tầng', 'Kinh tế, Hạ tầng'], abbr: ['KT&HT', 'KTHT', 'KT-HT'], era: 'before-2025' },
  { name: 'Kinh tế', heads: 'P' },
  { name: 'Quản lý đô thị', heads: 'P', abbr: ['QLĐT'] },
  { name: 'Dân tộc', heads: 'P' },
  { name: 'Quy hoạch - Kiến trúc', heads: 'S', forms: ['Quy hoạch và Kiến trúc', 'Quy hoạch, Kiến trúc'] },
];

/** Units of Văn phòng Chính phủ and similar, named by code in "các Vụ: CN, KTTH" lists. */
export interface UnitCode {
  code: string;
  name: string;
}

/** Vụ / Cục of Văn phòng Chính phủ, by the codes printed in its recipient lists and symbols. */
export const VPCP_UNITS: readonly UnitCode[] = [
  { code: 'CN', name: 'Vụ Công nghiệp' },
  { code: 'NN', name: 'Vụ Nông nghiệp' },
  { code: 'KTTH', name: 'Vụ Kinh tế tổng hợp' },
  { code: 'KGVX', name: 'Vụ Khoa giáo - Văn xã' },
  { code: 'TCCV', name: 'Vụ Tổ chức công vụ' },
  { code: 'QHĐP', name: 'Vụ Quan hệ địa phương' },
  { code: 'NC', name: 'Vụ Nội chính' },
  { code: 'TH', name: 'Vụ Tổng hợp' },
  { code: 'PL', name: 'Vụ Pháp luật' },
  { code: 'QHQT', name: 'Vụ Quan hệ quốc tế' },
  { code: 'ĐMDN', name: 'Vụ Đổi mới doanh nghiệp' },
  { code: 'CCHC', name: 'Cục Kiểm soát thủ tục hành chính' },
  { code: 'KSTT', name: 'Cục Kiểm soát thủ tục hành chính' },
  { code: 'TKBT', name: 'Vụ Thư ký - Biên tập' },
  { code: 'TCCB', name: 'Vụ Tổ chức cán bộ' },
];
