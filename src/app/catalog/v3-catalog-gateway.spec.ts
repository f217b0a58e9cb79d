import { TestBed } from '@angular/core/testing';
import { Subject, firstValueFrom, takeUntil } from 'rxjs';
import { WireAnswer, WireRequest, v3Page, v3Product, wireClient, wixError } from '../wix/testing/wire-client';
import { WIX_CLIENT, WIX_FETCH } from '../wix/wix-client';
import { CatalogError } from '../wix/wix-errors';
import { DEFAULT_QUERY, ProductPage, ProductQuery } from './product';
import { V3CatalogGateway } from './v3-catalog-gateway';
import { V3_FILTER_SUPPORT } from './v3-catalog-gateway';

function setUp(answer: (request: WireRequest) => WireAnswer | Promise<WireAnswer>) {
  const wire = wireClient(answer);
  TestBed.configureTestingModule({
    providers: [
      { provide: WIX_CLIENT, useValue: wire.client },
      { provide: WIX_FETCH, useValue: wire.wixFetch },
    ],
  });
  return { gateway: TestBed.inject(V3CatalogGateway), requests: wire.requests };
}

const query = (patch: Partial<ProductQuery>): ProductQuery => ({ ...DEFAULT_QUERY, ...patch });
const search = (gateway: V3CatalogGateway, q: ProductQuery): Promise<ProductPage> => firstValueFrom(gateway.search(q));
const failure = (gateway: V3CatalogGateway, q: ProductQuery): Promise<CatalogError> =>
  search(gateway, q).then(
    () => Promise.reject(new Error('expected a failure')),
    (e: CatalogError) => e,
  );

/** What a V3 search or query carries (both wrap the same parts). */
interface V3Parts {
  cursorPaging?: { limit?: number; cursor?: string };
  sort?: unknown;
  search?: unknown;
  filter?: unknown;
}

/** The body a request carried under `search` or `query`. */
const partsOf = (request: WireRequest): V3Parts => {
  const payload = request.payload as { search?: V3Parts; query?: V3Parts };
  return payload.search ?? payload.query ?? {};
};

/**
 * A V3 catalog of `size` products behind `products/search` and `products/query`, paged with opaque cursors
 * like Wix's: a cursor must come alone (the server rejects it with filter, sort or search) and carries them.
 */
function v3Server(size: number) {
  return (request: WireRequest): WireAnswer => {
    const body = partsOf(request);
    const cursor = body.cursorPaging?.cursor;
    if (cursor && (body.sort !== undefined || body.search !== undefined)) {
      return { status: 400, body: { details: { validationError: { fieldViolations: [{ field: 'sort', description: 'must be empty with a cursor' }] } } } };
    }
    const offset = cursor ? Number(cursor.replace('after-', '')) : 0;
    const limit = body.cursorPaging?.limit ?? 100;
    const end = Math.min(size, offset + limit);
    const items = Array.from({ length: end - offset }, (_, i) => v3Product(offset + i + 1));
    return v3Page(items, end < size ? `after-${end}` : null, offset > 0 ? `after-${Math.max(0, offset - limit)}` : null);
  };
}

