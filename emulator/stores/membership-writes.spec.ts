/** @jest-environment node */
import { sdkClient } from '../testing/sdk-client';
import { type RunningEmulator, startEmulator } from '../server';
import { STORES_APP_ID } from './category-writes';

/** Collection (V1) and category (V3) membership writes through the real SDK (README, "Writes"). */

let emu: RunningEmulator;

beforeAll(async () => {
  emu = await startEmulator({ port: 0, products: 300, seed: 4, rateLimitPerMinute: 0 });
});
afterAll(() => emu.close());
beforeEach(() => emu.state.reset());

const client = (role?: Parameters<RunningEmulator['token']>[0]) => sdkClient(emu, role);
const ids = (from: number, n: number) => emu.state.catalog.ids.slice(from, from + n);
const writes = () => emu.state.stats.snapshot().writes;
const failure = async (p: Promise<unknown>) => p.then(() => { throw new Error('expected a failure'); }, (e: any) => e);
const collection = () => emu.state.catalog.collectionIds.find((c) => !c.startsWith('00000000'))!;
const tree = { treeReference: { appNamespace: '@wix/stores' } };
const items = (list: readonly string[]) => list.map((catalogItemId) => ({ catalogItemId, appId: STORES_APP_ID }));
/** The collection's count as the V1 list reports it. */
async function v1Count(id: string): Promise<number> {
  const res = await fetch(`${emu.url}/stores/v1/collections/query`, {
    method: 'POST', headers: { Authorization: emu.token('owner') }, body: JSON.stringify({ query: { filter: JSON.stringify({ id: { $eq: id } }) } }),
  });
  return ((await res.json()) as { collections: { numberOfProducts: number }[] }).collections[0].numberOfProducts;
}

describe('V1 addProductsToCollection / removeProductsFromCollection', () => {
  it('changes membership once (a product already in is no change), the filter, collectionIds and the count follow', async () => {
    const c = collection();
    const [a, b] = ids(10, 2);
    await client().products.removeProductsFromCollection(c, [a, b]);
    const before = await v1Count(c);
    const logged = writes().length;
    await client().products.addProductsToCollection(c, [a, b]);
    await client().products.addProductsToCollection(c, [a]);
    expect(writes().slice(logged).map((w) => [w.productId, w.field])).toEqual([[a, 'collections'], [b, 'collections']]);
    expect(await v1Count(c)).toBe(before + 2);
    const found = await client().products.queryProducts().hasSome('collectionIds', [c]).in('_id', [a, b]).find();
    expect(found.items.map((p) => p._id).sort()).toEqual([a, b].sort());
    expect(found.items[0].collectionIds).toContain(c);
  });

  it('takes up to 1,000 ids a call (the typings’ @maxSize 1000), not more', async () => {
    await client().products.addProductsToCollection(collection(), ids(0, 300));
    const e = await failure(client().products.addProductsToCollection(collection(), [...ids(0, 300), ...Array.from({ length: 701 }, (_, i) => `x${i}`)]));
    expect(e.details.validationError.fieldViolations[0]).toMatchObject({ field: 'productIds', violatedRule: 'MAX' });
  });

  it('refuses the whole call when one product is refused (no per-item results in V1): nothing applied', async () => {
    const [a, b] = ids(20, 2);
    await client().products.removeProductsFromCollection(collection(), [a, b]);
    const logged = writes().length;
    emu.state.update({ failWritesFor: [b] });
    const e = await failure(client().products.addProductsToCollection(collection(), [a, b]));
    expect(e.details.applicationError.code).toBe('WRITE_REFUSED');
    expect(writes().length).toBe(logged);
  });

  it.each(['viewer', 'staff'] as const)('answers %s 403 naming WIX_STORES.MODIFY_PRODUCTS', async (role) => {
    const e = await failure(client(role).products.addProductsToCollection(collection(), ids(0, 1)));
    expect(e.details.applicationError.data.permission).toBe('WIX_STORES.MODIFY_PRODUCTS');
  });
});

