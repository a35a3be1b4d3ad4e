/**
 * Recipients (Nơi nhận, Nghị định 30/2020/NĐ-CP, Phụ lục I): one per "-" line, the text kept as
 * printed (notes such as "(để b/c)" included) and the agencies it names: the canonical names of
 * the agencies whose mentions (found by the agencies stage, which runs before this one) fall
 * inside the line. "Lưu: VT, ..." is the archive copy.
 */
import type { DocumentContext } from '../context.js';
import type { Recipient } from '../record/schema.js';
import { firstFrom } from '../vocabulary/lower-bound.js';
import type { RecipientDraft } from './analyse.js';

/**
 * The agencies named inside each recipient's span, in order of mention, each once. Each line
 * reads only the mentions that start inside it (a binary search in the sorted mentions), not
 * every mention of the document: a long list of recipients took time in the square of its length.
 */
export function recipientsWithAgencies(ctx: DocumentContext, drafts: RecipientDraft[]): Recipient[] {
  const mentions: { start: number; end: number; name: string }[] = [];
  for (const a of ctx.findings.agencies) {
    for (const m of a.mentions) mentions.push({ start: m.span.start, end: m.span.end, name: a.name });
  }
  mentions.sort((x, y) => x.start - y.start);
  return drafts.map((d) => {
    const names: string[] = [];
    const seen = new Set<string>();
    for (let i = firstFrom(mentions, d.span.start); i < mentions.length; i++) {
      const m = mentions[i];
      if (m.start > d.span.end) break;
      if (m.end <= d.span.end && !seen.has(m.name)) {
        seen.add(m.name);
        names.push(m.name);
      }
    }
    const r: Recipient = { text: d.text, agencies: names, span: d.span };
    if (d.archive) r.archive = true;
    return r;
  });
}
