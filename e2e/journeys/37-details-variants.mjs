import assert from 'node:assert/strict';
import { CatalogPage } from '../lib/catalog-page.mjs';
import { DetailsPanel, expectedDetails } from '../lib/details-panel.mjs';
import { until } from '../lib/wait.mjs';

const INVENTORY = '/stores/v3/inventory-items/query';

/**
 * The product ids of `ids` that have options, most variants first, from the catalog read directly (V1
 * `productOptions` in the list; V3 `products/query` with its `options`), never from the app.
 */
async function withOptions(emulator, version, ids) {
  const filter = { id: { $in: ids } };
  const products =
    version === 'V3'
      ? (await emulator.stores('/stores/v3/products/query', { query: { filter, cursorPaging: { limit: 100 } } })).products
      : (await emulator.queryV1({ filter, paging: { limit: 100 } })).products;
  const count = (p) => (version === 'V3' ? p.variantsInfo?.variants?.length : (p.productOptions ?? []).reduce((n, o) => n * o.choices.length, 1));
  return products
    .filter((p) => (version === 'V3' ? p.options : p.productOptions)?.length > 0 && p.visible)
    .sort((a, b) => count(b) - count(a))
    .map((p) => p.id);
}

/**
 * 37. A product with options in the details panel: a merchant opens a product that comes in sizes and colours
 * and sees its options and every variant with its SKU, price and stock as the catalog holds them; on V3 the
 * quantities come from Wix's inventory items (one Query Inventory Items by the product's id, since V3 products
 * carry none). A viewer (in the emulator: may read products, not inventory) opens it too: on V3 the panel still
 * lists every variant in stock or not, and one line says the quantities are not shown, naming the permission
 * (WIX_STORES.INVENTORY_READ); on V1 the product itself carries the quantities. Axe with the panel open.
 */
export default {
  id: 'details-variants',
  title: '37. Options and stock per variant in the details panel',
  versions: ['V1', 'V3'],
  async run(s) {
    const { catalog } = s;
    const v3 = s.version === 'V3';
    const page1 = await catalog.page({ page: 1 });
    const [id] = await withOptions(s.emulator, s.version, page1.products.map((p) => p.id));
    assert.ok(id, 'the first page has a visible product with options (every fourth physical product has some)');
    const product = page1.products.find((p) => p.id === id);
    await s.open();
    const page = new CatalogPage(s.app);
    await page.showing(page1);
    const panel = new DetailsPanel(s.app);

    // The owner: every variant with its stock and quantity, and the options.
    const expected = await expectedDetails(s.emulator, s.version, id, true);
    assert.ok(expected.variants.length >= 3, `several variants (${expected.variants.length})`);
    let mark = await s.emulator.mark();
    await page.names.getByRole('button', { name: product.name, exact: true }).click();
    let shown = await panel.showing(product.name);
    // The inventory read may land after the product's: wait for the rows to settle on what the catalog says.
    await until('the variants as the catalog holds them', async () => JSON.stringify((shown = await panel.read()).variants) === JSON.stringify(expected.variants)).catch((error) => {
      error.message += `\n  shown: ${JSON.stringify(shown.variants)}\n  expected: ${JSON.stringify(expected.variants)}`;
      throw error;
    });
    assert.equal(shown.options, expected.options, 'the options and their choices');
    assert.match(shown.options, /^Size: S, M, L(; Color: Red, Blue)?$/);
    assert.ok(shown.variants.every(([choices]) => /^Size: [SML]/.test(choices)), 'each variant named by its choices');
    assert.equal(shown.stockNote, '', 'nothing is missing');
    assert.deepEqual(shown.facts, expected.facts, 'the product facts as the catalog holds them');
    const calls = await mark.calls();
    const inventoryReads = calls.filter((c) => c.path === INVENTORY);
    if (v3) {
      assert.deepEqual(inventoryReads.map((c) => [c.status, c.payload.query?.filter?.productId?.$eq]), [[200, id]], 'one inventory read, by product id');
    } else {
      assert.equal(inventoryReads.length, 0, 'V1: the product carries its variants’ quantities');
    }
    s.note(`variants: ${shown.variants.length}; requests to open: ${calls.length}`);
    await s.state('variants-open');
    await panel.button('Close').click();
    await until('the panel to close', async () => !(await panel.isOpen()));

    // A viewer: the same variants; on V3 without quantities, and the missing permission named in one line.
    await s.expectAppReload(() => s.hostControl('role', 'viewer'));
    await page.settled();
    const asViewer = await expectedDetails(s.emulator, s.version, id, false, !v3);
    mark = await s.emulator.mark();
    await page.names.getByRole('button', { name: product.name, exact: true }).click();
    await panel.showing(product.name);
    await until('the viewer’s variants', async () => JSON.stringify((shown = await panel.read()).variants) === JSON.stringify(asViewer.variants) && (!v3 || shown.stockNote !== '')).catch((error) => {
      error.message += `\n  shown: ${JSON.stringify(shown)}\n  expected: ${JSON.stringify(asViewer.variants)}`;
      throw error;
    });
    assert.equal(shown.options, expected.options, 'the viewer sees the options too');
    if (v3) {
      assert.match(shown.stockNote, /^Quantities per variant are not shown\. .*\(WIX_STORES\.INVENTORY_READ\)/, 'one line names the permission');
      assert.ok(shown.variants.every(([, , , stock]) => /^(In stock|Out of stock)$/.test(stock)), 'in stock or not, without quantities');
      assert.deepEqual((await mark.calls()).filter((c) => c.path === INVENTORY).map((c) => c.status), [403], 'the inventory read was refused once');
      assert.equal(await s.app.getByRole('alert').count(), 0, 'no alert: the rest of the panel stands');
    } else {
      assert.equal(shown.stockNote, '');
    }
    await s.state('variants-viewer');
    await s.page.keyboard.press('Escape');
    await until('the panel to close', async () => !(await panel.isOpen()));
  },
};
