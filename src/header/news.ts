/**
 * Web articles (news reports of a notice, a meeting or a document) have no header block: their
 * title is the headline, their date the article's own publication date, and when they report a
 * specific document ("Ban Thường vụ Tỉnh ủy Thanh Hóa vừa ban hành Công văn số 469-CV/TU ...")
 * its type, number and issuer describe that document.
 *
 * The page's clock or crawl stamp printed above the headline ("Thứ sáu, 19/04/2024, 21:13
 * [GMT+7]") is when the page was viewed, not when the article was published; the article's date
 * is the one printed under its headline ("Thứ bảy, 06/02/2021 - 20:58'") or given by a label
 * ("date 2021-11"). A reporter's initials at the end ("B.T", "MINH CHIẾN") are not a signer.
 */
import type { PartialDate, Span } from '../record/schema.js';
import { makePartialDate } from '../dates/partial-date.js';
import { NAMED_DOCUMENT_BODY, NOT_AFTER_LETTER_OR_DIGIT } from '../vocabulary/document-types.js';
import { isBlank, type Line } from './lines.js';
import { cleanValue, nextGuarded } from './text.js';

/** A labelled date at a line's start: "date 2021-11", "date: 2021-11-24", "Ngày đăng: 24/11/2021". */
export const LABELLED_DATE =
  /^(?:date|Date|DATE|Ngày đăng|Đăng ngày|Cập nhật|Ngày xuất bản|Published)[ ]?:?[ ]?(?:(?<iy>\d{4})-(?<im>\d{1,2})(?:-(?<id>\d{1,2}))?|(?<d>\d{1,2})\/(?<m>\d{1,2})\/(?<y>\d{4}))(?![\p{N}])/u;

/**
 * A dateline: weekday, date and time ("Thứ bảy, 06/02/2021 - 20:58'", "Thứ sáu, 19/04/2024, 21:13
 * [GMT+7]", "Chủ nhật, 5/12/2021 10:00"). The date group is the evidence.
 */
export const DATELINE =
  /^(?:Thứ (?:hai|ba|tư|năm|sáu|bảy|Hai|Ba|Tư|Năm|Sáu|Bảy|2|3|4|5|6|7)|Chủ nhật|Chủ Nhật|CN),?[ ]{1,2}(?:ngày[ ])?(?<date>(?<d>\d{1,2})[/.-](?<m>\d{1,2})[/.-](?<y>\d{4}))(?![\p{N}])/u;

/** A line holding only a date and a time ("12/12/2022 10:30", "12/12/2022 | 10:30 (GMT+7)"). */
export const BARE_DATELINE =
  /^(?<date>(?<d>\d{1,2})\/(?<m>\d{1,2})\/(?<y>\d{4}))(?:[ ,|-]{1,4}\d{1,2}[:h]\d{2}(?::\d{2})?)?(?:[ ]?\(?GMT\+7\)?|[ ]?[AP]M)?$/u;

/** A wire-style lead opening the first paragraph ("(BLC) - ", "(binhdinh.gov.vn) - "). */
export const LEAD_MARK = /^\([^()\n]{1,40}\)[ ]?[-–][ ]?/u;

/** A date line of any kind (not a headline). */
export function isDateLine(s: string): boolean {
  return LABELLED_DATE.test(s) || DATELINE.test(s) || BARE_DATELINE.test(s);
}

export interface Headline {
  text: string;
  span: Span;
  line: number;
  /** A dateline run into the headline's end ("... chống dịch 12/12/2022 10:30"). */
  date?: PartialDate;
}

/** A numeric date, for finding a dateline at a headline's end. */
export const NUMERIC_DATE = /\d{1,2}\/\d{1,2}\/\d{4}/g;

const NUMERIC_DATE_RE = new RegExp(NUMERIC_DATE.source, NUMERIC_DATE.flags);

/** Punctuation that closes a headline. */
export const HEADLINE_END = /[!?:]$/;

