/**
 * Word-prefix matching for V3 free-text search. Wix documents terms and modes but not how a term meets a field's
 * text, so the emulator's rule (README, "V3 search") is: lower-case both; a field's words are its whole text and
 * every run of letters/digits in it; a term matches when some word starts with it.
 */

/** The search terms of an expression: whitespace-separated, empty pieces dropped, lower-cased. */
export function searchTerms(expression: string): string[] {
  return expression
    .split(/\s+/u)
    .filter((t) => t !== '')
    .map((t) => t.toLowerCase());
}

/** A term of letters and digits only can match a word inside a text; any other term only the whole text. */
const WORD_CHARS = /^[\p{L}\p{N}]+$/u;

/**
 * A test of one term against lower-cased texts. Instead of splitting every text into words (a million rows per
 * query), it looks for the term at a word start: a letters-and-digits term at the text's start or after a
 * character that is neither, which is exactly "some letters-and-digits run starts with the term"; any other term
 * can only be a prefix of the whole text. `text-search.spec.ts` checks this against the literal word split.
 */
export function termMatcher(term: string): (lowerText: string) => boolean {
  if (!WORD_CHARS.test(term)) return (text) => text.startsWith(term);
  // Letters and digits are never special in a pattern, so the term needs no escaping.
  const atWordStart = new RegExp(`(?<![\\p{L}\\p{N}])${term}`, 'u');
  return (text) => text.includes(term) && atWordStart.test(text);
}

/** The plain text of a stored description (HTML): tags become spaces, so that `<p>a</p><p>b</p>` is two words. */
export function plainText(html: string): string {
  return html.replace(/<[^>]*>/g, ' ').trim();
}

