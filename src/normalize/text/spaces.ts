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
  const n = text.length;
  const b = new TextBuilder(text);
  let last = 0;
  let changed = false;
  const put = (start: number, end: number, rep: string) => {
    if (end - start === rep.length && text.startsWith(rep, start)) return;
    b.keep(last, start);
    b.replace(start, end, rep);
    last = end;
    changed = true;
  };
  // Spaces opening the text.
  let lead = 0;
  while (lead < n && isBlank(text.charCodeAt(lead))) lead++;
  if (lead > 0 && lead < n && text.charCodeAt(lead) !== NL) put(0, lead, '');
  // The matches of SPACE_RUN, found without the pattern. Every match holds a line break, a tab
  // or two spaces; indexOf finds the next of each (native, fast), and the match starts where
  // the run of spaces/tabs holding it starts. Then, in the pattern's order: white space around
  // a line break; two spaces/tabs or more; a tab.
  let nextNl = -2;
  let nextTab = -2;
  let nextTwo = -2;
  for (let i = 0; i < n; ) {
    if (nextNl !== -1 && nextNl < i) nextNl = text.indexOf('\n', i);
    if (nextTab !== -1 && nextTab < i) nextTab = text.indexOf('\t', i);
    if (nextTwo !== -1 && nextTwo < i) nextTwo = text.indexOf('  ', i);
    let at = n;
    if (nextNl !== -1 && nextNl < at) at = nextNl;
    if (nextTab !== -1 && nextTab < at) at = nextTab;
    if (nextTwo !== -1 && nextTwo < at) at = nextTwo;
    if (at === n) break;
    // After a match the text goes on with something else than a space or tab: the run never
    // starts before i.
    let r = at;
    while (r > i && isBlank(text.charCodeAt(r - 1))) r--;
    let j = r;
    while (j < n && isBlank(text.charCodeAt(j))) j++;
    let end: number;
    let rep: string;
    if (j < n && text.charCodeAt(j) === NL) {
      let breaks = 0;
      end = j;
      for (; end < n; end++) {
        const d = text.charCodeAt(end);
        if (d === NL) breaks++;
        else if (d !== SP && d !== TAB) break;
      }
      rep = breaks >= 2 ? '\n\n' : '\n';
    } else {
      // Two spaces/tabs or more, or a tab alone (a single space is never a candidate).
      end = j - r >= 2 ? j : r + 1;
      rep = end === n ? '' : ' ';
    }
    if (r >= last) put(r, end, rep);
    i = end;
  }
  if (!changed) return null;
  b.keep(last, n);
  return b.build();
};

const SP = 0x20;
const TAB = 0x09;
const NL = 0x0a;
const isBlank = (c: number) => c === SP || c === TAB;

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
