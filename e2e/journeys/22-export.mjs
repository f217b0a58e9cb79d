import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { KEYSTROKE_DELAY_MS } from '../lib/config.mjs';
import { CatalogPage } from '../lib/catalog-page.mjs';
import { ColumnsPage } from '../lib/columns.mjs';
import { until } from '../lib/wait.mjs';

const EXPORT_TIMEOUT_MS = 60_000;
/** Wix's "All Products" collection (V1): every product is in it, the page leaves it out. */
const ALL_PRODUCTS = '00000000-000000-000000-000000000001';
const HEADER = ['Product ID', 'Name', 'SKU', 'Price', 'Price before discount', 'Currency', 'Stock', 'Quantity', 'Visibility', 'Last updated'];

/** Clicks Export and returns the downloaded file, parsed with a real CSV parser, and its name. */
export async function exportView(s, page) {
  const download = s.page.waitForEvent('download', { timeout: EXPORT_TIMEOUT_MS });
  await page.button('Export').click();
  const file = await download;
  const path = await file.path();
  const bytes = readFileSync(path);
  return { name: file.suggestedFilename(), bytes, rows: parse(bytes, { bom: true }) };
}

/**
 * The rows the file must hold, from the emulator's catalog (catalog-snapshot.mjs, read directly, never through
 * the app): the view's products in its order, with id, name and SKU as the page shows them.
 */
export function assertRows(rows, expected, what) {
  assert.deepEqual(rows[0], HEADER, `${what}: the header`);
  const body = rows.slice(1);
  assert.equal(body.length, expected.length, `${what}: one row per matching product (${expected.length})`);
  assert.equal(new Set(body.map((r) => r[0])).size, body.length, `${what}: no product twice`);
  assert.deepEqual(body.map((r) => r[0]), expected.map((p) => p.id), `${what}: every product, in the view's order`);
  // Names as the page shows them (a name with nothing visible is empty in the file), neutralised if formula-like.
  const shown = (name) => (/^[=+\-@\t\r]/.test(name) ? `'${name}` : name);
  body.forEach((r, i) => assert.equal(r[1], shown(expected[i].name ?? ''), `${what}: row ${i + 1} name`));
  body.forEach((r, i) => assert.equal(r[2], expected[i].sku ?? '', `${what}: row ${i + 1} SKU`));
  body.forEach((r, i) => assert.ok(r[3] === '' || Number.isFinite(Number(r[3])), `${what}: row ${i + 1} price is a number: ${r[3]}`));
  body.forEach((r, i) => assert.ok(r[9] === '' || !Number.isNaN(Date.parse(r[9])), `${what}: row ${i + 1} date is ISO 8601: ${r[9]}`));
}

/**
 * 22. Export: "Export" on the whole 5,000-product catalog, then on a searched view. The downloaded file, parsed
 * with csv-parse, holds exactly the view's products (computed from the emulator's catalog, not through the app),
 * once each, in order; 100 products a call; a UTF-8 BOM; the file is named products-<site>-<view>-<date>.csv;
 * the page and the dashboard (a toast) say it is done. Then with the columns chosen (Stock hidden; collections or
 * categories, Brand, Created, Cost and Profit shown): the file holds those columns in the table's order, their values as
 * the catalog holds them (collection/category ids, the owner's cost as a number; profit the price paid less the cost),
 * and the panel says nothing about cost being left out.
 */
