import assert from 'node:assert/strict';
import { KEYSTROKE_DELAY_MS } from '../lib/config.mjs';
import { CatalogPage } from '../lib/catalog-page.mjs';
import { sleep } from '../lib/wait.mjs';

/**
 * Two words of the seeded catalog, in the "wrong" order for a prefix and the second one unfinished: a kind
 * ("Clock", the last word of "… Linen Clock") and the start of a material ("lin", from "Linen"). On V3 each
 * narrows the other (checked below on the catalog, so a change to the seed cannot make the journey vacuous);
 * on V1, whose search is a prefix of the whole name or SKU, no product starts with "clock lin".
 */
const TEXT = 'Clock lin';
const WORDS = TEXT.split(' ');
/** What the search box's hint says, per catalog version: how the search matches. */
const HINT = /^Finds products/;
const HINT_SAYS = { V1: 'starts with', V3: 'every word' };

/**
 * 14. Searching two words: the page shows exactly the catalog's products for the text by the catalog version's
 * semantics (V3: each word starts a word of the name or SKU, in any order; V1: the name or SKU starts with the
 * whole text), with one Stores request for the literal text, and the hint next to the search box says how it
 * matches ("every word" on V3, "starts with" on V1).
 */
export default {
  id: 'search-words',
  title: '14. Search: two words',
  versions: ['V1', 'V3'],
  async run(s) {
    const { emulator, catalog } = s;
    const expected = await catalog.page({ text: TEXT, size: 25 });
    const alone = await Promise.all(WORDS.map((word) => catalog.count(word)));
    if (catalog.v3) {
      // The two words narrow each other: fewer products than either word finds alone, and not none.
      assert.ok(expected.total > 0, `"${TEXT}" finds products on V3`);
      alone.forEach((n, i) => assert.ok(expected.total < n, `"${TEXT}" (${expected.total}) finds fewer than "${WORDS[i]}" alone (${n})`));
      assert.ok(expected.last, `"${TEXT}" fits on one page, so the label gives the count`);
      s.note(`"${TEXT}": ${expected.total} products; ${WORDS.map((w, i) => `"${w}" alone ${alone[i]}`).join(', ')}`);
    } else {
      assert.equal(expected.total, 0, `no V1 name or SKU starts with "${TEXT}"`);
    }

    await s.open();
    const page = new CatalogPage(s.app);
    await page.showing(await catalog.page({ size: 25 }));

    const mark = await emulator.mark();
    await page.search.pressSequentially(TEXT, { delay: KEYSTROKE_DELAY_MS });
    if (expected.total === 0) {
      await page.app.getByRole('heading', { name: `No products match “${TEXT}”.` }).waitFor();
    } else {
      await page.showing(expected);
      // Each row shows its SKU, and by what it shows a person can tell why it matched.
      const cells = await page.rowCells();
      assert.deepEqual(cells.map((row) => row.name), expected.names, 'the rows are the catalog\'s products, in order');
      cells.forEach((row, i) => {
        assert.equal(row.sku, expected.products[i].sku ?? '—', `row "${row.name}": the SKU shown is the product's`);
        assert.ok(catalog.matches({ name: row.name, sku: row.sku === '—' ? null : row.sku }, TEXT), `row "${row.name}" (SKU ${row.sku}) has every word of "${TEXT}"`);
      });
    }
    await s.state('two-words');

    await sleep(400); // a late duplicate request would land here
    const calls = catalog.readsAmong(await mark.calls(), TEXT, `typing "${TEXT}"`);
    assert.equal(calls.length, 1, `one Stores request for typing "${TEXT}"; saw ${JSON.stringify(calls.map((c) => c.payload))}`);
    catalog.assertSearchRequest(calls[0], TEXT, 'the one request');

    // The hint next to the search box says how it matches on this site (checked last: what it explains, the
    // rows above, is checked whatever it says).
    const hint = page.app.getByText(HINT);
    await hint.first().waitFor({ timeout: 5_000 }).catch(() => {});
    const hints = await hint.allInnerTexts();
    assert.equal(hints.length, 1, `one search hint starting "Finds products" (found ${JSON.stringify(hints)})`);
    assert.ok(await hint.isVisible(), 'the search hint is visible');
    assert.ok(hints[0].includes(HINT_SAYS[s.version]), `the ${s.version} hint says "${HINT_SAYS[s.version]}": "${hints[0]}"`);
  },
};
