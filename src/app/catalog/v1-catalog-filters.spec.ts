import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { WireRequest, v1Page, wireClient } from '../wix/testing/wire-client';
import { WIX_CLIENT, WIX_FETCH } from '../wix/wix-client';
import { DEFAULT_QUERY, ProductQuery, normalizeQuery } from './product';
import type { ProductFilters } from './product-filters';
import { NO_FILTERS } from './filter-rules';
import { V1CatalogGateway } from './v1-catalog-gateway';

/** The `query.filter` the real SDK sends for these filters (and text). */
async function filterSent(filters: Partial<ProductFilters>, text = ''): Promise<unknown> {
  const requests: WireRequest[] = [];
  const wire = wireClient((request) => (requests.push(request), v1Page([], 0, 0)));
  TestBed.resetTestingModule();
  TestBed.configureTestingModule({
    providers: [
      { provide: WIX_CLIENT, useValue: wire.client },
      { provide: WIX_FETCH, useValue: wire.wixFetch },
    ],
  });
  const query: ProductQuery = normalizeQuery({ ...DEFAULT_QUERY, text, filters: { ...NO_FILTERS, ...filters } });
  await firstValueFrom(TestBed.inject(V1CatalogGateway).search(query));
  expect(requests).toHaveLength(1);
  return (requests[0].payload as { query: { filter: unknown } }).query.filter;
}

const LAST_UPDATED = {
  $and: [{ lastUpdated: { $gte: '2025-01-02T00:00:00.000Z' } }, { lastUpdated: { $lte: '2025-01-05T23:59:59.999Z' } }],
};
describe('V1CatalogGateway filters on the wire (query-platformized)', () => {
  // The SDK writes eq() as `{field: value}` (WQL's short $eq) and joins several conditions with $and.
  it('stock: inventoryStatus $eq, as in Wix’s V1 filter table', async () => {
    expect(await filterSent({ stock: 'out-of-stock' })).toEqual({ inventoryStatus: 'OUT_OF_STOCK' });
    expect(await filterSent({ stock: 'partially-out-of-stock' })).toEqual({ inventoryStatus: 'PARTIALLY_OUT_OF_STOCK' });
  });

  it('product type: productType $eq with V1’s lower-case values', async () => {
    expect(await filterSent({ productType: 'digital' })).toEqual({ productType: 'digital' });
  });

  it('price range: priceData.price $gte / $lte (the list price)', async () => {
    expect(await filterSent({ priceMin: 10, priceMax: 49.5 })).toEqual({
      $and: [{ 'priceData.price': { $gte: 10 } }, { 'priceData.price': { $lte: 49.5 } }],
    });
    expect(await filterSent({ priceMax: 5 })).toEqual({ 'priceData.price': { $lte: 5 } });
  });

  it('collection: collectionIds $hasSome', async () => {
    expect(await filterSent({ collection: 'col-1' })).toEqual({ collectionIds: { $hasSome: ['col-1'] } });
  });

  it('last updated: lastUpdated from the start of the first day to the end of the last (UTC)', async () => {
    expect(await filterSent({ updatedFrom: '2025-01-02', updatedTo: '2025-01-05' })).toEqual(LAST_UPDATED);
  });

  it('visibility is not sent: V1 cannot filter on it, and the page says so', async () => {
    expect(await filterSent({ visibility: 'hidden' })).toEqual({});
  });

  it('filters combine with the name-or-SKU search', async () => {
    expect(await filterSent({ stock: 'in-stock', collection: 'c2' }, 'lin')).toEqual({
      $and: [
        { $or: [{ name: { $startsWith: 'lin' } }, { sku: { $startsWith: 'lin' } }] },
        { inventoryStatus: 'IN_STOCK' },
        { collectionIds: { $hasSome: ['c2'] } },
      ],
    });
  });
});

describe('V1 filter support', () => {
  it('says visibility cannot be filtered and that prices are list prices', async () => {
    const wire = wireClient(() => v1Page([], 0, 0));
    TestBed.resetTestingModule();
    TestBed.configureTestingModule({
      providers: [
        { provide: WIX_CLIENT, useValue: wire.client },
        { provide: WIX_FETCH, useValue: wire.wixFetch },
      ],
    });
    const page = await firstValueFrom(TestBed.inject(V1CatalogGateway).search(DEFAULT_QUERY));
    expect(page.filterSupport).toMatchObject({ visibility: 'catalog', hidden: 'catalog', stock: null, collection: null, pricedBy: 'list' });
  });
});
