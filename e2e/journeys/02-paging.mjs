import assert from 'node:assert/strict';
import { CatalogPage, rangeText } from '../lib/catalog-page.mjs';

/**
 * 2. Paging: next, previous, last and page size 100 show the catalog in order, with no product twice and none
 * skipped across pages. Ids come from the Stores responses the page received; the rows on screen must be those
 * products, and must equal the catalog as the emulator pages it directly.
 */
export default {
  id: 'paging',
  title: '2. Paging: next, previous, last, page size 100',
  async run(s) {
    const { emulator } = s;
    const sort = [{ fieldName: 'name', order: 'ASC' }];
    const first100 = await emulator.queryV1({ filter: {}, sort, paging: { limit: 100, offset: 0 } });
    const total = first100.metadata.total;
    const last100 = await emulator.queryV1({ filter: {}, sort, paging: { limit: 100, offset: total - 100 } });
    assert.equal(total % 100, 0, 'the default catalog holds a multiple of 100 products (the slices below rely on it)');
    const lastPage25 = Math.ceil(total / 25);

    // Every product page the app received, by "limit/offset" of its request: the ids it was given.
    const received = new Map();
    await s.newPage();
    s.page.on('response', async (response) => {
      const url = new URL(response.url());
      if (url.pathname !== '/stores-reader/v1/products/query-platformized' || response.status() !== 200) return;
      const { paging } = JSON.parse(Buffer.from(url.searchParams.get('.r'), 'base64url').toString()).query;
      const body = await response.json().catch(() => null);
      if (body?.products) received.set(`${paging.limit}/${paging.offset}`, body.products.map((p) => p.id));
    });
    await s.goto();
    const page = new CatalogPage(s.app);
    const shown = [];
    /** Waits for a page, checks it against the catalog, and keeps its ids. */
    const expectPage = async (label, n, size, slice) => {
      const first = (n - 1) * size + 1;
      const names = await page.resultsWithRange(rangeText(first, Math.min(first + size - 1, total), total));
      assert.deepEqual(names, slice.map((p) => p.name), `page ${n} (${size} per page) shows the catalog's products ${first}–${first + size - 1}`);
      shown.push({ label, n, size, first, ids: slice.map((p) => p.id), names });
      await s.state(label);
    };

    await expectPage('page-1', 1, 25, first100.products.slice(0, 25));
    await page.nextPage.click();
    await expectPage('page-2', 2, 25, first100.products.slice(25, 50));
    await page.nextPage.click();
    await expectPage('page-3', 3, 25, first100.products.slice(50, 75));
    await page.previousPage.click();
    await expectPage('previous-page-2', 2, 25, first100.products.slice(25, 50));
    await page.lastPage.click();
    await expectPage('last-page', lastPage25, 25, last100.products.slice(75, 100));
    assert.ok(await page.nextPage.isDisabled(), 'Next page is disabled on the last page');
    assert.ok(await page.lastPage.isDisabled(), 'Last page is disabled on the last page');
    // Page size 100 keeps the first product on screen: the last 25 are on the last page of 100.
    await page.pageSize.selectOption('100');
    await expectPage('size-100-last', total / 100, 100, last100.products);
    await page.firstPage.click();
    await expectPage('size-100-first', 1, 100, first100.products);
    assert.ok(await page.previousPage.isDisabled(), 'Previous page is disabled on the first page');

    // Rows on screen are the products the Stores API sent for that offset (ids, not just names).
    for (const view of shown) {
      const ids = received.get(`${view.size}/${view.first - 1}`);
      assert.ok(ids, `${view.label}: the page received ${view.size} products from offset ${view.first - 1}`);
      assert.deepEqual(view.ids, ids, `${view.label}: the products on screen are the products received`);
    }
    // No product twice, none skipped: pages 1–3 of 25 are exactly the first 75 of the first page of 100, in order.
    const byPage = (label) => shown.find((v) => v.label === label).ids;
    const firstThree = [...byPage('page-1'), ...byPage('page-2'), ...byPage('page-3')];
    assert.equal(new Set(firstThree).size, 75, 'pages 1–3 share no product');
    assert.deepEqual(firstThree, byPage('size-100-first').slice(0, 75), 'pages 1–3 of 25 continue one another without a gap');
    assert.deepEqual(byPage('previous-page-2'), byPage('page-2'), 'going back shows the same page 2');
    assert.deepEqual(byPage('last-page'), byPage('size-100-last').slice(75), 'the last page of 25 is the end of the last page of 100');
    assert.equal(new Set(byPage('size-100-last')).size, 100, 'the last page of 100 has no duplicate');
    assert.equal(new Set([...byPage('size-100-first'), ...byPage('size-100-last')]).size, 200, 'first and last 100 are distinct');
  },
};
