/** @jest-environment node */
import fc from 'fast-check';
import { plainText, searchTerms, termMatcher } from './text-search';

/** The rule as README states it, literally: the whole text and its letters-and-digits runs are the words. */
function literalWords(text: string): string[] {
  const lower = text.toLowerCase();
  return [lower, ...lower.split(/[^\p{L}\p{N}]+/u)];
}
const literalMatch = (term: string, text: string) => literalWords(text).some((w) => w.startsWith(term));

describe('searchTerms', () => {
  it('splits on any whitespace, drops empty pieces and lower-cases', () => {
    expect(searchTerms('  Steel\tBOWL \n ab-12 ')).toEqual(['steel', 'bowl', 'ab-12']);
    expect(searchTerms(' \t ')).toEqual([]);
  });
});

describe('termMatcher', () => {
  const matches = (term: string, text: string) => termMatcher(term)(text.toLowerCase());

  it('matches a word prefix anywhere in the text, not the middle of a word', () => {
    expect(matches('steel', 'Stainless steel bowl')).toBe(true);
    expect(matches('bo', 'Stainless steel bowl')).toBe(true);
    expect(matches('tain', 'Stainless steel bowl')).toBe(false);
  });

  it('splits SKUs on punctuation but keeps the whole value as a word too', () => {
    for (const term of ['ab', '12', 'ab-', 'ab-12']) expect(matches(term, 'AB-12')).toBe(true);
    expect(matches('b-12', 'AB-12')).toBe(false);
    expect(matches('ab-1', 'X AB-12')).toBe(false); // "ab-1" is no prefix of a letters-and-digits run nor of the whole
  });

  it('treats letters and digits of any script as word characters', () => {
    expect(matches('crème', 'Café Crème')).toBe(true);
    expect(matches('מוצר', 'חדש: מוצר')).toBe(true);
    expect(matches('é', 'Café')).toBe(false);
  });

  it('agrees with the literal word split on arbitrary texts and terms', () => {
    const alphabet = fc.constantFrom('a', 'B', 'é', 'ß', '1', '-', ' ', '.', '_', 'İ', '😀', '\u0301', 'ש');
    const text = fc.array(alphabet, { maxLength: 12 }).map((cs) => cs.join(''));
    const term = fc.array(alphabet, { minLength: 1, maxLength: 4 }).map((cs) => cs.join('').toLowerCase()).filter((t) => !/\s/u.test(t));
    fc.assert(
      fc.property(term, text, (t, s) => termMatcher(t)(s.toLowerCase()) === literalMatch(t, s)),
      { numRuns: 3000 },
    );
  });
});

describe('plainText', () => {
  it('drops tags, each tag separating words', () => {
    expect(plainText('<p>Kitchen <b>essential</b></p><p>Steel</p>').split(/\s+/u)).toEqual(['Kitchen', 'essential', 'Steel']);
  });
});
