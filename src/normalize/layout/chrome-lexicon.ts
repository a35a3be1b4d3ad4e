/**
 * Web and portal boilerplate around a document, as data: what a page prints that is not the
 * document (site metadata, comments, related articles, login prompts, banners, image captions).
 * Seen on thuvienphapluat.vn (TVPL) exports and provincial news portals. Extend the lists; the
 * matchers are built from them at load. Everything here is matched against a whole trimmed line
 * (after markdown markers are gone), case-insensitively, so a document sentence that merely
 * contains one of these words is never dropped.
 */

/** Labels of the TVPL metadata block printed above the document ("Số hiệu:" then the value). */
export const METADATA_LABELS: readonly string[] = [
  'Số hiệu',
  'Loại văn bản',
  'Nơi ban hành',
  'Cơ quan ban hành',
  'Người ký',
  'Ngày ban hành',
  'Ngày hiệu lực',
  'Ngày hết hiệu lực',
  'Ngày công báo',
  'Số công báo',
  'Tình trạng',
  'Lĩnh vực',
  'Tình trạng hiệu lực',
];

/** Lines that open the tail of a TVPL page: everything from here on is the site, not the document. */
export const PAGE_TAIL_OPENERS: readonly string[] = [
  'Văn bản này chưa cập nhật nội dung Tiếng Anh',
  'Văn bản liên quan',
  'NỘI DUNG SỬA ĐỔI, HƯỚNG DẪN',
  'FILE ĐƯỢC ĐÍNH KÈM THEO VĂN BẢN',
  'Cảm ơn đã dùng ThuVienPhapLuat.vn',
  'Thưa Quý khách,',
];

/** A comment section opener and the lines that confirm it (within the next few lines). */
export const COMMENT_OPENERS: readonly string[] = ['Bình luận', 'Ý kiến bạn đọc', 'Ý kiến của bạn', 'Gửi bình luận'];
export const COMMENT_CONFIRMERS: readonly string[] = [
  'Hiện tại chưa có bình luận',
  'Chưa có bình luận',
  'Viết bình luận',
  'Gửi bình luận',
  'Gửi ý kiến',
  'Ý kiến của bạn',
  'Họ và tên',
];

/** Headings of related-article lists printed after an article: from here to the end is the site. */
export const RELATED_OPENERS: readonly string[] = [
  'Tin liên quan',
  'Bài viết liên quan',
  'Các tin khác',
  'Tin khác',
  'Tin cùng chuyên mục',
  'Tin mới hơn',
  'Tin cũ hơn',
  'Tin đã đưa',
  'Xem thêm',
  'Đọc thêm',
];

/** A visitor-statistics widget heading and its counter lines. */
export const STATS_HEADING = 'Thống kê truy cập';
export const STATS_LINES: readonly string[] = [
  'Đang truy cập',
  'Đang online',
  'Hôm nay',
  'Hôm qua',
  'Trong tuần',
  'Tuần này',
  'Tháng hiện tại',
  'Tháng này',
  'Tổng lượt truy cập',
  'Lượt truy cập',
  'Tổng truy cập',
];

/**
 * Single lines of site furniture (regex sources, matched against the whole trimmed line,
 * case-insensitive), with the name the diagnostic gives them.
 */
export const CHROME_LINES: readonly { what: string; pattern: string }[] = [
  { what: 'image placeholder', pattern: '\\[(?:img|image|ảnh|hình)\\]' },
  { what: 'login prompt', pattern: '(?:đăng nhập|đăng ký|đăng xuất|quên mật khẩu)' },
  { what: 'site badge', pattern: 'ipv6 ready.{0,60}|ch[uứ]ng nh[aậ]n t[ií]n nhi[eệ]m m[aạ]ng' },
  { what: 'copyright banner', pattern: '(?:copyright|bản quyền thuộc về|©).{0,200}' },
  { what: 'share buttons', pattern: '(?:chia sẻ|in bài viết|in trang|gửi email|quay lại|lên đầu trang|về đầu trang|bản in|facebook|twitter|zalo)' },
  { what: 'table of contents heading', pattern: 'nội dung chính' },
  { what: 'real-estate advertisement', pattern: 'mua bán (?:nhà|đất|nhà đất|căn hộ) tại .{1,60}' },
  { what: 'site note', pattern: '\\(\\*?\\) trên đây là thông tin.{0,300}' },
  { what: 'thuvienphapluat banner', pattern: '(?:đang tải văn bản.{0,5}|click vào phần bôi vàng để xem chi tiết\\.?|các nội dung được sửa đổi, hướng dẫn)' },
];

/** A converter's remark about its own output (a line naming the markdown format). */
export const CONVERTER_REMARK_WORD = 'markdown';

/** An image caption's credit at the end of a line: "... Ảnh: T.SỸ", "(Hình từ Internet)", "(Ảnh minh họa)" (case-sensitive). */
export const CAPTION_CREDIT = '(?:(?<![\\p{L}])Ảnh:[ \\t]?[^!?;:,]{1,40}|\\((?:Hình|Ảnh)(?: từ Internet| minh họa| minh hoạ)\\)|[Nn]guồn:?[ \\t]https?://\\S{1,100})[.]?';

/** A document-type title line of the TVPL page ("Công văn 4240/UBND-VX năm 2025 ... do ... ban hành"). */
export const SITE_TITLE_TAIL = 'ban hành';
