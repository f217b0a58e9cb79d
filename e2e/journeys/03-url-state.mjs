import assert from 'node:assert/strict';
import { KEYSTROKE_DELAY_MS } from '../lib/config.mjs';
import { CatalogPage } from '../lib/catalog-page.mjs';

/**
 * 3. URL state: the search text, page and page size live in the app's URL, so reloading the app and the
 * browser's back and forward buttons bring them back. On Catalog V3 a reload lands on a page whose cursor the
 * new app does not have: it walks there from page 1 and must show the same rows.
 */
export default {
  id: 'url-state',
  title: '3. URL state: reload, back, forward',
  versions: ['V1', 'V3'],
  async run(s) {
    const { catalog } = s;
    const prefix = 'b';
    assert.ok(!(await catalog.page({ text: prefix, size: 25, page: 3 })).last, `enough "${prefix}" products to page through`);
    // Asked before any count of the page's own requests (the oracle's calls show in the emulator's stats too).
    for (const [size, n] of [[25, 1], [25, 2], [10, 6]]) await catalog.page({ text: prefix, size, page: n });

    await s.open();
    const page = new CatalogPage(s.app);
    await page.settled();
    const appUrl = async () => new URL((await s.appFrame()).url());
    /** What a person sees: text in the box, the range and rows of that page, the page size. */
    const expectState = async (label, { text, first, size }) => {
      await page.showing(await catalog.page({ text, size, page: Math.ceil(first / size) }));
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
    const mark = await s.emulator.mark();
    await s.expectAppReload(() => frame.evaluate(() => void setTimeout(() => location.reload())));
    await expectState('after-reload', { text: prefix, first: 51, size: 10 });
    const reads = (await mark.calls()).filter((c) => c.path === catalog.productsPath);
    // V1 asks for the page by offset; V3 walks the cursors of pages 1 to 6 (nothing else can get it there).
    assert.equal(reads.length, catalog.v3 ? 6 : 1, `product reads after the reload: ${JSON.stringify(reads.map((c) => c.payload))}`);
    s.note(`after the reload: ${reads.length} product read(s) to show page 6`);

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

    // Reloading the whole dashboard tab: the view comes back from the dashboard's address (journey 17 asserts
    // it); recorded here.
    await s.page.reload();
    const { range } = await page.settled();
    s.note(`whole-tab reload shows "${range}" with search "${await page.searchText()}"`);
    await s.state('after-tab-reload');
  },
};
