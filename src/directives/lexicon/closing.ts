/**
 * What ends the directive part: the closing formula ("Trên đây là ...", "Văn phòng Chính phủ
 * thông báo để ... biết, thực hiện./.", "Nhận Công điện này, yêu cầu ..."), the end-of-text mark
 * "./." (Nghị định 30/2020/NĐ-CP, Phụ lục I: the body ends with "./."), the "Nơi nhận" block,
 * the signer block (authority "KT."/"TM."/"TL."/"Q." and the position title) and an annex.
 */

import { alt } from './alt.js';


/** Openings of a closing paragraph. */
export const CLOSING_OPENINGS: readonly string[] = [
  'Trên đây là',
  'Trên đây',
  'Nhận được Công điện này',
  'Nhận Công điện này',
  'Nhận được văn bản này',
  'Nhận văn bản này',
  'Nhận được Thông báo này',
  'Nhận Thông báo này',
  'Nhận được Công văn này',
  'Nhận Công văn này',
  'Thừa lệnh',
  'Thừa ủy quyền',
  'Thừa uỷ quyền',
];

/** Phrases that make a paragraph a closing wherever they stand. */
export const CLOSING_PHRASES: readonly string[] = ['trân trọng thông báo', 'xin trân trọng cảm ơn', 'trân trọng cảm ơn', 'xin thông báo'];

export const CLOSING_OPENING_RE = new RegExp(`^(?:\\(\\*\\)[ \\t]{0,3})?(?:${alt(CLOSING_OPENINGS)})(?![\\p{L}])`, 'iu');
export const CLOSING_PHRASE_RE = new RegExp(`(?:${alt(CLOSING_PHRASES)})(?![\\p{L}])|^Trân trọng[ \\t]{0,3}[./]{0,3}$`, 'iu');

/**
 * "... thông báo để/đến/cho ... biết, thực hiện": the notifying formula. The first part is found
 * here; the caller checks that "biết" or "thực hiện" follows in the same paragraph.
 * "đề" is the common OCR/typing slip for "để".
 */
export const NOTIFY_RE = /thông báo(?:[ \t]{1,3}kết luận[^.;]{0,200}?)?[ \t]{1,3}(?:để|đề|đến|cho|tới)(?![\p{L}])/iu;
export const NOTIFY_TAIL_RE = /(?<![\p{L}])(?:biết|thực hiện|thi hành)(?![\p{L}])/iu;

/** The end-of-text mark "./." (also OCR'd ". /.", "./", "/."), possibly followed by markup. */
export const END_MARK_RE = /(?:\.[ \t]?\/[ \t]?\.?|\/\.)[ \t*_]{0,6}$/u;

/** True when the string ends with the end-of-text mark (only its last characters are read). */
export function endsWithEndMark(s: string): boolean {
  return s.includes('/') && END_MARK_RE.test(s.slice(-14));
}

/** Words near the end of a "./."-closed non-item paragraph that make it a closing formula. */
export const END_MARK_CLOSING_RE = /(?<![\p{L}])(?:này|biết|thực hiện|thi hành|triển khai|trân trọng)(?![\p{L}])/iu;

