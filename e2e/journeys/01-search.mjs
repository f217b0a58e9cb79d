import assert from 'node:assert/strict';
import { KEYSTROKE_DELAY_MS } from '../lib/config.mjs';
import { CatalogPage } from '../lib/catalog-page.mjs';
import { KNOWN_ISSUES } from '../lib/known-issues.mjs';
import { sleep } from '../lib/wait.mjs';

const startsWith = (value, prefix) => value.toLowerCase().startsWith(prefix.toLowerCase());

/**
 * 1. Search: a prefix typed letter by letter shows only products whose name or SKU starts with it, the rows and
 * the range label match the catalog, and the whole burst costs exactly one Stores request. On Catalog V3 the
 * label says "Page 1" (no count before the last page) and the request is a products/search expression.
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
      const calls = await mark.calls();
      assert.equal(calls.length, 1, `one Stores request for typing "${prefix}"; saw ${JSON.stringify(calls.map((c) => c.payload))}`);
      catalog.assertSearchRequest(calls[0], prefix, 'the one request');

      // Every row is a match a person can recognise: its name or its SKU starts with the prefix.
      const skuHidden = catalog.v3 && KNOWN_ISSUES['v3-search-sku'].presentIn(calls[0]);
      const cells = await page.rowCells();
      assert.equal(cells.length, 25);
      cells.forEach((row, i) => {
        const product = expected.products[i];
        if (skuHidden) {
          // Known bug: the SKU column is empty on V3 search results; the match is by the SKU the row hides.
          assert.equal(row.sku, '—', `row "${row.name}": SKU shown as ${row.sku}`);
          assert.ok(startsWith(product.name, prefix) || startsWith(product.sku ?? '', prefix), `row "${row.name}" does not match "${prefix}"`);
          return;
        }
        assert.equal(row.sku, product.sku ?? '—', `row "${row.name}": the SKU shown is the product's`);
        assert.ok(startsWith(row.name, prefix) || startsWith(row.sku, prefix), `row "${row.name}" (SKU ${row.sku}) starts with neither name nor SKU "${prefix}"`);
      });
      if (skuHidden) s.knownIssue('v3-search-sku');
      if (label === 'name-or-sku') {
        const bySkuOnly = expected.products.filter((p) => !startsWith(p.name, prefix));
        assert.ok(bySkuOnly.length > 0, 'the first page holds SKU-only matches (the search covers SKUs too)');
        if (!catalog.v3) {
          const nameOnly = await emulator.queryV1({ filter: { name: { $startsWith: prefix } }, paging: { limit: 1, offset: 0 } });
          assert.ok(expected.total > nameOnly.metadata.total, 'the total counts SKU matches too, not only names');
        }
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