describe('V3 bulkAddItemsToCategory / bulkRemoveItemsFromCategory', () => {
  beforeEach(() => emu.state.update({ catalogVersion: 'V3' }));

  it('adds and removes items with per-item results; directCategoriesInfo, the filter and itemCounter follow', async () => {
    const c = collection();
    const [a, b] = ids(30, 2);
    await client().categories.bulkRemoveItemsFromCategory(c, items([a, b]), tree);
    const logged = writes().length;
    const answer = await client().categories.bulkAddItemsToCategory(c, items([a, 'no-such-product', b]), tree);
    expect(answer.bulkActionMetadata).toEqual({ totalSuccesses: 2, totalFailures: 1, undetailedFailures: 0 });
    expect(answer.results!.map((r) => [r.itemMetadata?.item?.catalogItemId, r.itemMetadata?.originalIndex, r.itemMetadata?.success])).toEqual([
      [a, 0, true], ['no-such-product', 1, false], [b, 2, true],
    ]);
    expect(answer.results![1].itemMetadata?.error?.code).toBe('ITEM_NOT_FOUND');
    expect(writes().slice(logged).map((w) => w.productId)).toEqual([a, b]);
    const read = await client().productsV3.queryProducts({ fields: ['DIRECT_CATEGORIES_INFO'] }).in('_id', [a, b]).find();
    expect(read.items.every((p) => p.directCategoriesInfo?.categories?.some((x) => x._id === c))).toBe(true);
    const listed = await client().categories.queryCategories({ treeReference: { appNamespace: '@wix/stores' } }).eq('_id', c).find();
    const count = listed.items[0].itemCounter;
    await client().categories.bulkRemoveItemsFromCategory(c, items([a]), tree);
    const after = await client().categories.queryCategories({ treeReference: { appNamespace: '@wix/stores' } }).eq('_id', c).find();
    expect(after.items[0].itemCounter).toBe(count! - 1);
  });

  it('refuses one item per item (failWritesFor), needs the tree reference, and 428s on a V1 site', async () => {
    const [a, b] = ids(40, 2);
    emu.state.update({ failWritesFor: [b] });
    const answer = await client().categories.bulkAddItemsToCategory(collection(), items([a, b]), tree);
    expect(answer.results![1].itemMetadata).toMatchObject({ success: false, error: { code: 'WRITE_REFUSED' } });
    const e = await failure(client().categories.bulkAddItemsToCategory(collection(), items([a]), { treeReference: { appNamespace: '' } }));
    expect(e.details.validationError.fieldViolations[0].field).toBe('options.treeReference.appNamespace') // the SDK maps it to its argument;
    emu.state.update({ catalogVersion: 'V1' });
    expect((await failure(client().categories.bulkAddItemsToCategory(collection(), items([a]), tree))).details.applicationError.code).toBe('CATALOG_VERSION_MISMATCH');
  });

  it('applies, then loses the answer: the change is in the catalog once, and sending it again changes nothing', async () => {
    const [a] = ids(50, 1);
    await client().categories.bulkRemoveItemsFromCategory(collection(), items([a]), tree);
    const logged = writes().length;
    emu.state.update({ failAfterApplyNext: { count: 1, how: 'reset' } });
    await failure(client().categories.bulkAddItemsToCategory(collection(), items([a]), tree));
    await client().categories.bulkAddItemsToCategory(collection(), items([a]), tree);
    expect(writes().slice(logged).map((w) => w.productId)).toEqual([a]);
  });

  it('counts against the rate limit with Retry-After, as every Stores call does', async () => {
    emu.state.update({ rateLimitPerMinute: 1 });
    await client().categories.bulkAddItemsToCategory(collection(), items(ids(60, 1)), tree);
    const res = await fetch(`${emu.url}/categories/v1/bulk/categories/${collection()}/remove-items`, {
      method: 'POST', headers: { Authorization: emu.token('owner') }, body: JSON.stringify({ items: items(ids(60, 1)), ...tree }),
    });
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it.each([
    ['viewer', 'add', 'CATEGORIES.CATEGORY_ADD_ITEM'],
    ['staff', 'remove', 'CATEGORIES.CATEGORY_REMOVE_ITEM'],
  ] as const)('answers %s 403 on %s naming %s', async (role, op, permission) => {
    const call = op === 'add' ? client(role).categories.bulkAddItemsToCategory : client(role).categories.bulkRemoveItemsFromCategory;
    const e = await failure(call(collection(), items(ids(0, 1)), tree));
    expect(e.details.applicationError.data.permission).toBe(permission);
  });
});
