import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { WireAnswer, WireRequest, v1Page, v1Product, wireClient, wixError } from '../wix/testing/wire-client';
import { WIX_CLIENT, WIX_FETCH } from '../wix/wix-client';
import { CatalogError } from '../wix/wix-errors';
import { DEFAULT_QUERY, ProductQuery } from './product';
import { V1CatalogGateway } from './v1-catalog-gateway';

function setUp(answer: (request: WireRequest) => WireAnswer) {
  const wire = wireClient(answer);
  TestBed.configureTestingModule({
    providers: [
      { provide: WIX_CLIENT, useValue: wire.client },
      { provide: WIX_FETCH, useValue: wire.wixFetch },
    ],
  });
  return { gateway: TestBed.inject(V1CatalogGateway), requests: wire.requests };
}

const query = (patch: Partial<ProductQuery>): ProductQuery => ({ ...DEFAULT_QUERY, ...patch });

describe('V1CatalogGateway', () => {
  it('sends one GET with a name-or-SKU prefix filter, the sort and offset paging', async () => {
    const { gateway, requests } = setUp(() => v1Page([v1Product(26)], 25, 60));
    await firstValueFrom(gateway.search(query({ text: 'Lin', sort: 'price-desc', pageSize: 25, page: 2 })));
    expect(requests).toHaveLength(1);
    expect(requests[0].method).toBe('GET');
    expect(requests[0].url.pathname).toBe('/stores-reader/v1/products/query-platformized');
    expect(requests[0].headers['Authorization']).toBe('test-token');
    expect(requests[0].payload).toEqual({
      query: {
        filter: { $or: [{ name: { $startsWith: 'Lin' } }, { sku: { $startsWith: 'Lin' } }] },
        sort: [{ fieldName: 'price', order: 'DESC' }],
        paging: { limit: 25, offset: 25 },
      },
    });
  });

  it('browses without a filter when there is no text', async () => {
    const { gateway, requests } = setUp(() => v1Page([], 0, 0));
    await firstValueFrom(gateway.search(query({ sort: 'updated-desc', pageSize: 10 })));
    expect(requests[0].payload).toEqual({
      query: { filter: {}, sort: [{ fieldName: 'lastUpdated', order: 'DESC' }], paging: { limit: 10, offset: 0 } },
    });
  });

  it('maps the SDK result to a page with total, page count and neighbours', async () => {
    const { gateway } = setUp(() => v1Page([v1Product(26), v1Product(27)], 25, 52));
    const page = await firstValueFrom(gateway.search(query({ pageSize: 25, page: 2 })));
    expect(page).toMatchObject({ total: 52, page: 2, pageCount: 3, hasNext: true, hasPrevious: true, textMatch: 'prefix' });
    expect(page.items.map((p) => [p.id, p.name, p.sku, p.price])).toEqual([
      ['prod-26', 'Product 26', 'SKU-26', '€36.00'],
      ['prod-27', 'Product 27', 'SKU-27', '€37.00'],
    ]);
  });

  it('knows the last page', async () => {
    const { gateway } = setUp(() => v1Page([v1Product(51)], 50, 51));
    const page = await firstValueFrom(gateway.search(query({ pageSize: 25, page: 3 })));
    expect(page).toMatchObject({ pageCount: 3, hasNext: false, hasPrevious: true });
  });

  it('fails with a CatalogError naming the V1 read permission', async () => {
    const { gateway } = setUp(() => wixError(403, 'PERMISSION_DENIED', 'Missing permission', 'req-9'));
    const error = await firstValueFrom(gateway.search(DEFAULT_QUERY)).catch((e: CatalogError) => e);
    expect(error).toEqual({
      kind: 'permission-denied',
      permission: { id: 'WIX_STORES.READ_PRODUCTS', name: 'Read Products' },
      code: 'PERMISSION_DENIED',
      requestId: 'req-9',
    });
  });
});

describe('V1CatalogGateway cost and profit', () => {
  const cost = { costAndProfitData: { itemCost: 4, formattedItemCost: '€4.00', profit: 7, formattedProfit: '€7.00', profitMargin: 0.6 } };

  it('says the catalog sent them (a manager) when priced products carry costAndProfitData, whatever the query asked', async () => {
    const { gateway, requests } = setUp(() => v1Page([v1Product(1, cost), v1Product(2, { priceData: undefined })], 0, 2));
    const page = await firstValueFrom(gateway.search(query({ merchantData: true })));
    expect(page.merchantData).toBe('sent');
    expect(page.items.map((p) => [p.cost, p.profit])).toEqual([['€4.00', '€7.00'], [null, null]]);
    // V1 has nothing to ask for: the same request as without cost columns.
    expect(requests[0].payload).toEqual({ query: { filter: {}, sort: [{ fieldName: 'name', order: 'ASC' }], paging: { limit: 25, offset: 0 } } });
  });

  it('says they were withheld (a role without product management) when priced products come without them', async () => {
    const { gateway } = setUp(() => v1Page([v1Product(1), v1Product(2)], 0, 2));
    expect((await firstValueFrom(gateway.search(query({})))).merchantData).toBe('withheld');
  });

  it('says nothing when no product on the page has a price (nothing to tell by)', async () => {
    const { gateway } = setUp(() => v1Page([v1Product(1, { priceData: undefined })], 0, 1));
    expect((await firstValueFrom(gateway.search(query({})))).merchantData).toBeUndefined();
  });
});

