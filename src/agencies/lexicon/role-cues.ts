/**
 * Cue words for the role of an agency in a directive (lead / support / mentioned), as data.
 * Every word is written folded (lower case, no diacritics, "đ" as "d"), as the roles step reads
 * the folded copy of the text; the regexes below are generated from the lists at module load.
 *
 * The genre: a Thông báo kết luận / Công văn assigns a task with an assignment verb before the
 * body ("Giao Sở Y tế ...", "Đề nghị UBND huyện ..."), with "chủ trì" after it ("Sở Y tế chủ
 * trì, ..."), or by naming the body as the subject of an item or sentence ("5. Sở Giáo dục và
 * Đào tạo tham mưu ..."). Helpers follow "phối hợp (với)" or "cùng". A position holder stands
 * for the body ("Chủ tịch UBND các xã chịu trách nhiệm" assigns UBND các xã), but a holder who
 * speaks ("Bí thư Tỉnh ủy yêu cầu ...", "Phó Chủ tịch UBND tỉnh đề nghị ...") only names it.
 */
import { tailGuard } from '../text/tail.js';

/** Assignment verbs written before the assignee ("Giao Sở Tài chính", "đề nghị Bộ Y tế"). */
export const LEAD_VERBS: readonly string[] = [
  'giao', 'giao cho', 'giao nhiem vu cho', 'de nghi', 'de nghi cho', 'yeu cau', 'chi dao', 'phan cong', 'phan cong cho', 'uy quyen cho',
];

/**
 * Words that may stand between an assignment verb and the body: positions ("Giao Chủ tịch UBND
 * huyện"), "các", "cho", "đồng chí", "từng đồng chí trong" ("yêu cầu từng đồng chí trong Ban
 * Thường vụ ..."). One folded syllable each.
 */
export const CUE_FILLER_WORDS: readonly string[] = [
  'chu', 'tich', 'pho', 'giam', 'doc', 'thu', 'truong', 'lanh', 'dao', 'cac', 'cho', 'dong', 'chi', 'tung', 'trong', 'thanh', 'vien', 'bi', 'chanh', 'nguoi', 'dung', 'dau',
];

/**
 * Words before "chỉ đạo", "đề nghị", "yêu cầu" that make it a noun, not a verb: "văn bản chỉ
 * đạo Sở ...", "theo đề nghị Sở Y tế", "tham mưu chỉ đạo UBND các xã" (the one advised directs).
 */
export const VERB_AS_NOUN_BEFORE: readonly string[] = [
  'van ban', 'y kien', 'theo', 'tham muu', 'su', 'cong tac', 'noi dung', 'ket luan', 'tai', 'nhu',
];

/** Support cues before the helper ("phối hợp (chặt chẽ) với Sở Y tế", "cùng Công an tỉnh"). */
export const SUPPORT_VERBS: readonly string[] = ['phoi hop', 'cung', 'cung voi'];

/** Adverbs allowed inside a support cue: "phối hợp chặt chẽ với", "phối hợp tốt với". */
export const SUPPORT_ADVERBS: readonly string[] = ['chat che', 'chat', 'tot', 'thuong xuyen', 'dong bo'];

/** Nouns that make "phối hợp" part of a document title: "Quy chế phối hợp giữa Sở Y tế và ...". */
export const COOPERATION_TITLE_NOUNS: readonly string[] = [
  'quy che', 'chuong trinh', 'ke hoach', 'co che', 'thoa thuan', 'bien ban', 'quy dinh', 'to', 'doan', 'nhom',
];

/** What ends the reach of a "phối hợp" cue over a list: a purpose, a new verb, a citation. Not "làm": it folds like "(Kiểm) lâm". */
export const SUPPORT_BREAK_WORDS: readonly string[] = [
  'de', 'nham', 'bao cao', 'trinh', 'gui', 'giao', 'chu tri', 'tham muu', 'huong dan', 'thuc hien', 'theo', 'kiem tra', 'ra soat',
  'xay dung', 'trien khai', 'to chuc', 'xu ly', 'tuyen truyen', 'dam bao', 'tang cuong', 'chi dao', 'xac minh', 'cua', 'tai',
];

/** Words after a body that make it lead: "Sở Y tế chủ trì", "Sở Y tế là cơ quan đầu mối". */
export const LEAD_AFTER_PHRASES: readonly string[] = ['chu tri', 'la co quan chu tri', 'la co quan dau moi', 'la co quan thuong truc', 'lam dau moi'];

/** Adverbs between a body and "chủ trì". */
export const LEAD_AFTER_ADVERBS: readonly string[] = ['khan truong', 'tiep tuc', 'chu dong', 'co trach nhiem'];

