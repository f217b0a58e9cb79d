/*
 * A product description (Wix stores rich text as HTML) as plain text, for a page that must never render product
 * data as HTML. The HTML is parsed by DOMParser into an inert document (no browsing context: its scripts never
 * run and its images, styles and frames are never fetched) and only its text is kept; the result is shown with
 * text interpolation. No innerHTML anywhere.
 */

/** Elements whose content is not text a reader sees. */
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'IFRAME', 'OBJECT', 'SVG', 'MATH', 'HEAD', 'TITLE']);
/** Elements that start a new line of text (paragraphs, lists, headings, table rows, breaks). */
const BLOCKS = new Set(['P', 'DIV', 'BR', 'LI', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TR', 'BLOCKQUOTE', 'PRE', 'HR', 'SECTION', 'ARTICLE', 'TABLE', 'DL', 'DT', 'DD']);
/** Descriptions longer than this are cut (Wix allows 16,000 characters of rich text; the parse stays small). */
const MAX_INPUT = 100_000;

/** The text of `html` with block elements (paragraphs, items, breaks) as line breaks, runs of spaces folded, no blank lines. */
export function htmlToText(html: unknown): string {
  if (typeof html !== 'string' || html.trim() === '') return '';
  const doc = new DOMParser().parseFromString(html.slice(0, MAX_INPUT), 'text/html');
  const parts: string[] = [];
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) parts.push((child.nodeValue ?? '').replace(/[ \t\r\n\f]+/g, ' '));
      else if (child.nodeType === 1) {
        const tag = (child as Element).tagName.toUpperCase();
        if (SKIPPED.has(tag)) continue;
        const block = BLOCKS.has(tag);
        if (block) parts.push('\n');
        walk(child);
        if (block) parts.push('\n');
      }
    }
  };
  walk(doc.body);
  return parts
    .join('')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{2,}/g, '\n')
    .trim();
}
