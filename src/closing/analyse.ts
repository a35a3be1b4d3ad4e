/**
 * The closing of a document (Nghị định 30/2020/NĐ-CP, Phụ lục I: "Nơi nhận" bottom left, the
 * signing block bottom right; the same in Hướng dẫn 36-HD/VPTW): located once per document
 * (the header stage needs its start for the zones, the recipients and signer stages its content).
 *
 * Web copies flatten the two columns one after the other; scans merge them line by line
 * ("'Vơi nhận: TL. CHỦ TỊCH" / "- CT, các PCT UBND huyện: CHÁNH VĂN PHÒNG"): the signer's pieces
 * are then cut out of the recipient lines.
 */
import type { DocumentContext } from '../context.js';
import type { Signer, Span } from '../record/schema.js';
import { documentLines, isBlank, lineAt, type Line } from '../header/lines.js';
import { BULLET, RECIPIENTS_ANCHOR, RECIPIENTS_ANCHOR_SPLIT, ARCHIVE_LINE } from './patterns.js';
import { findSigner, reportedSigner, type SignerFound } from './signer.js';
import { READ_AS_ARTICLE } from '../header/layout.js';
import { cleanValue, isLower, trimEndChars, trimEndIndex } from '../header/text.js';
import { isNoisyBlock, separatorCut, trailingNoiseStart } from './noise.js';

export interface RecipientDraft {
  text: string;
  span: Span;
  archive: boolean;
}

export interface ClosingAnalysis {
  /** Start of the closing ("Nơi nhận" or the signing block, whichever comes first). */
  start: number | null;
  recipientsSpan: Span | null;
  recipients: RecipientDraft[];
  signer: Signer | null;
  signerSpan: Span | null;
  /** The signing block has authority/position but no readable name. */
  signerWithoutName: boolean;
}

const CACHE = new WeakMap<DocumentContext, ClosingAnalysis>();

/** Trailing separators of a recipient line ("Sở Y tế;", "Như trên:"). */
const RECIPIENT_TRAILER = ' \n\t;,.:';

/** Characters that end a document's own text on a closing line: "./." (Nghị định 30/2020/NĐ-CP). */
const END_MARK = './.';

/** The line index where the "Nơi nhận" anchor is, with the offset after it, or null. */
function findRecipientsAnchor(text: string, lines: Line[], from: number, to: number): { line: number; lastLine: number; after: number; start: number } | null {
  for (let i = from; i < to; i++) {
    const l = lines[i];
    if (l.chrome || l.text.length === 0) continue;
    // Both patterns open with "N", "V" or "'" (a cheap test before the regexes).
    const c0 = l.text.charCodeAt(0);
    if (c0 !== 78 && c0 !== 86 && c0 !== 39) continue;
    const m = RECIPIENTS_ANCHOR.exec(l.text);
    if (m) return { line: i, lastLine: i, after: l.cs + m[0].length, start: l.cs };
    // "*Nơi\nnhận:*" split over two lines.
    if (RECIPIENTS_ANCHOR_SPLIT.test(l.text) && i + 1 < to) {
      const next = lines[i + 1];
      const m2 = RECIPIENTS_ANCHOR.exec(`Nơi ${next.text}`);
      if (m2) return { line: i, lastLine: i + 1, after: next.cs + m2[0].length - 4, start: l.cs };
    }
  }
  return null;
}

/**
 * A recipient item from text[start, end) (one or more physical lines): bullet and trailing
 * separators dropped; in a noisy scan block, each line's stamp fragments dropped too.
 */
function itemFrom(text: string, start: number, end: number, noisy: boolean): RecipientDraft | null {
  let s = start;
  const head = BULLET.exec(text.slice(s, end));
  if (head) s += head[0].length;
  while (s < end && (text[s] === ' ' || text[s] === '*')) s++;
  const archive = ARCHIVE_LINE.test(text.slice(s, Math.min(end, s + 6)));
  // Physical lines of the item: in a noisy block each loses its trailing noise, then the joined
  // text loses a noisy remainder after its last separator.
  const parts: { s: number; e: number }[] = [];
  let p = s;
  while (p < end) {
    let q = text.indexOf('\n', p);
    if (q === -1 || q > end) q = end;
    let e = q;
    if (noisy) e = p + trailingNoiseStart(text.slice(p, q), archive);
    if (e > p) parts.push({ s: p, e });
    p = q + 1;
  }
  if (noisy && !archive && parts.length > 0) {
    // Joined text with each part's offset in it.
    let joined = '';
    const at: number[] = [];
    for (const x of parts) {
      if (joined.length > 0) joined += ' ';
      at.push(joined.length);
      joined += text.slice(x.s, x.e);
    }
    const cutAt = separatorCut(joined);
    if (cutAt < joined.length) {
      let k = parts.length - 1;
      while (k > 0 && at[k] > cutAt) k--;
      parts.length = k + 1;
      parts[k] = { s: parts[k].s, e: Math.min(parts[k].e, parts[k].s + Math.max(0, cutAt - at[k])) };
    }
  }
  let e = parts.length > 0 ? parts[parts.length - 1].e : s;
  let joinedParts = '';
  for (let i = 0; i < parts.length; i++) joinedParts += (i > 0 ? ' ' : '') + text.slice(parts[i].s, parts[i].e);
  const value = trimEndChars(cleanValue(joinedParts), RECIPIENT_TRAILER);
  e = trimEndIndex(text, RECIPIENT_TRAILER, e);
  if (e < s) e = s;
  while (e > s && (text[e - 1] === ' ' || text[e - 1] === '*')) e--;
  if (value.length === 0 || e <= s) return null;
  return { text: value, span: { start: s, end: e }, archive };
}

