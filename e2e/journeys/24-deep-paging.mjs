import assert from 'node:assert/strict';
import { CatalogPage, rangeText } from '../lib/catalog-page.mjs';
import { until } from '../lib/wait.mjs';

const TOTAL = 1_000_000;
const SIZE = 25;

/**
 * Page `n` of 25 by name as the emulator's catalog holds it, asked directly with the offset window turned off
 * for that one call (never through the app, never keyset): the generated names are unique, so the name order is
 * the whole order.
 */
async function expectedPage(emulator, n) {
  await emulator.config({ offsetWindow: 0, rateLimitPerMinute: 0 });
  try {
    const body = await emulator.queryV1({ sort: [{ fieldName: 'name', order: 'ASC' }], paging: { offset: (n - 1) * SIZE, limit: SIZE } });
    const products = body.products.map((p) => ({ id: p.id, name: p.name }));
    const first = (n - 1) * SIZE + 1;
    return { products, names: products.map((p) => p.name), ids: products.map((p) => p.id), range: rangeText(first, first + products.length - 1, TOTAL) };
  } finally {
    await emulator.config({ offsetWindow: 10_000, rateLimitPerMinute: 200 });
  }
}

/** Reloads the app at page `n` (its own URL, as a bookmark or a reload would open it). */
async function reloadAt(s, n) {
  const frame = await s.appFrame();
  await s.expectAppReload(() =>
    frame.evaluate((page) => {
      const url = new URL(location.href);
      url.searchParams.set('page', String(page));
      setTimeout(() => location.assign(url.href));
    }, n),
  );
}

/**
 * 24. A 1,000,000-product Catalog V1 catalog, with Wix's 10,000-product offset window enforced by the emulator.
 * Page 401 (the first page past the window, opened from its URL), the page after it with Next, and the last
 * page (with "Last page": read from the end in the reversed order) show the right products; no call is
 * refused; page 5,000 says it cannot be opened directly and offers the nearest pages that can.
 */
export default {
  id: 'deep-paging',
  title: '24. Deep paging: page 401 and the last page of 1,000,000 products (V1)',
  catalog: 'million',
  async run(s) {
    const { emulator } = s;
    const refused = async () => (await emulator.stats()).recent.filter((c) => c.status === 400);

    await s.open();
    const page = new CatalogPage(s.app);
    await page.settled({ timeout: 30_000 });
    await reloadAt(s, 401);
    const p401 = await expectedPage(emulator, 401);
    await page.showing(p401, { timeout: 30_000 });
    await s.state('page-401');
    await page.nextPage.click();
    await page.showing(await expectedPage(emulator, 402), { timeout: 30_000 });
    await page.previousPage.click();
    await page.showing(p401, { timeout: 30_000 });

    await page.lastPage.click();
    const last = await expectedPage(emulator, TOTAL / SIZE);
    await page.showing(last, { timeout: 30_000 });
    await s.state('last-page');
    assert.ok(await page.nextPage.isDisabled(), 'Next page is disabled on the last page');
    await page.previousPage.click();
    await page.showing(await expectedPage(emulator, TOTAL / SIZE - 1), { timeout: 30_000 });
    assert.deepEqual(await refused(), [], 'no call was refused by the offset window');

    // Page 5,000: neither near the window nor near the end.
    await reloadAt(s, 5_000);
    await until('the page to say page 5,000 cannot be opened directly', async () => (await s.app.getByText(/^Page 5,000 can’t be opened directly/).count()) === 1, { timeout: 30_000 });
    assert.equal(await page.button('Go to page 400').count(), 1, 'offers the last page inside the window');
    assert.equal(await page.button('Go to page 39,601').count(), 1, 'offers the first page reachable from the end');
    await s.state('page-5000-unreachable');
    await page.button('Go to page 400').click();
    await page.showing(await expectedPage(emulator, 400), { timeout: 30_000 });
    assert.deepEqual(await refused(), [], 'no call was refused by the offset window');
  },
};
