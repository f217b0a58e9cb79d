import assert from 'node:assert/strict';
import { KEYSTROKE_DELAY_MS } from '../lib/config.mjs';
import { CatalogPage } from '../lib/catalog-page.mjs';

const TITLE = 'You don’t have permission to view products';

/**
 * 4. Role "Staff without product access": every product call is refused (403). The page names the missing
 * permission (Catalog V1: WIX_STORES.READ_PRODUCTS; V3: SCOPE.STORES.PRODUCT_READ) and who can grant it; the
 * rest of the page keeps working (search, sort, Try again), no page error.
 */
export default {
  id: 'staff-role',
  title: '4. Role "Staff without product access"',
  versions: ['V1', 'V3'],
  async run(s) {
    const { permission } = s.catalog;
    await s.emulator.config({ role: 'staff' });
    await s.open();
    const page = new CatalogPage(s.app);
    const text = await page.errorState(TITLE);
    assert.ok(text.includes(permission.name), `names the permission as the site owner sees it ("${permission.name}")`);
    assert.ok(text.includes(permission.id), `gives the permission id ${permission.id}`);
    const other = s.catalog.v3 ? 'WIX_STORES.READ_PRODUCTS' : 'SCOPE.STORES.PRODUCT_READ';
    assert.ok(!text.includes(other), `does not name the other catalog's permission ${other}`);
    assert.match(text, /Roles & Permissions/, 'says where it is granted');
    assert.equal(await page.table.count(), 0, 'no empty table pretending the store has no products');
    await s.state('permission-denied');

    // Nothing else breaks: the controls still work and keep explaining the same thing.
    await page.search.pressSequentially('cl', { delay: KEYSTROKE_DELAY_MS });
    await page.sort.selectOption({ label: 'Price (low to high)' });
    await page.button('Try again').click();
    await page.errorState(TITLE);
    assert.equal(await page.searchText(), 'cl');
    assert.equal(await page.alert.count(), 1, 'one explanation, not a stack of them');
    const calls = (await s.emulator.stats()).recent.filter((c) => c.path.includes('/products/'));
    assert.ok(calls.length >= 2 && calls.every((c) => c.status === 403), `every product call was refused with 403: ${calls.map((c) => `${c.path} ${c.status}`)}`);
    assert.deepEqual(s.pageErrors, [], 'no uncaught error in the page');
    await s.state('permission-denied-after-search');

    // Signed in again with a role that has product access (the dashboard's user switch reloads the app).
    await s.hostControl('role', 'owner');
    const { names } = await page.settled();
    assert.ok(names.length > 0, 'products are listed once the role has the permission');
    await page.assertNoError();
  },
};