/** Locates the closing. */
export function analyseClosing(ctx: DocumentContext): ClosingAnalysis {
  const cached = CACHE.get(ctx);
  if (cached) return cached;
  const text = ctx.text;
  const lines = documentLines(ctx);
  const headerEnd = ctx.zones.headerEnd ?? 0;
  let from = 0;
  while (from < lines.length && lines[from].end <= headerEnd) from++;
  // The document ends where trailing web chrome starts.
  let end = lines.length;
  for (let i = lines.length - 1; i >= from && lines[i].chrome; i--) end = i;

  const anchor = findRecipientsAnchor(text, lines, from, end);
  // The closing formula's end mark: the signer search starts there when there is no "Nơi nhận".
  let formulaLine: number | null = null;
  if (from < end) {
    // Each line holding the mark in its content holds it in the text: search the text, then
    // check the line the occurrence is on.
    let k = text.indexOf(END_MARK, lines[from].start);
    while (k !== -1) {
      const i = lineAt(lines, k);
      if (i >= end) break;
      if (lines[i].text.includes(END_MARK)) {
        formulaLine = i;
        break;
      }
      k = text.indexOf(END_MARK, lines[i].end);
    }
  }
  // The signing block may be printed before "Nơi nhận" in a flattened copy: search from the
  // closing formula when it is close above.
  const searchFrom = anchor
    ? formulaLine !== null && formulaLine < anchor.line && anchor.line - formulaLine <= 12
      ? formulaLine
      : anchor.line
    : formulaLine ?? Math.max(from, end - 40);
  let signerFound: SignerFound | null = findSigner(text, lines, searchFrom, Math.min(end, searchFrom + 60), anchor ? anchor.line : null);
  // A web article has no signing block; a report of a document may name its signatory.
  if (!signerFound && !anchor && READ_AS_ARTICLE.has(ctx)) {
    signerFound = reportedSigner(text, headerEnd, Math.min(text.length, headerEnd + 3000));
  }

  const recipients: RecipientDraft[] = [];
  let recipientsSpan: Span | null = null;
  if (anchor) {
    const cut = signerFound ? signerFound.pieces : null;
    const cutAt = (s: number, e: number) => {
      let ce = e;
      if (cut) for (const p of cut) if (p.start >= s && p.start < ce) ce = p.start;
      return ce;
    };
    // The signing block's last line, when it stands on its own (a merged scan runs it into a
    // recipient line, and the recipients go on after it).
    let signerEndLine = signerFound ? Math.max(...signerFound.lines) : -1;
    if (signerEndLine >= 0) {
      const l = lines[signerEndLine];
      if (text.slice(l.cs, cutAt(l.cs, l.ce)).trim().length > 0) signerEndLine = -1;
    }
    const items: { s: number; e: number }[] = [];
    let cur: { s: number; e: number } | null = null;
    // Text on the anchor line after "Nơi nhận:" ("Nơi nhận: - Như trên;").
    const anchorLine = lines[anchor.lastLine];
    const restEnd = cutAt(anchor.after, anchorLine.ce);
    const rest = text.slice(anchor.after, restEnd).trim();
    if (rest.length > 0 && BULLET.test(rest)) cur = { s: anchor.after, e: restEnd };
    let afterArchive = false;
    let blankRun = 0;
    let interrupted = false;
    for (let i = anchor.lastLine + 1; i < end; i++) {
      const l = lines[i];
      // Past a signing block printed after the recipients: the block is over.
      if (signerEndLine > anchor.line && i > signerEndLine) break;
      if (isBlank(l)) {
        blankRun++;
        if (blankRun > 2) break;
        continue;
      }
      const lineEnd = cutAt(l.cs, l.ce);
      if (text.slice(l.cs, lineEnd).trim().length === 0) {
        // A line of the signing block, interleaved with the recipients in a scan.
        interrupted = true;
        continue;
      }
      const bullet = BULLET.test(l.text);
      if (bullet) {
        if (afterArchive) break;
        if (cur) items.push(cur);
        cur = { s: l.cs, e: lineEnd };
        afterArchive = ARCHIVE_LINE.test(l.text.replace(BULLET, ''));
        interrupted = false;
      } else if (cur && ((blankRun === 0 && !interrupted) || l.text[0] === '(' || isLower(l.text[0]))) {
        // A wrapped recipient line continues the item above.
        if (afterArchive && !isLower(l.text[0]) && l.text[0] !== '(') break;
        cur.e = lineEnd;
      } else if (!cur && items.length === 0) {
        // An unbulleted first item ("Nơi nhận:\nNhư trên;").
        cur = { s: l.cs, e: lineEnd };
      } else break;
      blankRun = 0;
    }
    if (cur) items.push(cur);
    // The items' own lines tell a noisy scan from a clean copy.
    const noisy = isNoisyBlock(text, items);
    for (const it of items) {
      const r = itemFrom(text, it.s, it.e, noisy);
      if (r) recipients.push(r);
    }
    const last = recipients.length > 0 ? recipients[recipients.length - 1].span.end : lines[anchor.lastLine].ce;
    recipientsSpan = { start: anchor.start, end: last };
  }

  // A signatory named in a report's running text is not a closing block.
  const block = signerFound && !signerFound.reported ? signerFound : null;
  const starts = [anchor?.start, block?.span.start].filter((x): x is number => x !== undefined);
  const result: ClosingAnalysis = {
    start: starts.length > 0 ? Math.min(...starts) : null,
    recipientsSpan,
    recipients,
    signer: signerFound ? signerFound.signer : null,
    signerSpan: block ? block.span : null,
    signerWithoutName: signerFound ? signerFound.signer.name === null : false,
  };
  CACHE.set(ctx, result);
  return result;
}
