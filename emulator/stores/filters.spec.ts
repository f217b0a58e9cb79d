/** @jest-environment node */
import { collectionsOf, effectivePrice, PRODUCT_TYPES, STOCK_STATUSES } from '../catalog/catalog';
import { generateCatalog } from '../catalog/generator';
import { DEFAULT_OPTIONS } from '../options';
import { QueryError } from '../query/query-error';
import { ctx } from '../query/test-catalog';
import { EmulatorState } from '../state';
import { collectionTable, queryV1Collections, queryV3Categories } from './collections-endpoints';
import { queryV1Products } from './v1-endpoint';
import { queryV3Products } from './v3-endpoints';

// The filters the app sends (src/app/catalog/README.md), on a generated catalog, against a plain scan.
const catalog = generateCatalog({ products: 5000, seed: 42, currency: 'USD' });
const state = new EmulatorState({ ...DEFAULT_OPTIONS, rateLimitPerMinute: 0 }, catalog);
const rows = Array.from({ length: catalog.size }, (_, r) => r);
const idsWhere = (keep: (r: number) => boolean) => rows.filter(keep).map((r) => catalog.ids[r]).sort();

function v1Ids(filter: unknown, role: 'owner' | 'viewer' = 'owner'): string[] {
  const out: string[] = [];
  for (let offset = 0; ; offset += 100) {
    const page = queryV1Products(ctx(state, role), { query: { filter, paging: { limit: 100, offset } } }) as { products: { id: string }[] };
    out.push(...page.products.map((p) => p.id));
    if (page.products.length < 100) return out.sort();
  }
}

function v3Ids(filter: unknown, role: 'owner' | 'viewer' = 'owner'): string[] {
  const out: string[] = [];
  let body: Record<string, unknown> = { filter, cursorPaging: { limit: 100 } };
  for (;;) {
    const page = queryV3Products(ctx(state, role), { search: body }, 'search') as {
      products: { id: string }[];
      pagingMetadata: { cursors: { next: string | null } };
    };
    out.push(...page.products.map((p) => p.id));
    const next = page.pagingMetadata.cursors.next;
    if (!next) return out.sort();
    body = { cursorPaging: { limit: 100, cursor: next } };
  }
}

const DAY_FROM = Date.parse('2025-01-01T00:00:00.000Z');
const DAY_TO = Date.parse('2025-03-31T23:59:59.999Z');
const smallCollection = collectionTable(catalog).ids.find((id) => id.startsWith('5c011ec7'))!;

describe('the generated catalog has results for every filter', () => {
  it('has discounted, hidden, out-of-stock, partially out-of-stock and digital products', () => {
    const count = (keep: (r: number) => boolean) => rows.filter(keep).length;
    expect(count((r) => catalog.discountKind[r] !== 0)).toBeGreaterThan(500);
    expect(count((r) => catalog.visible[r] === 0)).toBeGreaterThan(200);
    expect(count((r) => catalog.stockStatus[r] === 1)).toBeGreaterThan(300);
    expect(count((r) => catalog.stockStatus[r] === 2)).toBeGreaterThan(100);
    expect(count((r) => catalog.productType[r] === 1)).toBeGreaterThan(300);
  });

  it('has a few large collections and many small ones', () => {
    const { counts } = collectionTable(catalog);
    const sizes = Array.from(counts).sort((a, b) => b - a);
    expect(sizes.length).toBeGreaterThan(200);
    expect(sizes.filter((n) => n >= 500).length).toBeGreaterThanOrEqual(3);
    expect(sizes.filter((n) => n > 0 && n <= 10).length).toBeGreaterThan(100);
  });
});

describe('V1 query-platformized filters against a plain scan', () => {
  it.each([
    ['inventoryStatus', { inventoryStatus: 'OUT_OF_STOCK' }, (r: number) => STOCK_STATUSES[catalog.stockStatus[r]] === 'OUT_OF_STOCK'],
    ['inventoryStatus $hasSome', { inventoryStatus: { $hasSome: ['PARTIALLY_OUT_OF_STOCK'] } }, (r: number) => catalog.stockStatus[r] === 2],
    ['productType', { productType: 'digital' }, (r: number) => PRODUCT_TYPES[catalog.productType[r]] === 'digital'],
    ['priceData.price range', { $and: [{ 'priceData.price': { $gte: 20 } }, { 'priceData.price': { $lte: 40 } }] }, (r: number) => catalog.price[r] >= 20 && catalog.price[r] <= 40],
    ['collectionIds', { collectionIds: { $hasSome: [smallCollection] } }, (r: number) => collectionsOf(catalog, r).includes(smallCollection)],
    ['lastUpdated range', { $and: [{ lastUpdated: { $gte: new Date(DAY_FROM).toISOString() } }, { lastUpdated: { $lte: new Date(DAY_TO).toISOString() } }] }, (r: number) => catalog.updated[r] >= DAY_FROM && catalog.updated[r] <= DAY_TO],
  ])('%s', (_, filter, keep) => {
    const expected = idsWhere(keep);
    expect(expected.length).toBeGreaterThan(0);
    expect(v1Ids(filter)).toEqual(expected);
  });

  it('combined with a search, filters are ANDed', () => {
    const filter = { $and: [{ $or: [{ name: { $startsWith: 'cl' } }, { sku: { $startsWith: 'cl' } }] }, { inventoryStatus: 'IN_STOCK' }] };
    const expected = idsWhere((r) => (catalog.names[r].toLowerCase().startsWith('cl') || !!catalog.skus[r]?.toLowerCase().startsWith('cl')) && catalog.stockStatus[r] === 0);
    expect(v1Ids(filter)).toEqual(expected);
  });

  it('a viewer never gets hidden products, filtered or not', () => {
    expect(v1Ids({ productType: 'digital' }, 'viewer')).toEqual(idsWhere((r) => catalog.productType[r] === 1 && catalog.visible[r] === 1));
  });

  it('rejects what Wix rejects: an unknown field or an operator the field lacks (400 INVALID_FILTER)', () => {
    expect(() => v1Ids({ 'inventory.availabilityStatus': 'IN_STOCK' })).toThrow(QueryError);
    expect(() => v1Ids({ productType: { $gt: 'a' } })).toThrow(/not supported/);
  });
});

