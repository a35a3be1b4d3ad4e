/**
 * HTML pages (format "html"): tags, scripts, styles and comments removed, block elements turned
 * into paragraph breaks, one table cell per line, entities decoded, white space collapsed as a
 * browser shows it. Site navigation, sidebars, footers and forms are dropped and reported.
 */
import type { NormalizeStep } from '../step.js';
import { applyEdits } from './edits.js';
import { htmlEdits } from './html-strip.js';

export const html: NormalizeStep = (text, env) => {
  if (env.format !== 'html') return null;
  const { edits, dropped } = htmlEdits(text, 0, text.length, { page: true });
  for (const d of dropped) {
    env.note({ code: 'normalize/chrome-dropped', severity: 'info', message: `dropped page ${d.what} (site furniture)`, at: d.at });
  }
  return applyEdits(text, edits);
};