/**
 * Verbs of a speaker: a body (or its holder) followed by one of these asks or judges, it does not
 * act: "Bí thư Tỉnh ủy Hồ Quốc Dũng nhấn mạnh", "Phó Chủ tịch UBND tỉnh yêu cầu Sở ...".
 */
export const SPEAKER_VERBS: readonly string[] = [
  'yeu cau', 'de nghi', 'giao', 'nhan manh', 'cho biet', 'phat bieu', 'ket luan', 'danh gia cao', 'ghi nhan', 'bieu duong', 'khang dinh',
  'luu y', 'chi ro', 'hoan nghenh', 'phe binh', 'nhac nho', 'thong bao', 'dong y', 'chap thuan',
];

/**
 * Words after a body that show it is not the subject of a task (a complement, a past deed, a
 * passive). Not "thì" nor "theo": they fold like "thị (trấn)" and "theo (dõi)".
 */
export const NOT_SUBJECT_AFTER_WORDS: readonly string[] = [
  'cua', 've', 'tai', 'de', 'voi', 'trong', 'cho', 'tren', 'la', 'da', 'duoc', 've viec', 'doi voi', 'nham', 'bi', 'neu',
];

/** Level words that may follow "của" inside a subject: "Ban Chỉ đạo ... của huyện tăng cường ...". */
export const OWN_LEVEL_WORDS: readonly string[] = ['huyen', 'tinh', 'xa', 'phuong', 'thi tran', 'thi xa', 'thanh pho', 'quan'];

/** Words allowed before a subject ("Các", "Chủ tịch", "thành viên", "lực lượng"): folded, one syllable each. */
export const SUBJECT_FILLER_WORDS: readonly string[] = [
  'cac', 'chu', 'tich', 'giam', 'doc', 'thu', 'truong', 'lanh', 'dao', 'dong', 'chi', 'thanh', 'vien', 'luc', 'luong', 'va', 'pho', 'nhan', 'dan',
  'cung', 'tap', 'the', 'bi', 'chanh', 'ong', 'ba', 'tung', 'toan',
  // Level words left after a body the recogniser ended early: "Phòng nông nghiệp ... huyện, Trung tâm ...".
  'huyen', 'tinh', 'xa', 'phuong', 'thi', 'tran', 'quan',
];

/**
 * Fields named alone in a subject list after "Các lực lượng" / "các ngành": "Các lực lượng Công
 * an, Quân sự, Biên phòng, Y tế, CDC ... lựa chọn cán bộ". Folded; the Sở/Bộ fields of the
 * lexicon are added to these by the roles step.
 */
export const SUBJECT_FIELD_WORDS: readonly string[] = [
  'cong an', 'quan su', 'bien phong', 'y te', 'mat tran', 'doan the', 'cac doan the', 'ngan hang', 'thue', 'hai quan', 'kiem lam', 'dien luc',
];

/** Connectors at the start of a sentence before its subject ("Theo đó, ...", "Đồng thời ..."). */
export const CONNECTORS: readonly string[] = [
  'theo do', 'dong thoi', 'trong do', 'ngoai ra', 'ben canh do', 'mat khac', 'do do', 'vi vay', 'rieng', 'sau do', 'tiep theo', 'cu the',
  'tuy nhien', 'dac biet', 'con',
];

/** Subordinate clause openers after which ", X ..." starts the subject ("Sau khi ..., Bộ Tài chính ..."). */
export const SUBORDINATE_OPENERS: readonly string[] = [
  'sau khi', 'khi', 'tren co so', 'can cu', 'de', 'truong hop', 'trong', 'doi voi', 've', 'tu nay', 'ke tu', 'nham', 'qua', 'thuc hien', 'voi',
  'tai', 'truoc', 'den', 'dong thoi', 'ngoai ra',
];

/**
 * Heads before a body that make it a genitive, not an actor: "phối hợp với các cơ quan Quốc
 * hội" (the organs help, not the Quốc hội), "các đơn vị thuộc UBND tỉnh".
 */
export const GENITIVE_HEADS: readonly string[] = [
  'cac co quan', 'cac don vi', 'cac to chuc', 'cac ban', 'cac bo phan', 'co quan thuoc', 'don vi thuoc', 'co quan truc thuoc',
  'don vi truc thuoc', 'thuoc', 'truc thuoc', 'cac co quan cua', 'cac don vi cua', 'cac co quan chuyen mon cua', 'cac co quan chuyen mon thuoc',
];

/** Verbs after a body that chain to the next body as its lead: "Ban Cán sự đảng UBND tỉnh lãnh đạo UBND tỉnh chỉ đạo ...". */
export const CHAIN_VERBS: readonly string[] = ['lanh dao', 'chi dao', 'giao'];

const alt = (words: readonly string[]): string =>
  [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/ /g, ' {1,3}'))
    .join('|');

