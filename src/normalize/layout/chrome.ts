/**
 * Web and portal boilerplate around the document (vocabulary in chrome-lexicon.ts): dropped,
 * and each dropped block reported as an info diagnostic "normalize/chrome-dropped" naming it.
 *
 * Blocks: the TVPL head (copyright banner and the "Số hiệu / Loại văn bản / Nơi ban hành /
 * Người ký / Ngày ban hành" metadata), the TVPL tail (site title line, "Văn bản liên quan",
 * comparison help, customer notices), comment sections and the related-article teasers after
 * them, visitor statistics, login prompts and badges, image placeholders with their captions.
 *
 * Never dropped: document content. Every rule matches a whole line of site text or a block
 * opened by one; a news dateline ("Thứ bảy, 06/02/2021 - 20:58'") and a page's timestamp line
 * are kept (the header stage decides between them).
 */
import type { NormalizeStep, StepEnv } from '../step.js';
import { DOCUMENT_TYPES } from '../../vocabulary/document-types.js';
import { SO_AT_START, execAnchor } from '../../vocabulary/anchors.js';
import { applyEdits, type Edit } from './edits.js';
import { prefiltered, type Prefiltered } from '../text/first-chars.js';
import { isTrimSpace, memoCharPredicate } from '../text/char-table.js';
import { MOTTO_IN_LINE, lineAt, splitLines, type Line } from './lines.js';
import { escapeRegExp } from '../../vocabulary/regex-escape.js';
import {
  CAPTION_CREDIT,
  CHROME_LINES,
  COMMENT_CONFIRMERS,
  COMMENT_OPENERS,
  METADATA_LABELS,
  PAGE_TAIL_OPENERS,
  RELATED_OPENERS,
  SITE_TITLE_TAIL,
  CONVERTER_REMARK_WORD,
  STATS_HEADING,
  STATS_LINES,
} from './chrome-lexicon.js';

const anyOf = (xs: readonly string[]) => xs.map(escapeRegExp).join('|');

/** Bullets and list dots a widget line may start with. */
const BUL = '(?:[-•·*+][ \\t]{0,3})?';