describe('V3CatalogGateway requests', () => {
  it('searches name and SKU with the text as a search expression, sorted, with only the fields the table shows', async () => {
    const { gateway, requests } = setUp(v3Server(3));
    await search(gateway, query({ text: 'Lin', sort: 'price-desc', pageSize: 25 }));
    expect(requests).toHaveLength(1);
    expect(requests[0].method).toBe('GET');
    expect(requests[0].url.pathname).toBe('/stores/v3/products/search');
    expect(requests[0].headers['Authorization']).toBe('test-token');
    expect(requests[0].payload).toEqual({
      search: {
        search: { expression: 'Lin', fields: ['name', 'variantsInfo.variants.sku'], mode: 'AND', fuzzy: false },
        sort: [{ fieldName: 'actualPriceRange.minValue.amount', order: 'DESC' }],
        cursorPaging: { limit: 25 },
      },
      fields: ['CURRENCY', 'THUMBNAIL', 'MIN_PRICE_VARIANT', 'DIRECT_CATEGORIES_INFO'],
    });
  });

  it('browses by last update with queryProducts', async () => {
    const { gateway, requests } = setUp(v3Server(3));
    await search(gateway, query({ sort: 'updated-desc', pageSize: 10 }));
    expect(requests[0].url.pathname).toBe('/stores/v3/products/query');
    expect(requests[0].payload).toEqual({
      query: { filter: {}, sort: [{ fieldName: 'updatedDate', order: 'DESC' }], cursorPaging: { limit: 10 } },
      fields: ['CURRENCY', 'THUMBNAIL', 'MIN_PRICE_VARIANT', 'DIRECT_CATEGORIES_INFO'],
    });
  });

  it('browses by name with searchProducts without an expression (queryProducts cannot sort by name)', async () => {
    const { gateway, requests } = setUp(v3Server(3));
    await search(gateway, query({ sort: 'name-asc' }));
    expect(requests[0].url.pathname).toBe('/stores/v3/products/search');
    expect(requests[0].payload).toEqual({
      search: { sort: [{ fieldName: 'name', order: 'ASC' }], cursorPaging: { limit: 25 } },
      fields: ['CURRENCY', 'THUMBNAIL', 'MIN_PRICE_VARIANT', 'DIRECT_CATEGORIES_INFO'],
    });
  });

  it('maps the products into the same Product the V1 gateway gives', async () => {
    const { gateway } = setUp(() => v3Page([v3Product(1)], null));
    const page = await search(gateway, query({}));
    expect(page.items).toEqual([
      {
        id: 'prod-1',
        name: 'Product 1',
        sku: 'SKU-1',
        price: '€11.00',
        priceBeforeDiscount: null,
        currency: 'EUR',
        visible: true,
        stock: 'in-stock',
        quantity: null,
        thumbnailUrl: 'https://static.example/thumb-1.png',
        lastUpdated: new Date('2026-03-04T10:00:00.000Z'),
        productType: 'physical',
        brand: null,
        ribbon: null,
        created: new Date('2026-01-02T10:00:00.000Z'),
        collectionIds: [],
        cost: null,
        profit: null,
      },
    ]);
  });
});

describe('V3CatalogGateway cost and profit (MERCHANT_DATA)', () => {
  /** A V3 server whose products carry cost data when MERCHANT_DATA is asked, refused (403) when `allowed` is false. */
  function merchantServer(allowed: boolean) {
    return (request: WireRequest): WireAnswer => {
      const fields = (request.payload as { fields?: string[] }).fields ?? [];
      if (!fields.includes('MERCHANT_DATA')) return v3Page([v3Product(1)], null);
      if (!allowed) return wixError(403, 'NO_PERMISSION_TO_READ_MERCHANT_DATA', 'missing SCOPE.STORES.PRODUCT_READ_ADMIN');
      const money = (amount: string) => ({ amount, formattedAmount: `€${amount}` });
      const variant = { sku: 'SKU-1', revenueDetails: { cost: money('4.00'), profit: money('7.00'), profitMargin: 0.64 } };
      return v3Page([v3Product(1, { costRange: { minValue: money('4.00'), maxValue: money('4.00') }, variantSummary: { variantCount: 1, minPriceVariant: variant } })], null);
    };
  }

  it('asks for MERCHANT_DATA only when the query asks for cost and profit', async () => {
    const { gateway, requests } = setUp(merchantServer(true));
    const plain = await search(gateway, query({ sort: 'name-asc' }));
    const rich = await search(gateway, query({ sort: 'name-asc', merchantData: true }));
    expect(requests.map((r) => (r.payload as { fields: string[] }).fields.includes('MERCHANT_DATA'))).toEqual([false, true]);
    expect(plain.merchantData).toBeUndefined();
    expect(rich.merchantData).toBe('sent');
    expect(rich.items[0]).toMatchObject({ cost: '€4.00', profit: '€7.00' });
  });

  it('reads the page again without them when Wix refuses them to the role (403), and does not ask again', async () => {
    const { gateway, requests } = setUp(merchantServer(false));
    const page = await search(gateway, query({ sort: 'name-asc', merchantData: true }));
    expect(page.merchantData).toBe('withheld');
    expect(page.items.map((p) => [p.name, p.cost])).toEqual([['Product 1', null]]);
    const fieldsAsked = () => requests.map((r) => (r.payload as { fields: string[] }).fields.includes('MERCHANT_DATA'));
    expect(fieldsAsked()).toEqual([true, false]);
    // The next page of the same session: one request, without the field that would be refused again.
    const next = await search(gateway, query({ sort: 'updated-asc', merchantData: true }));
    expect(next.merchantData).toBe('withheld');
    expect(fieldsAsked()).toEqual([true, false, false]);
  });

  it('fails as the read fails when the retry is refused too (no read permission at all)', async () => {
    const { gateway, requests } = setUp(() => wixError(403, 'PERMISSION_DENIED', 'no'));
    expect(await failure(gateway, query({ merchantData: true }))).toMatchObject({ kind: 'permission-denied' });
    expect(requests).toHaveLength(2);
  });
});

