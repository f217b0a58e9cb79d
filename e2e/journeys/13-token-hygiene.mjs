import assert from 'node:assert/strict';
import { KEYSTROKE_DELAY_MS } from '../lib/config.mjs';
import { CatalogPage } from '../lib/catalog-page.mjs';
import { sleep } from '../lib/wait.mjs';

/** Everything the app frame keeps or shows that a token must never reach. */
async function appFrameSurfaces(frame) {
  return frame.evaluate(async () => {
    const storage = (store) => JSON.stringify(Object.fromEntries(Object.keys(store).map((k) => [k, store.getItem(k)])));
    let databases = '';
    try {
      databases = JSON.stringify(await indexedDB.databases());
    } catch {
      databases = '(not available)';
    }
    let cacheNames = '';
    try {
      cacheNames = JSON.stringify(await caches.keys());
    } catch {
      cacheNames = '(not available)';
    }
    return {
      'location.href': location.href,
      localStorage: storage(localStorage),
      sessionStorage: storage(sessionStorage),
      'document.cookie': document.cookie,
      'history.state': JSON.stringify(history.state),
      'window.name': window.name,
      'document.title': document.title,
      'visible text': document.body.innerText,
      'DOM (markup and attributes)': document.documentElement.outerHTML,
      'IndexedDB databases': databases,
      'Cache Storage': cacheNames,
      'resource URLs': performance.getEntriesByType('resource').map((e) => e.name).join('\n'),
    };
  });
}

/**
 * 13. Token hygiene: every Authorization value the app sends (a fresh dashboard token per call, tokens living
 * 2 s here so there are many) is collected from the requests Chromium made; none of them (nor its secret part,
 * nor its base64) appears in the app frame's storage, cookies, URL, history state, window name, markup or
 * visible text, in any console message, or in any request URL — through loading, searching, paging, and the
 * error states that show a request ID (503), name a permission (403) or end the session (401).
 */
export default {
  id: 'tokens',
  title: '13. Token hygiene',
  async run(s) {
    const { emulator, catalog } = s;
    const page1 = await catalog.page();
    const search1 = await catalog.page({ text: 'cl' });
    const search2 = await catalog.page({ text: 'cl', page: 2 });
    const search3 = await catalog.page({ text: 'cl', page: 3 });
    await emulator.config({ tokenTtlSeconds: 2 });

    const sent = new Set();
    const requestUrls = [];
    await s.newPage();
    s.page.on('request', async (request) => {
      requestUrls.push(request.url());
      const headers = await request.allHeaders().catch(() => request.headers());
      if (headers.authorization) sent.add(headers.authorization);
    });
    await s.goto();
    const page = new CatalogPage(s.app);
    const checked = [];
    /** Where a token sent so far appears outside the Authorization header. */
    const findLeaks = async () => {
      await sleep(200); // let the last request's headers arrive
      const tokens = [...sent];
      const needles = tokens.flatMap((token) => {
        const secret = token.replace(/^(Bearer\s+)?(emu\.)?/, '');
        return [
          [token, token],
          [token, secret],
          [token, Buffer.from(token).toString('base64')],
          [token, Buffer.from(token).toString('base64url')],
        ];
      });
      const surfaces = {
        ...(await appFrameSurfaces(await s.appFrame())),
        'console messages': s.console.map((m) => m.text).join('\n'),
        'request URLs': requestUrls.join('\n'),
        'dashboard address': s.page.url(),
      };
      const leaks = [];
      for (const [where, text] of Object.entries(surfaces)) {
        for (const [token, needle] of needles) {
          if (needle.length >= 8 && text.includes(needle)) leaks.push(`${where} holds ${needle === token ? 'the token' : 'an encoding of the token'} ${token.slice(0, 8)}…`);
        }
      }
      return leaks;
    };
    /** No token anywhere a person, a script on the page, a log or another site could read it. */
    const assertNoLeak = async (label) => {
      assert.ok(sent.size > 0, `${label}: the app sent tokens`);
      assert.deepEqual(await findLeaks(), [], `${label}: no token outside the Authorization header`);
      checked.push(label);
    };

    await page.showing(page1);
    await assertNoLeak('loaded');
    await page.search.pressSequentially('cl', { delay: KEYSTROKE_DELAY_MS });
    await page.showing(search1);
    await sleep(2_100); // the next call needs a new token
    await page.nextPage.click();
    await page.showing(search2);
    await assertNoLeak('searched and paged');

    // An error that shows a request ID (page 3 is not in the page's cache: it must be asked for).
    await emulator.config({ failNext: { count: 3, status: 503 } });
    await page.nextPage.click();
    const unavailable = await page.errorState('Wix Stores can’t be reached right now');
    assert.match(unavailable, /Request ID/);
    await assertNoLeak('503 with a request ID');
    await s.state('503-request-id');
    await page.button('Try again').click();
    await page.showing(search3);

    // Permission denied (the dashboard's user switch reloads the app).
    await s.hostControl('role', 'staff');
    await page.errorState('You don’t have permission to view products');
    await assertNoLeak('403 permission denied');

    // The session ended: every token the dashboard gives is expired.
    await s.hostControl('role', 'expired');
    await page.errorState('Your Wix session has ended');
    await assertNoLeak('401 session ended');
    await s.state('401-session-ended');

    assert.ok(sent.size >= 3, `several tokens were used (${sent.size})`);
    // The check itself finds a planted token (it cannot pass by looking nowhere).
    const planted = [...sent][0];
    await (await s.appFrame()).evaluate((t) => {
      sessionStorage.setItem('e2e-planted', t.slice(4));
      console.info(`planted ${btoa(t)}`);
    }, planted);
    const found = await findLeaks();
    assert.ok(found.some((l) => l.startsWith('sessionStorage holds an encoding')), `a planted secret in sessionStorage is found: ${found}`);
    assert.ok(found.some((l) => l.startsWith('console messages holds an encoding')), `a planted base64 token in the console is found: ${found}`);
    s.note(`${sent.size} distinct tokens sent; none found in ${checked.length} states × storage, cookies, URLs, history, markup, text, console`);
  },
};
