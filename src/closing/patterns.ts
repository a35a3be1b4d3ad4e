/**
 * Patterns of the closing block (Nghị định 30/2020/NĐ-CP, Phụ lục I, mục "Nơi nhận"): the
 * "Nơi nhận:" heading, one recipient per "-" line, the archive copy "Lưu: VT, ..." last.
 */

/**
 * "Nơi nhận:" at a line's start, with the forms scans give it ("Noi nhận:}", "'Vơi nhận:",
 * "Nơi xuất").
 */
export const RECIPIENTS_ANCHOR = /^(?:Nơi|Noi|NƠI|NOI|Nới|Nợi|'Vơi|Vơi|Nσi)[ ]?(?:nhận|nhân|nhan|NHẬN|xuất)(?![\p{L}])[ ]?[:;.}]{0,3}[ ]?/u;

/** The first half of "Nơi nhận" wrapped over two lines ("*Nơi\nnhận:*"). */
export const RECIPIENTS_ANCHOR_SPLIT = /^(?:Nơi|Noi|NƠI)$/u;

/** A recipient line's bullet ("- ", "+ ", "• ", "*-* ", "- _ "). */
export const BULLET = /^(?:[-–—+•*_][ ]?){1,3}/u;

/** The archive copy line ("Lưu: VT, KGVX", "Lưu VT."). */
export const ARCHIVE_LINE = /^(?:Lưu|LƯU|Luu)(?![\p{L}])/u;
