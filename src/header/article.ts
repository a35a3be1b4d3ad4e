/**
 * The header of a web article (no header block): its headline is the title, its own
 * publication date the date, and, when it reports a specific document ("Ban Thường vụ Tỉnh ủy
 * Thanh Hóa vừa ban hành Công văn số 469-CV/TU"), that document's type, number and issuer.
 */
import type { DocumentContext } from '../context.js';
import type { PartialDate, Span } from '../record/schema.js';
import { findDates } from '../dates/partial-date.js';
import type { Line } from './lines.js';
import { parseNumber, SYMBOL_SPLIT } from './number.js';
import { docType, typeAtStart, typeOfName, type DocType } from './type.js';
import { articleDate, describedDocuments, findHeadline, LEAD_MARK, nextNamedDocument } from './news.js';
import { cleanValue } from './text.js';

/** Stop words that end an issuer phrase after "của" ("của Bộ Chính trị về ..."). */
export const ISSUER_STOP = /^(?:về|tại|ngày|năm|hướng|quy|triển|đối|trong|với|nhằm|để|theo|cho|đã|vừa|là|có|được|này|nêu|số)$/u;
/** A date phrase opening a sentence ("Ngày 20/11/2025, ", "Chiều ngày 18/11/2025, "). */
export const LEADING_DATE_PHRASE = /^(?:(?:Sáng|Chiều|Tối|Trưa)[ ])?(?:[Nn]gày[ ])?\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{4})?,[ ]?/u;
/** An issuing verb closing the subject ("... vừa ban hành"). */
export const TRAILING_VERB = /[ ](?:đã|vừa|mới)?[ ]?(?:ký[ ])?(?:ban hành|có|ký|phát đi|công bố)$/u;

/** The issuer phrase after "của" following a document mention. */
function issuerAfterOf(text: string, from: number): { name: string; span: Span } | null {
  let i = from;
  while (i < text.length && text[i] === ' ') i++;
  if (!text.startsWith('của ', i)) return null;
  i += 4;
  const start = i;
  let end = i;
  let words = 0;
  while (i < text.length && words < 12) {
    let j = i;
    while (j < text.length && text[j] !== ' ' && text[j] !== '\n' && text[j] !== ',' && text[j] !== '.' && text[j] !== ':' && text[j] !== ';' && text[j] !== '(' && text[j] !== ')') j++;
    const w = text.slice(i, j);
    if (w.length === 0 || ISSUER_STOP.test(w)) break;
    end = j;
    words++;
    if (text[j] !== ' ') break;
    i = j + 1;
  }
  const name = text.slice(start, end);
  if (name.length === 0 || name[0] === name[0].toLowerCase()) return null;
  return { name: cleanValue(name), span: { start, end } };
}

/** The subject of an issuing sentence ("Ban Thường vụ Tỉnh ủy Thanh Hóa vừa ban hành"). */
function issuerAsSubject(text: string, sentenceStart: number, mentionStart: number): { name: string; span: Span } | null {
  let s = sentenceStart;
  let chunk = text.slice(s, mentionStart);
  const lead = LEAD_MARK.exec(chunk);
  if (lead) {
    s += lead[0].length;
    chunk = chunk.slice(lead[0].length);
  }
  const dp = LEADING_DATE_PHRASE.exec(chunk);
  if (dp) {
    s += dp[0].length;
    chunk = chunk.slice(dp[0].length);
  }
  const trimmed = chunk.trimEnd();
  const v = TRAILING_VERB.exec(trimmed);
  if (!v) return null;
  const name = trimmed.slice(0, v.index).trim();
  if (name.length === 0 || name.length > 100 || name[0] === name[0].toLowerCase()) return null;
  if (name.includes('đồng chí') || name.includes(',')) return null;
  return { name: cleanValue(name), span: { start: s, end: s + name.length } };
}

/** Header of a web article: headline, publication date, and the document it reports. */
export function articleHeader(ctx: DocumentContext, lines: Line[]): number {
  const text = ctx.text;
  const doc = ctx.findings.document;
  let first = 0;
  while (first < lines.length && lines[first].chrome) first++;
  const headline = findHeadline(text, lines, first);
  let headerEnd = headline ? headline.span.end : lines[first]?.start ?? 0;
  doc.title = headline ? { text: headline.text, span: headline.span } : null;
  let type: DocType | null = null;
  if (headline) {
    const t = typeAtStart(headline.text);
    if (t) type = docType(t.entry, { start: headline.span.start, end: headline.span.start + t.length });
  }
  const pubDate = articleDate(text, lines, headline, first);
  if (pubDate && pubDate.span.end > headerEnd && pubDate.span.end - headerEnd < 200) headerEnd = pubDate.span.end;

  // The document the article reports, if it names one.
  const bodyFrom = headline ? headline.span.end : 0;
  const described = describedDocuments(text, headline, bodyFrom, Math.min(text.length, bodyFrom + 2500));
  let docDate: PartialDate | null = null;
  if (described.length > 0) {
    const withVerb = described.find((d) => d.sentenceStart !== null) ?? null;
    const withSymbol = described.find((d) => d.number.includes('/') || d.number.includes('-')) ?? null;
    const main = withVerb ?? described[0];
    let numberText = withSymbol && (withSymbol.number.startsWith(main.number) || main.number.startsWith(withSymbol.number.split(SYMBOL_SPLIT)[0])) ? withSymbol.number : main.number;
    let numberSpan = withSymbol && numberText === withSymbol.number ? withSymbol.numberSpan : main.numberSpan;
    if (!numberText.includes('/') && !numberText.includes('-')) {
      // "Kết luận 157": the full number is printed elsewhere ("Kết luận 157-KL/TW").
      const bounded = text.slice(0, Math.min(text.length, 20000));
      let m: RegExpExecArray | null;
      let at = 0;
      while ((m = nextNamedDocument(bounded, at)) !== null) {
        at = m.index + m[0].length;
        const n = m.groups!.number;
        if (n.length > numberText.length && (n.startsWith(numberText + '-') || n.startsWith(numberText + '/'))) {
          numberText = n;
          const s = m.index + m[0].length - n.length;
          numberSpan = { start: s, end: s + n.length };
          break;
        }
      }
    }
    const parsed = parseNumber(numberText);
    if (parsed && (numberText.includes('/') || numberText.includes('-'))) {
      doc.number = {
        raw: parsed.raw,
        serial: parsed.serial,
        symbol: parsed.symbol,
        typeCode: parsed.typeCode,
        issuerCode: parsed.issuerCode,
        span: numberSpan,
      };
    }
    const entry = typeOfName(main.typeName);
    if (entry) type = docType(entry, main.typeSpan);
    const who = issuerAfterOf(text, main.end) ?? (main.sentenceStart !== null ? issuerAsSubject(text, main.sentenceStart, main.start) : null);
    if (who) doc.issuer = { name: who.name, parent: null, span: who.span };
    if (main.sentenceStart !== null) {
      const d = findDates(text.slice(0, main.start), main.sentenceStart, main.start).find((x) => x.date.day !== null && x.date.year !== null);
      if (d) docDate = d.date;
    }
  }
  doc.type = type;
  doc.date = docDate ?? pubDate;
  doc.place = null;
  return headerEnd;
}
