import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { WireRequest, v3Page, v3Product, wireClient } from '../wix/testing/wire-client';
import { WIX_CLIENT, WIX_FETCH } from '../wix/wix-client';
import { DEFAULT_QUERY, ProductPage, ProductQuery, ProductSort, normalizeQuery } from './product';
import type { ProductFilters } from './product-filters';
import { NO_FILTERS } from './filter-rules';
import { V3CatalogGateway } from './v3-catalog-gateway';

interface Sent {
  readonly path: string;
  readonly search: { filter?: unknown; search?: unknown; sort?: unknown; cursorPaging?: unknown };
}

/** What the real SDK sent for one search with these filters, and the page it made of a one-product answer. */
async function sent(filters: Partial<ProductFilters>, patch: Partial<ProductQuery> = {}): Promise<Sent & { page: ProductPage }> {
  const requests: WireRequest[] = [];
  const wire = wireClient((request) => (requests.push(request), v3Page([v3Product(1)], null, null)));
  TestBed.resetTestingModule();
  TestBed.configureTestingModule({
    providers: [
      { provide: WIX_CLIENT, useValue: wire.client },
      { provide: WIX_FETCH, useValue: wire.wixFetch },
    ],
  });
  const query = normalizeQuery({ ...DEFAULT_QUERY, ...patch, filters: { ...NO_FILTERS, ...filters } });
  const page = await firstValueFrom(TestBed.inject(V3CatalogGateway).search(query));
  // Beside the search, one countProducts (for "1–25 of N") with the same filter.
  const counts = requests.filter((r) => r.url.pathname.endsWith('/products/count'));
  const reads = requests.filter((r) => !r.url.pathname.endsWith('/products/count'));
  expect(reads).toHaveLength(1);
  expect(counts).toHaveLength(1);
  const payload = reads[0].payload as { search?: Sent['search'] };
  expect((counts[0].payload as { filter?: unknown } | null)?.filter).toEqual(JSON.parse(JSON.stringify(payload.search?.filter ?? null)) ?? undefined);
  return { path: reads[0].url.pathname, search: payload.search ?? {}, page };
}

describe('V3CatalogGateway filters on the wire (productsV3.searchProducts)', () => {
  it('visibility: visible $eq true / false', async () => {
    expect((await sent({ visibility: 'visible' })).search.filter).toEqual({ visible: true });
    expect((await sent({ visibility: 'hidden' })).search.filter).toEqual({ visible: false });
  });

  it('stock: inventory.availabilityStatus $eq', async () => {
    expect((await sent({ stock: 'out-of-stock' })).search.filter).toEqual({ 'inventory.availabilityStatus': 'OUT_OF_STOCK' });
    expect((await sent({ stock: 'partially-out-of-stock' })).search.filter).toEqual({
      'inventory.availabilityStatus': 'PARTIALLY_OUT_OF_STOCK',
    });
  });

  it('product type: productType $eq with V3’s upper-case values', async () => {
    expect((await sent({ productType: 'physical' })).search.filter).toEqual({ productType: 'PHYSICAL' });
    expect((await sent({ productType: 'digital' })).search.filter).toEqual({ productType: 'DIGITAL' });
  });

  it('price range: actualPriceRange.minValue.amount $gte / $lte (the price after discounts)', async () => {
    expect((await sent({ priceMin: 5, priceMax: 20 })).search.filter).toEqual({
      'actualPriceRange.minValue.amount': { $gte: 5, $lte: 20 },
    });
    expect((await sent({ priceMin: 5 })).search.filter).toEqual({ 'actualPriceRange.minValue.amount': { $gte: 5 } });
  });

  it('category: allCategoriesInfo.categories $matchItems on the id (the SDK renames _id to id)', async () => {
    expect((await sent({ collection: 'cat-1' })).search.filter).toEqual({
      'allCategoriesInfo.categories': { $matchItems: [{ id: { $in: ['cat-1'] } }] },
    });
  });

  it('last updated: updatedDate from the start of the first day to the end of the last (UTC)', async () => {
    expect((await sent({ updatedFrom: '2025-03-01', updatedTo: '2025-03-31' })).search.filter).toEqual({
      updatedDate: { $gte: '2025-03-01T00:00:00.000Z', $lte: '2025-03-31T23:59:59.999Z' },
    });
  });

  it('a filter moves a last-updated browse from queryProducts to searchProducts, which can filter', async () => {
    const out = await sent({ stock: 'in-stock' }, { sort: 'updated-desc' as ProductSort });
    expect(out.path).toBe('/stores/v3/products/search');
    expect(out.search.sort).toEqual([{ fieldName: 'updatedDate', order: 'DESC' }]);
  });

  it('filters combine with the search expression in one request', async () => {
    const out = await sent({ stock: 'in-stock', productType: 'digital' }, { text: 'pla' });
    expect(out.search.search).toMatchObject({ expression: 'pla' });
    expect(out.search.filter).toEqual({ 'inventory.availabilityStatus': 'IN_STOCK', productType: 'DIGITAL' });
  });

  it('says what it can filter on, and that it sorts and filters by the sale price', async () => {
    const { page } = await sent({});
    expect(page.filterSupport).toMatchObject({ visibility: null, hidden: null, collection: null, pricedBy: 'sale' });
  });
});
