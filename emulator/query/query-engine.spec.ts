/** @jest-environment node */
import { QueryError } from './query-error';
import { queryV1Products } from '../stores/v1-endpoint';
import { ctx, smallState } from './test-catalog';

const state = smallState();

/** Names of the products a V1 query returns (as the owner, who sees hidden products). */
function names(query: Record<string, unknown>, role: 'owner' | 'viewer' = 'owner'): string[] {
  const res = queryV1Products(ctx(state, role), { query }) as { products: { name: string }[] };
  return res.products.map((p) => p.name);
}

function rejection(query: Record<string, unknown>): QueryError {
  try {
    queryV1Products(ctx(state), { query });
  } catch (e) {
    if (e instanceof QueryError) return e;
    throw e;
  }
  throw new Error('query was accepted');
}

describe('V1 filter operators', () => {
  it('$eq (explicit and implicit) is exact and case-sensitive', () => {
    expect(names({ filter: { name: { $eq: 'Apple Mug' } } })).toEqual(['Apple Mug']);
    expect(names({ filter: { name: 'Apple Mug' } })).toEqual(['Apple Mug']);
    expect(names({ filter: { name: 'apple mug' } })).toEqual([]);
    expect(names({ filter: { numericId: '103' } })).toEqual(['Banana Bread']);
    expect(names({ filter: { visible: false } })).toEqual(['Blue Apron']);
  });

  it('$eq null matches absent values', () => {
    expect(names({ filter: { sku: null } })).toEqual(['Blue Apron']);
    expect(names({ filter: { 'priceData.price': null } })).toEqual(['Cherry Pie']);
  });

  it('$ne, $in and $nin', () => {
    expect(names({ filter: { productType: { $ne: 'physical' } } })).toEqual(['Banana Bread']);
    expect(names({ filter: { id: { $in: ['p-2', 'p-5', 'nope'] } } })).toEqual(['apricot Jam', 'Cherry Pie']);
    expect(names({ filter: { sku: { $nin: ['MUG-001', 'JAM-002'] } } })).toEqual(['Banana Bread', 'Blue Apron', 'Cherry Pie', 'apple Cider']);
  });

  it('$gt, $gte, $lt, $lte on numbers, dates and strings', () => {
    expect(names({ filter: { price: { $gt: 10 } } })).toEqual(['Blue Apron']);
    expect(names({ filter: { price: { $gte: 10 } } })).toEqual(['Apple Mug', 'Blue Apron', 'apple Cider']);
    expect(names({ filter: { 'priceData.price': { $lt: 7 } } })).toEqual(['apricot Jam']);
    expect(names({ filter: { 'priceData.price': { $lte: 7 } } })).toEqual(['apricot Jam', 'Banana Bread']);
    expect(names({ filter: { createdDate: { $gte: '2024-01-05T00:00:00Z' } } })).toEqual(['Cherry Pie', 'apple Cider']);
    // lastUpdated defaults to createdDate in a catalog file; only two products were updated in March.
    expect(names({ filter: { lastUpdated: { $gt: { $date: '2024-03-01T00:00:00Z' } } } })).toEqual(['apricot Jam']);
    // Strings order case-insensitively, like the name index.
    expect(names({ filter: { name: { $gte: 'b', $lt: 'c' } } })).toEqual(['Banana Bread', 'Blue Apron']);
  });

  it('$startsWith is case-insensitive on names and SKUs', () => {
    expect(names({ filter: { name: { $startsWith: 'APP' } } })).toEqual(['Apple Mug', 'apple Cider']);
    expect(names({ filter: { name: { $startsWith: 'ap' } } })).toEqual(['Apple Mug', 'apricot Jam', 'apple Cider']);
    expect(names({ filter: { sku: { $startsWith: 'PIE' } } })).toEqual(['Cherry Pie']);
    expect(names({ filter: { description: { $startsWith: 'a rec' } } })).toEqual(['Banana Bread']);
    expect(names({ filter: { name: { $startsWith: 'zzz' } } })).toEqual([]);
  });

  it('$exists and $isEmpty', () => {
    expect(names({ filter: { sku: { $exists: false } } })).toEqual(['Blue Apron']);
    expect(names({ filter: { price: { $exists: false } } })).toEqual(['Cherry Pie']);
    expect(names({ filter: { description: { $isEmpty: false } } })).toEqual(['Banana Bread']);
  });

  it('$hasSome and $hasAll on collectionIds', () => {
    expect(names({ filter: { collectionIds: { $hasSome: ['c-kitchen'] } } })).toEqual(['Apple Mug', 'Blue Apron', 'apple Cider']);
    expect(names({ filter: { collectionIds: { $hasAll: ['c-food', 'c-kitchen'] } } })).toEqual(['apple Cider']);
  });

  it('$and, $or, $not and several keys in one object', () => {
    expect(names({ filter: { $and: [{ name: { $startsWith: 'a' } }, { price: { $lt: 10 } }] } })).toEqual(['apricot Jam']);
    expect(names({ filter: { $or: [{ sku: 'MUG-001' }, { name: { $startsWith: 'ch' } }] } })).toEqual(['Apple Mug', 'Cherry Pie']);
    expect(names({ filter: { $not: { name: { $startsWith: 'a' } } } })).toEqual(['Banana Bread', 'Blue Apron', 'Cherry Pie']);
    expect(names({ filter: { name: { $startsWith: 'a' }, productType: 'physical', price: { $gte: 10 } } })).toEqual(['Apple Mug', 'apple Cider']);
  });

  it('accepts the old filter-as-JSON-string form', () => {
    expect(names({ filter: '{"name": {"$startsWith": "cher"}}' })).toEqual(['Cherry Pie']);
  });

  it('rejects unknown fields, unknown operators and unsupported operator/field pairs with INVALID_FILTER', () => {
    expect(rejection({ filter: { colour: 'red' } })).toMatchObject({ code: 'INVALID_FILTER', message: expect.stringContaining('colour') });
    expect(rejection({ filter: { _id: 'p-1' } }).code).toBe('INVALID_FILTER');
    // The SDK's ge()/le() send $gte/$lte; "$ge" is not an operator.
    expect(rejection({ filter: { price: { $ge: 1 } } })).toMatchObject({ code: 'INVALID_FILTER', message: expect.stringContaining('$ge') });
    expect(rejection({ filter: { productType: { $gt: 'a' } } }).message).toContain('not supported');
    expect(rejection({ filter: { price: { $gt: 'cheap' } } }).code).toBe('INVALID_FILTER');
    expect(rejection({ filter: { $or: { name: 'x' } } }).code).toBe('INVALID_FILTER');
    expect(rejection({ filter: '{not json' }).code).toBe('INVALID_FILTER');
  });
});