/** "Nơi nhận:" and its OCR forms ("Noi nhận", "'Vơi nhận", "Nơi xuất"). */
export const RECIPIENTS_RE = /^(?:N[oơôóòớờ]i|['‘’]?V[oơ]i|Ncri)[ \t]{1,3}(?:nhận|nhân|nhan|nhặn|xuất)(?![\p{L}])/iu;

/**
 * RECIPIENTS_RE.test(s), with its first character looked at first: a match opens with "N", "V"
 * (either case: no other character folds to them) or a quote, and most lines open otherwise.
 */
export function opensRecipients(s: string): boolean {
  const c = s.charCodeAt(0);
  const opens = c === 78 || c === 110 || c === 86 || c === 118 || c === 39 || c === 0x2018 || c === 0x2019; // N n V v ' ‘ ’
  return opens && RECIPIENTS_RE.test(s);
}

/** Authority prefixes of a signer block (Nghị định 30/2020/NĐ-CP, Điều 13): KT., TM., TL., TUQ., Q. */
export const AUTHORITY_RE = /^(?:(?:KT|TM|TL|TUQ|Q)[ \t]{0,2}[.\/:]|(?:T\/M|K\/T|T\/L|T\.M|K\.T)[ \t]{0,2}[.:]?)[ \t]{0,3}\p{Lu}/u;

/** Position titles that, alone on an all-capitals line, are the signer's position. */
export const SIGNER_TITLES: readonly string[] = [
  'CHỦ TỊCH',
  'PHÓ CHỦ TỊCH',
  'GIÁM ĐỐC',
  'PHÓ GIÁM ĐỐC',
  'CHÁNH VĂN PHÒNG',
  'PHÓ CHÁNH VĂN PHÒNG',
  'BỘ TRƯỞNG',
  'THỨ TRƯỞNG',
  'THỦ TƯỚNG',
  'PHÓ THỦ TƯỚNG',
  'BÍ THƯ',
  'PHÓ BÍ THƯ',
  'TRƯỞNG BAN',
  'PHÓ TRƯỞNG BAN',
  'CỤC TRƯỞNG',
  'PHÓ CỤC TRƯỞNG',
  'TỔNG CỤC TRƯỞNG',
  'PHÓ TỔNG CỤC TRƯỞNG',
  'CHỦ NHIỆM',
  'PHÓ CHỦ NHIỆM',
  'HIỆU TRƯỞNG',
  'TRƯỞNG PHÒNG',
  'CHÁNH THANH TRA',
];
export const SIGNER_TITLE_RE = new RegExp(`^(?:${alt(SIGNER_TITLES)})(?![\\p{L}])`, 'u');

/** First characters of the lines AUTHORITY_RE or SIGNER_TITLE_RE can match (both are case-sensitive). */
export const SIGNER_INITIALS: ReadonlySet<number> = new Set(['K', 'T', 'Q', ...SIGNER_TITLES.map((t) => t[0])].map((c) => c.charCodeAt(0)));

/** An annex after the signer: the directive part never runs into it. */
export const ANNEX_RE = /^(?:PHỤ LỤC(?![\p{L}])|Phụ lục[ \t]{1,3}(?:[IVX]{1,4}|\d{1,2})[ \t]*:?$)/u;
/** The first character of every ANNEX_RE match: "P". */
export const ANNEX_INITIAL = 80;

/** "Trong quá trình thực hiện, nếu có vướng mắc, đề nghị ... phản ánh về ...": the standard closing of a letter. */
export const PROBLEMS_CLOSING_RE =
  /^(?:Trong quá trình|Quá trình)(?![\p{L}])[^.;]{0,120}?(?:thực hiện|triển khai)[^.;]{0,200}?(?:vướng mắc|khó khăn)/iu;

/** A short paragraph that asks for the whole text to be carried out: "X yêu cầu ... nghiêm túc triển khai thực hiện." */
export const DEMAND_WORD_RE = /(?<![\p{L}])(?:yêu cầu|đề nghị)(?![\p{L}])/iu;
export const EXECUTE_END_RE =
  /thực hiện(?:[ \t]{1,3}(?:nghiêm túc|nghiêm|có hiệu quả))?(?:[ \t]{1,3}(?:Chỉ thị|Công văn|Thông báo|Công điện|Quyết định|Kế hoạch|văn bản|Kết luận|Nghị quyết)[ \t]{1,3}này)?[ \t]{0,3}[./]{1,4}(?:[ \t]{1,3}[\p{L}!]{1,5})?[ \t]{0,3}$/iu;
/** Longest paragraph read as such a demand (a longer one is a directive). */
export const DEMAND_CLOSING_MAX = 400;
