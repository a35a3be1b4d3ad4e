/**
 * The outline: list items nested by their marker kinds, as in an outline: a marker of a kind
 * that is open continues that list (closing what was opened inside it); a new kind opens a list
 * inside the current item, after closing items of kinds it has been seen to contain ("I." then
 * "1." then "a)" then "-"; a later "1." closes an open "-" list). The paragraphs between markers
 * are attached to the item they follow.
 *
 * A candidate marker is accepted only when it fits the list it would join: the next number,
 * letter or numeral of an open list of its kind, or the first one ("1.", "a)", "I.") of a new
 * list. So "... 2.074 ca" or a cross-reference at the start of a wrapped line does not open an
 * item. After the last item, a paragraph that opens with a new actor starts unnumbered items.
 */
import { ACTOR_OPENING_RE } from './lexicon/actors.js';
import {
  ROMAN_NUMERALS,
  VIETNAMESE_LIST_LETTERS,
  isInitial,
  isSuccessor,
  parseLooseMarker,
  type MarkerKind,
  type MarkerMatch,
} from './markers.js';
import { paraText, type Para } from './paragraphs.js';

/** A paragraph of an item's own text: one or more paragraphs merged, read from `from` (up to `to` when the part ends inside it). */
export interface OwnPara {
  paras: Para[];
  from: number;
  to?: number;
}

/** Where an entry ends in the text. */
export function ownEnd(p: OwnPara): number {
  const end = p.paras[p.paras.length - 1].end;
  return p.to !== undefined ? Math.min(p.to, end) : end;
}

export interface OutlineNode {
  marker: MarkerMatch | null;
  kind: MarkerKind | 'p';
  own: OwnPara[];
  children: OutlineNode[];
  parent: OutlineNode | null;
}

export interface OutlineResult {
  roots: OutlineNode[];
  /** Candidate markers that did not fit their list (kept as text). */
  rejected: Para[];
}

type Event = { open: OutlineNode } | { entry: OwnPara; target: OutlineNode | null } | { boundary: true };

/** Own text of a paragraph entry, as a string value (paragraph lines joined by spaces). */
export function ownText(text: string, p: OwnPara): string {
  return p.paras
    .map((para, i) => paraText(text, para, i === 0 ? p.from : para.start, p.to ?? para.end))
    .filter((s) => s.length > 0)
    .join(' ');
}

class Builder {
  readonly roots: OutlineNode[] = [];
  readonly stack: OutlineNode[] = [];
  /** "A>B": an item of kind B has stood inside an item of kind A. */
  readonly above = new Set<string>();
  readonly lastSeen = new Map<MarkerKind, MarkerMatch>();
  opened = 0;

  /** Closes the open items down to the one at stack index `i` (exclusive: it is closed too). */
  private closeFrom(i: number): void {
    this.stack.length = i;
  }

  /** Closes open items of kinds that have been seen inside kind `k` (as in an outline: "1." closes a "-" list). */
  private closeBelow(k: MarkerKind): void {
    while (this.stack.length > 0 && this.above.has(`${k}>${this.stack[this.stack.length - 1].kind}`)) this.stack.pop();
  }

  private push(marker: MarkerMatch): OutlineNode {
    const parent = this.stack.length > 0 ? this.stack[this.stack.length - 1] : null;
    const node: OutlineNode = { marker, kind: marker.kind, own: [], children: [], parent };
    (parent ? parent.children : this.roots).push(node);
    for (const a of this.stack) if (a.kind !== marker.kind) this.above.add(`${a.kind}>${marker.kind}`);
    this.stack.push(node);
    this.lastSeen.set(marker.kind, marker);
    this.opened++;
    return node;
  }

  private openIndex(kind: MarkerKind | 'p'): number {
    for (let i = this.stack.length - 1; i >= 0; i--) if (this.stack[i].kind === kind) return i;
    return -1;
  }

  /** Opens an item for `m` if it fits the outline; null when it does not. */
  accept(m: MarkerMatch, strong: boolean): OutlineNode | null {
    const node = this.acceptAs(m, strong);
    if (node || m.family !== 'roman' || m.value !== 1) return node;
    // OCR reads "1." as "I." or "l.": where section I cannot stand, it is item 1 of a numbered list.
    return this.acceptAs({ ...m, kind: 'arabic.', family: 'arabic', label: '1', value: 1 }, strong);
  }

