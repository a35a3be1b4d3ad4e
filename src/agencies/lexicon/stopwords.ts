/**
 * Words that end an open name ("Công ty ... thực hiện") or a Ban Chỉ đạo's task ("Ban Chỉ đạo
 * phòng chống dịch COVID-19 phụ trách ..."): function words (one syllable) and the verbs that
 * follow a body as subject (two syllables, so that "triển" in "Phát triển" does not stop a name
 * but "triển khai" does). Folded spellings (text/fold.ts). They stop a name only when printed in
 * lower case: "Kiểm tra" in "Đoàn Kiểm tra", "Quản lý" in "Cục Quản lý ..." are capitalised.
 */

/** Exact lower-case spellings (new-style tones): "thì" stops a name, "thị" ("Đô thị") does not. */
const FUNCTION_WORDS = [
  'của', 'cảu', 'theo', 'để', 'tại', 'trên', 'với', 'cho', 'về', 'nhằm', 'khi', 'là', 'thì', 'mà', 'nếu', 'vì', 'đến', 'gồm',
  'như', 'hoặc', 'đã', 'sẽ', 'đang', 'phải', 'được', 'bị', 'cần', 'không', 'chưa', 'vẫn', 'rất', 'này', 'do', 'từ', 'trong',
  'sau', 'có', 'cử', 'gửi', 'đưa', 'mua', 'trình', 'thuộc',
];

const VERBS = [
  'chu tri', 'chu dong', 'phu trach', 'dien ra', 'phoi hop', 'tham muu', 'bao cao', 'kip thoi', 'giao cho', 'khan truong',
  'tiep tuc', 'tang cuong', 'chi dao', 'huong dan', 'to chuc', 'trien khai', 'thuc hien', 'kiem tra', 'lam viec', 'nam bat',
  'xem xet', 'xay dung', 'tong hop', 'nghien cuu', 'hoan thien', 'ra soat', 'yeu cau', 'dam bao', 'bao dam', 'phat hien',
  'thong bao', 'tuyen truyen', 'lua chon', 'kich hoat', 'xu ly', 'ghi nhan', 'bieu duong', 'danh gia', 'ket luan', 'dong chi',
  'thuong xuyen', 'quyet liet', 'ban hanh', 'huy dong', 'theo doi', 'kiem soat', 'phe duyet', 'quan ly', 'thanh lap', 'giam sat',
  'don doc', 'cung cap', 'bo tri', 'chuan bi', 'uu tien', 'ho tro', 'khac phuc', 'tiep nhan', 'tra loi', 'de nghi', 'de xuat',
  'thong nhat', 'tham gia', 'giai quyet', 'truong ban', 'pho truong', 'giam doc', 'chu tich',
];

/** One-syllable stop words of an open name (Bệnh viện ..., Công ty ..., Cục ...), exact spelling. "và" joins name parts. */
export const NAME_STOP: ReadonlySet<string> = new Set(FUNCTION_WORDS);

/** Two-syllable stop words (verbs after a subject). */
export const STOP_BIGRAMS: ReadonlySet<string> = new Set(VERBS);

/** One-syllable stop words of a Ban Chỉ đạo's task: "và" also ends it ("trình" in "Chương trình" does not). */
export const PURPOSE_STOP: ReadonlySet<string> = new Set([...FUNCTION_WORDS.filter((w) => w !== 'trình'), 'và']);

/** A task's first word printed with a capital that the canonical name writes in lower case. */
export const LOWER_FIRST_PURPOSE: ReadonlySet<string> = new Set(['phong', 'chong', 'cong', 'thuc', 'xay', 'chuyen', 'cai', 'phat', 'quan', 'giam', 'bao', 'ung', 'tim', 'kiem', 'dieu', 'an']);
