/**
 * Web and portal furniture that can be left in the text around a news report or a scraped page
 * ("Bình luận", "Thống kê truy cập", "Văn bản liên quan", photo captions). The normaliser removes
 * most of it; these lines also end the directive part when some is left.
 */

import { alt } from './alt.js';


/** Short lines that start web chrome after the article. */
export const CHROME_OPENINGS: readonly string[] = [
  'Bình luận',
  'Viết bình luận',
  'Gửi bình luận',
  'Ý kiến bạn đọc',
  'Hiện tại chưa có bình luận',
  'Thống kê truy cập',
  'Đang truy cập',
  'Lượt truy cập',
  'Lượt xem',
  'Đăng nhập',
  'Tin liên quan',
  'Tin cùng chuyên mục',
  'Các tin khác',
  'Tin khác',
  'Tin mới',
  'Tin đã đưa',
  'Bài viết liên quan',
  'Bài liên quan',
  'Văn bản liên quan',
  'Văn bản này chưa cập nhật',
  'Chia sẻ',
  'In bài',
  'Gửi bài',
  'Từ khóa',
  'Từ khoá',
  'Tags',
  'Xem thêm',
  'Đọc tiếp',
  'Bản quyền',
  'Copyright',
  '©',
  'ipv6',
  'Cảm ơn đã dùng',
  'Về đầu trang',
  'Lên đầu trang',
  'Quay lại',
  'Nội dung chính',
];

export const CHROME_LINE_RE = new RegExp(`^(?:${alt(CHROME_OPENINGS)})(?![\\p{L}])`, 'iu');

/** Chrome lines are short; a longer line that happens to open with these words is text. */
export const CHROME_MAX_LENGTH = 60;

/**
 * The first characters of the openings in both cases: CHROME_LINE_RE is case-insensitive, and
 * no other character folds to one of these (test/directives/prefilters.test.ts tries them all).
 */
export const CHROME_INITIALS: ReadonlySet<number> = new Set(
  CHROME_OPENINGS.flatMap((w) => [w[0].toLowerCase(), w[0].toUpperCase()]).map((c) => c.charCodeAt(0)),
);

/** A short line that opens web chrome: CHROME_LINE_RE tested only on lines whose first character can open it. */
export function opensChrome(s: string): boolean {
  return s.length <= CHROME_MAX_LENGTH && CHROME_INITIALS.has(s.charCodeAt(0)) && CHROME_LINE_RE.test(s);
}

/** Photo placeholders and captions in news: "[img]", "... Ảnh: T.SỸ", "Ảnh: Minh Chiến". */
export const CAPTION_RE =
  /^\[(?:img|image|ảnh|hình)\]$|(?:^|[.)][ \t]{0,3})Ảnh[ \t]{0,2}:[ \t]{0,3}[\p{Lu}][\p{L}. ]{0,40}$|\((?:Hình|Ảnh) từ Internet\)$/iu;

/** Page furniture: "--- PAGE BREAK ---", a bare page number, "- 2 -", "Trang 2". */
export const PAGE_FURNITURE_RE = /^(?:-{2,10}[ \t]{0,3}PAGE BREAK[ \t]{0,3}-{2,10}|-?[ \t]{0,2}\d{1,3}[ \t]{0,2}-?|Trang[ \t]{1,3}\d{1,3}(?:[ \t]{0,3}\/[ \t]{0,3}\d{1,3})?)$/iu;

/** News site notes: "(*) Trên đdown là thông tin về ..." (a markdown reader may have eaten the "*": "()"). */
export const SITE_NOTE_RE = /^\(\*?\)[ \t]{0,3}\p{L}/u;

/**
 * News narrative that follows the leader's remarks: the directives have ended ("Trước đó, Chủ
 * tịch UBND tỉnh đã đến thăm ...", "Cùng ngày, ...").
 */
export const NARRATIVE_OPENING_RE =
  /^(?:Trước đó|Cùng ngày|(?:Sáng|Chiều|Tối|Trưa) cùng ngày|Dịp này|Nhân dịp này|Sau đó|Tiếp đó)(?![\p{L}])/iu;

/** The leader's remarks in a news report: "Phát biểu chỉ đạo, ...", "Kết luận buổi làm việc, ...". */
export const NEWS_REMARKS_RE =
  /^(?:Phát biểu (?:chỉ đạo|kết luận|tại (?:buổi|cuộc|hội nghị|phiên))|Kết luận (?:buổi|cuộc|hội nghị|phiên)|Chỉ đạo tại)(?![\p{L}])/iu;

/** A picture placeholder in a news text; the line after it is the picture's caption. */
export const IMAGE_PLACEHOLDER_RE = /^\[(?:img|image|ảnh|hình)\]$/iu;

/** Longest line read as a caption after a picture placeholder. */
export const CAPTION_MAX_LENGTH = 200;
