/** @jest-environment node */
import { QueryError } from '../query/query-error';
import { ctx, smallState } from '../query/test-catalog';
import { HttpError } from '../http/wire';
import { countV3Products, queryV3Products } from './v3-endpoints';

interface V3Page {
  products: Record<string, unknown>[];
  pagingMetadata: { count: number; cursors: { next: string | null; prev: string | null }; hasNext: boolean };
}

const state = smallState();
const query = (payload: Record<string, unknown>, role: 'owner' | 'viewer' = 'owner') =>
  queryV3Products(ctx(state, role), payload, 'query') as unknown as V3Page;
const search = (payload: Record<string, unknown>, role: 'owner' | 'viewer' = 'owner') =>
  queryV3Products(ctx(state, role), payload, 'search') as unknown as V3Page;
const names = (page: V3Page) => page.products.map((p) => p['name']);

function error(run: () => unknown): QueryError | HttpError {
  try {
    run();
  } catch (e) {
    if (e instanceof QueryError || e instanceof HttpError) return e;
    throw e;
  }
  throw new Error('accepted');
}

describe('V3 products/query', () => {
  it('pages with cursors until cursors.next is null, each page sending only the cursor', () => {
    const seen: unknown[] = [];
    let page = query({ query: { sort: [{ fieldName: 'createdDate', order: 'DESC' }], cursorPaging: { limit: 4 } } });
    seen.push(...names(page));
    expect(page.pagingMetadata).toMatchObject({ count: 4, hasNext: true, cursors: { prev: null } });
    while (page.pagingMetadata.cursors.next) {
      page = query({ query: { cursorPaging: { limit: 4, cursor: page.pagingMetadata.cursors.next } } });
      seen.push(...names(page));
    }
    expect(page.pagingMetadata).toMatchObject({ count: 2, hasNext: false, cursors: { next: null } });
    expect(page.pagingMetadata.cursors.prev).toEqual(expect.any(String));
    expect(seen).toEqual(['apple Cider', 'Cherry Pie', 'Blue Apron', 'Banana Bread', 'apricot Jam', 'Apple Mug']);
  });

  it('rejects a cursor sent with a filter or sort, and foreign or broken cursors', () => {
    const first = query({ query: { cursorPaging: { limit: 2 } } });
    const cursor = first.pagingMetadata.cursors.next;
    expect(error(() => query({ query: { filter: { visible: true }, cursorPaging: { cursor } } }))).toMatchObject({
      violation: { field: 'query.filter' },
    });
    expect(error(() => query({ query: { sort: [{ fieldName: 'slug' }], cursorPaging: { cursor } } }))).toMatchObject({
      violation: { field: 'query.sort' },
    });
    expect(error(() => search({ search: { cursorPaging: { cursor } } }))).toMatchObject({ code: 'INVALID_CURSOR' });
    expect(error(() => query({ query: { cursorPaging: { cursor: 'garbage!' } } }))).toMatchObject({ code: 'INVALID_CURSOR' });
  });

  it('has no name filter (name search is products/search) and limits pages to 100', () => {
    expect(error(() => query({ query: { filter: { name: 'Apple Mug' } } }))).toMatchObject({ code: 'INVALID_FILTER' });
    expect(error(() => query({ query: { cursorPaging: { limit: 101 } } }))).toMatchObject({
      violation: { field: 'query.cursorPaging.limit', violatedRule: 'MAX' },
    });
    expect(names(query({ query: { filter: { slug: { $startsWith: 'apple' } } } }))).toEqual(['Apple Mug', 'apple Cider']);
  });

  it('shapes products per requested fields: CURRENCY, THUMBNAIL, MERCHANT_DATA', () => {
    const plain = query({ query: { filter: { id: 'p-6' } } }).products[0];
    expect(plain['actualPriceRange']).toEqual({ minValue: { amount: '5' }, maxValue: { amount: '5' } });
    expect(plain['currency']).toBeUndefined();
    expect(plain['costRange']).toBeUndefined();
    const rich = query({ fields: ['CURRENCY', 'MERCHANT_DATA', 'THUMBNAIL'], query: { filter: { id: 'p-6' } } }).products[0];
    expect(rich['currency']).toBe('USD');
    expect(rich['compareAtPriceRange']).toEqual({ minValue: { amount: '10', formattedAmount: '$10.00' }, maxValue: { amount: '10', formattedAmount: '$10.00' } });
    expect(rich['costRange']).toMatchObject({ minValue: { amount: '2' } });
    expect(rich['variantsInfo']).toMatchObject({ variants: [{ sku: 'CID-006', inventoryStatus: { inStock: true } }] });
    expect(error(() => query({ fields: ['MERCHANT_DATA'], query: {} }, 'viewer'))).toMatchObject({
      status: 403,
      body: { details: { applicationError: { code: 'NO_PERMISSION_TO_READ_MERCHANT_DATA', data: { permission: 'SCOPE.STORES.PRODUCT_READ_ADMIN' } } } },
    });
  });

  it('hides invisible products from roles without admin read', () => {
    expect(names(query({ query: {} }, 'viewer'))).not.toContain('Blue Apron');
    expect(names(query({ query: { filter: { visible: false } } }, 'owner'))).toEqual(['Blue Apron']);
  });
});

