/**
 * The header block of a document (Nghị định 30/2020/NĐ-CP, Phụ lục I; Hướng dẫn 36-HD/VPTW):
 * issuer lines, number, place and date, type heading and trích yếu, read from the lines around
 * the anchors that findHeaderAnchors found.
 */
import type { DocumentContext } from '../context.js';
import type { NoticeDocument, Span } from '../record/schema.js';
import { LEVEL_WORDS } from '../vocabulary/header-words.js';
import { isBlank, type Line } from './lines.js';
import { numberLineAt, type HeaderAnchors } from './layout.js';
import { impliedIssuer, issuerFromSegments, isIssuerText, mottoIndex, RULE_RUN, type IssuerSegment } from './issuer.js';
import { ISSUE_DATE, issueDateFrom, placeBefore, type IssueDate } from './place-date.js';
import type { ParsedNumber } from './number.js';
import { CONG_VAN, docType, headingWithTitle, typeOfCode, typeOfHeading, type DocType } from './type.js';
import { titleAfter, veViecAt, type Title } from './title.js';
import { cleanValue, fold, letterCount, upperRatio, WHITESPACE_RUN } from './text.js';

/** Lines after the block start within which number, date, type and title are looked for. */
const HEADER_SPAN_LINES = 45;

/** "UBND tỉnh", "Ủy ban nhân dân huyện", ...: which level the issuing body's kind works at. */
export const LEVEL_MENTION = new RegExp(
  `(?<![\\p{L}])(?:UBND|HĐND|Ủy ban nhân dân|Hội đồng nhân dân)[ ](?<level>${LEVEL_WORDS.join('|')})(?![\\p{L}])`,
  'gu',
);

/** Private clones of the exported patterns (one per use, lastIndex set before each scan). */
const LEVEL_MENTION_RE = new RegExp(LEVEL_MENTION.source, LEVEL_MENTION.flags);
const ISSUE_DATE_RE = new RegExp(ISSUE_DATE.source, ISSUE_DATE.flags);

/** The level most often written after UBND/HĐND in the text ("tỉnh"), or null. */
export function dominantLevel(text: string): string | null {
  const re = LEVEL_MENTION_RE;
  re.lastIndex = 0;
  const counts = new Map<string, number>();
  // The first pages say enough.
  const bounded = text.slice(0, Math.min(text.length, 100000));
  let m: RegExpExecArray | null;
  while ((m = re.exec(bounded)) !== null) counts.set(m.groups!.level, (counts.get(m.groups!.level) ?? 0) + 1);
  let best: string | null = null;
  let bestN = 0;
  let tie = false;
  for (const [k, n] of counts) {
    if (n > bestN) {
      best = k;
      bestN = n;
      tie = false;
    } else if (n === bestN) tie = true;
  }
  return tie ? null : best;
}

function numberValue(n: ParsedNumber, base: number): NonNullable<NoticeDocument['number']> {
  return {
    raw: n.raw,
    serial: n.serial,
    symbol: n.symbol,
    typeCode: n.typeCode,
    issuerCode: n.issuerCode,
    span: { start: base + n.start, end: base + n.end },
  };
}

/** The span of the issuer code inside the printed number. */
function issuerCodeSpan(text: string, num: NonNullable<NoticeDocument['number']>): Span {
  if (num.issuerCode) {
    const i = text.indexOf(num.issuerCode, num.span.start);
    if (i !== -1 && i + num.issuerCode.length <= num.span.end) return { start: i, end: i + num.issuerCode.length };
  }
  return num.span;
}

function reportNumber(ctx: DocumentContext, n: ParsedNumber, span: Span, type: DocType | null): void {
  if (n.serialProblem === 'garbled') {
    ctx.report('header/garbled-serial', 'warning', `the number's serial "${n.raw}" cannot be read; serial left null`, span);
  } else if (n.serialProblem === 'blank') {
    ctx.report('header/blank-serial', 'info', `the number "${n.raw}" has no serial (a draft or an unnumbered copy)`, span);
  }
  if (n.typeCode === null && (type === null || type.code !== CONG_VAN.code)) {
    ctx.report('header/number-without-type', 'warning', `the number "${n.raw}" has no type code (Nghị định 30/2020/NĐ-CP, Phụ lục III)`, span);
  }
}

function reportDate(ctx: DocumentContext, d: IssueDate): void {
  for (const part of d.unreadable) {
    ctx.report('header/unreadable-date', 'warning', `the ${part} of the issue date "${d.date.text}" cannot be read`, d.date.span);
  }
  if (d.invalid) {
    ctx.report('header/invalid-date', 'warning', `the issue date "${d.date.text}" is not a real date`, d.date.span);
  }
}

/** A paragraph of running text (the body has begun): long, in sentence case. */
function isBodyParagraph(s: string): boolean {
  return s.length > 120 && upperRatio(s) < 0.3;
}