export const METADATA_LABEL_LINE = new RegExp(`^(?<label>${anyOf(METADATA_LABELS)})[ \\t]{0,3}:[ \\t]{0,3}(?<value>.{0,200})$`, 'iu');
export const PAGE_TAIL_LINE = new RegExp(`^(?:#{1,6}[ \\t]{1,3})?(?:${anyOf(PAGE_TAIL_OPENERS)})$`, 'iu');
export const COMMENT_OPENER_LINE = new RegExp(`^(?:${anyOf(COMMENT_OPENERS)})(?:[ \\t]{0,3}\\(\\d{1,5}\\))?$`, 'iu');
export const COMMENT_CONFIRMER_LINE = new RegExp(`^(?:${anyOf(COMMENT_CONFIRMERS)})`, 'iu');
export const RELATED_OPENER_LINE = new RegExp(`^(?:#{1,6}[ \\t]{1,3})?(?:${anyOf(RELATED_OPENERS)})[ \\t]{0,3}:?$`, 'iu');
export const STATS_HEADING_LINE = new RegExp(`^${escapeRegExp(STATS_HEADING)}[ \\t]{0,3}:?$`, 'iu');
export const STATS_LINE = new RegExp(`^${BUL}(?:${anyOf(STATS_LINES)})[ \\t]{0,3}:?[ \\t]{0,3}[\\d.,]{0,15}$`, 'iu');
export const CHROME_LINE_RES: readonly { what: string; re: RegExp }[] = CHROME_LINES.map((c) => ({
  what: c.what,
  re: new RegExp(`^(?:#{1,6}[ \\t]{1,3})?(?:${c.pattern})[ \\t]{0,3}$`, 'iu'),
}));
/** Any single chrome line (one test per line before finding which). */
export const ANY_CHROME_LINE = new RegExp(`^(?:#{1,6}[ \\t]{1,3})?(?:${CHROME_LINES.map((c) => `(?:${c.pattern})`).join('|')})[ \\t]{0,3}$`, 'iu');
export const CAPTION_LINE = new RegExp(`(?:${CAPTION_CREDIT})[ \\t]{0,3}$`, 'u');
export const IMG_PLACEHOLDER = CHROME_LINE_RES[0].re;
/** The site's title line for the document: "<Type> <number> năm|ngày ... ban hành". */
export const SITE_TITLE_LINE = new RegExp(
  `^(?:${DOCUMENT_TYPES.map((t) => escapeRegExp(t.name)).join('|')})[ \\t]\\S{1,40}[ \\t](?:năm|ngày)[ \\t].{5,600}${escapeRegExp(SITE_TITLE_TAIL)}$`,
  'iu',
);
/** The same title line without its "ban hành" ending, as printed right above the TVPL tail. */
export const SITE_TITLE_START = new RegExp(`^(?:${DOCUMENT_TYPES.map((t) => escapeRegExp(t.name)).join('|')})[ \\t]\\d{1,6}\\S{0,40}[ \\t](?:năm|ngày)[ \\t]`, 'iu');
/** A line ending in sentence punctuation (body text, not a caption). */
export const SENTENCE_END = /[.!?…:;]["')\]]{0,2}$/u;
/** A YAML front matter key line. */
export const YAML_KEY_LINE = /^[A-Za-z_][\w-]{0,40}[ \t]{0,3}:(?:[ \t].{0,500})?$/;

/** The words a caption credit needs (a cheap test before CAPTION_LINE). */
export const CAPTION_WORDS: readonly string[] = ['Ảnh', 'ảnh', 'Hình', 'nguồn'];

/**
 * For each line, whether it holds one of the words (none holds white space or a line break, so
 * a word in a line is in the trimmed line too): one search of the text per word instead of one
 * per line and word.
 */
function linesHolding(text: string, lines: readonly Line[], words: readonly string[]): Uint8Array {
  const out = new Uint8Array(lines.length);
  for (const w of words) {
    // Searched from its rarest-looking character (the highest code: "ồn" of "nguồn"), which
    // indexOf skips to much faster than to a common first letter.
    let j = 0;
    for (let i = 1; i < w.length; i++) if (w.charCodeAt(i) > w.charCodeAt(j)) j = i;
    const tail = w.slice(j);
    for (let found = text.indexOf(tail, j); found !== -1; found = text.indexOf(tail, found + 1)) {
      const at = found - j;
      if (j > 0 && !text.startsWith(w, at)) continue;
      out[lineAt(lines, at)] = 1;
    }
  }
  return out;
}

/** A match of these anchored patterns opens with one of a few characters: tested first (first-chars.ts). */
export const PREFILTERED = {
  metadataLabel: prefiltered(METADATA_LABEL_LINE),
  pageTail: prefiltered(PAGE_TAIL_LINE),
  commentOpener: prefiltered(COMMENT_OPENER_LINE),
  commentConfirmer: prefiltered(COMMENT_CONFIRMER_LINE),
  relatedOpener: prefiltered(RELATED_OPENER_LINE),
  statsHeading: prefiltered(STATS_HEADING_LINE),
  statsLine: prefiltered(STATS_LINE),
  imgPlaceholder: prefiltered(IMG_PLACEHOLDER),
  siteTitle: prefiltered(SITE_TITLE_LINE),
  anyChrome: prefiltered(ANY_CHROME_LINE),
};

/** Any of the patterns' first-character tests (true for all if one has none). */
function opensAny(ps: readonly Prefiltered[]): (code: number) => boolean {
  return ps.every((p) => p.first !== null) ? memoCharPredicate((ch) => ps.some((p) => p.first!.test(ch))) : () => true;
}
/** A line the tail openers (page tail, comments, related articles) can match opens so. */
const OPENS_TAIL = opensAny([PREFILTERED.pageTail, PREFILTERED.commentOpener, PREFILTERED.relatedOpener]);
/** A line the single-line patterns (statistics, image placeholder, site title, chrome lines) can match opens so. */
const OPENS_LINE = opensAny([PREFILTERED.statsHeading, PREFILTERED.imgPlaceholder, PREFILTERED.siteTitle, PREFILTERED.anyChrome]);

/**
 * The characters whose lower case holds "w" are "w" and "W" (test/normalize/fast-paths.test.ts):
 * a line without them cannot name the converter ("markdown") once lower-cased.
 */
export const REMARK_PROBES: readonly string[] = CONVERTER_REMARK_WORD.includes('w') ? ['w', 'W'] : [];

/**
 * The lines of a text as trim() leaves them, sliced only when asked for: most lines only need
 * their first character (for the patterns' first-character tests) and whether they are empty.
 */
class TrimmedLines {
  private readonly first: Int32Array;
  private readonly end: Int32Array;
  private readonly strings: (string | undefined)[];

  constructor(
    private readonly text: string,
    lines: readonly Line[],
  ) {
    this.first = new Int32Array(lines.length);
    this.end = new Int32Array(lines.length);
    this.strings = new Array(lines.length);
    for (let k = 0; k < lines.length; k++) {
      let a = lines[k].start;
      let b = lines[k].end;
      while (a < b && isTrimSpace(text.charCodeAt(a))) a++;
      while (b > a && isTrimSpace(text.charCodeAt(b - 1))) b--;
      this.first[k] = a;
      this.end[k] = b;
    }
  }

  empty(k: number): boolean {
    return this.first[k] === this.end[k];
  }

  /** The next non-empty line after k (the line count when there is none). */
  nextContent(k: number): number {
    let j = k + 1;
    while (j < this.first.length && this.empty(j)) j++;
    return j;
  }

  length(k: number): number {
    return this.end[k] - this.first[k];
  }

  get(k: number): string {
    return (this.strings[k] ??= this.text.slice(this.first[k], this.end[k]));
  }

  /** Whether the line has a ":" among its first `within` characters. */
  colonWithin(k: number, within: number): boolean {
    const stop = Math.min(this.end[k], this.first[k] + within);
    for (let p = this.first[k]; p < stop; p++) if (this.text.charCodeAt(p) === 0x3a) return true;
    return false;
  }

  /** Whether the (non-empty) line's first character passes a one-character test. */
  opens(test: (code: number) => boolean, k: number): boolean {
    return test(this.text.charCodeAt(this.first[k]));
  }

  /** testAnchored(p, this.get(k)), slicing only when the first character passes. */
  test(p: Prefiltered, k: number): boolean {
    if (this.empty(k)) return p.re.test('');
    return p.opens(this.text.charCodeAt(this.first[k])) && p.re.test(this.get(k));
  }
}

interface Drop {
  from: number; // line index
  to: number; // line index, inclusive
  what: string;
}

function report(env: StepEnv, lines: readonly Line[], drops: Drop[]): void {
  for (const d of drops) {
    env.note({ code: 'normalize/chrome-dropped', severity: 'info', message: `dropped ${d.what}`, at: lines[d.from].start });
  }
}

function toEdits(text: string, lines: readonly Line[], drops: Drop[]): Edit[] {
  return drops.map((d) => ({ start: lines[d.from].start, end: Math.min(text.length, lines[d.to].end + 1), text: '' }));
}

/** YAML front matter ("---\ntitle: ...\n---") at the very start of a converted file. */
export const frontMatter: NormalizeStep = (text, env) => {
  if (!text.startsWith('---')) return null;
  const lines = splitLines(text);
  if (text.slice(lines[0].start, lines[0].end).trim() !== '---') return null;
  for (let k = 1; k < Math.min(lines.length, 60); k++) {
    const s = text.slice(lines[k].start, lines[k].end).trim();
    if (s === '---' || s === '...') {
      if (k === 1) return null;
      const drops = [{ from: 0, to: k, what: 'YAML front matter of the converter' }];
      report(env, lines, drops);
      return applyEdits(text, toEdits(text, lines, drops));
    }
    if (s !== '' && !YAML_KEY_LINE.test(s) && !s.startsWith('- ') && !s.startsWith('#')) return null;
  }
  return null;
};

/**
 * A metadata label line has its colon within this many code units of its start: the longest
 * label (a pattern character matches one character of the same length, case-insensitively too),
 * up to three blanks, the colon.
 */
const LABEL_COLON_WITHIN = Math.max(...METADATA_LABELS.map((l) => l.length)) + 4;

/**
 * The longest line (in code units) the tail openers can match: the longest phrase, up to six
 * "#" and three blanks before it, up to three blanks and a colon or a comment count "(99999)"
 * after it. Longer lines are not tested (most lines of a document are).
 */
const TAIL_OPENER_MAX = Math.max(...[...PAGE_TAIL_OPENERS, ...COMMENT_OPENERS, ...RELATED_OPENERS].map((l) => l.length)) + 9 + 10;

/**
 * The TVPL head in lines [top, end): three metadata labels or more within 250 lines of `top`
 * (the search ends at a document header line once a label is found), dropped from the first
 * label, or from `top` when no document header line precedes the labels, to the last label
 * (with its value on the next line when it has none on its own).
 */
function findHead(t: TrimmedLines, top: number, end: number): Drop | null {
  const labels: number[] = [];
  for (let k = top; k < Math.min(end, top + 250); k++) {
    if (!t.empty(k) && t.opens(PREFILTERED.metadataLabel.opens, k) && t.colonWithin(k, LABEL_COLON_WITHIN) && t.test(PREFILTERED.metadataLabel, k)) labels.push(k);
    if (labels.length > 0 && (MOTTO_IN_LINE.test(t.get(k)) || !!execAnchor(SO_AT_START, t.get(k)))) break;
  }
  if (labels.length < 3) return null;
  const last = labels[labels.length - 1];
  const m = METADATA_LABEL_LINE.exec(t.get(last))!;
  const to = m.groups!.value.trim() ? last : Math.min(t.nextContent(last), end - 1);
  let docBefore = false;
  for (let k = top; k < labels[0]; k++) {
    if (MOTTO_IN_LINE.test(t.get(k)) || !!execAnchor(SO_AT_START, t.get(k))) docBefore = true;
  }
  return { from: docBefore ? labels[0] : top, to, what: 'site metadata block (Số hiệu, Loại văn bản, Nơi ban hành, Người ký, Ngày ban hành)' };
}

export const chrome: NormalizeStep = (text, env) => {
  const lines = splitLines(text);
  const t = new TrimmedLines(text, lines);
  const n = lines.length;
  const captionWords = linesHolding(text, lines, CAPTION_WORDS);
  const remarkProbes = REMARK_PROBES.length ? linesHolding(text, lines, REMARK_PROBES) : null;
  const drops: Drop[] = [];
  const nextContent = (k: number) => t.nextContent(k);

  // 1. The TVPL head: the metadata block (three labels or more near the top), and everything
  //    before it when no document header line precedes it.
  let headEnd = -1;
  const first = findHead(t, 0, n);
  if (first) {
    drops.push(first);
    headEnd = first.to;
  }

  // 2. Tails: the TVPL page tail, comment sections, related-article lists (from the opener to the end).
  let tailStart = n;
  let tailWhat = '';
  for (let k = Math.max(headEnd + 1, 0); k < n; k++) {
    if (t.empty(k) || t.length(k) > TAIL_OPENER_MAX || !t.opens(OPENS_TAIL, k)) continue;
    if (t.test(PREFILTERED.pageTail, k)) {
      tailStart = k;
      tailWhat = 'thuvienphapluat page tail (related documents, comparison help, notices)';
      break;
    }
    if (t.test(PREFILTERED.commentOpener, k)) {
      const j = nextContent(k);
      const j2 = j < n ? nextContent(j) : n;
      if ((j < n && t.test(PREFILTERED.commentConfirmer, j)) || (j2 < n && t.test(PREFILTERED.commentConfirmer, j2)) || j >= n) {
        tailStart = k;
        tailWhat = 'comment section and the article teasers after it';
        break;
      }
    }
    if (k > n / 2 && t.test(PREFILTERED.relatedOpener, k)) {
      tailStart = k;
      tailWhat = 'related-article list';
      break;
    }
  }

  // 1'. Dropping a head and the tail brings what lies between them to the top, where the rule of
  //    1. may see another head (a page saved several times over): the search goes on after each
  //    head, up to the tail, so that the output holds none and a second pass drops nothing more.
  for (let head = first && findHead(t, headEnd + 1, tailStart); head; head = findHead(t, headEnd + 1, tailStart)) {
    drops.push(head);
    headEnd = head.to;
  }

  if (tailStart < n) {
    // The site's own title line(s) for the document just before the TVPL tail.
    let s = tailStart;
    for (let j = tailStart - 1; j > headEnd && j > tailStart - 4; j--) {
      if (t.empty(j)) continue;
      if (t.test(PREFILTERED.siteTitle, j) || SITE_TITLE_START.test(t.get(j))) s = j;
      else break;
    }
    drops.push({ from: s, to: n - 1, what: tailWhat });
  }

  // 3. Single lines and small blocks between head and tail.
  const lo = headEnd + 1;
  const hi = tailStart < n ? drops[drops.length - 1].from : n;
  for (let k = lo; k < hi; k++) {
    if (t.empty(k)) continue;
    // Nothing below can match a line opening otherwise, without a caption word or the converter's name.
    if (!t.opens(OPENS_LINE, k) && captionWords[k] !== 1 && (remarkProbes !== null && remarkProbes[k] !== 1)) continue;
    if (t.test(PREFILTERED.statsHeading, k)) {
      let j = k;
      while (j + 1 < hi && (t.empty(j + 1) || t.test(PREFILTERED.statsLine, j + 1))) j++;
      drops.push({ from: k, to: j, what: 'visitor statistics' });
      k = j;
      continue;
    }
    if (t.test(PREFILTERED.imgPlaceholder, k)) {
      // The placeholder and the caption under it.
      const j = nextContent(k);
      const cap = j < hi && t.length(j) <= 300 && ((captionWords[j] === 1 && CAPTION_LINE.test(t.get(j))) || !SENTENCE_END.test(t.get(j)));
      drops.push({ from: k, to: cap ? j : k, what: cap ? 'image placeholder and its caption' : 'image placeholder' });
      k = cap ? j : k;
      continue;
    }
    if (t.length(k) <= 300 && captionWords[k] === 1 && CAPTION_LINE.test(t.get(k))) {
      // A caption may be wrapped: take its whole block (since the last blank line) when short.
      let b = k;
      let len = t.length(k);
      while (b > lo && !t.empty(b - 1) && len + t.length(b - 1) < 300 && !SENTENCE_END.test(t.get(b - 1))) len += t.length(--b);
      if (b > lo && !t.empty(b - 1)) b = k;
      drops.push({ from: b, to: k, what: 'image caption' });
      continue;
    }
    if (k < 3 && t.test(PREFILTERED.siteTitle, k)) {
      drops.push({ from: k, to: k, what: 'site title line' });
      continue;
    }
    if (t.length(k) <= 700 && (remarkProbes === null || remarkProbes[k] === 1) && t.get(k).toLowerCase().includes(CONVERTER_REMARK_WORD)) {
      drops.push({ from: k, to: k, what: 'converter remark' });
      continue;
    }
    if (t.length(k) > 700 || !t.test(PREFILTERED.anyChrome, k)) continue;
    const s = t.get(k);
    for (const c of CHROME_LINE_RES) {
      if (c.re.test(s)) {
        drops.push({ from: k, to: k, what: c.what });
        break;
      }
    }
  }
  if (drops.length === 0) return null;
  drops.sort((a, b) => a.from - b.from);
  report(env, lines, drops);
  return applyEdits(text, toEdits(text, lines, drops));
};
