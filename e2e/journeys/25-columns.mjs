import assert from 'node:assert/strict';
import { CatalogPage } from '../lib/catalog-page.mjs';
import { ColumnsPage, MISSING, TYPE_WORDS, amounts, dateText } from '../lib/columns.mjs';
import { until } from '../lib/wait.mjs';

/** The names of collections (V1) / categories (V3) by id, from the site's own list endpoint (not from the app). */
async function collectionNames(s, ids) {
  const { emulator, catalog } = s;
  const answer = catalog.v3
    ? await emulator.stores('/categories/v1/categories/query', { query: { filter: { id: { $in: ids } }, cursorPaging: { limit: 100 } }, treeReference: { appNamespace: '@wix/stores' } }, { post: true })
    : await emulator.stores('/stores/v1/collections/query', { query: { filter: JSON.stringify({ id: { $in: ids } }), paging: { limit: 100 } } });
  return new Map((catalog.v3 ? answer.categories : answer.collections).map((c) => [c.id, c.name]));
}

const ALL_PRODUCTS = '00000000-000000-000000-000000000001';

/**
 * 25. Column chooser (owner, then a viewer): the "Columns" button opens a dialog (axe with it open); hiding Stock
 * and showing Collections/Categories, Product type, Brand, Ribbon and Created changes the table without a product
 * read (one read of the collection names on screen), every cell equal to the catalog's own data; "Move Brand up"
 * reorders; Cost (a manager's) is one read (V3: asking MERCHANT_DATA) and reads the catalog's cost. A reload of
 * the app keeps the choice (Stock stays hidden). As a viewer, cost and profit are not offered (disabled with the
 * reason) and the chosen Cost column is not shown; on V3 the refused MERCHANT_DATA costs one retry, not an error.
 */
