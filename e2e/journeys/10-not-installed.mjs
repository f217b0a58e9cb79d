import assert from 'node:assert/strict';
import { CatalogOracle } from '../lib/catalog-oracle.mjs';
import { CatalogPage } from '../lib/catalog-page.mjs';

const TITLE = 'Wix Stores is not installed on this site';

/**
 * 10. Wix Stores not installed (catalog version NONE): the page says so and how to add it, offers nothing that
 * cannot work (no search, sort, table or paging), and asks Wix only which catalog the site runs. Once Stores is
 * added (a new store runs Catalog V3), "Reload page" lists the products.
 */
export default {
  id: 'not-installed',
  title: '10. Wix Stores not installed',
  async run(s) {
    const { emulator } = s;
    // The V3 catalog the page will list at the end, read now: the reset wipes the oracle's calls from the stats.
    const v3 = await new CatalogOracle(emulator, 'V3').load();
    await s.resetEmulator();
    await emulator.config({ catalogVersion: 'NONE' });
    await s.open();
    const page = new CatalogPage(s.app);
    const message = page.app.getByRole('status').filter({ has: page.app.getByRole('heading', { name: TITLE }) });
    await message.waitFor();
    const text = await message.innerText();
    assert.match(text, /Add Wix Stores to this site from your dashboard/, 'says how to add Wix Stores');
    assert.match(text, /Add Apps → App Market → Wix Stores/, 'says where to find it');
    assert.equal(await message.getByRole('button', { name: 'Reload page' }).count(), 1, 'offers to reload once Stores is added');
    for (const [what, locator] of [
      ['search box', page.search],
      ['"Sort by"', page.sort],
      ['products table', page.table],
      ['paginator', page.range],
      ['error alert', page.alert],
    ]) {
      assert.equal(await locator.count(), 0, `no ${what} on a site without Wix Stores`);
    }
    const calls = (await emulator.stats()).recent;
    // The first visit's first read goes out with the version check, on the guessed catalog (V1); the answer
    // (no Stores) drops it. Nothing else is read.
    assert.deepEqual(
      calls.map((c) => `${c.method} ${c.path}`).sort(),
      ['GET /stores-reader/v1/products/query-platformized', 'GET /stores/v3/provision/version'],
      'one question to Wix (which catalog?) and only the guessed first read',
    );
    assert.deepEqual(s.pageErrors, [], 'no uncaught error in the page');
    await s.state('not-installed');

    // The merchant adds Wix Stores (new stores run Catalog V3) and reloads the page.
    await emulator.config({ catalogVersion: 'V3' });
    await s.expectAppReload(() => message.getByRole('button', { name: 'Reload page' }).click());
    await page.showing(await v3.page());
    await page.assertNoError();
    await s.state('installed-v3');
  },
};