describe('V1 sort', () => {
  it('sorts ascending and descending; names case-insensitively; absent values first', () => {
    expect(names({ sort: [{ fieldName: 'price', order: 'ASC' }] })).toEqual([
      'Cherry Pie', 'apricot Jam', 'Banana Bread', 'Apple Mug', 'apple Cider', 'Blue Apron',
    ]);
    expect(names({ sort: [{ fieldName: 'name', order: 'DESC' }] })).toEqual([
      'Cherry Pie', 'Blue Apron', 'Banana Bread', 'apricot Jam', 'Apple Mug', 'apple Cider',
    ]);
    expect(names({ sort: [{ fieldName: 'name' }] })[0]).toBe('apple Cider');
  });

  it('breaks ties with the next sort field', () => {
    const sorted = names({ sort: [{ fieldName: 'price', order: 'DESC' }, { fieldName: 'name', order: 'ASC' }], filter: { price: { $exists: true } } });
    expect(sorted).toEqual(['Blue Apron', 'apple Cider', 'Apple Mug', 'Banana Bread', 'apricot Jam']);
  });

  it('sorts a filtered subset (index candidates) by another field', () => {
    expect(names({ filter: { name: { $startsWith: 'a' } }, sort: [{ fieldName: 'numericId', order: 'DESC' }] })).toEqual([
      'apple Cider', 'apricot Jam', 'Apple Mug',
    ]);
  });

  it('accepts the old [{"field": "asc"}] form and rejects unsortable fields', () => {
    expect(names({ sort: '[{"numericId": "desc"}]' })[0]).toBe('apple Cider');
    expect(rejection({ sort: [{ fieldName: 'description' }] }).code).toBe('INVALID_SORT');
    expect(rejection({ sort: [{ fieldName: 'createdDate' }] }).code).toBe('INVALID_SORT');
    expect(rejection({ sort: [{ fieldName: 'name', order: 'UP' }] }).violation?.field).toBe('query.sort[0].order');
  });
});