/** An assignment verb (with fillers) right before a body: captures the verb's start in the match. */
export const LEAD_CUE_BEFORE = new RegExp(`(?:^|[^a-z0-9])(${alt(LEAD_VERBS)})(?: {1,4}(?:${alt(CUE_FILLER_WORDS)})){0,6} {1,4}$`);
/** What LEAD_CUE_BEFORE's matches end with (text/tail.ts): a verb or a filler word, 1-4 spaces. */
export const LEAD_CUE_TAIL = tailGuard([...LEAD_VERBS, ...CUE_FILLER_WORDS], 1, 4);

/** A noun use of the verb: the text before the verb ends with one of these. */
export const VERB_AS_NOUN_END = new RegExp(`(?:^|[^a-z0-9])(?:${alt(VERB_AS_NOUN_BEFORE)}) {0,3}$`);
/** What VERB_AS_NOUN_END's matches end with. */
export const VERB_AS_NOUN_TAIL = tailGuard(VERB_AS_NOUN_BEFORE, 0, 3);

/** A support cue right before a body ("phối hợp chặt chẽ với", "cùng với các"). */
export const SUPPORT_CUE_BEFORE = new RegExp(
  `(?:^|[^a-z0-9])(${alt(SUPPORT_VERBS)})(?: {1,4}(?:${alt(SUPPORT_ADVERBS)}))?(?: {1,4}(?:voi|giua))?(?: {1,4}cac)? {1,4}$`,
);
/** What SUPPORT_CUE_BEFORE's matches end with: a verb, an adverb, "với", "giữa" or "các", 1-4 spaces. */
export const SUPPORT_CUE_TAIL = tailGuard([...SUPPORT_VERBS, ...SUPPORT_ADVERBS, 'voi', 'giua', 'cac'], 1, 4);

/** A support cue at the start of a string, "với" optional ("phối hợp Hạt Kiểm lâm, UBND xã ..."). */
export const SUPPORT_CUE_AT = new RegExp(`^phoi {1,3}hop(?: {1,4}(?:${alt(SUPPORT_ADVERBS)}))?(?: {1,4}(?:voi|giua))?(?![a-z0-9])`);

/**
 * An assignment verb earlier in the clause whose list reaches the body over an item the
 * recogniser did not name: "UBND huyện chỉ đạo phòng Tài nguyên môi trường, UBND thị trấn rà
 * soát ...". Group 1 is the verb, group 2 the words of the item between (at most 8, each checked
 * against SUPPORT_BREAK by the roles step).
 */
export const LEAD_LIST_BEFORE = new RegExp(
  `(?:^|[^a-z0-9])(${alt(LEAD_VERBS)}) {1,3}((?:[^ ,.;:()"]{1,12}[ ,]{1,3}){0,9}[^ ,.;:()"]{1,12}) {0,2}(?:,|, va| va) {1,3}$`,
);

/**
 * Labels of a plan's table of tasks, before the body: "Cơ quan chủ trì: Sở Y tế", "Đơn vị phối
 * hợp: Sở Tài chính, Công an tỉnh"; and an item headed by the body's duty: "1. Trách nhiệm của Sở
 * Y tế:", "Nhiệm vụ của UBND các huyện". Folded.
 */
export const LEAD_LABELS: readonly string[] = ['co quan chu tri', 'don vi chu tri', 'chu tri', 'trach nhiem cua', 'nhiem vu cua', 'giao nhiem vu cho'];
export const SUPPORT_LABELS: readonly string[] = ['co quan phoi hop', 'don vi phoi hop', 'phoi hop'];

/** A lead label from the start of the clause (after a marker): "Cơ quan chủ trì:", "Trách nhiệm của". */
export const LEAD_LABEL = new RegExp(`^ {0,3}(?:${alt(LEAD_LABELS)}) {0,2}:? {0,3}(?:cac {1,3})?$`);

/** A support label from the start of the clause: "Cơ quan phối hợp:". */
export const SUPPORT_LABEL = new RegExp(`^ {0,3}(?:${alt(SUPPORT_LABELS)}) {0,2}:? {0,3}(?:cac {1,3})?$`);

/** "Quy chế phối hợp": the text before "phối hợp" ends with a title noun. */
export const COOPERATION_TITLE_END = new RegExp(`(?:^|[^a-z0-9])(?:${alt(COOPERATION_TITLE_NOUNS)}) {1,3}$`);
/** What COOPERATION_TITLE_END's matches end with. */
export const COOPERATION_TITLE_TAIL = tailGuard(COOPERATION_TITLE_NOUNS, 1, 3);

/** What ends the reach of a support cue over a list. */
export const SUPPORT_BREAK = new RegExp(`[.;:()"]|(?:^|[^a-z0-9])(?:${alt(SUPPORT_BREAK_WORDS)})(?![a-z0-9])`);

