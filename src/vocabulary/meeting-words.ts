/**
 * Words of the opening paragraph of a notice of conclusions (thông báo kết luận): the meeting or
 * working visit it concludes on ("Ngày 01/9/2021, tại trụ sở UBND huyện Krông Búk, đồng chí ...
 * chủ trì buổi làm việc ..."), as distinct from a report that a document was issued.
 */

/** Words that make a sentence about a meeting or visit. */
export const MEETING_WORDS: readonly string[] = [
  'chủ trì',
  'cuộc họp',
  'buổi họp',
  'phiên họp',
  'hội nghị',
  'Hội nghị',
  'buổi làm việc',
  'cuộc làm việc',
  'làm việc với',
  'giao ban',
  'phiên giải trình',
  'Phiên giải trình',
  'đi kiểm tra',
  'kiểm tra thực tế',
  'thăm và làm việc',
  'đến thăm',
  'hội thảo',
  'Hội thảo',
  'tọa đàm',
  'Tọa đàm',
  'họp trực tuyến',
];

/** Document types whose issue a sentence may report ("đã có Thông báo ...", "ban hành Công văn ..."). */
export const ISSUED_TYPES: readonly string[] = ['Thông báo', 'Công văn', 'Kết luận', 'Quyết định', 'Kế hoạch', 'Chỉ thị', 'Nghị quyết', 'Công điện', 'Hướng dẫn'];

/** Verbs reporting an issue. */
export const ISSUING_VERBS: readonly string[] = ['ban hành', 'đã có', 'vừa có', 'đã ký'];

/**
 * Types (Nghị định 30/2020/NĐ-CP, Phụ lục III codes) whose body does not report a meeting:
 * legal instruments, plans, dispatches, submissions, invitations.
 */
export const NO_MEETING_TYPES: readonly string[] = ['QĐ', 'NQ', 'CT', 'KH', 'CĐ', 'QC', 'QyĐ', 'HD', 'CTr', 'PA', 'ĐA', 'TTr', 'GM'];
