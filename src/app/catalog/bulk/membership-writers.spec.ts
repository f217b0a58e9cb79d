import type { PlannedWrite } from './bulk-plan';
import { createV1Writer } from './v1-catalog-writer';
import { createV3Writer } from './v3-catalog-writer';

/** A membership plan: product `id` into (or out of) collection `to`. */
const plan = (id: string, to: string, member = true): PlannedWrite => ({
  id, name: id, before: { id, name: id, visible: true, price: 1, collectionIds: [] }, target: { membership: { id: to, member } },
});
/** A client whose `use` hands out the given write functions (what bindV1Writes/bindV3Writes bind). */
const clientWith = (api: Record<string, unknown>) => ({ use: () => api, products: { queryProducts: () => null } }) as never;
/** Wix's refusal of a call, as the SDK rejects with it. */
const refusal = (code: string) => Object.assign(new Error(code), { status: 400, details: { applicationError: { code, description: `${code}!` } } });

describe('V1 membership writes (addProductsToCollection / removeProductsFromCollection)', () => {
  it('one call per collection and direction, every product of an answered call succeeded, a call counted before each', async () => {
    const calls: string[] = [];
    const api = {
      addProductsToCollection: async (c: string, ids: string[]) => void calls.push(`add ${c} ${ids.join(',')}`),
      removeProductsFromCollection: async (c: string, ids: string[]) => void calls.push(`remove ${c} ${ids.join(',')}`),
    };
    let counted = 0;
    const batch = await createV1Writer(clientWith(api)).write([plan('p1', 'a'), plan('p2', 'a'), plan('p3', 'b', false)], async () => void counted++);
    expect(calls).toEqual(['add a p1,p2', 'remove b p3']);
    expect(counted).toBe(2);
    expect(batch).toEqual({ outcomes: [{ id: 'p1', ok: true }, { id: 'p2', ok: true }, { id: 'p3', ok: true }] });
  });

  it('a refused call (no per-item results in V1) is sent again one product a call, to learn which one and why', async () => {
    const calls: string[][] = [];
    const api = {
      addProductsToCollection: async (_: string, ids: string[]) => {
        calls.push(ids);
        if (ids.includes('p2')) throw refusal('WRITE_REFUSED');
      },
    };
    const batch = await createV1Writer(clientWith(api)).write([plan('p1', 'a'), plan('p2', 'a'), plan('p3', 'a')], async () => undefined);
    expect(calls).toEqual([['p1', 'p2', 'p3'], ['p1'], ['p2'], ['p3']]);
    expect(batch.outcomes).toEqual([
      { id: 'p1', ok: true }, { id: 'p2', ok: false, code: 'WRITE_REFUSED', description: 'WRITE_REFUSED!' }, { id: 'p3', ok: true },
    ]);
  });

  it('a 404 (the collection is gone: the products were just read) refuses every product of the call at once', async () => {
    let calls = 0;
    const gone = Object.assign(refusal('NOT_FOUND'), { status: 404 });
    const api = { removeProductsFromCollection: async () => { calls++; throw gone; } };
    const batch = await createV1Writer(clientWith(api)).write([plan('p1', 'a', false), plan('p2', 'a', false)], async () => undefined);
    expect(calls).toBe(1);
    expect(batch.outcomes.map((o) => [o.id, o.ok])).toEqual([['p1', false], ['p2', false]]);
  });

  it('an error that is not a refusal (timeout, 403, 5xx) stops the batch with no outcome for its products', async () => {
    const lost = Object.assign(new Error('reset'), { status: 0 });
    const api = { addProductsToCollection: async () => Promise.reject(lost) };
    const batch = await createV1Writer(clientWith(api)).write([plan('p1', 'a')], async () => undefined);
    expect(batch).toEqual({ outcomes: [], error: lost });
  });
});

describe('V3 membership writes (categories bulkAddItemsToCategory / bulkRemoveItemsFromCategory)', () => {
  it("sends Wix Stores' items and tree, and reads each product's outcome by its originalIndex", async () => {
    const sent: unknown[] = [];
    const api = {
      bulkAddItemsToCategory: async (...args: unknown[]) => {
        sent.push(args);
        return { results: [
          { itemMetadata: { originalIndex: 1, success: false, error: { code: 'ITEM_NOT_FOUND', description: 'gone' } } },
          { itemMetadata: { originalIndex: 0, success: true } },
        ] };
      },
      bulkUpdateProducts: async () => { throw new Error('no product update for a membership plan'); },
    };
    const batch = await createV3Writer(clientWith(api), async () => ({ products: [], merchantData: true })).write([plan('p1', 'cat'), plan('p2', 'cat')], async () => undefined);
    expect(sent).toEqual([[
      'cat',
      [{ catalogItemId: 'p1', appId: '215238eb-22a5-4c36-9e7b-e7c08025e04e' }, { catalogItemId: 'p2', appId: '215238eb-22a5-4c36-9e7b-e7c08025e04e' }],
      { treeReference: { appNamespace: '@wix/stores' } },
    ]]);
    expect(batch.outcomes).toEqual([{ id: 'p1', ok: true }, { id: 'p2', ok: false, code: 'ITEM_NOT_FOUND', description: 'gone' }]);
  });

  it("reads a product's direct categories as its membership", async () => {
    const writer = createV3Writer(clientWith({}), async () => ({ products: [{ _id: 'p1', name: 'Lamp', directCategoriesInfo: { categories: [{ _id: 'c1' }, { _id: 'c2' }] } } as never], merchantData: true }));
    expect((await writer.read(['p1']))[0].collectionIds).toEqual(['c1', 'c2']);
  });
});
