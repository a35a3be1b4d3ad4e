/** Builds regex alternations from word lists (longest first, so "chậm nhất là" wins over "chậm nhất"). */

/** Characters with a meaning in a regex, escaped when a word goes into an alternation. */
export const REGEX_SPECIAL_RE = /[.*+?^${}()|[\]\\]/g;

export function alt(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(REGEX_SPECIAL_RE, '\\$&'))
    .join('|');
}
