import assert from 'node:assert/strict';
import { KEYSTROKE_DELAY_MS } from '../lib/config.mjs';
import { CatalogPage } from '../lib/catalog-page.mjs';

const PRODUCT_PATHS = ['/stores-reader/v1/products/query-platformized', '/stores/v3/products/search'];

/** Key of a page of results: search text, page size and offset. */
const pageKey = (text, size, offset) => `"${text}" ${size}/${offset}`;

/**
 * The product pages the app received, by pageKey: from V1's filter and paging, or for V3 by following the
 * cursors (a request without a cursor is the first page of its search; a request with cursor C is the page after
 * the answer whose `cursors.next` was C). Values are the product ids of the answer.
 */
function recordReceivedPages(page, received, requests) {
  const cursorLeadsTo = new Map(); // cursor → {text, offset} of the page it asks for
  page.on('response', async (response) => {
    const url = new URL(response.url());
    if (!PRODUCT_PATHS.includes(url.pathname) || response.status() !== 200) return;
    const payload = JSON.parse(Buffer.from(url.searchParams.get('.r'), 'base64url').toString());
    requests.push({ path: url.pathname, payload });
    const body = await response.json().catch(() => null);
    if (!body?.products) return;
    let at;
    let size;
    if (payload.query) {
      size = payload.query.paging.limit;
      at = { text: payload.query.filter?.$or?.[0]?.name?.$startsWith ?? '', offset: payload.query.paging.offset };
    } else {
      const { cursorPaging, search } = payload.search;
      size = cursorPaging.limit;
      at = cursorPaging.cursor ? cursorLeadsTo.get(cursorPaging.cursor) : { text: search?.expression ?? '', offset: 0 };
      if (!at) return; // a cursor of a page we did not see
      const next = body.pagingMetadata?.cursors?.next;
      if (next) cursorLeadsTo.set(next, { text: at.text, offset: at.offset + body.products.length });
    }
    received.set(pageKey(at.text, size, at.offset), body.products.map((p) => p.id));
  });
}

/**
 * 2. Paging: next, previous, last and page size 100 show the catalog in order, with no product twice and none
 * skipped across pages. Ids come from the Stores responses the page received; the rows on screen must be those
 * products, and must equal the catalog as the emulator pages it directly.
 * On Catalog V3 (cursors; the count from countProducts): the label gives the total from page 1 and "Last page"
 * is offered; the end is reached with Next on a narrow search, then "Last page" on the whole catalog is read
 * from the end (the reversed order) and must be the catalog's last 25.
 */
