/** CRLF and lone CR become LF. */
import { TextBuilder } from '../offset-map.js';
import type { NormalizeStep } from '../step.js';

export const CR = /\r\n?/g;

export const lineEndings: NormalizeStep = (text) => {
  if (!text.includes('\r')) return null;
  const b = new TextBuilder(text);
  let last = 0;
  for (const m of text.matchAll(CR)) {
    b.keep(last, m.index);
    b.replace(m.index, m.index + m[0].length, '\n');
    last = m.index + m[0].length;
  }
  b.keep(last, text.length);
  return b.build();
};
