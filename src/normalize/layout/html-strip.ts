/**
 * HTML to text, as edits over a range of the input (a whole page, or an HTML block inside
 * markdown): tags removed, block tags turned into line breaks, scripts/styles/comments dropped,
 * entities decoded. One linear scan; no DOM.
 */
import { decodeHTML } from 'entities';
import type { Edit } from './edits.js';

/** Elements whose content is never text. */
export const SKIP_CONTENT = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'head', 'select', 'canvas']);

/** Page furniture elements (site navigation, sidebars, footers, forms): dropped and reported. */
export const CHROME_CONTAINERS = new Set(['nav', 'aside', 'footer', 'form']);

/** Elements that end a paragraph. */
export const BLOCK_TAGS = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'dl', 'dt', 'dd',
  'table', 'thead', 'tbody', 'tfoot', 'blockquote', 'pre', 'hr', 'address', 'figure', 'figcaption', 'center', 'fieldset',
  'body', 'html', 'caption',
]);

/** Elements that end a line (one table cell per line). */
export const LINE_TAGS = new Set(['br', 'tr', 'td', 'th', 'li']);

/** Void elements: no closing tag. */
const VOID = new Set(['br', 'img', 'hr', 'meta', 'link', 'input', 'area', 'base', 'col', 'embed', 'source', 'track', 'wbr', 'param']);

/** A start or end tag's name at the scan position (sticky). */
export const TAG_NAME = /<(\/?)([a-zA-Z][a-zA-Z0-9-]{0,30})(?=[\s/>])/y;
/** A character reference: named, decimal or hexadecimal. */
export const ENTITY = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});?/y;
/** A list item that prints its own marker ("1. ", "- ", "a) "): no bullet is added. */
export const OWN_MARKER = /^(?:[-+•]|\d{1,3}[.)/]|[a-zđ]\)|[IVX]{1,5}\.)\s/u;
/** A run of HTML white space. */
export const HTML_SPACE = /[ \t\r\n\f]+/y;

export interface HtmlStripOptions {
  /** A whole page: collapse white space as a browser does, drop chrome containers, bullet list items. */
  page: boolean;
}

export interface HtmlStripResult {
  edits: Edit[];
  /** Chrome containers dropped: [offset, tag name]. */
  dropped: { at: number; what: string }[];
}

function findClose(text: string, from: number, end: number, name: string): { start: number; end: number } | null {
  // The matching end tag, counting nested elements of the same name.
  let depth = 1;
  let pos = from;
  while (pos < end) {
    const lt = text.indexOf('<', pos);
    if (lt === -1 || lt >= end) return null;
    const closing = text[lt + 1] === '/';
    const nameStart = lt + (closing ? 2 : 1);
    const candidate = text.slice(nameStart, nameStart + name.length).toLowerCase();
    const after = text[nameStart + name.length];
    if (candidate === name && (after === '>' || after === ' ' || after === '\t' || after === '\n' || after === '/' || after === '\r')) {
      const gt = text.indexOf('>', nameStart);
      if (gt === -1 || gt >= end) return null;
      if (closing) {
        if (--depth === 0) return { start: lt, end: gt + 1 };
      } else if (text[gt - 1] !== '/') depth++;
      pos = gt + 1;
    } else pos = lt + 1;
  }
  return null;
}

/** Edits that turn input[start, end) from HTML into text. */
export function htmlEdits(text: string, start: number, end: number, opts: HtmlStripOptions): HtmlStripResult {
  const edits: Edit[] = [];
  const dropped: HtmlStripResult['dropped'] = [];
  const lists: { ordered: boolean; n: number }[] = [];
  let pre = 0;
  let i = start;
  while (i < end) {
    const ch = text[i];
    if (ch === '<') {
      if (text.startsWith('<!--', i)) {
        const close = text.indexOf('-->', i + 4);
        const stop = close === -1 || close + 3 > end ? end : close + 3;
        edits.push({ start: i, end: stop, text: '' });
        i = stop;
        continue;
      }
      if (text[i + 1] === '!' || text[i + 1] === '?') {
        const gt = text.indexOf('>', i);
        const stop = gt === -1 || gt >= end ? end : gt + 1;
        edits.push({ start: i, end: stop, text: '' });
        i = stop;
        continue;
      }
      TAG_NAME.lastIndex = i;
      const m = TAG_NAME.exec(text);
      const gt = m ? text.indexOf('>', i) : -1;
      if (!m || gt === -1 || gt >= end) {
        i++; // a literal "<"
        continue;
      }
      const closing = m[1] === '/';
      const name = m[2].toLowerCase();
      const tagEnd = gt + 1;
      const selfClosing = text[gt - 1] === '/';
      if (!closing && (SKIP_CONTENT.has(name) || (opts.page && CHROME_CONTAINERS.has(name))) && !selfClosing) {
        const close = findClose(text, tagEnd, end, name);
        const stop = close ? close.end : end;
        if (CHROME_CONTAINERS.has(name)) dropped.push({ at: i, what: `<${name}>` });
        edits.push({ start: i, end: stop, text: opts.page && BLOCK_TAGS.has(name) ? '\n\n' : '' });
        i = stop;
        continue;
      }
      let rep = '';
      if (name === 'br') {
        // Inside markdown, a <br> at the end of a source line adds nothing to the line break.
        let j = tagEnd;
        while (j < end && (text[j] === ' ' || text[j] === '\t')) j++;
        rep = !opts.page && (j >= end || text[j] === '\n' || text[j] === '\r') ? '' : '\n';
      }
      else if (name === 'pre') {
        pre += closing ? -1 : 1;
        rep = '\n\n';
      } else if (name === 'ul' || name === 'ol') {
        if (closing) lists.pop();
        else if (!selfClosing) lists.push({ ordered: name === 'ol', n: 0 });
        rep = '\n\n';
      } else if (name === 'li') {
        rep = closing ? '' : '\n';
        if (!closing && opts.page && lists.length > 0) {
          const l = lists[lists.length - 1];
          l.n++;
          // The bullet the browser draws, unless the item prints its own marker.
          let j = tagEnd;
          while (j < end && (text[j] === ' ' || text[j] === '\n' || text[j] === '\t' || text[j] === '\r')) j++;
          const own = OWN_MARKER.test(text.slice(j, j + 8));
          if (!own) rep = l.ordered ? `\n${l.n}. ` : '\n- ';
        }
      } else if (BLOCK_TAGS.has(name)) rep = '\n\n';
      else if (LINE_TAGS.has(name)) rep = '\n';
      else if (VOID.has(name)) rep = name === 'hr' ? '\n\n' : '';
      edits.push({ start: i, end: tagEnd, text: rep });
      i = tagEnd;
      continue;
    }
    if (ch === '&') {
      ENTITY.lastIndex = i;
      const m = ENTITY.exec(text);
      if (m && i + m[0].length <= end) {
        const decoded = decodeHTML(m[0]);
        if (decoded !== m[0]) {
          // Entities that stand for white space become plain spaces here (no-break space included).
          edits.push({ start: i, end: i + m[0].length, text: decoded === '\u00a0' ? ' ' : decoded });
        }
        i += m[0].length;
        continue;
      }
      i++;
      continue;
    }
    if (opts.page && pre === 0 && (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\f')) {
      HTML_SPACE.lastIndex = i;
      const m = HTML_SPACE.exec(text)!;
      const stop = Math.min(end, i + m[0].length);
      if (stop - i > 1 || ch !== ' ') edits.push({ start: i, end: stop, text: ' ' });
      i = stop;
      continue;
    }
    i++;
  }
  return { edits, dropped };
}
