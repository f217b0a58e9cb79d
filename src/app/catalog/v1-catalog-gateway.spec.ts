import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { WIX_FETCH } from '../wix/provide-wix-client';
import { WireAnswer, WireRequest, v1Page, v1Product, wireClient, wixError } from '../wix/testing/wire-client';
import { WIX_CLIENT } from '../wix/wix-client';
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
    expect(page).toMatchObject({ total: 52, page: 2, pageCount: 3, hasNext: true, hasPrevious: true });
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
