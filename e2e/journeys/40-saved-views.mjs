import assert from 'node:assert/strict';
import { CatalogPage } from '../lib/catalog-page.mjs';
import { ColumnsPage } from '../lib/columns.mjs';
import { until } from '../lib/wait.mjs';

const NAME = 'Restock by price';

/** The views' tab list in the app, its tabs and the names they show (marks included). */
function viewTabs(app) {
  const list = app.getByRole('tablist', { name: 'Views' });
  return {
    list,
    tab: (name) => list.getByRole('tab', { name: new RegExp(`^${name}\\b`) }),
    names: async () => (await list.getByRole('tab').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim()),
    selected: async () => (await list.locator('[role=tab][aria-selected=true]').innerText()).replace(/\s+/g, ' ').trim(),
  };
}

/**
 * 40. Saved views: a built-in view ("Out of stock") with one product read; sorted by price, 50 a page and without
 * the Visibility column it is marked modified, saved as a new view by name (with its columns), which is kept in the app frame's localStorage (per site,
 * versioned, nothing but the view) and survives a reload of the whole dashboard tab; made the default, it opens
 * the bare dashboard page with one product read, already filtered and sorted. "Copy link" puts the dashboard
 * URL of the view on the clipboard; opened in a fresh browser context (no storage, another person) it shows
 * the same rows, chip, sorted header, page size and columns. Rows are the catalog's own answer (oracle, no replay).
 */
