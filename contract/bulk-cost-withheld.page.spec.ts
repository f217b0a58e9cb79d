import './jsdom-node-bridge';
import type { ToastRequest } from '../src/app/catalog/dashboard-requests';
import type { ProductsPageHarness } from '../src/app/products/testing/products-page-harness';
import { useBulkPage } from './bulk-setup';
import type { Contract } from './contract-setup';
import type { ConnectedPage } from './connected-page';

/*
 * A V3 price change through the page by a user whose role may update products but not see their cost (the
 * emulator's `editor`): the merchant sees, per product, that it was not changed and which permission to ask for,
 * and the emulator's write log shows nothing applied (a write without cost would have erased it).
 */

jest.setTimeout(60_000);

describe('V3 price change on the products page when Wix withholds cost (real SDK, emulator)', () => {
  const bulk = useBulkPage({ role: 'editor', emulator: { catalogVersion: 'V3', products: 60, rateLimitPerMinute: 0 } });
  let contract: Contract;
  let page: ConnectedPage;
  let harness: ProductsPageHarness;
  let toasts: ToastRequest[];
  beforeEach(() => ({ contract, page, harness, toasts } = bulk));

  it('+10 % on 2 products: "not changed" for each, naming the permission; nothing written', async () => {
    const names = (await harness.rowNames()).slice(0, 2);
    for (const name of names) await harness.toggleCheckbox(`Select ${name}`);
    await page.until(() => page.root().querySelector('[role=toolbar]') !== null);
    await harness.click('Change price');
    await page.until(() => page.root().querySelectorAll('.preview tr').length === 2);
    await harness.click('Apply price change');
    await harness.click('Apply');
    await page.until(() => page.text().includes('Done: 0 changed, 2 not changed.'));
    const reason =
      'not changed: your role can’t see this product’s cost, and changing its price would erase it (ask for the “Product v3 read admin” permission, SCOPE.STORES.PRODUCT_READ_ADMIN, to see cost and profit)';
    const results = await harness.bulkResults();
    for (const name of names) expect(results).toContain(`${name}: ${reason}`);
    expect(contract.emulator.state.stats.snapshot().writes).toEqual([]);
    expect(toasts.at(-1)).toMatchObject({ message: 'No products were changed.', type: 'error' });
  });
});