/** Sentence punctuation that ends a paragraph, not a headline. */
export const SENTENCE_END = /[.;]$/;

/**
 * The headline: the first line among the first few that reads as one (not a date line, not a
 * lead paragraph, not a sentence). A labelled date before it on the same line is set aside
 * ("date 2021-11 Tăng cường ...").
 */
export function findHeadline(text: string, lines: Line[], from: number): Headline | null {
  let seen = 0;
  for (let i = from; i < lines.length && seen < 6; i++) {
    const l = lines[i];
    if (l.chrome || isBlank(l)) continue;
    seen++;
    let s = l.cs;
    const lab = LABELLED_DATE.exec(l.text);
    if (lab) s = l.cs + lab[0].length;
    else if (DATELINE.test(l.text) || BARE_DATELINE.test(l.text)) continue;
    while (s < l.ce && text[s] === ' ') s++;
    const body = text.slice(s, l.ce);
    // The body has started (a wire lead "(BĐ) - ...", a long paragraph): no headline.
    if (LEAD_MARK.test(body) || body.length > 300) return null;
    if (SENTENCE_END.test(body) && body.length > 160) return null;
    if (body.length < 10) continue;
    // A headline wrapped over the next lines of its paragraph ("... chống dịch" / "COVID-19 ...").
    let end = l.ce;
    let last = i;
    while (last + 1 < lines.length && !SENTENCE_END.test(text.slice(s, end)) && !HEADLINE_END.test(text.slice(s, end))) {
      const n = lines[last + 1];
      if (n.chrome || isBlank(n) || isDateLine(n.text) || LEAD_MARK.test(n.text)) break;
      if (end - s + n.text.length > 300) break;
      end = n.ce;
      last++;
    }
    // A dateline the normaliser joined to the headline.
    let date: PartialDate | undefined;
    const re = NUMERIC_DATE_RE;
    re.lastIndex = s;
    const bounded = text.slice(0, end);
    let m: RegExpExecArray | null;
    let lastAt = -1;
    while ((m = re.exec(bounded)) !== null) lastAt = m.index;
    if (lastAt > s && text[lastAt - 1] === ' ') {
      const tail = BARE_DATELINE.exec(text.slice(lastAt, end));
      // Only with its time: a headline may end on a date of its own ("... trước 15/8/2025").
      if (tail && tail[0].length > tail.groups!.date.length) {
        const g = tail.groups!;
        date = makePartialDate(g.date, { start: lastAt, end: lastAt + g.date.length }, {
          year: Number.parseInt(g.y, 10),
          month: Number.parseInt(g.m, 10),
          day: Number.parseInt(g.d, 10),
        });
        end = lastAt - 1;
      }
    }
    const value = cleanValue(text.slice(s, end));
    if (value.length === 0) continue;
    return { text: value, span: { start: s, end }, line: last, date };
  }
  return null;
}

/** The article's publication date: labelled, or a dateline after the headline. */
export function articleDate(text: string, lines: Line[], headline: Headline | null, from: number): PartialDate | null {
  if (headline?.date) return headline.date;
  const limit = Math.min(lines.length, (headline ? headline.line : from) + 8);
  for (let i = from; i < limit; i++) {
    const l = lines[i];
    if (l.chrome) continue;
    const lab = LABELLED_DATE.exec(l.text);
    if (lab) {
      const g = lab.groups!;
      const y = Number.parseInt(g.iy ?? g.y, 10);
      const mo = Number.parseInt(g.im ?? g.m, 10);
      const dRaw = g.id ?? g.d;
      const d = dRaw === undefined ? null : Number.parseInt(dRaw, 10);
      const printed = g.iy ? lab[0].slice(lab[0].indexOf(g.iy)) : lab[0].slice(lab[0].indexOf(g.d));
      const start = l.cs + lab[0].length - printed.length;
      return makePartialDate(printed, { start, end: l.cs + lab[0].length }, { year: y, month: mo, day: d });
    }
    // A dateline above the headline is the page's clock, not the article's date.
    if (headline && i > headline.line) {
      const dl = DATELINE.exec(l.text) ?? (i <= headline.line + 3 ? BARE_DATELINE.exec(l.text) : null);
      if (dl) {
        const g = dl.groups!;
        const start = l.cs + dl[0].indexOf(g.date);
        return makePartialDate(g.date, { start, end: start + g.date.length }, {
          year: Number.parseInt(g.y, 10),
          month: Number.parseInt(g.m, 10),
          day: Number.parseInt(g.d, 10),
        });
      }
    }
  }
  return null;
}