export default {
  id: 'columns',
  title: '25. Column chooser: hide, show, reorder, cost for managers, kept after reload',
  versions: ['V1', 'V3'],
  async run(s) {
    const { catalog } = s;
    const price = catalog.v3 ? 'Price' : 'List price';
    const groups = catalog.v3 ? 'Categories' : 'Collections';
    const products = (await catalog.matching()).slice(0, 25);
    const ids = [...new Set(products.flatMap((p) => p.collections).filter((id) => id !== ALL_PRODUCTS))];
    const names = await collectionNames(s, ids);
    const reads = async (mark) => catalog.withoutGuess(await mark.calls()).filter((c) => c.path.startsWith(catalog.v3 ? '/stores/v3/products/' : '/stores-reader/v1/products/'));

    await s.open();
    const page = new CatalogPage(s.app);
    const columns = new ColumnsPage(s);
    await page.showing(await catalog.page());
    await columns.expectHeaders('by default', ['Image', 'Name', 'SKU', price, 'Stock', 'Visibility', 'Last updated']);

    // Opening: V1 pages already say whether cost is sent to this user; V3 asks once, for one product.
    let mark = await s.emulator.mark();
    await columns.open();
    await until('Cost offered to an owner', async () => !(await columns.checkbox('Cost').isDisabled()));
    const probes = await reads(mark);
    if (catalog.v3) {
      assert.equal(probes.length, 1, `V3: one product read asks whether cost is sent: ${JSON.stringify(probes.map((c) => c.payload))}`);
      assert.ok(probes[0].payload.fields.includes('MERCHANT_DATA'), 'the probe asks for MERCHANT_DATA');
      assert.equal((probes[0].payload.query ?? probes[0].payload.search).cursorPaging.limit, 1, 'for one product');
    } else assert.equal(probes.length, 0, 'V1: no product read to open the chooser');
    assert.equal(await columns.checkbox('Name').isDisabled(), true, 'Name cannot be hidden');
    assert.equal(await columns.checkbox('Name').isChecked(), true);
    assert.equal(await columns.reason('Name'), 'Always shown, first');
    if (catalog.v3) assert.equal(await columns.reason('Quantity'), 'Not available for this store’s catalog', 'V3 has no quantities in product reads');
    await s.state('chooser-open');

    // Hide and show: the rows are on screen already, so no product read; the collection names are one read.
    mark = await s.emulator.mark();
    await columns.checkbox('Stock').uncheck();
    for (const name of [groups, 'Product type', 'Brand', 'Ribbon', 'Created']) await columns.checkbox(name).check();
    const chosen = ['Image', 'Name', 'SKU', price, 'Visibility', 'Last updated', groups, 'Product type', 'Brand', 'Ribbon', 'Created'];
    await columns.expectHeaders('Stock hidden, five shown', chosen);
    const expectCells = async (label) => {
      const rows = await until(`${label}: every row's cells`, async () => {
        const r = await columns.rows();
        return r.length === products.length && r.every((row) => !row[groups].includes('…')) && r;
      });
      rows.forEach((row, i) => {
        const p = products[i];
        assert.equal(row.Name, p.name.trim() || MISSING, `row ${i + 1} is ${p.name}`);
        assert.equal(row.Brand, p.brand ?? MISSING, `${p.name}: brand`);
        assert.equal(row.Ribbon, p.ribbon ?? MISSING, `${p.name}: ribbon`);
        assert.equal(row['Product type'], TYPE_WORDS[p.type] ?? MISSING, `${p.name}: product type`);
        assert.equal(row.Created, dateText(p.created), `${p.name}: created`);
        const expected = p.collections.filter((id) => id !== ALL_PRODUCTS).map((id) => names.get(id)).filter(Boolean).join(', ') || MISSING;
        assert.equal(row[groups], expected, `${p.name}: ${groups.toLowerCase()}`);
      });
      return rows;
    };
    await expectCells('shown');
    const calls = catalog.withoutGuess(await mark.calls());
    assert.equal((await reads(mark)).length, 0, 'hiding and showing columns reads no products');
    const listReads = calls.filter((c) => c.path === (catalog.v3 ? '/categories/v1/categories/query' : '/stores/v1/collections/query'));
    assert.equal(listReads.length, 1, `one read of the ${groups.toLowerCase()} on screen: ${JSON.stringify(listReads.map((c) => c.payload))}`);
    s.note(`${ids.length} ${groups.toLowerCase()} on the first page, named in one read`);

    // Reorder with the buttons: Brand up twice lands before the collections and the product type.
    await columns.button('Move Brand up').click();
    await columns.button('Move Brand up').click();
    const reordered = ['Image', 'Name', 'SKU', price, 'Visibility', 'Last updated', 'Brand', groups, 'Product type', 'Ribbon', 'Created'];
    await columns.expectHeaders('Brand moved up twice', reordered);

    // Cost: the owner's; one product read (V3 asks MERCHANT_DATA), the cells the catalog's cost.
    mark = await s.emulator.mark();
    await columns.checkbox('Cost').check();
    const withCost = [...reordered, 'Cost'];
    await columns.expectHeaders('Cost shown', withCost);
    const costRows = await until('cost cells', async () => {
      const r = await columns.rows();
      return r.every((row) => row.Cost !== undefined && row.Cost !== MISSING) && r;
    });
    const costReads = await reads(mark);
    assert.equal(costReads.length, 1, `one product read for the cost column: ${JSON.stringify(costReads.map((c) => c.payload))}`);
    if (catalog.v3) assert.ok(costReads[0].payload.fields.includes('MERCHANT_DATA'), 'V3 asks for MERCHANT_DATA');
    costRows.forEach((row, i) => assert.equal(amounts(row.Cost)[0], products[i].cost, `${products[i].name}: cost`));
    await columns.button('Done').click();
    await until('the dialog closed, focus back on Columns', async () => !(await columns.dialog.isVisible()) && (await columns.opener.evaluate((el) => el === document.activeElement)));
    await s.state('chosen');

    // Kept for the site: a reload shows the same columns, Stock still hidden; nothing but the column ids is stored.
    const frame = await s.appFrame();
    const stored = await frame.evaluate(() => Object.entries(localStorage).filter(([key]) => key.startsWith('cm.columns:')));
    assert.equal(stored.length, 1, 'one entry for this site');
    assert.deepEqual(JSON.parse(stored[0][1]), { v: 1, value: ['sku', 'price', 'visibility', 'updated', 'brand', 'collections', 'productType', 'ribbon', 'created', 'cost'] });
    await s.expectAppReload(() => frame.evaluate(() => void setTimeout(() => location.reload())));
    await page.showing(await catalog.page());
    await columns.expectHeaders('after the reload', withCost);
    await expectCells('after the reload');
    await s.state('after-reload');

    // A viewer (no product management): cost and profit are not offered, and the chosen Cost column not shown.
    mark = await s.emulator.mark();
    await s.hostControl('role', 'viewer');
    await columns.expectHeaders('as a viewer', reordered);
    await page.assertNoError();
    const viewerReads = await reads(mark);
    if (catalog.v3) {
      // The first read asks MERCHANT_DATA (the stored choice has Cost), is refused, and is made once more without.
      assert.deepEqual(viewerReads.map((c) => [c.status, c.payload.fields.includes('MERCHANT_DATA')]), [[403, true], [200, false]], 'V3: one refused read, one retry');
    }
    await columns.open();
    for (const name of ['Cost', 'Profit']) {
      assert.equal(await columns.checkbox(name).isDisabled(), true, `${name} is not offered to a viewer`);
      assert.equal(await columns.reason(name), 'Only store managers can see cost and profit');
    }
    assert.equal(await columns.checkbox('Cost').isChecked(), false, 'not shown, so not checked');
    const kept = await (await s.appFrame()).evaluate(() => Object.entries(localStorage).find(([key]) => key.startsWith('cm.columns:'))?.[1]);
    assert.ok(JSON.parse(kept).value.includes('cost'), 'the choice itself is kept: a manager signing in here sees Cost again');
    await s.state('viewer-chooser');
    await s.page.keyboard.press('Escape');
    await until('Escape closes the dialog', async () => !(await columns.dialog.isVisible()));
  },
};
