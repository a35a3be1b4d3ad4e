/** Builds regex alternations from word lists (longest first, so "chậm nhất là" wins over "chậm nhất"). */
import { escapeRegExp } from '../../vocabulary/regex-escape.js';

export function alt(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
}