export default {
  id: 'saved-views',
  title: '40. Saved views: save, reload, default, share link',
  versions: ['V1', 'V3'],
  async run(s) {
    const { catalog } = s;
    const out = { stock: 'out-of-stock' };
    const [all, outOfStock, view] = [
      await catalog.page(),
      await catalog.page({ filters: out }),
      await catalog.page({ filters: out, sort: 'price-desc', size: 50 }),
    ];
    const priceHeader = catalog.v3 ? 'Price' : 'List price';
    const viewHeaders = ['Image', 'Name', 'SKU', priceHeader, 'Stock', 'Last updated'];
    await s.open();
    let page = new CatalogPage(s.app);
    await page.showing(all);
    let tabs = viewTabs(s.app);
    await tabs.list.waitFor();
    assert.deepEqual(await tabs.names(), catalog.v3 ? ['All products', 'Out of stock', 'Hidden'] : ['All products', 'Out of stock'], 'the built-in views (Hidden only where the catalog can filter on visibility)');
    assert.equal(await tabs.selected(), 'All products');

    let mark = await s.emulator.mark();
    await tabs.tab('Out of stock').click();
    await page.showing(outOfStock);
    let reads = (await mark.calls()).filter((c) => c.path === catalog.productsPath);
    assert.equal(reads.length, 1, 'one product read for a built-in view');
    assert.equal(await tabs.selected(), 'Out of stock');

    // Sorted by price, high to low, 50 a page, without Visibility: the view is modified, and can be saved as a new one.
    const header = s.app.getByRole('columnheader', { name: priceHeader, exact: true }).getByRole('button');
    await header.click();
    await header.click();
    await page.pageSize.selectOption('50');
    await page.showing(view);
    await until('the modified mark', async () => (await tabs.selected()) === 'Out of stock (modified)');
    let columns = new ColumnsPage(s);
    await columns.open();
    await columns.checkbox('Visibility').uncheck();
    await columns.button('Done').click();
    await columns.expectHeaders('without Visibility', viewHeaders);
    await s.app.getByRole('button', { name: 'Save as new' }).click();
    const dialog = s.app.getByRole('dialog', { name: 'Save view' });
    await dialog.getByRole('textbox', { name: 'View name' }).fill(NAME);
    await s.state('save-dialog');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await until('the new view selected, unmodified', async () => (await tabs.selected()) === NAME);
    assert.equal(await dialog.count(), 0, 'the dialog closed');
    await s.state('saved');

    // Stored per site, versioned, and nothing but the view.
    const frame = await s.appFrame();
    const stored = await frame.evaluate(() => Object.entries(localStorage).filter(([key]) => key.startsWith('cm.views:')));
    assert.equal(stored.length, 1, 'one entry of views');
    const [key, raw] = stored[0];
    const entry = JSON.parse(raw);
    assert.match(key, /^cm\.views:[0-9a-zA-Z-]+$/, `keyed with the site's id: ${key}`);
    assert.deepEqual(Object.keys(entry), ['v', 'site', 'default', 'open', 'views']);
    assert.equal(entry.v, 1);
    assert.deepEqual(entry.views.map((v) => [v.name, v.search, v.columns]), [[NAME, 'sort=price-desc&size=50&stock=out-of-stock', ['sku', 'price', 'stock', 'updated']]]);

    // A reload of the whole dashboard tab keeps the view: on screen, and as a tab.
    await s.page.reload();
    page = new CatalogPage(s.app);
    tabs = viewTabs(s.app);
    await page.showing(view);
    await until('the saved view selected after the reload', async () => (await tabs.selected().catch(() => '')) === NAME);
    columns = new ColumnsPage(s);
    await columns.expectHeaders('the view’s columns after the reload', viewHeaders);
    await tabs.tab('All products').click();
    await page.showing(all);
    mark = await s.emulator.mark();
    await tabs.tab(NAME).click();
    await page.showing(view);
    reads = (await mark.calls()).filter((c) => c.path === catalog.productsPath);
    // Shown since the reload, so the page's own cache may answer it.
    assert.ok(reads.length <= 1, `at most one product read for a saved view (saw ${reads.length})`);

    // Made the default, it opens the dashboard page: the only product read already asks for it.
    const options = s.app.getByRole('button', { name: 'View options' });
    await options.click();
    const makeDefault = s.app.getByRole('button', { name: 'Open this view by default' });
    await makeDefault.click();
    await until('the default is set', async () => (await makeDefault.getAttribute('aria-pressed')) === 'true');
    mark = await s.emulator.mark();
    await s.goto();
    page = new CatalogPage(s.app);
    tabs = viewTabs(s.app);
    await page.showing(view);
    reads = (await mark.calls()).filter((c) => c.path === catalog.productsPath);
    assert.equal(reads.length, 1, `one product read when the default view opens the page: ${JSON.stringify(reads.map((c) => c.payload))}`);
    await until('the default view selected', async () => (await tabs.selected().catch(() => '')) === `${NAME} (default)`);

    // Copy link: the dashboard URL of the view, on the clipboard (the host page reads it back).
    await s.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: s.emulator.url });
    await s.app.getByRole('button', { name: 'Copy link' }).click();
    const status = s.app.locator('cm-view-tabs [role=status]');
    await until('"Link copied"', async () => (await status.innerText()).trim() === 'Link copied');
    const link = await s.page.evaluate(() => navigator.clipboard.readText());
    const url = new URL(link);
    assert.equal(url.origin, 'https://manage.wix.com', `a dashboard URL: ${link}`);
    assert.match(url.pathname, /^\/dashboard\/[^/]+\/catalog-manager\/?$/, `the page's dashboard URL: ${link}`);
    assert.deepEqual(Object.fromEntries(url.searchParams), { sort: 'price-desc', size: '50', stock: 'out-of-stock', columns: 'sku,price,stock,updated' }, 'the view (and its columns) as the relative URL');
    s.note(`copied ${link}`);

    // A teammate opens it: a fresh browser context (no history, no storage) on the emulated dashboard's address.
    await s.close();
    await s.newPage();
    await s.page.goto(`${s.emulator.url}${url.pathname}${url.search}`);
    page = new CatalogPage(s.app);
    tabs = viewTabs(s.app);
    await page.showing(view);
    const chips = s.app.getByRole('list', { name: 'Active filters' }).locator('li.chip > span');
    await until('the stock chip', async () => (await chips.allInnerTexts()).map((t) => t.trim()).join() === 'Stock: Out of stock');
    assert.equal(await s.app.getByRole('columnheader', { name: priceHeader, exact: true }).getAttribute('aria-sort'), 'descending');
    assert.equal(await page.selectedPageSize(), 50);
    await new ColumnsPage(s).expectHeaders('the view’s columns', viewHeaders);
    assert.ok(!(await tabs.names()).some((n) => n.startsWith(NAME)), 'the teammate has no copy of the saved view: the link carries the view itself');
    assert.deepEqual(s.pageErrors, [], 'no uncaught error');
    await s.state('shared-link');
  },
};