  private acceptAs(m: MarkerMatch, strong: boolean): OutlineNode | null {
    const open = this.openIndex(m.kind);
    if (m.family === 'bullet') {
      if (open >= 0) this.closeFrom(open);
      else this.closeBelow(m.kind);
      return this.push(m);
    }
    // An open list of the same kind: the marker must continue it.
    if (open >= 0) {
      const prev = this.stack[open].marker!;
      const slack = strong && m.restUpper !== false ? 2 : 0;
      // A skipped or repeated number is a misreading or a typo: the id follows the evident order
      // ("5." after 2.6 is item 3; a second "3." after 3. is item 4).
      const repeated = slack > 0 && m.value === prev.value && m.family === prev.family && m.restUpper === true;
      if (isSuccessor(prev, m, slack) || repeated) {
        this.closeFrom(open);
        return this.push(isSuccessor(prev, m) ? m : renumbered(prev, m));
      }
    }
    // A typo'd sibling ("2)" in a "1." list): continues an open list of the same family.
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const o = this.stack[i];
      if (o.marker?.family !== m.family || o.kind === m.kind || !isSuccessor(o.marker, m)) continue;
      this.closeFrom(i);
      return this.push({ ...m, kind: o.marker.kind });
    }
    if (open >= 0) return null; // "1." again inside an open "1." list: a cross-reference or a wrap
    const last = this.lastSeen.get(m.kind);
    // A new list opens at its first item; numbering may also run on across sections ("3." under II after
    // "1.", "2." under I); the very first marker of the part may start anywhere (an excerpt, a misnumbering).
    if (!isInitial(m) && !(last && isSuccessor(last, m)) && this.opened > 0) return null;
    this.closeBelow(m.kind);
    return this.push(m);
  }

  /** The OCR form "ò2 Chủ động": accepted only as exactly the next item of the innermost open numbered list. */
  acceptLoose(text: string, para: Para): OutlineNode | null {
    if (!para.strong) return null;
    let idx = -1;
    for (let i = this.stack.length - 1; i >= 0 && idx === -1; i--) if (this.stack[i].marker?.family === 'arabic') idx = i;
    if (idx === -1) return null;
    const prev = this.stack[idx].marker!;
    const line = para.lines[0];
    const loose = parseLooseMarker(text, line.cs, line.ce);
    if (!loose || loose.num !== prev.value + 1) return null;
    let restStart = loose.end;
    while (restStart < line.ce && (text[restStart] === ' ' || text[restStart] === '\t')) restStart++;
    const m: MarkerMatch = {
      ...prev,
      printed: loose.printed,
      label: String(loose.num),
      value: loose.num,
      start: line.cs,
      end: loose.end,
      restStart,
      restUpper: true,
    };
    this.closeFrom(idx);
    return this.push(m);
  }

  get top(): OutlineNode | null {
    return this.stack.length > 0 ? this.stack[this.stack.length - 1] : null;
  }
}

/** Where a node starts in the text. */
export function nodeStart(n: OutlineNode): number {
  return n.marker ? n.marker.start : n.own[0]?.from ?? 0;
}

/** Adds a top-level node in document order. */
function insertRoot(roots: OutlineNode[], node: OutlineNode): void {
  const at = nodeStart(node);
  let i = roots.length;
  while (i > 0 && nodeStart(roots[i - 1]) > at) i--;
  roots.splice(i, 0, node);
}

/** Removes the members of `gone` from `list`, keeping the order of the rest. */
function removeAll<T>(list: T[], gone: ReadonlySet<T>): void {
  let kept = 0;
  for (const x of list) if (!gone.has(x)) list[kept++] = x;
  list.length = kept;
}

/** `m` relabelled as the item right after `prev`. */
function renumbered(prev: MarkerMatch, m: MarkerMatch): MarkerMatch {
  const value = prev.value + 1;
  let label = String(value);
  if (m.family === 'roman') label = ROMAN_NUMERALS[value - 1] ?? label;
  else if (m.family === 'letter') label = VIETNAMESE_LIST_LETTERS[value - 1] ?? m.label;
  else if (m.family === 'decimal') label = prev.prefix ? `${prev.prefix}.${value}` : label;
  return { ...m, value, label, latinValue: undefined };
}

