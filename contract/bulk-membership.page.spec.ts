import './jsdom-node-bridge';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { collectionsOf } from '../emulator/catalog/catalog';
import { COLLECTION_NAMES } from '../emulator/catalog/vocabulary';
import { STORES_APP_ID } from '../emulator/stores/category-writes';
import type { ToastRequest } from '../src/app/catalog/dashboard-requests';
import { BulkToolbarHarness } from '../src/app/products/bulk/testing/bulk-toolbar-harness';
import type { ProductsPageHarness } from '../src/app/products/testing/products-page-harness';
import { useBulkPage } from './bulk-setup';
import type { Contract } from './contract-setup';
import type { ConnectedPage } from './connected-page';

/*
 * More → Add to / Remove from collection (V1) or category (V3) through the page: the disclosure, the list the
 * collection filter uses, the confirm dialog (action, target, scope, count), results, toast, the 403 state. Real
 * SDK against an in-process emulator; its write log says what was applied (each change once).
 */

jest.setTimeout(60_000);

describe.each(['V1', 'V3'] as const)('More → membership on the products page (Catalog %s, real SDK, emulator)', (version) => {
  const word = version === 'V1' ? 'collection' : 'category';
  const bulk = useBulkPage({ emulator: { catalogVersion: version, products: 60, rateLimitPerMinute: 0 } });
  let contract: Contract;
  let page: ConnectedPage;
  let harness: ProductsPageHarness;
  let toasts: ToastRequest[];
  beforeEach(() => ({ contract, page, harness, toasts } = bulk));

  const state = () => contract.emulator.state;
  const writes = () => state().stats.snapshot().writes;
  /** The first collection by name (the list is sorted by name, so it is on its first page), not "All Products". */
  const target = () => {
    const ids = state().catalog.collectionIds.filter((id) => !id.startsWith('00000000') && COLLECTION_NAMES.has(id));
    const [id] = ids.sort((a, b) => COLLECTION_NAMES.get(a)!.toLowerCase().localeCompare(COLLECTION_NAMES.get(b)!.toLowerCase()));
    return { id, name: COLLECTION_NAMES.get(id)! };
  };
  const idOf = (name: string) => state().catalog.ids[state().catalog.names.indexOf(name)];
  const isIn = (id: string) => collectionsOf(state().catalog, state().catalog.ids.indexOf(id)).includes(target().id);

  /** Selects the first three rows, makes sure they are out of the target, and opens More. */
  async function selectThreeOut(): Promise<{ names: string[]; toolbar: BulkToolbarHarness }> {
    const names = (await harness.rowNames()).slice(0, 3);
    const ids = names.map(idOf);
    // Setup over the emulator's REST API (the SDK's fetch seam needs Node's Request, which jsdom hides).
    const [path, body] =
      version === 'V1'
        ? [`/stores/v1/collections/${target().id}/productIds/delete`, { productIds: ids }]
        : [`/categories/v1/bulk/categories/${target().id}/remove-items`, { items: ids.map((catalogItemId) => ({ catalogItemId, appId: STORES_APP_ID })), treeReference: { appNamespace: '@wix/stores' } }];
    const res = await fetch(`${contract.emulator.url}${path}`, { method: 'POST', headers: { Authorization: contract.emulator.token('owner') }, body: JSON.stringify(body) });
    expect(res.status).toBe(200);
    state().stats.reset();
    for (const name of names) await harness.toggleCheckbox(`Select ${name}`);
    await page.until(() => page.root().querySelector('cm-bulk-toolbar:not([hidden]) [role=toolbar]') !== null);
    const toolbar = await TestbedHarnessEnvironment.loader(page.fixture).getHarness(BulkToolbarHarness);
    return { names, toolbar };
  }

  it(`More → Add to ${word}… → pick → confirm (action, target, scope, count) → results and toast; Remove takes them out; each change once`, async () => {
    const { names, toolbar } = await selectThreeOut();
    expect(await toolbar.moreExpanded()).toBe(false);
    await toolbar.toggleMore();
    expect(await toolbar.moreExpanded()).toBe(true);
    expect((await toolbar.moreActions()).map((a) => a.name)).toEqual([`Add to ${word}…`, `Remove from ${word}…`]);

    await toolbar.chooseMoreAction(`Add to ${word}…`);
    await page.until(() => page.root().querySelectorAll('#cm-membership label.option').length > 0);
    expect(await toolbar.membershipSubmit()).toEqual({ text: `Add to ${word}…`, disabled: true });
    // V1's "All Products" is no target (every product is in it, none can leave it); the filter still lists it.
    expect(state().catalog.collectionIds).toContain('00000000-000000-000000-000000000001');
    expect((await toolbar.targets()).filter((t) => t.startsWith('All Products'))).toEqual([]);
    expect(await toolbar.targets()).toContainEqual(expect.stringMatching(/^\S/));
    await toolbar.submitMembership();
    expect(page.text()).toContain(`Choose a ${word} first.`);
    expect(await harness.dialogText()).toBeNull();
    const countOf = async () => Number(/(\d+) products?$/.exec((await toolbar.targets()).find((t) => t.startsWith(target().name))!)![1]);
    const before = await countOf();
    await toolbar.chooseTarget(target().name);
    expect(await toolbar.membershipSubmit()).toEqual({ text: `Add to “${target().name}”`, disabled: false });
    await toolbar.submitMembership();
    expect(await harness.dialogText()).toContain(`Add to ${word} “${target().name}”: 3 selected on this page. This changes these products in your store.`);
    await harness.click('Apply');
    await page.until(() => page.text().includes('Done: 3 changed, 0 not changed.'));
    expect(toasts).toEqual([expect.objectContaining({ message: '3 products changed.', type: 'success', action: expect.objectContaining({ text: 'Undo' }) })]);
    expect(names.map(idOf).map(isIn)).toEqual([true, true, true]);
    expect(writes().map((w) => w.field)).toEqual(['collections', 'collections', 'collections']);
    expect(new Set(writes().map((w) => w.productId))).toEqual(new Set(names.map(idOf)));

    // The form closed with the run; Remove from … the same target takes them out again.
    await toolbar.chooseMoreAction(`Remove from ${word}…`);
    await page.until(() => page.root().querySelectorAll('#cm-membership label.option').length > 0);
    // The list was read again after the run (its cached pages forgotten): the count includes the three.
    expect(await countOf()).toBe(before + 3);
    await toolbar.chooseTarget(target().name);
    await toolbar.submitMembership();
    expect(await harness.dialogText()).toContain(`Remove from ${word} “${target().name}”: 3 selected on this page.`);
    await harness.click('Apply');
    await page.until(() => toasts.length === 2);
    expect(names.map(idOf).map(isIn)).toEqual([false, false, false]);
    expect(writes()).toHaveLength(6);
  });

  it('Escape in the disclosed actions closes them and returns the focus to More', async () => {
    const { toolbar } = await selectThreeOut();
    await toolbar.toggleMore();
    await toolbar.escapeMore();
    expect(await toolbar.moreExpanded()).toBe(false);
    expect(await toolbar.moreFocused()).toBe(true);
  });

  it('a 403 names the method’s permission and leaves the membership actions unavailable', async () => {
    const { toolbar } = await selectThreeOut();
    state().update({ revokeWritesAfter: 0 });
    await toolbar.toggleMore();
    await toolbar.chooseMoreAction(`Add to ${word}…`);
    await page.until(() => page.root().querySelectorAll('#cm-membership label.option').length > 0);
    await toolbar.chooseTarget(target().name);
    await toolbar.submitMembership();
    await harness.click('Apply');
    const permission = version === 'V1' ? 'WIX_STORES.MODIFY_PRODUCTS' : 'CATEGORIES.CATEGORY_ADD_ITEM';
    await page.until(() => page.text().includes(`(${permission})`));
    expect(writes()).toEqual([]);
    expect(await toolbar.membershipDenied()).toContain(`(${permission})`);
    for (const action of await toolbar.moreActions()) expect(action).toMatchObject({ disabled: true, describedBy: version === 'V1' ? 'cm-writes-denied' : 'cm-membership-denied' });
    await toolbar.chooseMoreAction(`Add to ${word}…`);
    expect(page.root().querySelector('#cm-membership')).toBeNull();
    // V3: the category permission is not the product update's: Hide from store is still offered.
    expect(await harness.isButtonDisabled('Hide from store')).toBe(version === 'V1');
    expect(await harness.hasButton('Retry failed')).toBe(false);
  });
});