describe('V1 paging', () => {
  const page = (paging: Record<string, unknown>) =>
    queryV1Products(ctx(state), { query: { paging, sort: [{ fieldName: 'numericId' }] } }) as {
      products: { id: string }[];
      metadata: { count: number; offset: number; total: number };
    };

  it('answers {products, metadata: {count, offset, total}}', () => {
    const res = page({ offset: 2, limit: 3 });
    expect(res.products.map((p) => p.id)).toEqual(['p-3', 'p-4', 'p-5']);
    expect(res.metadata).toEqual({ count: 3, offset: 2, total: 6 });
  });

  it('keeps the total past the end and with limit 0', () => {
    expect(page({ offset: 50, limit: 10 }).metadata).toEqual({ count: 0, offset: 50, total: 6 });
    expect(page({ offset: 0, limit: 0 }).metadata).toEqual({ count: 0, offset: 0, total: 6 });
    expect(page({ offset: 5, limit: 100 }).products.map((p) => p.id)).toEqual(['p-6']);
  });

  it('rejects limit > 100, negative offsets and non-integers as validation errors', () => {
    const tooMany = rejection({ paging: { limit: 101 } });
    expect(tooMany.violation).toEqual({ field: 'query.paging.limit', description: 'must be less than or equal to 100', violatedRule: 'MAX', data: { threshold: 100 } });
    expect(rejection({ paging: { offset: -1 } }).violation).toMatchObject({ field: 'query.paging.offset', violatedRule: 'MIN' });
    expect(rejection({ paging: { limit: 2.5 } }).violation).toMatchObject({ field: 'query.paging.limit', violatedRule: 'FORMAT' });
    expect(() => page({ limit: 100 })).not.toThrow();
  });
});

describe('V1 visibility and merchant data', () => {
  it('hides visible:false products from roles that cannot manage products, totals included', () => {
    expect(names({}, 'viewer')).not.toContain('Blue Apron');
    expect(names({}, 'owner')).toContain('Blue Apron');
    const viewer = queryV1Products(ctx(state, 'viewer'), { query: {} }) as { metadata: { total: number } };
    expect(viewer.metadata.total).toBe(5);
  });

  it('sends costAndProfitData only to managers, prices as numbers', () => {
    const cider = (role: 'owner' | 'viewer') =>
      (queryV1Products(ctx(state, role), { query: { filter: { id: 'p-6' } } }) as { products: Record<string, unknown>[] }).products[0];
    expect(cider('owner')['costAndProfitData']).toMatchObject({ itemCost: 2, profit: 3, formattedProfit: '$3.00' });
    expect(cider('viewer')['costAndProfitData']).toBeUndefined();
    expect(cider('viewer')['priceData']).toEqual({ currency: 'USD', price: 10, discountedPrice: 5, formatted: { price: '$10.00', discountedPrice: '$5.00' } });
  });
});