function endsWithColon(text: string, node: OutlineNode): boolean {
  if (node.own.length === 0) return false;
  return ownText(text, node.own[0]).endsWith(':');
}

/**
 * Builds the outline over paragraphs [first, last) of the directive part. `startOffset` is where
 * the part starts inside paragraph `first` (after an inline introductory formula).
 */
export function buildOutline(
  text: string,
  paras: readonly Para[],
  first: number,
  last: number,
  startOffset: number,
  skip: ReadonlySet<number> = new Set(),
  endOffset = Number.POSITIVE_INFINITY,
): OutlineResult {
  const b = new Builder();
  const events: Event[] = [];
  const rejected: Para[] = [];
  let lastEntry: OwnPara | null = null;
  for (let i = first; i < last; i++) {
    if (skip.has(i)) {
      // A skipped lead-in or question heading separates two lists.
      if (events.length > 0 && !('boundary' in events[events.length - 1])) events.push({ boundary: true });
      lastEntry = null;
      continue;
    }
    const para = paras[i];
    const from = i === first ? Math.max(startOffset, para.start) : para.start;
    let node: OutlineNode | null = null;
    if (para.marker && para.marker.start >= from) {
      node = b.accept(para.marker, para.strong);
      if (!node) rejected.push(para);
    } else if (!para.marker && para.lines[0].marker === null) {
      node = b.acceptLoose(text, para);
    }
    if (node) {
      lastEntry = { paras: [para], from: node.marker!.start };
      node.own.push(lastEntry);
      events.push({ open: node });
      continue;
    }
    // A rejected marker that only broke a line inside a sentence: the paragraph goes on.
    if (para.marker && !para.strong && lastEntry) {
      lastEntry.paras.push(para);
      continue;
    }
    lastEntry = { paras: [para], from };
    const target = b.top;
    if (target) target.own.push(lastEntry);
    events.push({ entry: lastEntry, target });
  }

  // The part may end inside its last paragraph (a closing formula run into it).
  if (lastEntry && endOffset < lastEntry.paras[lastEntry.paras.length - 1].end) lastEntry.to = endOffset;

  // Within each list (events between boundaries), paragraphs up to its last item are continuations;
  // after it, a paragraph that opens with a new actor starts p-items. A part with no items at all,
  // or a list after a lead-in with no items of its own, is unnumbered: every paragraph is a p-item.
  const anyOpen = events.some((e) => 'open' in e);
  let segStart = 0;
  while (segStart < events.length) {
    let segEnd = segStart;
    while (segEnd < events.length && !('boundary' in events[segEnd])) segEnd++;
    let lastOpen = -1;
    for (let i = segStart; i < segEnd; i++) if ('open' in events[i]) lastOpen = i;
    let pMode = !anyOpen || (lastOpen === -1 && segStart > 0);
    let awaitingBody: boolean | undefined;
    // The entries that leave their item to become p-items, taken out of its own text at the end
    // of the segment in one pass (one by one, each removal searched the item's whole list: a
    // document of thousands of paragraphs after its last item took time in their square).
    const leaving = new Map<OutlineNode, Set<OwnPara>>();
    for (let i = Math.max(segStart, lastOpen + 1); i < segEnd; i++) {
      const e = events[i];
      if (!('entry' in e)) continue;
      // The last item ends with ":" and has no children yet: what follows is its body.
      awaitingBody ??= e.target !== null && e.target.children.length === 0 && endsWithColon(text, e.target);
      if (!pMode && !awaitingBody && lastOpen !== -1 && ACTOR_OPENING_RE.re.test(ownText(text, e.entry))) pMode = true;
      if (!pMode) continue;
      if (e.target) {
        const set = leaving.get(e.target);
        if (set) set.add(e.entry);
        else leaving.set(e.target, new Set([e.entry]));
      }
      insertRoot(b.roots, { marker: null, kind: 'p', own: [e.entry], children: [], parent: null });
    }
    for (const [target, entries] of leaving) removeAll(target.own, entries);
    segStart = segEnd + 1;
  }
  return { roots: b.roots, rejected };
}