describe('V3 products/search filters against a plain scan', () => {
  it.each([
    ['visible', { visible: false }, (r: number) => catalog.visible[r] === 0],
    ['inventory.availabilityStatus', { 'inventory.availabilityStatus': 'PARTIALLY_OUT_OF_STOCK' }, (r: number) => catalog.stockStatus[r] === 2],
    ['productType', { productType: 'DIGITAL' }, (r: number) => catalog.productType[r] === 1],
    ['actualPriceRange.minValue.amount', { 'actualPriceRange.minValue.amount': { $gte: 20, $lte: 40 } }, (r: number) => effectivePrice(catalog, r) >= 20 && effectivePrice(catalog, r) <= 40],
    ['allCategoriesInfo.categories $matchItems', { 'allCategoriesInfo.categories': { $matchItems: [{ id: { $in: [smallCollection] } }] } }, (r: number) => collectionsOf(catalog, r).includes(smallCollection)],
    ['directCategoriesInfo.categories $matchItems', { 'directCategoriesInfo.categories': { $matchItems: [{ id: { $in: [smallCollection] } }] } }, (r: number) => collectionsOf(catalog, r).includes(smallCollection)],
    ['updatedDate', { updatedDate: { $gte: new Date(DAY_FROM).toISOString(), $lte: new Date(DAY_TO).toISOString() } }, (r: number) => catalog.updated[r] >= DAY_FROM && catalog.updated[r] <= DAY_TO],
  ])('%s', (_, filter, keep) => {
    const expected = idsWhere(keep);
    expect(expected.length).toBeGreaterThan(0);
    expect(v3Ids(filter)).toEqual(expected);
  });

  it('a viewer asking for hidden products gets none (the page disables that option for them)', () => {
    expect(v3Ids({ visible: false }, 'viewer')).toEqual([]);
  });

  it('rejects V1 names and unknown operators (400 INVALID_FILTER)', () => {
    expect(() => v3Ids({ inventoryStatus: 'IN_STOCK' })).toThrow(/Unknown field/);
    expect(() => v3Ids({ 'allCategoriesInfo.categories': { $hasSome: ['x'] } })).toThrow(/not supported/);
  });
});

describe('collections (V1) and categories (V3)', () => {
  const names = (list: { name: string }[]) => list.map((c) => c.name);
  it('V1 pages by offset with a total, searchable by name prefix', () => {
    const first = queryV1Collections(ctx(state), { query: { paging: { limit: 20 } } }) as { collections: { name: string }[]; metadata: { total: number } };
    expect(first.collections).toHaveLength(20);
    expect(first.metadata.total).toBe(catalog.collectionIds.length);
    const found = queryV1Collections(ctx(state), { query: { filter: { name: { $startsWith: 'coastal' } }, sort: [{ fieldName: 'name' }] } }) as { collections: { name: string }[] };
    expect(found.collections.length).toBeGreaterThan(0);
    expect(names(found.collections).every((n) => n.toLowerCase().startsWith('coastal'))).toBe(true);
  });

  it('V3 pages by cursor and needs a tree reference', () => {
    const body = { treeReference: { appNamespace: '@wix/stores' }, query: { cursorPaging: { limit: 100 } } };
    const first = queryV3Categories(ctx(state), body) as { categories: unknown[]; pagingMetadata: { cursors: { next: string } } };
    expect(first.categories).toHaveLength(100);
    const second = queryV3Categories(ctx(state), { ...body, query: { cursorPaging: { limit: 100, cursor: first.pagingMetadata.cursors.next } } }) as { categories: unknown[] };
    expect(second.categories.length).toBeGreaterThan(0);
    expect(() => queryV3Categories(ctx(state), { query: {} })).toThrow(QueryError);
  });
});
