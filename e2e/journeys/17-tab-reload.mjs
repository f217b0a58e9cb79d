import assert from 'node:assert/strict';
import { CatalogPage } from '../lib/catalog-page.mjs';
import { until } from '../lib/wait.mjs';

const KEYSTROKE_DELAY_MS = 60;

/**
 * 17. Reloading the whole dashboard tab keeps the view: search text, a filter and a column sort are mirrored
 * into the dashboard's own address (@wix/dashboard navigate with a relative URL, history "replace"); the
 * emulated dashboard keeps that address in the host page's URL (/dashboard/<site>/catalog-manager/?…) and frames
 * the app with it, so a reload of the host page shows the same rows, chips, search text and sorted header.
 */
export default {
  id: 'tab-reload',
  title: '17. Whole-tab reload keeps the view',
  versions: ['V1', 'V3'],
  async run(s) {
    const { catalog } = s;
    const filters = { stock: 'in-stock' };
    const expected = await catalog.page({ text: 'cl', sort: 'price-asc', filters });
    assert.ok(expected.products.length > 0, 'the view has rows');
    await s.open();
    const page = new CatalogPage(s.app);
    await page.settled();
    const before = await s.page.evaluate(() => history.length);
    await page.search.pressSequentially('cl', { delay: KEYSTROKE_DELAY_MS });
    await s.app.getByRole('combobox', { name: 'Stock', exact: true }).selectOption('in-stock');
    const priceHeader = catalog.v3 ? 'Price' : 'List price';
    await s.app.getByRole('button', { name: priceHeader, exact: true }).click();
    await page.showing(expected);

    const address = async () => new URL(s.page.url());
    await until('the view in the dashboard address', async () => (await address()).searchParams.get('sort') === 'price-asc');
    const url = await address();
    assert.match(url.pathname, /^\/dashboard\/[^/]+\/catalog-manager\/?$/, `the host page keeps the dashboard address: ${url}`);
    assert.deepEqual(Object.fromEntries(url.searchParams), { q: 'cl', stock: 'in-stock', sort: 'price-asc' }, 'only the page view in the address');
    const shown = await s.page.getByTestId('address-bar').textContent();
    assert.ok(shown.endsWith(`/catalog-manager/?${url.searchParams}`), `the address bar shows it: ${shown}`);
    // The app's own (framed) history has one entry per settled view; the dashboard's address adds none.
    s.note(`history entries: ${before} → ${await s.page.evaluate(() => history.length)}; address ${url.pathname}${url.search}`);
    await s.state('before-tab-reload');

    const mark = await s.emulator.mark();
    await s.page.reload();
    await page.showing(expected);
    assert.equal(await page.searchText(), 'cl', 'the search text is back');
    const chips = s.app.getByRole('list', { name: 'Active filters' }).locator('li.chip > span');
    await until('the stock chip', async () => (await chips.allInnerTexts()).map((t) => t.trim()).includes('Stock: In stock'));
    const header = s.app.getByRole('columnheader', { name: priceHeader, exact: true });
    assert.equal(await header.getAttribute('aria-sort'), 'ascending', 'the price column is still the sorted one');
    const reads = (await mark.calls()).filter((c) => c.path === catalog.productsPath);
    assert.equal(reads.length, 1, `one product read after the reload, already filtered: ${JSON.stringify(reads.map((c) => c.payload))}`);
    assert.deepEqual(s.pageErrors, [], 'no uncaught error');
    await s.state('after-tab-reload');
  },
};
