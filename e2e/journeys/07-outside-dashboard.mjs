import assert from 'node:assert/strict';
import { CONNECTION_TIMEOUT_MS, RENDER_SLACK_MS } from '../lib/config.mjs';
import { CatalogPage } from '../lib/catalog-page.mjs';

const TITLE = 'Open Catalog Manager from your Wix dashboard';

/**
 * 7. Outside the dashboard: the app URL opened directly in a tab shows "Open Catalog Manager from your Wix
 * dashboard" within the connection timeout: with no dashboard parameters at all, and with the very URL the
 * dashboard frames (nobody answers the handshake there). Also: a dashboard that never answers the handshake.
 */
export default {
  id: 'outside-dashboard',
  title: '7. Outside the dashboard',
  async run(s) {
    const { emulator } = s;
    // The URL the dashboard gives the iframe, as a person might copy it.
    await s.open();
    const framedUrl = (await s.appFrame()).url();
    await s.close();

    const cases = [
      ['bare-url', `${emulator.appUrl}/`],
      ['framed-url-in-tab', framedUrl],
    ];
    for (const [label, url] of cases) {
      const started = Date.now();
      await s.openDirect(url);
      const page = new CatalogPage(s.page);
      const text = await page.errorState(TITLE, { timeout: CONNECTION_TIMEOUT_MS + RENDER_SLACK_MS });
      const elapsed = Date.now() - started;
      assert.match(text, /choose Catalog Manager in the menu/);
      assert.equal(await page.button('Try again').count(), 0, 'no Try again that cannot work');
      s.note(`${label}: message after ${elapsed} ms (connection timeout ${CONNECTION_TIMEOUT_MS} ms)`);
      await s.state(label);
      await s.close();
    }

    // Framed, but the dashboard drops the handshake: the same message, in the same time.
    await emulator.config({ dropHandshake: true });
    const mark = await emulator.mark();
    const started = Date.now();
    await s.open();
    const page = new CatalogPage(s.app);
    await page.errorState(TITLE, { timeout: CONNECTION_TIMEOUT_MS + RENDER_SLACK_MS });
    s.note(`handshake dropped: message after ${Date.now() - started} ms`);
    assert.deepEqual(await mark.calls(), [], 'no Stores call without a token');
    await s.state('handshake-dropped');
  },
};
