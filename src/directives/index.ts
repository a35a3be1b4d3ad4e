/**
 * Directives stage: the numbered (and unnumbered) tasks as a tree, with deadlines (issue #5).
 *
 * Lines -> paragraphs (joining hard wraps) -> the directive part (after the introductory
 * formula, before the closing) -> an outline of list items nested by marker kind -> Directive
 * values with ids, headings, texts, spans and deadlines. Agency roles are filled later by the
 * agencies stage through ctx.findings.directives.
 */
import type { DocumentContext, Stage } from '../context.js';
import { findDates } from '../dates/partial-date.js';
import { assembleDirectives } from './assemble.js';
import { DeadlineIndex } from './deadlines.js';
import { DOC_NUMBER_RE, findBounds } from './bounds.js';
import { scanLines } from './lines.js';
import { buildOutline } from './outline.js';
import { buildParagraphs } from './paragraphs.js';

/** How much of the text the fallback reads for the issue date. */
const HEADER_REACH = 4000;

/** The year that deadlines printed without one take: the document date's, else the first full date before the directives. */
export function documentYear(ctx: DocumentContext, before: number): number | null {
  const y = ctx.findings.document.date?.year ?? ctx.findings.meeting?.date?.year ?? null;
  if (y !== null) return y;
  const head = ctx.text.slice(0, Math.min(before, HEADER_REACH)); // the issue date stands in the header
  const dates = findDates(head, 0, head.length);
  const verbal = dates.find((d) => d.shape === 'verbal' && d.date.year !== null);
  if (verbal) return verbal.date.year;
  return dates.find((d) => d.date.year !== null)?.date.year ?? null;
}

/** The serial of the document itself ("393" of "393/TB-UBND"), from the header or the first number printed. */
export function subjectSerial(ctx: DocumentContext): string | null {
  const serial = ctx.findings.document.number?.serial;
  if (serial) return serial;
  const m = DOC_NUMBER_RE.exec(ctx.text.slice(0, 3000));
  return m ? m.groups!.serial : null;
}

export const directives: Stage = (ctx) => {
  const text = ctx.text;
  const lines = scanLines(text, ctx.zones.headerEnd ?? 0);
  const paras = buildParagraphs(text, lines);
  const bounds = findBounds(text, paras, ctx.zones, subjectSerial(ctx));
  if (!bounds) {
    ctx.report('directives/not-found', 'info', 'no directive part found (no introductory formula, list or directing paragraph)');
    return;
  }
  ctx.zones.directivesStart = bounds.startOffset;
  ctx.zones.directivesEnd = bounds.endOffset;
  const outline = buildOutline(text, paras, bounds.first, bounds.last, bounds.startOffset, bounds.skip, bounds.endOffset);
  for (const p of outline.rejected) {
    if (p.marker && p.marker.family !== 'bullet' && p.blankBefore) {
      ctx.report('directives/marker-out-of-sequence', 'info', `"${p.marker.printed}" does not continue the list it stands in; read as text`, p.marker.start);
    }
  }
  const deadlines = new DeadlineIndex(text, bounds.startOffset, bounds.endOffset, () => documentYear(ctx, bounds.startOffset));
  ctx.findings.directives = assembleDirectives(text, outline.roots, { deadlines });
  if (ctx.findings.directives.length === 0) {
    ctx.report('directives/empty', 'info', 'the directive part holds no items', bounds.startOffset);
  }
};
