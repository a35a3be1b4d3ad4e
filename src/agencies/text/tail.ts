/**
 * A cheap necessary condition for a regex anchored at the end of a string, of the form
 * "(?:^|[^a-z0-9])(?:PHRASE|...)( ... ) {m,n}$", run on the folded text before a mention: such a
 * regex is tried at every start position of the string, so it is asked only when the string
 * ends as a match must, with m..n spaces after a word that may end the match.
 *
 * Sound when every alternative the regex can end with is a word of [a-z0-9] (the guard's
 * `words`) preceded by a space, a non-alphanumeric character or the start: the maximal run of
 * letters and digits before the trailing spaces is then that word, and the trailing spaces are
 * exactly the final run (a longer run would leave a space where the word must end).
 */
import { isWordCode } from './units.js';

export interface TailGuard {
  /** Words a match may end with (before its trailing spaces). */
  readonly words: ReadonlySet<string>;
  readonly minSpaces: number;
  readonly maxSpaces: number;
  /** Length of the longest word. */
  readonly maxWord: number;
}

/** A word of lower-case letters and digits. */
export const TAIL_WORD = /^[a-z0-9]+$/;

/** The guard of a regex whose matches end with one of `endings` (phrases: their last words count), then m..n spaces. */
export function tailGuard(endings: readonly string[], minSpaces: number, maxSpaces: number): TailGuard {
  const words = new Set<string>();
  for (const phrase of endings) {
    const word = phrase.slice(phrase.lastIndexOf(' ') + 1);
    if (!TAIL_WORD.test(word)) throw new Error(`tailGuard: "${phrase}" does not end with a word of [a-z0-9]`);
    words.add(word);
  }
  return { words, minSpaces, maxSpaces, maxWord: Math.max(...[...words].map((w) => w.length)) };
}

/** False when no match of the guarded regex can end `s` (true does not mean that one does). */
export function mayEndWith(s: string, g: TailGuard): boolean {
  let i = s.length - 1;
  while (i >= 0 && s.charCodeAt(i) === 0x20) i--;
  const spaces = s.length - 1 - i;
  if (spaces < g.minSpaces || spaces > g.maxSpaces) return false;
  let j = i;
  while (j >= 0 && isWordCode(s.charCodeAt(j))) j--;
  const len = i - j;
  return len > 0 && len <= g.maxWord && g.words.has(s.slice(j + 1, i + 1));
}
