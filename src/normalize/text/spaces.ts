/**
 * White space (docs/CONVENTIONS.md): runs of spaces and tabs inside a line become one space,
 * lines are trimmed, and blank lines collapse: a run of white space holding one line break
 * becomes "\n", holding two or more becomes one blank line "\n\n".
 */
import { TextBuilder } from '../offset-map.js';
import type { NormalizeStep } from '../step.js';

/** White space around line breaks, runs of spaces/tabs, and a tab alone. */
export const SPACE_RUN = /[ \t]*\n[ \t\n]*|[ \t]{2,}|\t/g;

export const spaces: NormalizeStep = (text) => {
  const b = new TextBuilder(text);
  let last = 0;
  let changed = false;
  const put = (start: number, end: number, rep: string) => {
    if (text.slice(start, end) === rep) return;
    b.keep(last, start);
    b.replace(start, end, rep);
    last = end;
    changed = true;
  };
  // Spaces opening the text.
  let lead = 0;
  while (lead < text.length && (text[lead] === ' ' || text[lead] === '\t')) lead++;
  if (lead > 0 && lead < text.length && text[lead] !== '\n') put(0, lead, '');
  for (const m of text.matchAll(SPACE_RUN)) {
    if (m.index < last) continue;
    const s = m[0];
    const end = m.index + s.length;
    let rep: string;
    if (s.includes('\n')) {
      let nl = 0;
      for (const ch of s) if (ch === '\n') nl++;
      rep = nl >= 2 ? '\n\n' : '\n';
    } else rep = end === text.length ? '' : ' ';
    put(m.index, end, rep);
  }
  if (!changed) return null;
  b.keep(last, text.length);
  return b.build();
};

/** Trims leading and trailing blank space of the whole text. */
export const trimText: NormalizeStep = (text) => {
  let start = 0;
  while (start < text.length && isSpace(text.charCodeAt(start))) start++;
  if (start === text.length) return text.length === 0 ? null : new TextBuilder(text).build();
  let end = text.length;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (start === 0 && end === text.length) return null;
  return new TextBuilder(text).keep(start, end).build();
};

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11;
}
