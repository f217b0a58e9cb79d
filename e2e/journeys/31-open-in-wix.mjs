import assert from 'node:assert/strict';
import { CatalogPage } from '../lib/catalog-page.mjs';
import { DetailsPanel } from '../lib/details-panel.mjs';
import { until } from '../lib/wait.mjs';

/**
 * 31. "Open in Wix": from a product's details panel, the button sends the dashboard to Wix Stores' product editor
 * for that product through `@wix/dashboard` `navigate` (the Products page's id from `@wix/stores/dashboard`,
 * `relativeUrl` `product/<id>`): the emulated dashboard's address bar changes from Catalog Manager's address to
 * `https://manage.wix.com/dashboard/<site>/wix-stores/products/product/<id>` (Wix's documented editor route).
 * No Stores call is made for it. Then the next product's button goes to that product's editor.
 */
export default {
  id: 'open-in-wix',
  title: '31. Open in Wix',
  versions: ['V1', 'V3'],
  async run(s) {
    const page1 = await s.catalog.page({ page: 1 });
    await s.open();
    const page = new CatalogPage(s.app);
    await page.showing(page1);
    const address = s.page.getByTestId('address-bar');
    const before = (await address.textContent()).trim();
    const site = /^https:\/\/manage\.wix\.com\/dashboard\/([^/]+)\/catalog-manager/.exec(before)?.[1];
    assert.ok(site, `the dashboard address names the site: ${before}`);

    const panel = new DetailsPanel(s.app);
    const [first, second] = page1.products;
    await page.names.getByRole('button', { name: first.name, exact: true }).click();
    await panel.showing(first.name);
    await s.state('panel-before-open-in-wix');
    const mark = await s.emulator.mark();
    // By keyboard: focus the button, Enter.
    await panel.button('Open in Wix').focus();
    await s.page.keyboard.press('Enter');
    const editor = (id) => `https://manage.wix.com/dashboard/${site}/wix-stores/products/product/${id}`;
    await until(`the address ${editor(first.id)}`, async () => (await address.textContent()).trim() === editor(first.id));
    assert.deepEqual((await mark.calls()).map((c) => c.path), [], 'navigating makes no Stores call');
    s.note(`address: ${before} → ${editor(first.id)}`);

    await panel.button('Next product').click();
    await panel.showing(second.name);
    await panel.button('Open in Wix').click();
    await until(`the address ${editor(second.id)}`, async () => (await address.textContent()).trim() === editor(second.id));
    assert.equal(await panel.dialog.getByRole('alert').count(), 0, 'no failure shown');
    await s.state('after-open-in-wix', { axe: false });
  },
};