describe('V3CatalogGateway cursor paging', () => {
  it('pages forward to the end and back with cursors alone; the count appears once the end is seen', async () => {
    const { gateway, requests } = setUp(v3Server(60));
    const pages: ProductPage[] = [];
    for (const page of [1, 2, 3, 2, 1]) pages.push(await search(gateway, query({ pageSize: 25, page })));

    expect(pages.map((p) => [p.page, p.items[0].name, p.items.length])).toEqual([
      [1, 'Product 1', 25],
      [2, 'Product 26', 25],
      [3, 'Product 51', 10],
      [2, 'Product 26', 25],
      [1, 'Product 1', 25],
    ]);
    expect(pages.map((p) => [p.hasPrevious, p.hasNext])).toEqual([
      [false, true],
      [true, true],
      [true, false],
      [true, true],
      [false, true],
    ]);
    // No total until the last page: the paginator says "Page N" until then.
    expect(pages.map((p) => [p.total, p.pageCount])).toEqual([
      [null, null],
      [null, null],
      [60, 3],
      [null, null],
      [null, null],
    ]);
    // One request per page; pages after the first send only their cursor (filter, sort and search ride in it).
    expect(requests.map((r) => partsOf(r))).toEqual([
      { sort: [{ fieldName: 'name', order: 'ASC' }], cursorPaging: { limit: 25 } },
      { cursorPaging: { limit: 25, cursor: 'after-25' } },
      { cursorPaging: { limit: 25, cursor: 'after-50' } },
      { cursorPaging: { limit: 25, cursor: 'after-25' } },
      { sort: [{ fieldName: 'name', order: 'ASC' }], cursorPaging: { limit: 25 } },
    ]);
  });

  it('knows the count of a list that fits on one page', async () => {
    const { gateway } = setUp(v3Server(7));
    expect(await search(gateway, query({}))).toMatchObject({ total: 7, pageCount: 1, hasNext: false, hasPrevious: false });
  });

  it('an empty list is an empty first page with a count of 0', async () => {
    const { gateway } = setUp(v3Server(0));
    expect(await search(gateway, query({ text: 'zzz' }))).toMatchObject({ items: [], total: 0, pageCount: 1 });
  });

  it('walks forward to a page it has no cursor for (a page number from the URL)', async () => {
    const { gateway, requests } = setUp(v3Server(100));
    const page = await search(gateway, query({ pageSize: 10, page: 4 }));
    expect(page.items[0].name).toBe('Product 31');
    expect(requests.map((r) => partsOf(r).cursorPaging)).toEqual([
      { limit: 10 },
      { limit: 10, cursor: 'after-10' },
      { limit: 10, cursor: 'after-20' },
      { limit: 10, cursor: 'after-30' },
    ]);
  });

  it('a page past the end says where the end is, so the page can offer the last page', async () => {
    const { gateway } = setUp(v3Server(30));
    const page = await search(gateway, query({ pageSize: 10, page: 9 }));
    expect(page).toEqual({ items: [], total: 30, page: 9, pageSize: 10, pageCount: 3, hasNext: false, hasPrevious: true, textMatch: 'words', filterSupport: V3_FILTER_SUPPORT });
  });

  it('keeps separate cursors per text, sort and page size', async () => {
    const { gateway, requests } = setUp(v3Server(60));
    await search(gateway, query({ page: 2 }));
    await search(gateway, query({ page: 2, sort: 'name-desc' }));
    expect(requests.map((r) => partsOf(r).cursorPaging)).toEqual([
      { limit: 25 },
      { limit: 25, cursor: 'after-25' },
      { limit: 25 },
      { limit: 25, cursor: 'after-25' },
    ]);
  });

  it('starts the list again, once, when Wix no longer accepts an old cursor', async () => {
    let rejectCursors = false;
    const server = v3Server(60);
    const { gateway, requests } = setUp((request) =>
      rejectCursors && partsOf(request).cursorPaging?.cursor === 'after-25'
        ? wixError(400, 'INVALID_CURSOR', 'The cursor is not valid')
        : server(request),
    );
    await search(gateway, query({ page: 2 }));
    rejectCursors = true;
    requests.length = 0;
    const error = await failure(gateway, query({ page: 2 }));
    // Retried from page 1 once; the fresh cursor is rejected too (this server rejects it always): the error shows.
    expect(error.kind).toBe('invalid-query');
    expect(requests.map((r) => partsOf(r).cursorPaging)).toEqual([
      { limit: 25, cursor: 'after-25' },
      { limit: 25 },
      { limit: 25, cursor: 'after-25' },
    ]);
  });

  it('stops walking when the search is abandoned', async () => {
    const server = v3Server(100);
    let pending: (() => void) | null = null;
    const { gateway, requests } = setUp((request) => new Promise((resolve) => (pending = () => resolve(server(request)))));
    const stop = new Subject<void>();
    gateway.search(query({ pageSize: 10, page: 5 })).pipe(takeUntil(stop)).subscribe();
    await new Promise((r) => setTimeout(r, 0));
    expect(requests).toHaveLength(1);
    stop.next();
    pending!();
    await new Promise((r) => setTimeout(r, 0));
    expect(requests).toHaveLength(1);
  });
});

