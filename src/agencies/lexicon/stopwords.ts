/**
 * Words that end an open name ("Công ty ... thực hiện") or a Ban Chỉ đạo's task ("Ban Chỉ đạo
 * phòng chống dịch COVID-19 phụ trách ..."): prepositions, function words and the verbs that
 * follow a body as subject. Folded spellings (text/fold.ts), one syllable each. They stop a name
 * only when printed in lower case: "Phát triển", "Kiểm lâm", "Quản lý" inside a name are capitalised.
 */

const FUNCTION_WORDS = [
  'cua', 'theo', 'de', 'tai', 'tren', 'voi', 'cho', 've', 'nham', 'khi', 'la', 'thi', 'ma', 'neu', 'vi', 'den', 'gom', 'nhu',
  'hoac', 'da', 'se', 'dang', 'phai', 'duoc', 'bi', 'can', 'khong', 'chua', 'van', 'rat', 'nay', 'do', 'tu', 'trong', 'sau',
];

const VERBS = [
  'chu', // chủ trì, chủ động
  'phu', // phụ trách
  'dien', // diễn ra
  'phoi', // phối hợp
  'tham', // tham mưu
  'bao', // báo cáo
  'kip', 'giao', 'khan', 'tiep', 'tang', 'chi', 'huong', 'to', 'trien', 'thuc', 'kiem', 'lam', 'nam', 'xem', 'xay', 'tong',
  'nghien', 'hoan', 'ra', 'dua', 'yeu', 'dam', 'soat', 'co', 'cu', 'gui', 'trinh', 'phat', 'thong', 'tuyen', 'lua', 'kich',
  'xu', 'tiem', 'ghi', 'bieu', 'danh', 'ket', 'dong', 'truong', 'pho', 'thuong', 'quyet', 'ban', 'cap', 'mua', 'huy',
];

/** Stop words of an open name (Bệnh viện ..., Công ty ..., Cục ...). "và" joins name parts. */
export const NAME_STOP: ReadonlySet<string> = new Set([...FUNCTION_WORDS, ...VERBS]);

/** Stop words of a Ban Chỉ đạo's task; "và" ends it, "kiếm" ("tìm kiếm cứu nạn") and "trình" ("Chương trình") do not. */
export const PURPOSE_STOP: ReadonlySet<string> = new Set([...FUNCTION_WORDS, ...VERBS.filter((w) => w !== 'kiem' && w !== 'trinh'), 'va']);

/** A task's first word printed with a capital that the canonical name writes in lower case. */
export const LOWER_FIRST_PURPOSE: ReadonlySet<string> = new Set(['phong', 'chong', 'cong', 'thuc', 'xay', 'chuyen', 'cai', 'phat', 'quan', 'giam', 'bao', 'ung', 'tim', 'kiem', 'dieu', 'an']);
