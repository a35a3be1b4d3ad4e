/**
 * From the outline to the record's Directive values (docs/CONVENTIONS.md, "Directives"):
 * ids as paths of markers ("II.2", "3.a", "2.-1", "p1"), the heading line, the item's own text
 * with its continuation paragraphs joined by "\n", a span over the item's own text (marker
 * included, children excluded), and its deadlines. Agencies are left for the agencies stage.
 */
import type { Directive } from '../record/schema.js';
import { DeadlineIndex } from './deadlines.js';
import { isAllCaps } from './markup.js';
import { ownEnd, ownText, type OutlineNode } from './outline.js';

/** At least two letters. */
export const TWO_LETTERS_RE = /\p{L}[^\p{L}]*\p{L}/u;
/** A heading's final colon. */
export const FINAL_COLON_RE = /:$/u;

/** The id component of an item; `bullets` counts the bullets seen so far among its siblings, by bullet. */
function idComponent(node: OutlineNode, parent: OutlineNode | null, bullets: Map<string, number>): string {
  const m = node.marker!;
  if (m.family === 'bullet') {
    const n = (bullets.get(m.printed) ?? 0) + 1;
    bullets.set(m.printed, n);
    return `${m.printed}${n}`;
  }
  // "1.1." under item 1 is "1.1", not "1.1.1": the parent's number is not repeated (nor an OCR'd one).
  if (m.family === 'decimal' && parent?.marker) return String(m.value);
  return m.label;
}

/** Heading and text from an item's own paragraphs. */
export function headingAndText(paras: readonly string[], hasChildren: boolean, numbered: boolean): { heading: string | null; text: string } {
  if (paras.length === 0) return { heading: null, text: '' };
  const [first, ...rest] = paras;
  if (numbered && first.endsWith(':') && (rest.length > 0 || hasChildren)) {
    return { heading: first.slice(0, -1).trimEnd(), text: rest.join('\n') };
  }
  if (numbered && isAllCaps(first) && TWO_LETTERS_RE.test(first)) {
    return { heading: first.replace(FINAL_COLON_RE, '').trimEnd(), text: rest.join('\n') };
  }
  return { heading: null, text: paras.join('\n') };
}

export interface AssembleOptions {
  /** The dates of the directive part, from which each directive takes its deadlines. */
  deadlines: DeadlineIndex;
}

function build(text: string, node: OutlineNode, id: string, opts: AssembleOptions): Directive {
  const paras = node.own.map((o, i) => {
    const from = i === 0 && node.marker ? node.marker.restStart : o.from;
    return ownText(text, { ...o, from });
  });
  const nonEmpty = paras.filter((p) => p.length > 0);
  const { heading, text: body } = headingAndText(nonEmpty, node.children.length > 0, node.marker !== null);
  const start = node.marker ? node.marker.start : node.own[0].from;
  const lastOwn = node.own[node.own.length - 1];
  const end = lastOwn ? ownEnd(lastOwn) : node.marker!.end;
  const children: Directive[] = [];
  const bullets = new Map<string, number>();
  for (const child of node.children) children.push(build(text, child, `${id}.${idComponent(child, node, bullets)}`, opts));
  return {
    id,
    marker: node.marker ? node.marker.printed : null,
    heading,
    text: body,
    span: { start, end: Math.max(start, end) },
    children,
    agencies: [],
    deadlines: opts.deadlines.within(start, Math.max(start, end)),
  };
}

/** The directives of the outline's roots, in document order. */
export function assembleDirectives(text: string, roots: readonly OutlineNode[], opts: AssembleOptions): Directive[] {
  const out: Directive[] = [];
  const bullets = new Map<string, number>();
  let p = 0;
  for (const node of roots) out.push(build(text, node, node.marker ? idComponent(node, null, bullets) : `p${++p}`, opts));
  return out;
}
