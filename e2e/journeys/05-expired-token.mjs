import assert from 'node:assert/strict';
import { CatalogPage, rangeText } from '../lib/catalog-page.mjs';
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
  async run(s) {
    const { emulator } = s;
    const total = (await emulator.queryV1({ filter: {}, paging: { limit: 1, offset: 0 } })).metadata.total;

    // (a) Tokens live one second; the next page is asked for after the first token expired.
    await emulator.config({ tokenTtlSeconds: 1 });
    await s.open();
    const page = new CatalogPage(s.app);
    await page.resultsWithRange(rangeText(1, 25, total));
    await sleep(1_500);
    await page.nextPage.click();
    await page.resultsWithRange(rangeText(26, 50, total));
    const statuses = (await emulator.stats()).recent.map((c) => c.status);
    assert.ok(statuses.every((status) => status === 200), `no call was refused: ${statuses}`);
    await s.state('fresh-token');
    await s.close();

    // (b) Every token the dashboard gives is already expired.
    await emulator.reset();
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
    await again.resultsWithRange(rangeText(1, 25, total));
    await s.state('reconnected');
  },
};
