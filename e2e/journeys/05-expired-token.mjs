import assert from 'node:assert/strict';
import { CatalogPage } from '../lib/catalog-page.mjs';
import { sleep } from '../lib/wait.mjs';

const TITLE = 'Your Wix session has ended';

/**
 * 5. Expired token. (a) Tokens that outlive their short lifetime: the page asks the dashboard for a token on
 * every call, so it carries on with a fresh one and nobody notices. (b) The dashboard only hands out expired
 * tokens: the page says the session ended and how to reconnect ("Reload page" reloads it); signed in again, it recovers.
 */
export default {
  id: 'expired-token',
  title: '5. Expired token',
  versions: ['V1', 'V3'],
  async run(s) {
    const { emulator, catalog } = s;
    const [page1, page2] = [await catalog.page({ page: 1 }), await catalog.page({ page: 2 })];

    // (a) Tokens live one second; the next page is asked for after the first token expired.
    await emulator.config({ tokenTtlSeconds: 1 });
    await s.open();
    const page = new CatalogPage(s.app);
    await page.showing(page1);
    await sleep(1_500);
    await page.nextPage.click();
    await page.showing(page2);
    const recent = (await emulator.stats()).recent;
    // Apart from a V3 site's guessed first read (refused with 428 by design), no call is refused: no token ever is.
    const statuses = catalog.withoutGuess(recent).map((c) => c.status);
    assert.ok(statuses.every((status) => status === 200), `no call was refused: ${recent.map((c) => c.status)}`);
    await s.state('fresh-token');
    await s.close();

    // (b) Every token the dashboard gives is already expired.
    await s.resetEmulator();
    await emulator.config({ role: 'expired' });
    await s.open();
    const again = new CatalogPage(s.app);
    const text = await again.errorState(TITLE);
    assert.match(text, /Reload the page to reconnect/, 'explains how to reconnect');
    assert.equal((await emulator.stats()).recent.at(-1)?.status, 401);
    await s.state('session-ended');

    // "Reload page" reloads the app; the dashboard still only has an expired session, so the same advice.
    await s.expectAppReload(() => again.button('Reload page').click());
    await again.errorState(TITLE);
    assert.deepEqual(s.pageErrors, [], 'no uncaught error in the page');
    // Signed in again (the dashboard's user switch reloads the app with a fresh session): products load.
    await s.hostControl('role', 'owner');
    await again.showing(page1);
    await s.state('reconnected');
  },
};
