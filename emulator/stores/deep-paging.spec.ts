/** @jest-environment node */
import { generateCatalog } from '../catalog/generator';
import { DEFAULT_OPTIONS } from '../options';
import { QueryError } from '../query/query-error';
import { ctx, smallState } from '../query/test-catalog';
import { EmulatorState } from '../state';
import { queryV1Products } from './v1-endpoint';
import { countV3Products, queryV3Products } from './v3-endpoints';

const big = new EmulatorState({ ...DEFAULT_OPTIONS, products: 12_000, rateLimitPerMinute: 0 }, generateCatalog({ ...DEFAULT_OPTIONS, products: 12_000 }));

function v1(state: EmulatorState, query: Record<string, unknown>) {
  return queryV1Products(ctx(state), { query }) as { products: { id: string; numericId: string }[]; metadata: { total: number } };
}

function rejection(run: () => unknown): QueryError {
  try {
    run();
  } catch (e) {
    if (e instanceof QueryError) return e;
    throw e;
  }
  throw new Error('accepted');
}

describe('V1 offset window (Wix: at most 10,000 items by offset)', () => {
  afterEach(() => big.reset());

  it('answers a page that ends at the 10,000th item and refuses one that reaches past it, naming the paging field', () => {
    expect(v1(big, { paging: { offset: 9_900, limit: 100 } }).products).toHaveLength(100);
    const error = rejection(() => v1(big, { paging: { offset: 9_901, limit: 100 } }));
    expect(error.violation).toMatchObject({ field: 'query.paging.offset', violatedRule: 'MAX', data: { threshold: 10_000 } });
    expect(error.message).toContain('numericId');
  });

  it('reads past the window by numericId as Wix documents it', () => {
    const edge = v1(big, { sort: [{ fieldName: 'numericId' }], paging: { offset: 9_999, limit: 1 } }).products[0];
    const after = v1(big, { sort: [{ fieldName: 'numericId' }], filter: { numericId: { $gt: Number(edge.numericId) } }, paging: { limit: 100 } });
    expect(after.products).toHaveLength(100);
    // The owner sees hidden products too: every product after the 10,000th.
    expect(after.metadata.total).toBe(big.catalog.size - 10_000);
    expect(Number(after.products[0].numericId)).toBeGreaterThan(Number(edge.numericId));
  });

  it('is off with offsetWindow 0 (flag --offset-window 0 or POST /_emulator/config)', () => {
    big.update({ offsetWindow: 0 });
    expect(v1(big, { paging: { offset: 11_000, limit: 100 } }).products).toHaveLength(100);
  });
});

describe('V3 countProducts', () => {
  const products = [
    { id: 'a', name: 'Stainless steel bowl', sku: 'AB-12' },
    { id: 'b', name: 'Steel Mug', sku: 'MUG-7' },
    { id: 'c', name: 'Bowl of Cherries', sku: 'ab12-x' },
    { id: 'd', name: 'Hidden steel tray', visible: false },
  ];
  const state = smallState(products);
  const searchIds = (search: unknown, filter?: unknown) =>
    (queryV3Products(ctx(state), { search: { search, filter, cursorPaging: { limit: 100 } } }, 'search') as { products: unknown[] }).products.length;

  it('counts what searchProducts returns for the same search and filter', () => {
    for (const search of [{ expression: 'steel' }, { expression: 'steel bowl', mode: 'AND' }, { expression: 'ab' }, undefined]) {
      expect(countV3Products(ctx(state), { search, returnNonVisibleProducts: true })).toEqual({ count: searchIds(search) });
    }
    expect(countV3Products(ctx(state), { filter: { name: { $startsWith: 'steel' } }, returnNonVisibleProducts: true })).toEqual({
      count: searchIds(undefined, { name: { $startsWith: 'steel' } }),
    });
  });

  it('leaves hidden products out by default; asking for them needs the admin read (403 naming it), as a GET too', () => {
    expect(countV3Products(ctx(state), { search: { expression: 'steel' } })).toEqual({ count: 2 });
    expect(countV3Products(ctx(state), { search: { expression: 'steel' }, returnNonVisibleProducts: true })).toEqual({ count: 3 });
    // The SDK sends a count as a GET: its body's booleans arrive as query-parameter text.
    expect(countV3Products(ctx(state), { search: { expression: 'steel' }, returnNonVisibleProducts: 'true' })).toEqual({ count: 3 });
    expect(countV3Products(ctx(state, 'viewer'), { search: { expression: 'steel' } })).toEqual({ count: 2 });
    expect(() => countV3Products(ctx(state, 'viewer'), { search: { expression: 'steel' }, returnNonVisibleProducts: true })).toThrow(
      expect.objectContaining({ status: 403, body: expect.objectContaining({ message: expect.stringContaining('SCOPE.STORES.PRODUCT_READ_ADMIN') }) }),
    );
  });

  it('rejects what search rejects', () => {
    expect(rejection(() => countV3Products(ctx(state), { search: { expression: 'x'.repeat(101) } })).violation?.field).toBe('search.expression');
    expect(rejection(() => countV3Products(ctx(state), { returnNonVisibleProducts: 'yes' })).violation?.field).toBe('returnNonVisibleProducts');
  });
});