/** The same words inside a list item, less "tại", which folds like "Tài (nguyên)". */
export const LIST_ITEM_BREAK = new RegExp(`[.;:()"]|(?:^|[^a-z0-9])(?:${alt(SUPPORT_BREAK_WORDS.filter((w) => w !== 'tai'))})(?![a-z0-9])`);

/** "chủ trì" right after a body (possibly after an adverb). */
export const LEAD_AFTER = new RegExp(`^ {0,2},? {0,3}(?:(?:${alt(LEAD_AFTER_ADVERBS)}) {1,4})?(?:${alt(LEAD_AFTER_PHRASES)})(?![a-z0-9])`);

/** "phối hợp" right after a body: the body helps when someone else leads the item. */
export const COOPERATES_AFTER = /^ {0,2}(?:(?:tiep tuc|chu dong|tich cuc|co trach nhiem) {1,4})?phoi {1,3}hop(?![a-z0-9])/;

/** A speaker verb after a body (a person's name, already skipped, may stand between). */
export const SPEAKER_AFTER = new RegExp(`^ {0,3},? {0,3}(?:cung {1,3}|da {1,3})?(?:${alt(SPEAKER_VERBS)})(?![a-z0-9])`);

/** A person's name after a position's body: capitalised syllables ("Bí thư Tỉnh ủy Hồ Quốc Dũng"). */
export const PERSON_NAME_AFTER = /^(?: {1,2}\p{Lu}\p{Ll}{0,7}){2,4}(?![\p{L}])/u;

/** Words after a body that show it is not the subject of a task ("của", "về", "tại", "đã", "được", ...). */
export const NOT_SUBJECT_AFTER = new RegExp(
  `^ {0,3}(?:cua(?! {1,3}(?:${alt(OWN_LEVEL_WORDS)})(?![a-z0-9]))|${alt(NOT_SUBJECT_AFTER_WORDS.filter((w) => w !== 'cua'))})(?![a-z0-9])`,
);

/**
 * Generic list items after a subject before a past or passive verb: "UBND huyện, các cơ quan,
 * đơn vị thuộc huyện đã thực hiện tốt ..." (a past deed, not a task).
 */
export const LIST_TAIL_THEN_PAST = /^(?: {0,2}(?:,|va|, va) {1,3}cac [^.;:,]{1,40}){1,3}(?:, {0,2}[^.;:,]{1,30}){0,3} {1,3}(?:da|dang|duoc)(?![a-z0-9])/;

/** "của" + level word, a subject's own qualifier: skipped before the speaker / past checks. */
export const OWN_LEVEL_AFTER = new RegExp(`^ {1,3}cua {1,3}(?:${alt(OWN_LEVEL_WORDS)})(?![a-z0-9])`);

/** A list marker at the start of an item ("5.", "a)", "-", "II.", "Điều 1."). */
export const MARKER = /^\s*(?:[-+•]|(?:dieu {1,4})?[0-9ivxlcd]{1,5}[.)]|[a-zđ][.)]|[0-9]{1,2}(?:\.[0-9]{1,2}){1,3}\.?)\s*/;

/** A connector opening a sentence, with its comma. */
export const CONNECTOR_AT = new RegExp(`^\\s{0,4}(?:${alt(CONNECTORS)}) {0,2},? {0,3}`);

/**
 * A subordinate clause opener at the start of a sentence. "để" folds like "đề": "đề nghị",
 * "đề xuất", "đề án", "đề ra" open no subordinate clause.
 */
export const SUBORDINATE_AT = new RegExp(`^\\s{0,4}(?:${alt(SUBORDINATE_OPENERS)})(?![a-z0-9])(?! {1,3}(?:nghi|xuat|an|ra|cap)(?![a-z0-9]))`);

/** "để"/"đề" (folded "de") opening a clause right before its subject: "...; để Sở GTVT chỉ đạo ...". */
export const PURPOSE_SUBJECT = /^\s*de {1,3}$/;

/** A genitive head right before a body. */
export const GENITIVE_BEFORE = new RegExp(`(?:^|[^a-z0-9])(?:${alt(GENITIVE_HEADS)}) {1,3}$`);
/** What GENITIVE_BEFORE's matches end with. */
export const GENITIVE_TAIL = tailGuard(GENITIVE_HEADS, 1, 3);

/** A chain verb between two bodies: "X lãnh đạo Y", "X chỉ đạo Y". */
export const CHAIN_GAP = new RegExp(`^ {1,3}(?:(?:${alt(CHAIN_VERBS)}) {1,3})$`);

/** What may stand between two bodies of one list ("Sở Tài chính, Sở Y tế và ..."). */
export const LIST_GAP = /^ {0,2}(?:[,;]|va|, va) {0,3}$/;
