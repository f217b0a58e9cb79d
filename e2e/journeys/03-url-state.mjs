import assert from 'node:assert/strict';
import { KEYSTROKE_DELAY_MS } from '../lib/config.mjs';
import { CatalogPage, rangeText } from '../lib/catalog-page.mjs';

/**
 * 3. URL state: the search text, page and page size live in the app's URL, so reloading the app and the
 * browser's back and forward buttons bring them back.
 */
export default {
  id: 'url-state',
  title: '3. URL state: reload, back, forward',
  async run(s) {
    const { emulator } = s;
    const prefix = 'b';
    const total = (await emulator.queryV1({
      filter: { $or: [{ name: { $startsWith: prefix } }, { sku: { $startsWith: prefix } }] },
      paging: { limit: 1, offset: 0 },
    })).metadata.total;
    assert.ok(total > 60, `enough "${prefix}" products to page through (${total})`);

    await s.open();
    const page = new CatalogPage(s.app);
    await page.settled();
    const appUrl = async () => new URL((await s.appFrame()).url());
    /** What a person sees: text in the box, the range, the page size. */
    const expectState = async (label, { text, first, size }) => {
      await page.resultsWithRange(rangeText(first, Math.min(first + size - 1, total), total));
      assert.equal(await page.searchText(), text, `${label}: search text`);
      assert.equal(await page.selectedPageSize(), size, `${label}: page size`);
      await s.state(label);
    };

    await page.search.pressSequentially(prefix, { delay: KEYSTROKE_DELAY_MS });
    await expectState('typed', { text: prefix, first: 1, size: 25 });
    await page.nextPage.click();
    await expectState('page-2', { text: prefix, first: 26, size: 25 });
    await page.nextPage.click();
    await expectState('page-3', { text: prefix, first: 51, size: 25 });
    await page.pageSize.selectOption('10'); // keeps product 51 in view: page 6 of 10
    await expectState('size-10', { text: prefix, first: 51, size: 10 });
    const url = await appUrl();
    assert.equal(url.searchParams.get('q'), prefix);
    assert.equal(url.searchParams.get('page'), '6');
    assert.equal(url.searchParams.get('size'), '10');

    // Reload the app (the dashboard's "Reload app", the app's own "Reload page"): the URL brings it all back.
    const frame = await s.appFrame();
    await s.expectAppReload(() => frame.evaluate(() => void setTimeout(() => location.reload())));
    await expectState('after-reload', { text: prefix, first: 51, size: 10 });

    // The browser's back and forward buttons walk the same entries (the iframe's history is the tab's).
    const back = () => s.page.evaluate(() => history.back());
    const forward = () => s.page.evaluate(() => history.forward());
    await back();
    await expectState('back-page-3', { text: prefix, first: 51, size: 25 });
    await back();
    await expectState('back-page-2', { text: prefix, first: 26, size: 25 });
    await back();
    await expectState('back-typed', { text: prefix, first: 1, size: 25 });
    await forward();
    await expectState('forward-page-2', { text: prefix, first: 26, size: 25 });
    await forward();
    await forward();
    await expectState('forward-size-10', { text: prefix, first: 51, size: 10 });

    // Reloading the whole dashboard tab: the host page frames the app URL it is configured with, so what
    // comes back depends on the dashboard, not on the app. Recorded, not asserted (see e2e/README.md).
    await s.page.reload();
    const { range } = await page.settled();
    s.note(`whole-tab reload shows "${range}" with search "${await page.searchText()}" (the emulated dashboard reframes the bare app URL)`);
    await s.state('after-tab-reload');
  },
};