describe('V1CatalogGateway, when Wix answers strangely', () => {
  const malformed: CatalogError = { kind: 'unknown', status: 200, requestId: null };
  const answer = (body: unknown): WireAnswer => ({ status: 200, body, headers: { 'X-Wix-Request-Id': 'req-odd' } });
  const outcome = (gateway: V1CatalogGateway, q: ProductQuery) =>
    firstValueFrom(gateway.search(q)).catch((e: CatalogError) => ({ failed: e }));

  it('no `products` beside a total that counts some → unknown, not an empty catalog', async () => {
    const { gateway } = setUp(() => answer({ metadata: { count: 0, offset: 0, total: 5 } }));
    expect(await outcome(gateway, DEFAULT_QUERY)).toEqual({ failed: malformed });
  });

  it('an empty page at an offset inside the total → unknown, not "past the end"', async () => {
    const { gateway } = setUp(() => answer({ products: [], metadata: { count: 0, offset: 50, total: 120 } }));
    expect(await outcome(gateway, query({ page: 3 }))).toEqual({ failed: malformed });
  });

  it('an empty page at or past the total is the honest end', async () => {
    const { gateway } = setUp(() => v1Page([], 50, 50));
    expect(await outcome(gateway, query({ page: 3 }))).toMatchObject({ items: [], total: 50, pageCount: 2, hasNext: false });
  });

  it.each([
    ['an object', { a: 1 }],
    ['a list with a string in it', [v1Product(1), 'prod-2']],
    ['a list with a list in it', [[v1Product(1)]]],
  ])('`products` as %s → unknown', async (_, products) => {
    const { gateway } = setUp(() => answer({ products, metadata: { count: 1, offset: 0, total: 1 } }));
    // Some of these the SDK already fails on while renaming fields (then without a status), some reach the gateway.
    expect(await outcome(gateway, DEFAULT_QUERY)).toMatchObject({ failed: { kind: 'unknown', requestId: null } });
  });

  it('reads a total sent as a string of digits (proto3 JSON’s 64-bit form)', async () => {
    const { gateway } = setUp(() => answer({ products: [v1Product(1)], metadata: { count: 1, offset: 0, total: '60' } }));
    expect(await outcome(gateway, DEFAULT_QUERY)).toMatchObject({ total: 60, pageCount: 3, hasNext: true });
  });

  it.each([['not a number'], [-3], [1.5], [null], [{ n: 3 }]])('a total of %p is unknown: "Page N", next only after a full page', async (total) => {
    // One product per answer: a page of 1 is full, a page of 25 is not.
    const { gateway } = setUp(() => answer({ products: [v1Product(1)], metadata: { count: 1, offset: 0, total } }));
    expect(await outcome(gateway, DEFAULT_QUERY)).toMatchObject({ total: null, pageCount: null, hasNext: false });
    expect(await outcome(gateway, query({ pageSize: 1 }))).toMatchObject({ total: null, hasNext: true });
  });

  it('a page larger than asked (101 for 100) shows the page size, so the next page does not repeat a row', async () => {
    const products = Array.from({ length: 101 }, (_, i) => v1Product(i + 1));
    const { gateway } = setUp(() => answer({ products, metadata: { count: 101, offset: 0, total: 250 } }));
    const page = await firstValueFrom(gateway.search(query({ pageSize: 100 })));
    expect(page.items).toHaveLength(100);
    expect(page.items.at(-1)?.id).toBe('prod-100');
    expect(page).toMatchObject({ total: 250, pageCount: 3, hasNext: true });
  });

  it('a total smaller than what was sent is raised to it', async () => {
    const { gateway } = setUp(() => answer({ products: [1, 2, 3].map((n) => v1Product(n)), metadata: { count: 3, offset: 0, total: 1 } }));
    expect(await outcome(gateway, DEFAULT_QUERY)).toMatchObject({ total: 3, pageCount: 1 });
  });

  it('a product without name, price or anything else still shows, with its gaps', async () => {
    const { gateway } = setUp(() => answer({ products: [{ id: 'bare' }, { id: 7, name: 42, priceData: 'cheap' }], metadata: { count: 2, offset: 0, total: 2 } }));
    const page = await firstValueFrom(gateway.search(DEFAULT_QUERY));
    expect(page.items.map((p) => [p.id, p.name, p.price, p.sku, p.stock])).toEqual([
      ['bare', '', null, null, 'unknown'],
      ['7', '', null, null, 'unknown'],
    ]);
  });
});