export default {
  id: 'paging',
  title: '2. Paging: next, previous, last, page size 100',
  versions: ['V1', 'V3'],
  async run(s) {
    const { catalog } = s;
    const received = new Map();
    const requests = [];
    await s.newPage();
    recordReceivedPages(s.page, received, requests);
    await s.goto();
    const page = new CatalogPage(s.app);
    const shown = [];
    /** Waits for the catalog's page `n` of `size` for `text`, checks it, and keeps its ids. */
    const expectPage = async (label, n, size, text = '') => {
      const expected = await catalog.page({ text, size, page: n });
      await page.showing(expected);
      shown.push({ label, text, ...expected });
      await s.state(label);
      return expected;
    };
    const byPage = (label) => shown.find((v) => v.label === label).ids;

    await expectPage('page-1', 1, 25);
    await page.nextPage.click();
    await expectPage('page-2', 2, 25);
    await page.nextPage.click();
    await expectPage('page-3', 3, 25);
    await page.previousPage.click();
    await expectPage('previous-page-2', 2, 25);

    if (!catalog.v3) {
      const total = shown[0].total;
      assert.equal(total % 100, 0, 'the default catalog holds a multiple of 100 products (the slices below rely on it)');
      await page.lastPage.click();
      await expectPage('last-page', Math.ceil(total / 25), 25);
      assert.ok(await page.nextPage.isDisabled(), 'Next page is disabled on the last page');
      assert.ok(await page.lastPage.isDisabled(), 'Last page is disabled on the last page');
      // Page size 100 keeps the first product on screen: the last 25 are on the last page of 100.
      await page.pageSize.selectOption('100');
      await expectPage('size-100-last', total / 100, 100);
      await page.firstPage.click();
      await expectPage('size-100-first', 1, 100);
      assert.ok(await page.previousPage.isDisabled(), 'Previous page is disabled on the first page');
      assert.deepEqual(byPage('last-page'), byPage('size-100-last').slice(75), 'the last page of 25 is the end of the last page of 100');
      assert.equal(new Set(byPage('size-100-last')).size, 100, 'the last page of 100 has no duplicate');
      assert.equal(new Set([...byPage('size-100-first'), ...byPage('size-100-last')]).size, 200, 'first and last 100 are distinct');
    } else {
      // The count (countProducts) is known from page 1: "Last page" is offered.
      assert.equal(await page.lastPage.count(), 1, 'a "Last page" button from page 1 (countProducts gives the total)');
      // Back to page 1 (the catalog's first 100 to compare pages 1–3 with), then a search whose end is in sight.
      await page.pageSize.selectOption('100');
      await expectPage('size-100-first', 1, 100);
      await page.pageSize.selectOption('25');
      await expectPage('size-25-again', 1, 25);
      const prefix = 'alpine c';
      const count = await catalog.count(prefix);
      const pages = Math.ceil(count / 25);
      assert.ok(pages >= 2 && count <= 100, `"${prefix}" matches more than a page of 25 and at most 100 (${count})`);
      await page.search.pressSequentially(prefix, { delay: KEYSTROKE_DELAY_MS });
      await expectPage('search-page-1', 1, 25, prefix);
      assert.equal(await page.lastPage.count(), 1, 'a "Last page" button on page 1 of a search');
      for (let n = 2; n <= pages; n++) {
        await page.nextPage.click();
        await expectPage(n === pages ? 'search-last-page' : `search-page-${n}`, n, 25, prefix);
      }
      const last = shown.at(-1);
      assert.ok(last.last && last.range.endsWith(`of ${count}`), `the last page gives the count: "${last.range}"`);
      assert.ok(await page.nextPage.isDisabled(), 'Next page is disabled on the last page');
      assert.ok(await page.lastPage.isDisabled(), 'Last page is disabled on the last page');
      await page.pageSize.selectOption('100');
      await expectPage('search-size-100', 1, 100, prefix);
      const walked = shown.filter((v) => v.label.startsWith('search-') && v.label !== 'search-size-100').flatMap((v) => v.ids);
      assert.deepEqual(byPage('search-size-100'), walked, 'the pages of 25, one after the other, are the one page of 100');
      await page.pageSize.selectOption('25');
      await expectPage('search-size-25', 1, 25, prefix);
      assert.ok(await page.previousPage.isDisabled(), 'Previous page is disabled on the first page');
      await page.nextPage.click();
      await expectPage('search-page-2-again', 2, 25, prefix);
      await page.firstPage.click();
      await expectPage('search-first-page', 1, 25, prefix);
    }

    // Rows on screen are the products the Stores API sent for that offset (ids, not just names).
    for (const view of shown) {
      const key = pageKey(view.text, view.size, view.first - 1);
      const ids = received.get(key);
      assert.ok(ids, `${view.label}: the page received the products ${key} (received: ${[...received.keys()].join(', ')})`);
      assert.deepEqual(view.ids, ids, `${view.label}: the products on screen are the products received`);
    }
    // V3: every products/search the page sent (first pages and cursor pages) asks for the SKU.
    assert.ok(requests.length > 0, "the page's product requests were recorded");
    requests.forEach((call, i) => catalog.assertAsksForSku(call, `product request ${i + 1}`));
    // No product twice, none skipped: pages 1–3 of 25 are exactly the first 75 of the first page of 100, in order.
    const firstThree = [...byPage('page-1'), ...byPage('page-2'), ...byPage('page-3')];
    assert.equal(new Set(firstThree).size, 75, 'pages 1–3 share no product');
    assert.deepEqual(firstThree, byPage('size-100-first').slice(0, 75), 'pages 1–3 of 25 continue one another without a gap');
    assert.deepEqual(byPage('previous-page-2'), byPage('page-2'), 'going back shows the same page 2');

    if (catalog.v3) {
      // "Last page" of the whole catalog: read from its end in one call (plus the count), the catalog's last 25.
      await page.search.fill('');
      await page.showing(await catalog.page({ size: 25, page: 1 }));
      await page.lastPage.click();
      const total = await catalog.count('');
      const lastPage = await catalog.page({ size: 25, page: Math.ceil(total / 25) });
      await page.showing(lastPage);
      await s.state('v3-last-page');
      assert.ok(await page.nextPage.isDisabled(), 'Next page is disabled on the last page');
    }
  },
};
