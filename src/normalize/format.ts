/**
 * Sniffs the input's layout: an HTML page, markdown left by a converter, or plain text.
 * HTML: a page (doctype, <html>, <body>) or text dense with tags and without markdown structure.
 * Markdown: ATX headings, pipe tables, "**bold**" (also when the bold spans lines, as the
 * thuvienphapluat exports print it: a line opening with "**X" or closing with "X**").
 * A markdown file with a few HTML blocks inside (<p>, <br>, <img>) stays markdown.
 */

export const HTML_PAGE = /^(?:\uFEFF)?[ \t\r\n]{0,200}(?:<\?xml[^>]{0,200}>[ \t\r\n]{0,200})?(?:<!--[^]{0,2000}?-->[ \t\r\n]{0,200})?<(?:!doctype[ \t]+html|html|head|body)\b/i;
export const HTML_SIGNS = /<(?:!doctype html|html|body|div|p|table|br|span|meta|head)\b/i;
export const HTML_TAG = /<\/?[a-z][^>\n]{0,200}>/gi;
export const MARKDOWN_SIGNS = /^(?:#{1,6} |\|.*\||\*\*[^*\n]+\*\*|[-*] \*\*)|\*\*[^*\n]{2,}\*\*/m;
/** Bold that spans lines: a line opening with "**X" or closing with "X**". */
export const MARKDOWN_BOLD_EDGE = /^\*\*[^*\s]|[^*\s]\*\*[ \t]*$/m;
/** A pipe table's delimiter row. */
export const MARKDOWN_TABLE_DELIMITER = /^[ \t]{0,3}\|?[ \t]{0,3}:?-{3,}:?[ \t]{0,3}\|/m;

export function sniffFormat(text: string): 'text' | 'markdown' | 'html' {
  const head = text.slice(0, 20000);
  // Each pattern needs a character the head may not have at all (checked first, natively):
  // "#", "|" or "**" for the markdown signs, "**" for bold edges, "|" for a table delimiter,
  // "<" for any HTML.
  const stars = head.includes('**');
  const pipe = head.includes('|');
  const markdownish =
    ((stars || pipe || head.includes('#')) && MARKDOWN_SIGNS.test(head)) || (stars && MARKDOWN_BOLD_EDGE.test(head)) || (pipe && MARKDOWN_TABLE_DELIMITER.test(head));
  const tag = head.includes('<');
  if (tag && HTML_PAGE.test(head)) return 'html';
  if (!markdownish && tag && HTML_SIGNS.test(head) && (head.match(HTML_TAG)?.length ?? 0) >= 3) return 'html';
  if (markdownish) return 'markdown';
  return 'text';
}