/** Header of a document with a header block. */
export function formalHeader(ctx: DocumentContext, lines: Line[], anchors: HeaderAnchors): number {
  const text = ctx.text;
  const doc = ctx.findings.document;
  const { blockStart } = anchors;
  const limit = Math.min(lines.length, blockStart + HEADER_SPAN_LINES);
  const consumed = new Set<number>();
  let headerEnd = lines[blockStart].start;
  const grow = (end: number) => {
    if (end > headerEnd) headerEnd = end;
  };

  // Type heading (THÔNG BÁO, CÔNG ĐIỆN KHẨN, ...): first capitals line naming a type, before the body.
  let headingLine: number | null = null;
  for (let i = blockStart; i < limit; i++) {
    const l = lines[i];
    if (isBlank(l)) continue;
    if (typeOfHeading(l.text)) {
      headingLine = i;
      break;
    }
    // The body has begun (a paragraph of running text): a Công văn has no type line.
    if (i > (anchors.numberLine?.line ?? blockStart) && isBodyParagraph(l.text)) break;
  }
  const headingEntry = headingLine !== null ? typeOfHeading(lines[headingLine].text) : null;

  // Number.
  let numLine = anchors.numberLine;
  if (numLine && headingEntry) numLine = numberLineAt(text, lines, numLine.line, headingEntry.code) ?? numLine;
  let number: NonNullable<NoticeDocument['number']> | null = null;
  let parsed: ParsedNumber | null = null;
  if (numLine) {
    consumed.add(numLine.line);
    if (numLine.number) {
      parsed = numLine.number;
      number = numberValue(parsed, 0);
      grow(number.span.end);
    } else {
      const l = lines[numLine.line];
      ctx.report('header/unreadable-number', 'warning', `the number line "${cleanValue(l.text)}" cannot be read`, { start: l.cs, end: l.ce });
    }
  }

  // Place and date: "Địa danh, ngày ... tháng ... năm ...", within the block, before the title.
  let issue: IssueDate | null = null;
  let place: NoticeDocument['place'] = null;
  let dateLine: number | null = null;
  {
    const from = lines[blockStart].start;
    const to = lines[Math.min(limit, headingLine !== null ? headingLine + 1 : limit) - 1].end;
    const re = ISSUE_DATE_RE;
    re.lastIndex = from;
    // The scan stops near `to` (a sliced string keeps offsets and costs nothing).
    const bounded = text.slice(0, Math.min(text.length, to + 80));
    let m: RegExpExecArray | null;
    while ((m = re.exec(bounded)) !== null && m.index < to) {
      const at = m.index;
      // The line holding the comma before "ngày" (the place may be on it).
      let li = blockStart;
      while (li + 1 < lines.length && lines[li + 1].start <= at) li++;
      const floorLine = lines[li];
      // The place starts after the number on a merged line, or may wrap from the line above.
      const floor = numLine && numLine.line === li && number ? number.span.end : li > 0 ? lines[li - 1].start : 0;
      const p = placeBefore(text, floor, at);
      const atLineStart = text.slice(floorLine.cs, at).trim().length === 0;
      if (!p && !atLineStart) continue;
      issue = issueDateFrom(m);
      if (p) place = { name: p.name, span: { start: p.start, end: p.end } };
      dateLine = li;
      consumed.add(li);
      // The date itself may wrap onto the next line.
      let endLine = li;
      while (endLine + 1 < lines.length && lines[endLine + 1].start < at + m[0].length) endLine++;
      for (let k = li; k <= endLine; k++) consumed.add(k);
      grow(issue.date.span.end);
      break;
    }
  }

  // Title: the lines under the heading; for a Công văn, the "V/v" text under the number.
  let title: Title | null = null;
  let type: DocType | null = null;
  if (headingLine === null) {
    // "THÔNG BÁO KẾT LUẬN CỦA ...": heading and trích yếu on one line.
    const after = Math.max(dateLine ?? -1, numLine?.line ?? -1, blockStart - 1) + 1;
    for (let i = after; i < Math.min(limit, after + 4); i++) {
      const l = lines[i];
      if (isBlank(l)) continue;
      const hw = headingWithTitle(l.text);
      if (!hw) break;
      type = docType(hw.entry, { start: l.cs, end: l.cs + hw.length });
      let s = l.cs + hw.length;
      while (s < l.ce && text[s] === ' ') s++;
      let last = i;
      while (last + 1 < limit && !isBlank(lines[last + 1]) && upperRatio(lines[last + 1].text) > 0.8 && mottoIndex(lines[last + 1].text) === -1) last++;
      title = { text: cleanValue(text.slice(s, lines[last].ce)), span: { start: s, end: lines[last].ce }, lastLine: last };
      consumed.add(i);
      break;
    }
  }
  const issuerSegs: IssuerSegment[] = [];
  const issuerEndLine = numLine ? numLine.line : dateLine ?? headingLine ?? limit;
  for (let i = blockStart; i < issuerEndLine && i < limit; i++) {
    const l = lines[i];
    if (isBlank(l) || l.chrome) continue;
    // A pipe table keeps both columns on one line ("| ỦY BAN NHÂN DÂN | CỘNG HÒA ... |"): one cell each.
    let cellStart = 0;
    let took = false;
    while (cellStart <= l.text.length) {
      let cellEnd = l.text.indexOf('|', cellStart);
      if (cellEnd === -1) cellEnd = l.text.length;
      let t = l.text.slice(cellStart, cellEnd);
      const mi = mottoIndex(t);
      if (mi === 0) {
        consumed.add(i);
        // The motto column comes after the issuer's: the rest of the line is the motto.
        break;
      }
      if (mi > 0) t = t.slice(0, mi);
      const cleaned = t.replace(RULE_RUN, (r) => ' '.repeat(r.length));
      let a = 0;
      let b = cleaned.length;
      while (a < b && (cleaned[a] === ' ' || cleaned[a] === '*')) a++;
      while (b > a && (cleaned[b - 1] === ' ' || cleaned[b - 1] === '*')) b--;
      const seg = cleaned.slice(a, b);
      if (seg.length > 0 && isIssuerText(seg) && !typeOfHeading(seg)) {
        issuerSegs.push({ start: l.cs + cellStart + a, end: l.cs + cellStart + b, text: seg });
        took = true;
      }
      if (mi > 0) break;
      cellStart = cellEnd + 1;
    }
    if (took) consumed.add(i);
  }
  const issuerParsed = issuerFromSegments(issuerSegs);
  const issuerFolded = issuerParsed ? fold(issuerSegs.map((s) => s.text).join(' ')).replace(WHITESPACE_RUN, ' ') : null;

  if (headingLine !== null && headingEntry) {
    const hl = lines[headingLine];
    type = docType(headingEntry, { start: hl.cs, end: hl.ce });
    consumed.add(headingLine);
    grow(hl.ce);
    title = titleAfter(lines, headingLine + 1, Math.min(lines.length, headingLine + 14), issuerFolded);
  }
  if (!title || !type) {
    // A Công văn's "V/v" line, under the number or on its line.
    const stops = new Set<number>();
    if (dateLine !== null) stops.add(dateLine);
    const vFrom = numLine ? numLine.line : blockStart;
    for (let i = vFrom; i < Math.min(limit, vFrom + 8); i++) {
      const l = lines[i];
      if (isBlank(l)) continue;
      let at = l.cs;
      if (numLine && i === numLine.line) {
        if (!number) continue;
        at = number.span.end;
        while (at < l.ce && text[at] === ' ') at++;
      }
      const v = veViecAt(text, lines, i, at, stops);
      if (v) {
        if (!type) type = docType(CONG_VAN, v.mark);
        // A typed document keeps its whole trích yếu, "V/V" included (CONVENTIONS).
        if (!title) {
          title = type.code === CONG_VAN.code ? v.title : { ...v.title, text: cleanValue(text.slice(v.mark.start, v.title.span.end)), span: { start: v.mark.start, end: v.title.span.end } };
        }
        for (let k = i; k <= v.title.lastLine; k++) consumed.add(k);
        break;
      }
    }
  }
  if (title) {
    grow(title.span.end);
    for (let k = lines.findIndex((l) => l.end >= title!.span.start); k >= 0 && k <= title.lastLine; k++) consumed.add(k);
  }

  // Type from the number's code when no heading names it; a number without a type code is a Công văn.
  if (!type && parsed && number) {
    const byCode = typeOfCode(parsed.typeCode);
    if (byCode) {
      const i = text.indexOf(parsed.typeCode!, number.span.start);
      type = docType(byCode, i !== -1 && i < number.span.end ? { start: i, end: i + parsed.typeCode!.length } : number.span);
    } else if (parsed.typeCode === null && parsed.issuerCode !== null) {
      type = docType(CONG_VAN, number.span);
    }
  }

  // Issuer: the header block's lines; without them, inferred from the issuer code.
  let issuer: NoticeDocument['issuer'] = issuerParsed;
  if (!issuer && number && number.issuerCode) {
    issuer = impliedIssuer(number.issuerCode, issuerCodeSpan(text, number), place?.name ?? null, dominantLevel(text));
  }

  doc.type = type;
  doc.number = number;
  doc.issuer = issuer;
  doc.place = place;
  doc.date = issue ? issue.date : null;
  doc.title = title ? { text: title.text, span: title.span } : null;
  if (parsed && number) reportNumber(ctx, parsed, number.span, type);
  if (issue) reportDate(ctx, issue);

  // Header lines that nothing could read (scan noise in the block).
  const lastHeaderLine = title ? title.lastLine : Math.max(dateLine ?? 0, headingLine ?? 0, numLine?.line ?? 0);
  for (let i = blockStart; i <= lastHeaderLine && i < lines.length; i++) {
    const l = lines[i];
    if (consumed.has(i) || isBlank(l) || mottoIndex(l.text) !== -1) continue;
    const letters = letterCount(l.text);
    if (letters < l.text.length * 0.5) {
      ctx.report('header/unreadable-line', 'warning', `header line "${cleanValue(l.text)}" cannot be read`, { start: l.cs, end: l.ce });
    }
  }
  return headerEnd;
}
