/** Runs of spaces and tabs become one space; lines are trimmed; 3+ newlines become a blank line. */
import { TextBuilder } from '../offset-map.js';
import type { NormalizeStep } from '../step.js';

/** Horizontal whitespace runs, trailing/leading line spaces, and excess blank lines. */
export const SPACE_RUN = /[ \t]{2,}|\t|[ \t]+(?=\n)|(?<=\n)[ \t]+|\n{3,}/g;

export const spaces: NormalizeStep = (text) => {
  const b = new TextBuilder(text);
  let last = 0;
  let changed = false;
  for (const m of text.matchAll(SPACE_RUN)) {
    const s = m[0];
    let rep: string;
    if (s.startsWith('\n')) rep = '\n\n';
    else if (m.index === 0 || text[m.index - 1] === '\n' || text[m.index + s.length] === '\n') rep = '';
    else rep = ' ';
    if (rep === s) continue;
    b.keep(last, m.index);
    b.replace(m.index, m.index + s.length, rep);
    last = m.index + s.length;
    changed = true;
  }
  // Leading spaces at the very start of the text.
  if (!changed) return null;
  b.keep(last, text.length);
  return b.build();
};

/** Trims leading and trailing blank space of the whole text. */
export const trimText: NormalizeStep = (text) => {
  const start = text.search(/\S/);
  if (start === -1) return text.length === 0 ? null : new TextBuilder(text).build();
  let end = text.length;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (start === 0 && end === text.length) return null;
  return new TextBuilder(text).keep(start, end).build();
};
