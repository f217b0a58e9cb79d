import assert from 'node:assert/strict';
import { KEYSTROKE_DELAY_MS } from '../lib/config.mjs';
import { CatalogPage, rangeText } from '../lib/catalog-page.mjs';
import { sleep } from '../lib/wait.mjs';

/** Name-or-SKU prefix filter exactly as a person means it (case-insensitive "starts with"). */
const prefixFilter = (text) => ({ $or: [{ name: { $startsWith: text } }, { sku: { $startsWith: text } }] });
const startsWith = (value, prefix) => value.toLowerCase().startsWith(prefix.toLowerCase());

/**
 * 1. Search: a prefix typed letter by letter shows only products whose name or SKU starts with it, the range
 * label and total match the catalog, and the whole burst costs exactly one Stores request.
 */
export default {
  id: 'search',
  title: '1. Search: prefix typed letter by letter',
  async run(s) {
    const { emulator } = s;
    await s.open();
    const page = new CatalogPage(s.app);
    const browse = await emulator.queryV1({ filter: {}, sort: [{ fieldName: 'name', order: 'ASC' }], paging: { limit: 25, offset: 0 } });
    await page.resultsWithRange(rangeText(1, 25, browse.metadata.total));
    await s.state('browse');

    // A name prefix ("Cl…" names) that also matches SKUs (Wall Clocks are CLK-…), then a pure SKU prefix.
    for (const [label, prefix] of [['name-or-sku', 'cl'], ['sku', 'wlt-']]) {
      const sort = [{ fieldName: 'name', order: 'ASC' }];
      const expected = await emulator.queryV1({ filter: prefixFilter(prefix), sort, paging: { limit: 25, offset: 0 } });
      const total = expected.metadata.total;
      assert.ok(total > 25, `the catalog should hold more than a page of "${prefix}" products (it has ${total})`);
      const nameOnly = await emulator.queryV1({ filter: { name: { $startsWith: prefix } }, paging: { limit: 1, offset: 0 } });
      const mark = await emulator.mark();

      // Select what is there and type over it, one key at a time, faster than the debounce.
      await page.search.press('Control+A');
      await page.search.pressSequentially(prefix, { delay: KEYSTROKE_DELAY_MS });
      const names = await page.resultsWithRange(rangeText(1, 25, total));
      assert.equal(await page.searchText(), prefix);

      const cells = await page.rowCells();
      assert.equal(cells.length, 25);
      for (const row of cells) {
        assert.ok(
          startsWith(row.name, prefix) || startsWith(row.sku, prefix),
          `row "${row.name}" (SKU ${row.sku}) starts with neither name nor SKU "${prefix}"`,
        );
      }
      assert.deepEqual(names, expected.products.map((p) => p.name), 'rows are the first page of the matching products, by name');
      if (label === 'name-or-sku') assert.ok(total > nameOnly.metadata.total, 'the total counts SKU matches too, not only names');

      await sleep(400); // a late duplicate request would land here
      const calls = await mark.calls();
      assert.equal(calls.length, 1, `one Stores request for typing "${prefix}"; saw ${JSON.stringify(calls.map((c) => c.payload))}`);
      assert.deepEqual(calls[0].payload.query.filter, prefixFilter(prefix), 'the one request is for the whole prefix');
      await s.state(`typed-${label}`);
    }

    await page.clearSearch.click();
    await page.resultsWithRange(rangeText(1, 25, browse.metadata.total));
    assert.equal(await page.searchText(), '');
    assert.deepEqual(await page.rowNames(), browse.products.map((p) => p.name));

    // No matches: the page says so and offers to clear the search.
    await page.search.pressSequentially('zzzq', { delay: KEYSTROKE_DELAY_MS });
    await page.app.getByRole('heading', { name: 'No products match “zzzq”.' }).waitFor();
    await s.state('no-matches');
    await page.app.getByRole('status').filter({ hasText: 'No products match' }).getByRole('button', { name: 'Clear search' }).click();
    await page.resultsWithRange(rangeText(1, 25, browse.metadata.total));
  },
};
