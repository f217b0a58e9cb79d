import assert from 'node:assert/strict';
import { KEYSTROKE_DELAY_MS } from '../lib/config.mjs';
import { CatalogPage } from '../lib/catalog-page.mjs';
import { sleep } from '../lib/wait.mjs';

/**
 * 1. Search: a prefix typed letter by letter shows only products that match it (V1: name or SKU starts with it;
 * V3: a word of the name or SKU does), with their SKU, the rows and the range label match the catalog, and the
 * whole burst costs exactly one Stores request. On Catalog V3 the label says "Page 1" (no count before the last
 * page) and the request is a products/search expression that asks for the SKU (MIN_PRICE_VARIANT).
 */
export default {
  id: 'search',
  title: '1. Search: prefix typed letter by letter',
  versions: ['V1', 'V3'],
  async run(s) {
    const { emulator, catalog } = s;
    await s.open();
    const page = new CatalogPage(s.app);
    const browse = await catalog.page({ size: 25 });
    await page.showing(browse);
    await s.state('browse');

    // A name prefix ("Cl…" names) that also matches SKUs (Wall Clocks are CLK-…), then a pure SKU prefix.
    for (const [label, prefix] of [['name-or-sku', 'cl'], ['sku', 'wlt-']]) {
      const expected = await catalog.page({ text: prefix, size: 25 });
      assert.ok(!expected.last, `the catalog should hold more than a page of "${prefix}" products`);
      const mark = await emulator.mark();

      // Select what is there and type over it, one key at a time, faster than the debounce.
      await page.search.press('Control+A');
      await page.search.pressSequentially(prefix, { delay: KEYSTROKE_DELAY_MS });
      await page.showing(expected);
      assert.equal(await page.searchText(), prefix);

      await sleep(400); // a late duplicate request would land here
      const calls = catalog.readsAmong(await mark.calls(), prefix, `typing "${prefix}"`);
      assert.equal(calls.length, 1, `one Stores request for typing "${prefix}"; saw ${JSON.stringify(calls.map((c) => c.payload))}`);
      catalog.assertSearchRequest(calls[0], prefix, 'the one request');

      // Every row is a match a person can recognise from what it shows: its name or the SKU beside it.
      const cells = await page.rowCells();
      assert.equal(cells.length, 25);
      cells.forEach((row, i) => {
        assert.equal(row.sku, expected.products[i].sku ?? '—', `row "${row.name}": the SKU shown is the product's`);
        assert.ok(catalog.matches({ name: row.name, sku: row.sku === '—' ? null : row.sku }, prefix), `row "${row.name}" (SKU ${row.sku}) does not match "${prefix}"`);
      });
      const bySkuOnly = cells.filter((row) => !catalog.matches({ name: row.name, skus: [] }, prefix));
      if (label === 'sku') {
        assert.equal(bySkuOnly.length, cells.length, `no name matches "${prefix}": every row is found by its SKU`);
      } else if (!catalog.v3) {
        // V1: "cl" finds names starting "Cl…" and SKUs starting "CL…" (Wall Clocks are CLK-…).
        assert.ok(bySkuOnly.length > 0, 'the first page shows SKU-only matches (the search covers SKUs too)');
        const nameOnly = (await catalog.matching(prefix)).filter((p) => catalog.matches({ name: p.name, skus: [] }, prefix));
        assert.ok(expected.total > nameOnly.length, 'the total counts SKU matches too, not only names');
      } else {
        // V3: "cl" starts a word anywhere in the name ("… Linen Clock"), not only the name's first word.
        const inside = cells.filter((row) => !row.name.toLowerCase().startsWith(prefix));
        assert.ok(inside.length > 0, 'the first page shows names where a later word starts with the text');
      }
      await s.state(`typed-${label}`);
    }

    await page.clearSearch.click();
    await page.showing(browse);
    assert.equal(await page.searchText(), '');

    // No matches: the page says so and offers to clear the search.
    await page.search.pressSequentially('zzzq', { delay: KEYSTROKE_DELAY_MS });
    await page.app.getByRole('heading', { name: 'No products match “zzzq”.' }).waitFor();
    await s.state('no-matches');
    await page.app.getByRole('status').filter({ hasText: 'No products match' }).getByRole('button', { name: 'Clear search' }).click();
    await page.showing(browse);
  },
};
