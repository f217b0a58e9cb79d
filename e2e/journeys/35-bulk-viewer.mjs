import assert from 'node:assert/strict';
import { BulkPage } from '../lib/bulk-page.mjs';
import { CatalogPage } from '../lib/catalog-page.mjs';
import { until } from '../lib/wait.mjs';

/** The write permission the page must name, per catalog version (the typings' @permissionId). */
const WRITE = { V1: 'WIX_STORES.MODIFY_PRODUCTS', V3: 'WIX_STORES.PRODUCT_UPDATE' };

/**
 * 35. Bulk as a viewer (the emulator's read-only role): Wix gives a dashboard page no way to read the user's
 * permissions up front, so the first write is tried and refused (403). From then on the write actions are
 * marked unavailable (aria-disabled, described by the reason) and the page names the missing permission
 * ("Manage Products", V1 WIX_STORES.MODIFY_PRODUCTS / V3 WIX_STORES.PRODUCT_UPDATE, never the other) and who can
 * grant it; clicking one again (More's Add to / Remove from collection or category too) asks nothing and calls nothing. The dashboard shows an error toast; the write log
 * stays empty. Axe on the unavailable state.
 */
export default {
  id: 'bulk-viewer',
  title: '35. Bulk as a viewer: write actions unavailable, with the reason',
  versions: ['V1', 'V3'],
  catalog: 'writes',
  async run(s) {
    const { emulator, catalog } = s;
    await emulator.config({ role: 'viewer' });
    await s.open();
    const page = new CatalogPage(s.app);
    const { names } = await page.settled();
    const bulk = new BulkPage(s);
    await bulk.checkbox(`Select ${names[0]}`).click();
    await bulk.checkbox(`Select ${names[1]}`).click();
    await bulk.scoped('2 selected on this page');

    await bulk.confirm('Hide from store', '2 selected on this page');
    const reason = await until('the reason the actions are unavailable', async () => (await bulk.denied.isVisible()) && (await bulk.denied.textContent()).trim());
    const permission = WRITE[catalog.version];
    assert.ok(reason.includes('“Manage Products”') && reason.includes(permission), `names the missing permission ${permission}: ${reason}`);
    const other = WRITE[catalog.v3 ? 'V1' : 'V3'];
    assert.ok(!reason.includes(other), `does not name the other catalog's permission ${other}`);
    assert.match(reason, /Ask the site owner to grant it/, 'says who can grant it');
    for (const name of ['Show in store', 'Hide from store', 'Change price']) {
      const button = bulk.action(name);
      assert.equal(await button.getAttribute('aria-disabled'), 'true', `${name} is marked unavailable`);
      assert.equal(await button.getAttribute('aria-describedby'), 'cm-writes-denied', `${name} is described by the reason`);
    }
    const stopped = (await bulk.results.textContent()).replace(/\s+/g, ' ');
    assert.ok(stopped.includes(permission) && stopped.includes('0 products changed before it stopped'), `the run says why it stopped: ${stopped}`);
    assert.equal(await bulk.results.getByRole('button', { name: 'Retry failed' }).count(), 0, 'no invitation to try again');
    await until('the error toast', async () => (await bulk.toasts()).some((t) => t.type === 'error' && t.text === 'No products were changed.'));
    await s.state('writes-unavailable');

    // Asked again: nothing opens, nothing is called (aria-disabled keeps the buttons focusable and clickable).
    const before = (await emulator.stats()).requests;
    await bulk.action('Hide from store').click({ force: true });
    await bulk.action('Change price').click({ force: true });
    assert.equal(await bulk.dialog.count(), 0, 'no confirm dialog for an unavailable action');
    assert.equal(await s.app.getByRole('form', { name: 'Change price' }).count(), 0, 'no price form either');
    // More → Add to / Remove from collection (category): unavailable too, for the same reason; no list opens.
    const word = catalog.v3 ? 'category' : 'collection';
    await bulk.action('More').click();
    for (const name of [`Add to ${word}…`, `Remove from ${word}…`]) {
      assert.equal(await bulk.action(name).getAttribute('aria-disabled'), 'true', `${name} is marked unavailable`);
      assert.equal(await bulk.action(name).getAttribute('aria-describedby'), 'cm-writes-denied', `${name} is described by the reason`);
      await bulk.action(name).click({ force: true });
    }
    assert.equal(await s.app.getByRole('form', { name: `Choose the ${word}` }).count(), 0, 'no collection list opens');
    assert.equal((await emulator.stats()).requests, before, 'no call');
    const stats = await emulator.stats();
    assert.deepEqual(stats.writes, [], 'nothing was written');
    assert.ok(stats.recent.some((c) => c.status === 403), 'the one write was refused with 403');
    assert.deepEqual(s.pageErrors, [], 'no uncaught error');
  },
};
