import fc from 'fast-check';
import { DEFAULT_QUERY, PAGE_SIZES, PRODUCT_SORTS, ProductQuery, normalizeQuery } from '../catalog/product';
import { queryFromSearch, searchWithQuery } from './query-url';

/** The names the page owns in the query string; everything else belongs to the dashboard. */
const OWN = new Set(['q', 'sort', 'page', 'size']);

/** Text a merchant can type: any code point, plus what URLs treat specially. */
const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 120 }),
  fc.string({ unit: fc.constantFrom('&', '=', '+', '%', '#', '?', ' ', '/', '\\', '"', "'", '\n', '\u0000', '%20', '%E0', 'é', '😀', 'q'), maxLength: 30 }),
);
const query: fc.Arbitrary<ProductQuery> = fc.record({
  text,
  sort: fc.constantFrom(...PRODUCT_SORTS),
  pageSize: fc.constantFrom(...PAGE_SIZES),
  page: fc.oneof(fc.integer({ min: 1, max: 500 }), fc.constant(Number.MAX_SAFE_INTEGER)),
});
/** The dashboard's own parameters (origin, siteInfo double-encoded JSON…), in order, never one of ours. */
const dashboardParams = fc.array(
  fc.tuple(
    fc.oneof(fc.constantFrom('origin', 'siteInfo', 'pageLayout', 'essentials', 'locale'), fc.string({ minLength: 1, maxLength: 8 })),
    fc.oneof(fc.string({ maxLength: 20 }), fc.json().map((j) => encodeURIComponent(j))),
  ).filter(([key]) => !OWN.has(key)),
  { maxLength: 5 },
);
const search = dashboardParams.map((pairs) => new URLSearchParams(pairs).toString());
/** Any query string at all, as a hand-edited or truncated address could hold. */
const anySearch = fc.oneof(search, fc.string({ maxLength: 60 }), fc.string({ unit: fc.constantFrom('q', 'sort', 'page', 'size', '=', '&', '%', '-1', '1e3', 'NaN', '0x10', ' '), maxLength: 30 }));

describe('query state ↔ URL (properties)', () => {
  it('a query written into any dashboard URL reads back as the same query', () => {
    fc.assert(
      fc.property(search, query, (before, q) => {
        expect(queryFromSearch(searchWithQuery(before, q))).toEqual(q);
      }),
    );
  });

  it('the settled (normalized) query the page writes always survives the URL, whatever was typed', () => {
    // Pasted text may hold lone surrogates, which a URL cannot carry; 150 units go past the cap.
    const typed = fc.string({ unit: fc.oneof(fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), fc.constantFrom('\uD83D', '\uDE00')), maxLength: 150 });
    fc.assert(
      fc.property(search, typed, query, (before, raw, shape) => {
        const settled = normalizeQuery({ ...shape, text: raw });
        expect(queryFromSearch(searchWithQuery(before, settled))).toEqual(settled);
      }),
    );
  });

  it('leaves every dashboard parameter as it was, in order', () => {
    fc.assert(
      fc.property(dashboardParams, query, (pairs, q) => {
        const written = [...new URLSearchParams(searchWithQuery(new URLSearchParams(pairs).toString(), q))];
        expect(written.filter(([key]) => !OWN.has(key))).toEqual(pairs.map(([k, v]) => [k, new URLSearchParams([[k, v]]).get(k)]));
      }),
    );
  });

  it('writes a parameter only when it differs from the default, so a default query adds nothing', () => {
    fc.assert(
      fc.property(search, query, (before, q) => {
        const params = new URLSearchParams(searchWithQuery(before, q));
        expect(params.has('q')).toBe(q.text !== DEFAULT_QUERY.text);
        expect(params.has('sort')).toBe(q.sort !== DEFAULT_QUERY.sort);
        expect(params.has('size')).toBe(q.pageSize !== DEFAULT_QUERY.pageSize);
        expect(params.has('page')).toBe(q.page !== DEFAULT_QUERY.page);
        expect(searchWithQuery(before, DEFAULT_QUERY)).toBe(new URLSearchParams(before).toString());
      }),
    );
  });

  it('writing is idempotent, and read → write → read is stable from any URL', () => {
    fc.assert(
      fc.property(anySearch, query, (before, q) => {
        const once = searchWithQuery(before, q);
        expect(searchWithQuery(once, q)).toBe(once);
        const read = queryFromSearch(before);
        expect(queryFromSearch(searchWithQuery(before, read))).toEqual(read);
      }),
    );
  });

  it('reads any query string without throwing, into a query Wix accepts', () => {
    fc.assert(
      fc.property(anySearch, (s) => {
        const q = queryFromSearch(s);
        expect(PRODUCT_SORTS).toContain(q.sort);
        expect(PAGE_SIZES).toContain(q.pageSize);
        expect(Number.isSafeInteger(q.page) && q.page >= 1).toBe(true);
        expect(typeof q.text).toBe('string');
      }),
    );
  });
});
