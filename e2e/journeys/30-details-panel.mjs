import assert from 'node:assert/strict';
import { CatalogPage } from '../lib/catalog-page.mjs';
import { DetailsPanel, expectedDetails } from '../lib/details-panel.mjs';
import { until } from '../lib/wait.mjs';

/** The focused element in the app frame: is it inside the open dialog, and which row's name button is it. */
function focusInfo() {
  const el = document.activeElement;
  return {
    inDialog: !!el?.closest('dialog[open]'),
    rowName: el?.closest('th[scope=row]') && el.tagName === 'BUTTON' ? el.textContent.trim() : null,
    what: el ? `${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"` : 'nothing',
  };
}

/**
 * 30. The product details panel, by keyboard: Enter on a product's name opens the panel (a modal dialog: the
 * focus moves into it and Tab stays there), which shows the product's values as the catalog holds them (read
 * from the emulator directly: prices, cost/profit/margin for the owner, SKU, stock, visibility, type, dates,
 * each variant's row with its stock (V3: quantities from one inventory items read), the options,
 * collections/categories by name, the description as text) with one product read and one names read; Next product moves on (the focus stays on the button); Escape closes it and the focus is
 * on the name of the product shown last; at the first row Previous is unavailable and the panel says why.
 * A viewer (may read products, not manage them) sees the same panel without cost, profit and margin (V3: Wix
 * refuses MERCHANT_DATA once with a 403, the app asks again without it and no longer asks). Axe with it open.
 */
