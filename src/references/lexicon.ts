/**
 * Types of cited documents, as data: the canonical name (sentence case, as Nghị định 30/2020/NĐ-CP
 * Phụ lục III names them, plus legal documents of Luật Ban hành văn bản quy phạm pháp luật) and
 * other printed spellings. Matched on folded text (any case, any tone placement, OCR-damaged
 * diacritics such as "Quyết đinh").
 */

export interface DocumentType {
  name: string;
  forms?: string[];
  /** May carry a name before its number ("Luật Đất đai số 31/2024/QH15"). */
  named?: boolean;
}

export const DOCUMENT_TYPES: readonly DocumentType[] = [
  { name: 'Công văn', forms: ['Công văn hỏa tốc', 'CV'] },
  { name: 'Công điện', forms: ['Công điện khẩn', 'Công điện hỏa tốc', 'Điện'] },
  { name: 'Nghị quyết', forms: ['NQ'] },
  { name: 'Nghị quyết liên tịch' },
  { name: 'Nghị định', forms: ['NĐ'] },
  { name: 'Thông tư', forms: ['TT'] },
  { name: 'Thông tư liên tịch', forms: ['TTLT'] },
  { name: 'Quyết định', forms: ['QĐ'] },
  { name: 'Chỉ thị' },
  { name: 'Kế hoạch' },
  { name: 'Kết luận' },
  { name: 'Thông báo', forms: ['Thông báo kết luận'] },
  { name: 'Báo cáo' },
  { name: 'Tờ trình' },
  { name: 'Phương án' },
  { name: 'Hướng dẫn' },
  { name: 'Quy định' },
  { name: 'Quy chế' },
  { name: 'Chương trình' },
  { name: 'Đề án' },
  { name: 'Văn bản' },
  { name: 'Giấy mời' },
  { name: 'Biên bản' },
  { name: 'Lệnh' },
  { name: 'Luật', named: true },
  { name: 'Bộ luật', named: true },
  { name: 'Pháp lệnh', named: true },
  { name: 'Hiến pháp', named: true },
];
