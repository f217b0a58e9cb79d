/** @jest-environment node */
import { lastValueFrom } from 'rxjs';
import { type BulkAction, undoPlan } from '../src/app/catalog/bulk/bulk-plan';
import { BulkRunner } from '../src/app/catalog/bulk/bulk-runner';
import { WritePermission } from '../src/app/catalog/bulk/write-permission';
import { collectionsOf } from '../emulator/catalog/catalog';
import { STORES_APP_ID } from '../emulator/stores/category-writes';
import { sdkClient } from '../emulator/testing/sdk-client';
import { useBulkRunner } from './bulk-setup';
import type { Contract } from './contract-setup';

/**
 * Add to / Remove from collection (V1: addProductsToCollection / removeProductsFromCollection) and category (V3:
 * the categories API's bulkAddItemsToCategory / bulkRemoveItemsFromCategory) through the app's runner, the
 * real SDK and the emulator: membership is read before, products already in the target state are not written,
 * each change is applied once (the emulator's write log), and a 403 names the method's own permission.
 */
describe.each(['V1', 'V3'] as const)('collection membership writes on Catalog %s', (version) => {
  const setup = useBulkRunner({ emulator: { catalogVersion: version, products: 400, rateLimitPerMinute: 0 } });
  let contract: Contract;
  let runner: BulkRunner;
  beforeAll(() => ({ contract, runner } = setup));

  const state = () => contract.emulator.state;
  const writes = () => state().stats.snapshot().writes;
  const target = () => state().catalog.collectionIds.find((c) => !c.startsWith('00000000'))!;
  const isIn = (id: string) => collectionsOf(state().catalog, state().catalog.ids.indexOf(id)).includes(target());
  const add = (member: boolean): BulkAction => ({ kind: 'membership', membership: { id: target(), member } });
  const run = (ids: readonly string[], action: BulkAction) => lastValueFrom(runner.run({ kind: 'ids', ids }, { action }));
  /** Puts products out of (or into) the target first, through the SDK, then forgets the setup's calls and writes. */
  async function setUp(out: readonly string[], inside: readonly string[] = []): Promise<void> {
    const sdk = sdkClient(contract.emulator);
    const tree = { treeReference: { appNamespace: '@wix/stores' } };
    const items = (ids: readonly string[]) => ids.map((catalogItemId) => ({ catalogItemId, appId: STORES_APP_ID }));
    if (version === 'V1') {
      if (out.length) await sdk.products.removeProductsFromCollection(target(), [...out]);
      if (inside.length) await sdk.products.addProductsToCollection(target(), [...inside]);
    } else {
      if (out.length) await sdk.categories.bulkRemoveItemsFromCategory(target(), items(out), tree);
      if (inside.length) await sdk.categories.bulkAddItemsToCategory(target(), items(inside), tree);
    }
    state().stats.reset();
  }
  const ids = (from: number, n: number) => state().catalog.ids.slice(from, from + n);

  it('adds 3 products of which 1 is already in: 2 writes, all 3 in; undo takes out only the 2 it added', async () => {
    const [a, b, c] = ids(0, 3);
    await setUp([a, b], [c]);
    const done = await run([a, b, c], add(true));
    // The one already in is done at the read (reported first); the other two by the write.
    expect(done.results.map((r) => [r.id, r.ok])).toEqual([[c, true], [a, true], [b, true]]);
    expect(writes().map((w) => [w.productId, w.field])).toEqual([[a, 'collections'], [b, 'collections']]);
    expect([a, b, c].map(isIn)).toEqual([true, true, true]);
    const undone = await lastValueFrom(runner.run({ kind: 'ids', ids: [a, b, c] }, { plans: undoPlan(done.plans) }));
    expect(undone.results.every((r) => r.ok)).toBe(true);
    expect([a, b, c].map(isIn)).toEqual([false, false, true]);
    expect(writes().map((w) => w.productId)).toEqual([a, b, a, b]);
  });

  it('removes products; a product Wix refuses is reported per product with the reason, the others are done', async () => {
    const [a, b, c] = ids(20, 3);
    await setUp([], [a, b, c]);
    state().update({ failWritesFor: [b] });
    const done = await run([a, b, c], add(false));
    expect(done.results.find((r) => r.id === b)).toMatchObject({ ok: false, failure: { kind: 'rejected', code: 'WRITE_REFUSED' } });
    expect(done.results.filter((r) => r.ok).map((r) => r.id).sort()).toEqual([a, c].sort());
    expect([a, b, c].map(isIn)).toEqual([false, true, false]);
    expect(writes().map((w) => w.productId).sort()).toEqual([a, c].sort());
  });

  it('after an answer lost once the change was applied, reads again and does not apply it twice', async () => {
    const list = ids(40, 3);
    await setUp(list);
    state().update({ failAfterApplyNext: { count: 1, how: 'reset' } });
    const done = await run(list, add(true));
    expect(done.results.every((r) => r.ok)).toBe(true);
    expect(writes().map((w) => w.productId).sort()).toEqual([...list].sort());
    expect(state().stats.snapshot().recent.filter((r) => r.status === 0)).toHaveLength(1);
    expect(list.map(isIn)).toEqual([true, true, true]);
  });

  it('a 403 stops the run, names the method’s permission and disables the membership actions', async () => {
    const list = ids(60, 2);
    await setUp(list);
    state().update({ revokeWritesAfter: 0 });
    const done = await run(list, add(true));
    const permission = version === 'V1' ? 'WIX_STORES.MODIFY_PRODUCTS' : 'CATEGORIES.CATEGORY_ADD_ITEM';
    expect(done.stoppedBy).toMatchObject({ kind: 'permission-denied', permission: { id: permission } });
    expect(writes()).toEqual([]);
    const gate = contract.injector.get(WritePermission);
    expect(gate.membershipDenied()?.id).toBe(permission);
    // V3's category permission is not the product-update one: Show/Hide/Change price stay available.
    expect(gate.denied()?.id ?? null).toBe(version === 'V1' ? permission : null);
  });
});
