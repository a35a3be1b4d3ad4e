/**
 * Edits collected out of order (from a tree walk, several scanners) and applied in one pass
 * through a TextBuilder, so that the offset map is built as the text is rewritten.
 */
import { decodeHTML } from 'entities';
import { TextBuilder, type OffsetMap } from '../offset-map.js';
import { ENTITY } from './html-strip.js';

export interface Edit {
  start: number;
  end: number;
  /** Replacement; "" deletes input[start, end). */
  text: string;
}

/**
 * Applies non-overlapping edits (an edit overlapping an earlier-starting one is dropped; inserts
 * at the same point keep their order). Returns null when there is nothing to change.
 */
export function applyEdits(input: string, edits: Edit[]): { text: string; map: OffsetMap } | null {
  if (edits.length === 0) return null;
  // Array sort is stable: inserts at the same point keep their order (edits already in order,
  // as most steps collect them, need no sort).
  const sorted = edits.length > 1 && !inOrder(edits) ? edits.slice().sort((a, b) => a.start - b.start || a.end - b.end) : edits;
  const b = new TextBuilder(input);
  let last = 0;
  let changed = false;
  for (const e of sorted) {
    if (e.start < last || e.end < e.start || e.end > input.length) continue;
    if (e.text.length === e.end - e.start && e.text === input.slice(e.start, e.end)) continue;
    b.keep(last, e.start);
    b.replace(e.start, e.end, e.text);
    last = e.end;
    changed = true;
  }
  if (!changed) return null;
  b.keep(last, input.length);
  return b.build();
}

/** True when the edits are sorted by start, then end (what the sort above would leave as it is). */
function inOrder(edits: readonly Edit[]): boolean {
  for (let i = 1; i < edits.length; i++) {
    const a = edits[i - 1];
    const b = edits[i];
    if (a.start > b.start || (a.start === b.start && a.end > b.end)) return false;
  }
  return true;
}

/**
 * The HTML entity at text[i] ("&amp;", "&#273;", "&nbsp;"), when it ends by `end`: its decoding
 * is pushed as an edit (a no-break space as a plain space; an unknown name, decoding to itself,
 * is no edit). Returns the offset of the entity's last character, or i when there is none.
 */
export function entityEdit(text: string, i: number, end: number, out: Edit[]): number {
  ENTITY.lastIndex = i;
  const m = ENTITY.exec(text);
  if (!m || i + m[0].length > end) return i;
  const decoded = decodeHTML(m[0]);
  if (decoded !== m[0]) out.push({ start: i, end: i + m[0].length, text: decoded === '\u00a0' ? ' ' : decoded });
  return i + m[0].length - 1;
}
