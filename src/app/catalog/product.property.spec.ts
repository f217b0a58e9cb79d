import fc from 'fast-check';
import { DEFAULT_QUERY, MAX_SEARCH_LENGTH, PAGE_SIZES, PRODUCT_SORTS, ProductQuery, normalizeQuery, queryKey } from './product';

/** Any UTF-16 unit sequence a paste or a URL could carry: whole code points, lone surrogates, spaces, controls. */
const unit = fc.oneof(
  { weight: 6, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
  { weight: 1, arbitrary: fc.constantFrom('\uD83D', '\uDE00', '\uDBFF', '\uDC00') },
  { weight: 2, arbitrary: fc.constantFrom(' ', '\t', '\n', '\u00A0', '\u3000', '\u200D', '\u0000', '\u202E') },
);
const anyText = fc.oneof(fc.string({ unit, maxLength: 40 }), fc.string({ unit, minLength: 90, maxLength: 260 }));
const anyQuery: fc.Arbitrary<ProductQuery> = fc.record({
  text: anyText,
  sort: fc.oneof(fc.constantFrom(...PRODUCT_SORTS), fc.string()) as fc.Arbitrary<ProductQuery['sort']>,
  pageSize: fc.oneof(fc.constantFrom(...PAGE_SIZES), fc.double(), fc.integer()),
  page: fc.oneof(fc.integer({ min: 1, max: 1_000_000 }), fc.double(), fc.integer()),
});

const LONE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('normalizeQuery (properties)', () => {
  it('is idempotent: what is sent, normalized again, is what is sent', () => {
    fc.assert(
      fc.property(anyQuery, (query) => {
        const once = normalizeQuery(query);
        expect(normalizeQuery(once)).toEqual(once);
        expect(queryKey(normalizeQuery(once))).toBe(queryKey(once));
      }),
    );
  });

  it('sends at most the cap, never half a surrogate pair, nothing untrimmed', () => {
    fc.assert(
      fc.property(anyQuery, (query) => {
        const { text } = normalizeQuery(query);
        expect(text.length).toBeLessThanOrEqual(MAX_SEARCH_LENGTH);
        expect(LONE.test(text)).toBe(false);
        expect(text).toBe(text.trim());
      }),
    );
  });

  it('sends a literal prefix of the trimmed text when the text is well formed', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (typed) => {
        const { text } = normalizeQuery({ ...DEFAULT_QUERY, text: typed });
        expect(typed.trim().startsWith(text)).toBe(true);
        // Cut only when too long, and then by at most one unit (the half of a pair) plus trailing spaces.
        if (typed.trim().length <= MAX_SEARCH_LENGTH) expect(text).toBe(typed.trim());
        else expect(text).toBe(typed.trim().slice(0, text.length));
      }),
    );
  });

  it('asks Wix only for what it accepts: a known sort, 1 to 100 per page, a page from 1', () => {
    fc.assert(
      fc.property(anyQuery, (query) => {
        const sent = normalizeQuery(query);
        expect(PRODUCT_SORTS).toContain(sent.sort);
        expect(Number.isInteger(sent.pageSize) && sent.pageSize >= 1 && sent.pageSize <= 100).toBe(true);
        expect(sent.page >= 1 && !Number.isNaN(sent.page)).toBe(true);
      }),
    );
  });

  it('keeps an emoji at the cap whole rather than sending half of it', () => {
    const typed = `${'a'.repeat(MAX_SEARCH_LENGTH - 1)}😀 more`;
    expect(normalizeQuery({ ...DEFAULT_QUERY, text: typed }).text).toBe('a'.repeat(MAX_SEARCH_LENGTH - 1));
  });
});
