/**
 * Builds one regular expression from many folded phrases, factored as a trie
 * ("so y te|so tai chinh" -> "so (?:y te|tai chinh)"), so that a scan tries each position
 * against one branch per distinct next letter instead of every phrase: linear and fast.
 * Longer phrases win (children are tried before the end of a shorter phrase), and every end is
 * guarded by a word boundary (no ASCII letter or digit after it) unless the phrase may be glued.
 */

interface Node {
  children: Map<string, Node>;
  end: boolean;
  /** The phrase may end without a word boundary ("Sở Công Thươngcó" in OCR'd text). */
  glue: boolean;
}

const newNode = (): Node => ({ children: new Map(), end: false, glue: false });

const escape = (ch: string): string => (/[\\^$.*+?()[\]{}|/-]/.test(ch) ? `\\${ch}` : ch);

/** What a space of a phrase matches: 1-4 spaces. */
export const SPACE_EDGE = ' {1,4}';

/**
 * A space edge that V8 compiles about four times faster than SPACE_EDGE (a repeat of at most 4
 * is unrolled at every space of a big trie: ~15 ms of a cold start for the agency scanner; a
 * longer bound is a loop), for a scanner whose matches are checked afterwards: it also accepts
 * runs of 5-8 spaces (LONG_SPACE_RUN), which the exact source does not. See lexicon/index.ts
 * execAgencyScanner. (" +" compiles as fast, but recheck cannot decide the scanner with it.)
 */
export const LOOSE_SPACE_EDGE = ' {1,8}';

/** A run of spaces that SPACE_EDGE does not accept. */
export const LONG_SPACE_RUN = '     ';

/** What follows a phrase end: no letter or digit of the folded text, nor "/x", "-x". */
export const END_GUARD = '(?![/-]?[a-z0-9])';

/**
 * V8 leaves a regular expression whose source is longer than this unoptimised
 * (kRegExpTooLargeToOptimize, 20 KB): the agency scanner then runs about five times slower. The
 * lexicon's scanner must stay under it (test/agencies/lexicon.test.ts checks).
 */
export const V8_OPTIMISED_SOURCE_MAX = 20 * 1024;

/**
 * Regex source matching any of `phrases` (already folded: lower-case ASCII, single spaces).
 * A space in a phrase matches `space` (1-4 spaces). `glued` phrases may be followed by a letter.
 */
export function trieSource(phrases: Iterable<string>, glued: ReadonlySet<string> = new Set(), space: string = SPACE_EDGE): string {
  const root = newNode();
  for (const p of phrases) {
    if (p.length === 0) continue;
    let n = root;
    for (const ch of p) {
      let c = n.children.get(ch);
      if (!c) {
        c = newNode();
        n.children.set(ch, c);
      }
      n = c;
    }
    n.end = true;
    if (glued.has(p)) n.glue = true;
  }
  return emit(root, space);
}

function emit(n: Node, space: string): string {
  // A run of nodes with one child and no phrase end is one literal: appended without recursion,
  // sorting or arrays (most nodes of a phrase trie; building the scanners is part of every cold start).
  let run = '';
  while (n.children.size === 1 && !n.end) {
    const [ch, child] = n.children.entries().next().value as [string, Node];
    run += edgeOf(ch, space);
    n = child;
  }
  if (n.children.size === 0 && n.end) return run + (n.glue ? '' : END_GUARD);
  const branches: string[] = [];
  // Sorted for a stable source; order among distinct first letters does not change matches.
  const keys = [...n.children.keys()].sort();
  for (const ch of keys) branches.push(edgeOf(ch, space) + emit(n.children.get(ch)!, space));
  if (n.end) branches.push(n.glue ? '' : END_GUARD);
  if (branches.length === 1) return run + branches[0];
  return `${run}(?:${branches.join('|')})`;
}

/** The regex source of one trie edge: a space is `space`; a metacharacter is escaped. */
function edgeOf(ch: string, space: string): string {
  return ch === ' ' ? space : escape(ch);
}
