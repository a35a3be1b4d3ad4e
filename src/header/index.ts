/**
 * Header stage: document type, number, issuer, place, date and title (issue #4), read the way an
 * archivist reads the header block of Nghị định 30/2020/NĐ-CP, Phụ lục I (state bodies) and
 * Hướng dẫn 36-HD/VPTW (Party bodies), or, for a web article, its headline and dateline.
 * Sets ctx.zones.headerEnd, and the closing zones (closingStart, recipients, signer) so the
 * directive stage can stop before them.
 */
import type { Stage } from '../context.js';
import { analyseClosing } from '../closing/analyse.js';
import { documentLines } from './lines.js';
import { findHeaderAnchors, READ_AS_ARTICLE } from './layout.js';
import { formalHeader } from './block.js';
import { articleHeader } from './article.js';

export const header: Stage = (ctx) => {
  const lines = documentLines(ctx);
  if (lines.length === 0) return;
  const anchors = findHeaderAnchors(ctx.text, lines);
  if (!anchors) READ_AS_ARTICLE.add(ctx);
  const headerEnd = anchors ? formalHeader(ctx, lines, anchors) : articleHeader(ctx, lines);
  ctx.zones.headerEnd = headerEnd;
  // The closing (formula, "Nơi nhận", signer) is located now so the directive stage can stop there.
  const closing = analyseClosing(ctx);
  if (closing.start !== null) ctx.zones.closingStart = closing.start;
  if (closing.recipientsSpan) ctx.zones.recipients = closing.recipientsSpan;
  if (closing.signerSpan) ctx.zones.signer = closing.signerSpan;
};