/** Verbs by which a report says a document was issued ("vừa ban hành", "đã có", "ký ban hành"). */
export const ISSUING_VERB = /(?:ban hành|đã có|vừa có|đã ký|ký|phát đi|công bố|gửi)[ ]?$/u;

export interface DescribedDocument {
  typeName: string;
  /** The number as printed in the mention ("469-CV/TU", "157"). */
  number: string;
  numberSpan: Span;
  typeSpan: Span;
  /** Start of the sentence that issues it, when the mention is the object of an issuing verb. */
  sentenceStart: number | null;
  /** Start of the mention. */
  start: number;
  end: number;
}

/**
 * The next match of NAMED_DOCUMENT in s at or after `from` (what its exec with lastIndex `from`
 * returns): the pattern without its look-behind finds candidates fast, the look-behind is then
 * tested at each candidate only.
 */
export function nextNamedDocument(s: string, from: number): RegExpExecArray | null {
  return nextGuarded(NAMED_DOCUMENT_BODY.re, NOT_AFTER_LETTER_OR_DIGIT, s, from);
}

/** Characters before a mention that are searched for an issuing verb. */
const VERB_WINDOW = 40;

/**
 * The document a report is about: named in the headline ("... (Thông báo 393/TB-UBND)",
 * "Kết luận 157 của Bộ Chính trị: ...") or the object of an issuing verb in the first paragraphs
 * ("vừa ban hành Công văn số 469-CV/TU"). A document merely cited ("theo Kết luận 224-KL/HU") is
 * not the report's subject.
 */
export function describedDocuments(text: string, headline: Headline | null, from: number, to: number): DescribedDocument[] {
  const out: DescribedDocument[] = [];
  const scan = (a: number, b: number, inHeadline: boolean) => {
    const bounded = text.slice(0, Math.min(text.length, b + 60));
    let m: RegExpExecArray | null;
    let at = a;
    while ((m = nextNamedDocument(bounded, at)) !== null && m.index < b) {
      at = m.index + m[0].length;
      const g = m.groups!;
      const name = g.name;
      // A type name in running text is lower case ("ban hành công văn"): take only the
      // capitalised form, as documents are named.
      if (name[0] === name[0].toLowerCase()) continue;
      const before = text.slice(Math.max(a, m.index - VERB_WINDOW), m.index);
      const verb = ISSUING_VERB.test(before.trimEnd() + ' ') || ISSUING_VERB.test(before.trimEnd());
      if (!inHeadline && !verb) continue;
      const numStart = m.index + m[0].length - g.number.length;
      let sentenceStart: number | null = null;
      if (verb) {
        let s = m.index;
        while (s > a && !(text[s - 1] === '\n' || (text[s - 1] === ' ' && text[s - 2] === '.'))) s--;
        sentenceStart = s;
      }
      out.push({
        typeName: name,
        number: g.number,
        numberSpan: { start: numStart, end: numStart + g.number.length },
        typeSpan: { start: m.index, end: m.index + name.length },
        sentenceStart,
        start: m.index,
        end: m.index + m[0].length,
      });
    }
  };
  if (headline) scan(headline.span.start, headline.span.end, true);
  scan(from, to, false);
  return out;
}
