import fc from 'fast-check';
import { DEFAULT_QUERY, PAGE_SIZES, PRODUCT_SORTS, ProductQuery, hasFilters, normalizeQuery } from '../catalog/product';
import type { ProductFilters } from '../catalog/product-filters';
import { NO_FILTERS, PRODUCT_TYPE_FILTERS, STOCK_FILTERS, VISIBILITY_FILTERS, normalizeFilters } from '../catalog/filter-rules';
import { filtersFromSearch } from './filters/filter-url';
import { FILTER_PARAMS, hasFilterParams, queryFromSearch as queryWithoutFilters, searchWithQuery, withFilters } from './query-url';

/** What QueryUrl.readAll makes of a query string: the query, with the filters its lazy reader finds. */
const queryFromSearch = (search: string) => withFilters(queryWithoutFilters(search), filtersFromSearch(search, FILTER_PARAMS));

/** The names the page owns in the query string; everything else belongs to the dashboard. */
const OWN = new Set(['q', 'sort', 'page', 'size', ...Object.values(FILTER_PARAMS)]);

const orNull = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
const day = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
/** Filters as the page holds them: normalized (bounds ordered, prices in cents). */
const filters: fc.Arbitrary<ProductFilters> = fc
  .record({
    visibility: orNull(fc.constantFrom(...VISIBILITY_FILTERS)),
    stock: orNull(fc.constantFrom(...STOCK_FILTERS)),
    productType: orNull(fc.constantFrom(...PRODUCT_TYPE_FILTERS)),
    priceMin: orNull(fc.integer({ min: 0, max: 10_000_000 }).map((c) => c / 100)),
    priceMax: orNull(fc.integer({ min: 0, max: 10_000_000 }).map((c) => c / 100)),
    collection: orNull(fc.stringMatching(/^[A-Za-z0-9-]{1,40}$/)),
    updatedFrom: orNull(day),
    updatedTo: orNull(day),
  })
  .map(normalizeFilters);

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
}).chain((q) => filters.map((f) => (hasFilters(f) ? { ...q, filters: f } : q)));
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

  it('the first bundle notices filters in the URL exactly when a query with filters was written', () => {
    fc.assert(
      fc.property(search, query, (before, q) => {
        expect(hasFilterParams(searchWithQuery(before, q))).toBe(q.filters !== undefined);
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

  it('drops invalid filter values without an error, keeping the valid ones', () => {
    const junk = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('-1', 'NaN', '1e99', '2025-02-30', 'HIDDEN', '<b>', ''));
    fc.assert(
      fc.property(filters, fc.constantFrom(...Object.keys(FILTER_PARAMS)) as fc.Arbitrary<keyof ProductFilters>, junk, (f, name, value) => {
        const params = new URLSearchParams(searchWithQuery('', { ...DEFAULT_QUERY, filters: f }));
        params.set(FILTER_PARAMS[name], value);
        const read = queryFromSearch(params.toString()).filters ?? NO_FILTERS;
        // What was valid before is still there (a junk bound may pair with the other one, so compare the rest).
        for (const other of Object.keys(FILTER_PARAMS) as (keyof ProductFilters)[]) {
          const pair = (a: string, b: string) => [a, b].includes(name) && [a, b].includes(other);
          if (other !== name && !pair('priceMin', 'priceMax') && !pair('updatedFrom', 'updatedTo')) expect(read[other]).toEqual(f[other]);
        }
        expect(read).toEqual(normalizeFilters(read));
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
