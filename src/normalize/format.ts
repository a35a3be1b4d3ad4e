/** Sniffs the input's layout: an HTML page, markdown left by a converter, or plain text. */

export const HTML_SIGNS = /<(?:!doctype html|html|body|div|p|table|br|span|meta|head)\b/i;
export const MARKDOWN_SIGNS = /^(?:#{1,6} |\|.*\||\*\*[^*\n]+\*\*|[-*] \*\*)|\*\*[^*\n]{2,}\*\*/m;

export function sniffFormat(text: string): 'text' | 'markdown' | 'html' {
  const head = text.slice(0, 20000);
  if (HTML_SIGNS.test(head) && (head.match(/<\/?[a-z][^>\n]{0,200}>/gi)?.length ?? 0) >= 3) return 'html';
  if (MARKDOWN_SIGNS.test(head)) return 'markdown';
  return 'text';
}
