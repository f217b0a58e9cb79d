import assert from 'node:assert/strict';
import { BulkPage } from '../lib/bulk-page.mjs';
import { CatalogPage } from '../lib/catalog-page.mjs';
import { until } from '../lib/wait.mjs';

/** The permission a membership write needs (the typings' @permissionId): V1 the product-write one, V3 the categories API's. */
const ADD = { V1: 'WIX_STORES.MODIFY_PRODUCTS', V3: 'CATEGORIES.CATEGORY_ADD_ITEM' };

/**
 * 38. More → Add to collection/category as a viewer, before any other write: the add is tried and refused
 * (403); the page names the method's own permission (V1 WIX_STORES.MODIFY_PRODUCTS, "Manage Products"; V3
 * CATEGORIES.CATEGORY_ADD_ITEM, "Category item write") and marks Add to / Remove from unavailable, described by
 * that reason. On V3 that permission is not the product update's, so Show / Hide / Change price stay offered; on
 * V1 it is the same, so they are unavailable too. Nothing is written. Axe on the unavailable state.
 */
export default {
  id: 'bulk-collection-viewer',
  title: '38. Bulk as a viewer: Add to collection/category refused, named, unavailable',
  versions: ['V1', 'V3'],
  catalog: 'writes',
  async run(s) {
    const { emulator, catalog } = s;
    const word = catalog.v3 ? 'category' : 'collection';
    await emulator.config({ role: 'viewer' });
    await s.open();
    const { names } = await new CatalogPage(s.app).settled();
    const bulk = new BulkPage(s);
    await bulk.checkbox(`Select ${names[0]}`).click();
    await bulk.checkbox(`Select ${names[1]}`).click();
    await bulk.scoped('2 selected on this page');

    await bulk.action('More').click();
    await bulk.action(`Add to ${word}…`).click();
    const form = s.app.getByRole('form', { name: `Choose the ${word}` });
    const options = form.getByRole('radio');
    await until('the list of targets', async () => (await options.count()) > 1);
    const labels = await form.locator('label.option .name').allInnerTexts();
    await options.nth(labels.findIndex((n) => !n.startsWith('All Products'))).check();
    await form.getByRole('button', { name: /^Add to “/ }).click();
    await until('the confirm dialog', async () => bulk.dialog.isVisible());
    await bulk.dialog.getByRole('button', { name: 'Apply', exact: true }).click();

    const permission = ADD[catalog.version];
    const reasonId = catalog.v3 ? 'cm-membership-denied' : 'cm-writes-denied';
    const reasonBox = s.app.locator(`#${reasonId}`);
    const reason = await until('the reason', async () => (await reasonBox.isVisible()) && (await reasonBox.textContent()).trim());
    assert.ok(reason.includes(permission), `names ${permission}: ${reason}`);
    assert.ok(reason.includes(catalog.v3 ? '“Category item write”' : '“Manage Products”'), `names the permission as the owner sees it: ${reason}`);
    assert.match(reason, /Ask the site owner to grant it/);
    for (const name of [`Add to ${word}…`, `Remove from ${word}…`]) {
      assert.equal(await bulk.action(name).getAttribute('aria-disabled'), 'true', `${name} is unavailable`);
      assert.equal(await bulk.action(name).getAttribute('aria-describedby'), reasonId, `${name} is described by the reason`);
    }
    assert.equal(await bulk.action('Hide from store').getAttribute('aria-disabled'), catalog.v3 ? 'false' : 'true',
      catalog.v3 ? 'V3: the product actions stay offered (another permission)' : 'V1: the same permission, so the product actions are unavailable too');
    const stopped = (await bulk.results.textContent()).replace(/\s+/g, ' ');
    assert.ok(stopped.includes(permission), `the run says why it stopped: ${stopped}`);
    assert.equal(await bulk.results.getByRole('button', { name: 'Retry failed' }).count(), 0, 'no invitation to try again');
    await s.state('membership-unavailable');

    const before = (await emulator.stats()).requests;
    await bulk.action(`Remove from ${word}…`).click({ force: true });
    assert.equal(await form.count(), 0, 'no list opens');
    assert.equal((await emulator.stats()).requests, before, 'no call');
    const stats = await emulator.stats();
    assert.deepEqual(stats.writes, [], 'nothing was written');
    assert.ok(stats.recent.some((c) => c.status === 403 && /productIds|add-items/.test(c.path)), 'the add was refused with 403');
    assert.deepEqual(s.pageErrors, [], 'no uncaught error');
  },
};