describe('V3 products/search', () => {
  it('matches word prefixes in name, SKU and the other searchable fields, case-insensitively', () => {
    expect(names(search({ search: { search: { expression: 'APP' } } }))).toEqual(['Apple Mug', 'apple Cider']);
    expect(names(search({ search: { search: { expression: 'cid' } } }))).toEqual(['apple Cider']);
    expect(names(search({ search: { search: { expression: '  ' } } }))).toHaveLength(6);
  });

  it('searches only the requested fields and combines search with filter and sort', () => {
    expect(names(search({ search: { search: { expression: 'cid-', fields: ['name'] } } }))).toEqual([]);
    expect(names(search({ search: { search: { expression: 'cid-', fields: ['variantsInfo.variants.sku'] } } }))).toEqual(['apple Cider']);
    const page = search({
      search: {
        search: { expression: 'a', fields: ['name'] },
        filter: { 'actualPriceRange.minValue.amount': { $lt: 10 } },
        sort: [{ fieldName: 'actualPriceRange.minValue.amount', order: 'DESC' }],
      },
    });
    expect(names(page)).toEqual(['apple Cider', 'apricot Jam']);
    expect(page.products[0]['variantsInfo']).toBeUndefined();
    expect(error(() => search({ search: { search: { expression: 'a', fields: ['brand'] } } }))).toMatchObject({
      violation: { field: 'search.search.fields' },
    });
  });

  it('filters variants with $matchItems and keeps the search across cursor pages', () => {
    expect(names(search({ search: { filter: { 'variantsInfo.variants': { $matchItems: [{ sku: { $startsWith: 'jam' } }] } } } }))).toEqual([
      'apricot Jam',
    ]);
    const first = search({ search: { search: { expression: 'a', fields: ['name'] }, cursorPaging: { limit: 2 } } });
    const second = search({ search: { cursorPaging: { limit: 2, cursor: first.pagingMetadata.cursors.next } } });
    expect([...names(first), ...names(second)]).toEqual(['Apple Mug', 'apricot Jam', 'Blue Apron', 'apple Cider']);
    expect(second.pagingMetadata.cursors.next).toBeNull();
  });
});

describe('V3 products/count', () => {
  const count = (payload: Record<string, unknown>, role: 'owner' | 'viewer' = 'owner') => countV3Products(ctx(state, role), payload)['count'];

  it('counts visible products unless non-visible ones are asked for, with filter and search', () => {
    expect(count({})).toBe(5);
    expect(count({ filter: { visible: false } })).toBe(0);
    expect(count({ filter: { visible: false }, returnNonVisibleProducts: true })).toBe(1);
    expect(count({ returnNonVisibleProducts: true, search: { expression: 'app' } })).toBe(2);
    expect(count({ filter: { productType: 'DIGITAL' } }, 'viewer')).toBe(1);
  });

  it('answers a role without admin read 403 naming it when non-visible products are asked for', () => {
    expect(error(() => count({ filter: { visible: false }, returnNonVisibleProducts: true }, 'viewer'))).toMatchObject({
      status: 403,
      body: { details: { applicationError: { code: 'PERMISSION_DENIED', data: { permission: 'SCOPE.STORES.PRODUCT_READ_ADMIN' } } } },
    });
    expect(error(() => count({ returnNonVisibleProducts: 'yes' }))).toMatchObject({ violation: { field: 'returnNonVisibleProducts' } });
    expect(error(() => count({ filter: { colour: 'red' } }))).toMatchObject({ code: 'INVALID_FILTER' });
  });
});