export default {
  id: 'details-panel',
  title: '30. Product details panel by keyboard',
  versions: ['V1', 'V3'],
  async run(s) {
    const { catalog } = s;
    const v3 = s.version === 'V3';
    const page1 = await catalog.page({ page: 1 });
    await s.open();
    const page = new CatalogPage(s.app);
    await page.showing(page1);
    const panel = new DetailsPanel(s.app);
    const frame = await s.appFrame();
    const keyboard = s.page.keyboard;
    const focused = () => frame.evaluate(focusInfo);
    const nameButton = (name) => page.names.getByRole('button', { name, exact: true });
    const productPath = (id) => (v3 ? `/stores/v3/products/${id}` : `/stores-reader/v1/products/${id}`);
    const namesPath = v3 ? '/categories/v1/categories/query' : '/stores/v1/collections/query';

    // The third product: it has a previous and a next one on the page.
    const target = page1.products[2];
    const expected = await expectedDetails(s.emulator, s.version, target.id, true);
    let mark = await s.emulator.mark();
    await nameButton(target.name).focus();
    await keyboard.press('Enter');
    const shown = await panel.showing(expected.name);
    assert.ok((await focused()).inDialog, `the focus moves into the panel (it is on ${(await focused()).what})`);
    assert.deepEqual(shown.facts, expected.facts, 'price, cost, profit, margin, SKU, stock, visibility and type as the catalog holds them');
    assert.deepEqual(shown.dates, expected.dates, 'created and last updated as the catalog holds them');
    assert.deepEqual(shown.variants, expected.variants, 'the stock per variant (V3: quantities from the inventory items)');
    assert.equal(shown.sections[expected.groups.heading], expected.groups.names.join(' | '), `the ${expected.groups.heading.toLowerCase()} by name`);
    assert.equal(shown.sections.Description, expected.description, 'the description as text');
    assert.equal(shown.options, expected.options, 'the options as the catalog holds them');
    assert.equal(shown.position, 'Product 3 of 25 on this page');
    assert.equal(shown.images.length, 1, 'the product image');
    assert.match(shown.images[0].src, /\/v1\/fill\/w_240,h_240,/, 'asked for at the size shown');
    const calls = await mark.calls();
    const reads = calls.filter((c) => c.path === productPath(target.id));
    assert.deepEqual(reads.map((c) => c.status), [200], 'one product read');
    if (v3) assert.ok(reads[0].payload.fields.includes('MERCHANT_DATA'), 'the owner is asked for merchant data');
    else assert.equal(reads[0].payload.includeMerchantSpecificData, 'true', 'the owner is asked for merchant data');
    assert.equal(calls.filter((c) => c.path === namesPath).length, 1, 'one request names the collections/categories');
    // V3 products carry no quantities: one Query Inventory Items by the product's id.
    if (v3) assert.deepEqual(calls.filter((c) => c.path === '/stores/v3/inventory-items/query').map((c) => c.status), [200], 'one inventory read');
    assert.equal(calls.length, v3 ? 3 : 2, `nothing else: ${calls.map((c) => c.path).join(', ')}`);
    s.note(`${expected.groups.heading.toLowerCase()}: ${expected.groups.names.length}; requests to open: ${calls.length}`);
    await s.state('panel-open');

    // Tab stays in the dialog.
    for (let i = 0; i < 8; i++) {
      await keyboard.press('Tab');
      const info = await focused();
      assert.ok(info.inDialog, `Tab ${i + 1} stays in the panel (focus on ${info.what})`);
    }

    // Next product, by keyboard: the panel shows the fourth product; the focus stays on the button.
    await panel.button('Next product').focus();
    await keyboard.press('Enter');
    const fourth = page1.products[3];
    assert.equal((await panel.showing(fourth.name)).position, 'Product 4 of 25 on this page');
    assert.match((await focused()).what, /"Next product"/, 'the focus stays on Next product');
    await s.state('panel-next', { axe: false });

    // Escape closes it; the focus is on the name of the product shown last.
    await keyboard.press('Escape');
    await until('the panel to close', async () => !(await panel.isOpen()));
    assert.equal((await focused()).rowName, fourth.name, `Escape returns the focus to the row shown (focus on ${(await focused()).what})`);

    // The first row: Previous is unavailable and the panel says why; Enter on it changes nothing.
    await nameButton(page1.products[0].name).focus();
    await keyboard.press('Enter');
    const first = await panel.showing(page1.products[0].name);
    assert.equal(first.position, 'Product 1 of 25 on this page The first product on this page.');
    assert.equal(await panel.button('Previous product').getAttribute('aria-disabled'), 'true');
    await panel.button('Previous product').focus();
    await keyboard.press('Enter');
    assert.equal((await panel.read()).name, page1.products[0].name, 'Previous at the first product stays');
    await keyboard.press('Escape');
    await until('the panel to close', async () => !(await panel.isOpen()));
    assert.equal((await focused()).rowName, page1.products[0].name, 'the focus is back on the first row');

    // A viewer (no hidden products in the list): the third row shown, without cost, profit and margin.
    await s.expectAppReload(() => s.hostControl('role', 'viewer'));
    const { names } = await page.settled();
    const ids = new Map((await catalog.matching()).map((p) => [p.name, p.id]));
    const [third, following] = [names[2], names[3]].map((name) => ({ name, id: ids.get(name) }));
    const asViewer = await expectedDetails(s.emulator, s.version, third.id, false);
    mark = await s.emulator.mark();
    await nameButton(third.name).focus();
    await keyboard.press('Enter');
    const viewer = await panel.showing(third.name);
    assert.deepEqual(viewer.facts, asViewer.facts, 'no cost, profit or margin for a viewer');
    const viewerReads = (await mark.calls()).filter((c) => c.path === productPath(third.id));
    if (v3) {
      // Wix refuses MERCHANT_DATA to a role without admin read: asked once, then without it.
      assert.deepEqual(viewerReads.map((c) => [c.status, c.payload.fields.includes('MERCHANT_DATA')]), [[403, true], [200, false]]);
    } else {
      assert.deepEqual(viewerReads.map((c) => c.status), [200], 'V1 answers without cost data');
    }
    mark = await s.emulator.mark();
    await panel.button('Next product').click();
    await panel.showing(following.name);
    const next = (await mark.calls()).filter((c) => c.path === productPath(following.id));
    assert.equal(next.length, 1, 'the next product: one read');
    if (v3) assert.ok(!next[0].payload.fields.includes('MERCHANT_DATA'), 'no longer asking for merchant data');
    await s.state('panel-viewer');
    await panel.button('Close').click();
    await until('the panel to close', async () => !(await panel.isOpen()));
    assert.equal((await focused()).rowName, following.name, 'Close returns the focus to the row shown');
  },
};
