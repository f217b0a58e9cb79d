import assert from 'node:assert/strict';
import { CatalogPage } from '../lib/catalog-page.mjs';
import { until } from '../lib/wait.mjs';

const COUNT = '/stores/v3/products/count';
const REASON = 'Hidden products are visible only to store managers';

/**
 * 42. The "Hidden" view and the roles (Catalog V3; V1 cannot filter on visibility, journey 40 checks it has no
 * "Hidden" tab). The page learns whether the user may see hidden products from Wix's answer, once, when the
 * merchant first reaches for them: Count Products with `returnNonVisibleProducts`. The owner gets a count, then
 * the hidden products (the catalog's own answer). A viewer (no admin read) gets a 403: the tab is disabled with
 * the reason, no product read asks for hidden products, and the filter bar's "Hidden" option is disabled with
 * the same reason. No other journey's request counts see the question: nothing asks it before that. The question is
 * the page's `POST` to the count endpoint; the list's own total (the V3 reader's `countProducts`, sent by the SDK
 * as a `GET` beside the list's first read) is another call to the same path, told apart by its method.
 */
export default {
  id: 'hidden-view',
  title: '42. "Hidden" view: owner and viewer',
  versions: ['V3'],
  async run(s) {
    const { catalog, emulator } = s;
    const [all, hidden] = [await catalog.page(), await catalog.page({ filters: { visibility: 'hidden' } })];
    assert.ok(hidden.products.length > 0, 'the catalog has hidden products');
    await s.open();
    let page = new CatalogPage(s.app);
    await page.showing(all);
    const tabs = s.app.getByRole('tablist', { name: 'Views' });
    const hiddenTab = tabs.getByRole('tab', { name: /^Hidden/ });
    const question = (c) => c.path === COUNT && c.method === 'POST';
    const counts = async (mark) => (await mark.calls()).filter(question);
    let mark = await emulator.mark();
    assert.equal((await emulator.stats()).recent.filter(question).length, 0, 'nothing asked before the merchant reaches for hidden products');

    await hiddenTab.click();
    await page.showing(hidden);
    const asked = await counts(mark);
    assert.deepEqual(asked.map((c) => [c.status, c.payload]), [[200, { filter: { visible: false }, returnNonVisibleProducts: true }]], 'one question: a count of hidden products');
    assert.equal(await hiddenTab.getAttribute('aria-selected'), 'true');
    await s.state('owner-hidden');

    // A viewer (the dashboard's user switch reloads the app), on "All products".
    await s.app.getByRole('tab', { name: /^All products/ }).click();
    await page.showing(all);
    await s.expectAppReload(() => s.hostControl('role', 'viewer'));
    page = new CatalogPage(s.app);
    await page.settled();
    await tabs.waitFor();
    mark = await emulator.mark();
    assert.equal(await hiddenTab.getAttribute('aria-disabled'), null, 'not known yet, so not disabled');
    await hiddenTab.click();
    await until('the Hidden tab disabled', async () => (await hiddenTab.getAttribute('aria-disabled')) === 'true');
    const why = await hiddenTab.getAttribute('aria-describedby');
    assert.equal((await s.app.locator(`#${why}`).innerText()).trim(), REASON);
    const calls = await mark.calls();
    assert.deepEqual(calls.filter(question).map((c) => c.status), [403], 'one question, answered 403');
    const hiddenReads = calls.filter((c) => c.path === catalog.productsPath && JSON.stringify(c.payload).includes('"visible":false'));
    assert.deepEqual(hiddenReads, [], 'no product read asks a viewer for hidden products');
    assert.notEqual(await hiddenTab.getAttribute('aria-selected'), 'true', 'the view did not change');
    const visibility = s.app.getByRole('combobox', { name: 'Visibility' });
    assert.equal(await visibility.locator('option[value=hidden]').isDisabled(), true, 'the filter bar’s "Hidden" option is disabled too');
    assert.equal((await s.app.locator(`#${await visibility.getAttribute('aria-describedby')}`).innerText()).trim(), REASON);
    // Activated again (Enter; a pointer cannot click an aria-disabled tab in Playwright): nothing is asked or shown.
    await hiddenTab.focus();
    await s.page.keyboard.press('Enter');
    await page.settled();
    assert.equal((await counts(mark)).length, 1, 'not asked again');
    assert.notEqual(await hiddenTab.getAttribute('aria-selected'), 'true');
    assert.deepEqual(s.pageErrors, [], 'no uncaught error');
    await s.state('viewer-hidden-disabled');
  },
};
