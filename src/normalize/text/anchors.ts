/**
 * Repairs OCR damage to the anchor words later stages rely on ("Noi nhận:" -> "Nơi nhận:",
 * "CỌNG HOÀ XÃ HỌI ..." -> "CỘNG HÒA XÃ HỘI ...", "Sổ:" -> "Số:", "THONG BAO" -> "THÔNG BÁO"),
 * using only the vocabulary in src/vocabulary/anchors.ts, only where the layout puts the anchor
 * (a line start; the header block for the number, the motto and the type line), and reporting
 * every repair as an info diagnostic "normalize/anchor-repaired". Nothing else is rewritten.
 */
import type { NormalizeStep } from '../step.js';
import { COMPILED_ANCHORS, FIRST_LETTER_UPPER, TYPE_QUALIFIERS, canonicalInCase, execAnchor, tolerantSource, type CompiledAnchor } from '../../vocabulary/anchors.js';
import { applyEdits, type Edit } from '../layout/edits.js';
import { StickySet, headerZoneEnd, lineTable, opensAnchor } from '../layout/lines.js';
import { charTable, isTrimSpace } from './char-table.js';

/** Each type qualifier, tolerant, as a whole word. */
export const QUALIFIER_RES: readonly { canonical: string; re: RegExp }[] = TYPE_QUALIFIERS.map((q) => ({
  canonical: q,
  re: new RegExp(`^${tolerantSource(q)}$`, 'iu'),
}));
/** A colon as printed (possibly garbled) in an anchor's tail. */
export const HAS_COLON = /[:;]/;

/** canonicalInCase, memoised per canonical form and printed word (anchors repeat in every document). */
const IN_CASE = new Map<string, Map<string, string | null>>();
const IN_CASE_MAX = 10_000;
let inCaseSize = 0;
function inCase(canonical: string, printed: string): string | null {
  let byPrinted = IN_CASE.get(canonical);
  if (byPrinted === undefined) IN_CASE.set(canonical, (byPrinted = new Map()));
  let v = byPrinted.get(printed);
  if (v === undefined) {
    v = canonicalInCase(canonical, printed);
    if (inCaseSize >= IN_CASE_MAX) {
      for (const m of IN_CASE.values()) m.clear();
      inCaseSize = 0;
    }
    byPrinted.set(printed, v);
    inCaseSize++;
  }
  return v;
}

function repairOne(a: CompiledAnchor, m: RegExpExecArray, base: number, edits: Edit[], notes: { at: number; from: string; to: string }[]): void {
  const g = m.groups ?? {};
  const junk = g.junk ?? '';
  const word = g.word ?? '';
  const canonicalWord = inCase(a.canonical, word);
  if (canonicalWord === null) return;
  let printed = junk + word;
  let wanted = canonicalWord;
  if (a.colon) {
    const tail = g.tail ?? '';
    printed += tail;
    wanted += HAS_COLON.test(tail) ? ':' : tail;
  }
  if (a.scope === 'header-line' && g.qual) {
    const q = QUALIFIER_RES.find((x) => x.re.test(g.qual));
    const between = m[0].slice(junk.length + word.length, m[0].indexOf(g.qual, junk.length + word.length));
    printed += between + g.qual;
    wanted += ' ' + (q ? inCase(q.canonical, g.qual) ?? g.qual : g.qual);
  }
  if (printed === wanted) return;
  const start = base + m.index;
  edits.push({ start, end: start + printed.length, text: wanted });
  notes.push({ at: start, from: printed, to: wanted });
}

/** Characters a line-start anchor can open with (its first letters, both cases, and OCR junk). */
export const LINE_START_CHARS: ReadonlySet<string> = new Set(
  COMPILED_ANCHORS.filter((a) => a.scope === 'line-start')
    .flatMap((a) => [a.canonical, ...(a.variants ?? [])])
    .flatMap((w) => [w[0], w[0].toLowerCase(), w[0].toUpperCase()])
    .concat([..."'‘`´,."]),
);

/** The header-inline anchors' patterns, sticky: tried only where a match can start (matchesAt). */
export const INLINE_STICKY: ReadonlyMap<CompiledAnchor, RegExp> = new Map(
  COMPILED_ANCHORS.filter((a) => a.scope === 'header-inline').map((a) => [a, new RegExp(a.re.source, a.re.flags.replace('g', '') + 'y')]),
);
/** The header-inline anchors in COMPILED_ANCHORS order, and their patterns read over a line at once. */
const INLINE_ANCHORS = [...INLINE_STICKY.keys()];
export const INLINE_ANCHOR_SET = new StickySet(INLINE_ANCHORS.map((a) => ({ sticky: INLINE_STICKY.get(a)!, opens: opensAnchor(a) })));

/** LINE_START_CHARS as a table. */
const LINE_START_TABLE = charTable(LINE_START_CHARS);
/** The anchors tried on a line outside the header (in COMPILED_ANCHORS order, as the notes are). */
const LINE_START_ANCHORS = COMPILED_ANCHORS.filter((a) => a.scope === 'line-start');

const HEADER_ANCHORS_BY_CODE = new Map<number, readonly CompiledAnchor[]>();
const LINE_ANCHORS_BY_CODE = new Map<number, readonly CompiledAnchor[]>();

/**
 * The anchors to try on a line opening with this code unit, in COMPILED_ANCHORS order (the
 * order of the notes): in the header every header-inline anchor and the anchored ones that can
 * open with it; elsewhere the line-start anchors that can (memoised per code unit).
 */
function anchorsFor(inHeader: boolean, c0: number): readonly CompiledAnchor[] {
  const memo = inHeader ? HEADER_ANCHORS_BY_CODE : LINE_ANCHORS_BY_CODE;
  let list = memo.get(c0);
  if (list === undefined) {
    list = (inHeader ? COMPILED_ANCHORS : LINE_START_ANCHORS).filter((a) => a.scope === 'header-inline' || opensAnchor(a)(c0));
    memo.set(c0, list);
  }
  return list;
}

export const anchors: NormalizeStep = (text, env) => {
  const lines = lineTable(text);
  const zoneEnd = headerZoneEnd(text);
  const edits: Edit[] = [];
  const notes: { at: number; from: string; to: string }[] = [];
  for (let k = 0; k < lines.count; k++) {
    const start = lines.start(k);
    const end = lines.end(k);
    // The line's first character after white space (as trimStart() sees it): a line of white
    // space only has no anchor (and no match of a header-inline one).
    let first = start;
    while (first < end && isTrimSpace(text.charCodeAt(first))) first++;
    if (first === end) continue;
    const inHeader = start < zoneEnd;
    if (!inHeader && LINE_START_TABLE[text.charCodeAt(first)] !== 1) continue;
    const s = text.slice(first, end).trimEnd();
    const base = first;
    // The header-inline anchors' matches, read in one pass over the line.
    const inline = inHeader ? INLINE_ANCHOR_SET.matches(s) : null;
    for (const a of anchorsFor(inHeader, s.charCodeAt(0))) {
      if (a.scope === 'header-inline') {
        for (const m of inline![INLINE_ANCHORS.indexOf(a)]) if (FIRST_LETTER_UPPER.test(m.groups?.word ?? m[0])) repairOne(a, m, base, edits, notes);
        continue;
      }
      const m = execAnchor(a.re, s);
      if (m) repairOne(a, m, base, edits, notes);
    }
  }
  for (const n of notes) {
    env.note({ code: 'normalize/anchor-repaired', severity: 'info', message: `read "${n.from}" as "${n.to}"`, at: n.at });
  }
  return applyEdits(text, edits);
};