describe('V3CatalogGateway errors', () => {
  it('permission denied names the V3 read permission, SCOPE.STORES.PRODUCT_READ', async () => {
    const { gateway } = setUp(() => wixError(403, 'PERMISSION_DENIED', 'Missing permission', 'req-403'));
    expect(await failure(gateway, DEFAULT_QUERY)).toEqual({
      kind: 'permission-denied',
      permission: { id: 'SCOPE.STORES.PRODUCT_READ', name: 'Read Products' },
      code: 'PERMISSION_DENIED',
      requestId: 'req-403',
    });
  });

  it('428 from a V1 site is a catalog-version-mismatch', async () => {
    const { gateway } = setUp(() => wixError(428, 'CATALOG_VERSION_MISMATCH', 'This site runs Catalog V1'));
    expect(await failure(gateway, DEFAULT_QUERY)).toMatchObject({ kind: 'catalog-version-mismatch' });
  });
});

describe('V3CatalogGateway, when Wix answers strangely', () => {
  const malformed: CatalogError = { kind: 'unknown', status: 200, requestId: null };

  it('an empty page that still has a next cursor → unknown, and the walk stops there', async () => {
    const server = v3Server(100);
    const { gateway, requests } = setUp((request) =>
      partsOf(request).cursorPaging?.cursor === 'after-25' ? v3Page([], 'after-50') : server(request),
    );
    expect(await failure(gateway, query({ page: 4 }))).toEqual(malformed);
    expect(requests).toHaveLength(2);
  });

  it('products that are not a list of objects → unknown', async () => {
    const { gateway } = setUp(() => ({ status: 200, body: { products: { a: 1 }, pagingMetadata: { cursors: { next: null } } } }));
    expect(await failure(gateway, DEFAULT_QUERY)).toMatchObject({ kind: 'unknown' });
  });

  it('a body that is not JSON → unknown with the request id, not a network failure', async () => {
    const { gateway } = setUp(() => ({ status: 200, rawBody: '{"products": [', headers: { 'X-Wix-Request-Id': 'req-cut' } }));
    expect(await failure(gateway, DEFAULT_QUERY)).toEqual({ kind: 'unknown', status: 200, requestId: 'req-cut' });
  });

  it('a page holding more than asked is shown whole: the next cursor continues after it', async () => {
    const { gateway } = setUp(() => v3Page([1, 2, 3].map((n) => v3Product(n)), 'after-3'));
    expect((await search(gateway, query({ pageSize: 2 }))).items).toHaveLength(3);
  });
});

describe('V3CatalogGateway chunk download', () => {
  afterEach(() => jest.dontMock('./v3-catalog-reader'));

  it('a failed download of the V3 chunk is a network failure, and the next search downloads again', async () => {
    const { gateway, requests } = setUp(v3Server(3));
    jest.doMock('./v3-catalog-reader', () => {
      throw new TypeError('Failed to fetch dynamically imported module');
    });
    expect(await failure(gateway, DEFAULT_QUERY)).toEqual({ kind: 'unavailable', reason: 'network', requestId: null });
    expect(requests).toHaveLength(0);
    jest.dontMock('./v3-catalog-reader');
    expect((await search(gateway, DEFAULT_QUERY)).items).toHaveLength(3);
  });
});