export default {
  id: 'export',
  title: '22. Export: the whole catalog and a searched view to CSV',
  versions: ['V1', 'V3'],
  async run(s) {
    const { emulator, catalog } = s;
    await s.open();
    const page = new CatalogPage(s.app);
    await page.showing(await catalog.page({ page: 1 }));

    const mark = await emulator.mark();
    const t = Date.now();
    const all = await exportView(s, page);
    const seconds = (Date.now() - t) / 1000;
    const expected = await catalog.matching('', 'name-asc');
    assert.equal(expected.length, 5_000);
    assertRows(all.rows, expected, 'the whole catalog');
    assert.deepEqual([...all.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'the file starts with a UTF-8 byte-order mark');
    assert.match(all.name, /^products-[a-z0-9.-]+-all-\d{4}-\d{2}-\d{2}\.csv$/, `file name: ${all.name}`);
    const reads = (await mark.calls()).filter((c) => c.path !== '/stores/v3/products/count' && c.path !== '/stores/v3/provision/version');
    assert.equal(reads.length, 50, `5,000 products in 50 calls of 100 (${reads.length})`);
    s.note(`5,000 rows in ${seconds.toFixed(1)} s, ${reads.length} calls`);
    await until('the page to say the export is done', async () => (await s.app.getByText('Exported 5,000 products').count()) > 0);
    await until('the dashboard toast', async () => (await s.page.locator('.toast').filter({ hasText: 'Exported 5,000 products' }).count()) > 0);
    await s.state('exported-all');
    await page.button('Close').click();

    const text = catalog.v3 ? 'alpine c' : 'cl';
    await page.search.pressSequentially(text, { delay: KEYSTROKE_DELAY_MS });
    await page.showing(await catalog.page({ text, page: 1 }));
    const searched = await exportView(s, page);
    const matching = await catalog.matching(text, 'name-asc');
    assert.ok(matching.length > 25, `"${text}" matches more than a page (${matching.length})`);
    assertRows(searched.rows, matching, `the view "${text}"`);
    assert.match(searched.name, /-search-[a-z0-9-]+-\d{4}-\d{2}-\d{2}\.csv$/, `file name: ${searched.name}`);
    await s.state('exported-search');
    await page.button('Close').click();

    // The columns the merchant chose: the file follows the table, cost and profit included for an owner.
    const columns = new ColumnsPage(s);
    await columns.open();
    await until('Cost offered to an owner', async () => !(await columns.checkbox('Cost').isDisabled()));
    await columns.checkbox('Stock').uncheck();
    for (const name of [catalog.v3 ? 'Categories' : 'Collections', 'Brand', 'Created', 'Cost', 'Profit']) await columns.checkbox(name).check();
    await columns.button('Done').click();
    const chosen = await exportView(s, page);
    const groups = catalog.v3 ? 'Category IDs' : 'Collection IDs';
    assert.deepEqual(chosen.rows[0], ['Product ID', 'Name', 'SKU', 'Price', 'Price before discount', 'Currency', 'Visibility', 'Last updated', groups, 'Brand', 'Created', 'Cost', 'Profit'], 'the chosen columns, with cost and profit');
    const body = chosen.rows.slice(1);
    assert.deepEqual(body.map((r) => r[0]), matching.map((p) => p.id), 'the chosen columns: every product, in order');
    body.forEach((r, i) => {
      const p = matching[i];
      assert.equal(r[8], p.collections.filter((id) => id !== ALL_PRODUCTS).join(', '), `${p.name}: ${groups}`);
      assert.equal(r[9], p.brand ?? '', `${p.name}: brand`);
      assert.equal(r[10], p.created == null ? '' : new Date(p.created).toISOString(), `${p.name}: created, ISO 8601`);
      // Cost as the catalog holds it (a product without a price has none, as in the table); profit = price paid − cost.
      if (r[3] === '' || p.cost == null) assert.equal(r[11], '', `${p.name}: no cost without a price or cost`);
      else {
        assert.equal(Number(r[11]), p.cost, `${p.name}: cost, a number`);
        assert.ok(Math.abs(Number(r[12]) - (Number(r[3]) - p.cost)) < 0.006, `${p.name}: profit ${r[12]} = ${r[3]} − ${p.cost}`);
      }
    });
    assert.ok(body.filter((r) => r[11] !== '').length > matching.length / 2, 'most products have a cost (else the check above proves little)');
    assert.ok(body.some((r) => r[8]) && body.some((r) => r[9]), `some products have ${groups.toLowerCase()} and a brand (else the check above proves nothing)`);
    assert.equal(await s.app.getByText('Cost and profit are not exported').count(), 0, 'no note about cost for an owner');
    s.note(`chosen columns: ${body.length} rows, ${chosen.rows[0].length} columns`);
    await s.state('exported-columns');
  },
};
