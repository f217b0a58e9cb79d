import assert from 'node:assert/strict';
import { REQUEST_TIMEOUT_MS, RENDER_SLACK_MS } from '../lib/config.mjs';
import { CatalogPage } from '../lib/catalog-page.mjs';
import { until } from '../lib/wait.mjs';

const statuses = async (mark) => (await mark.calls()).map((c) => c.status);

/**
 * 6. Faults. A 503 is retried without the person doing anything; three in a row end in a message whose
 * "Try again" works in one click. A call that never answers ends in "Wix did not answer in time" within the
 * configured request timeout. A 429 makes the page wait for Retry-After, say so, and recover by itself.
 */
export default {
  id: 'faults',
  title: '6. Faults: 503, hung call, 429',
  versions: ['V1', 'V3'],
  async run(s) {
    const { emulator, catalog } = s;
    const pages = [];
    for (let n = 1; n <= 5; n++) pages[n] = await catalog.page({ page: n });
    await s.open();
    const page = new CatalogPage(s.app);
    await page.showing(pages[1]);
    let mark;

    // 503 once: retried automatically.
    mark = await emulator.mark();
    await emulator.config({ failNext: { count: 1, status: 503 } });
    await page.nextPage.click();
    await page.showing(pages[2]);
    assert.deepEqual(await statuses(mark), [503, 200], 'one 503, then the automatic retry succeeded');
    await s.state('503-retried');

    // 503 three times: more than the automatic retries; the message offers Try again, one click recovers.
    mark = await emulator.mark();
    await emulator.config({ failNext: { count: 3, status: 503 } });
    await page.nextPage.click();
    const text = await page.errorState('Wix Stores can’t be reached right now');
    assert.match(text, /Request ID/, 'the request id is shown for support');
    assert.deepEqual(await statuses(mark), [503, 503, 503]);
    await s.state('503-message');
    await page.button('Try again').click();
    await page.showing(pages[3]);
    assert.deepEqual(await statuses(mark), [503, 503, 503, 200]);
    await s.state('503-try-again');

    // A hung call: the timeout message appears within the configured request timeout.
    mark = await emulator.mark();
    await emulator.config({ hangNext: 1 });
    const started = Date.now();
    await page.nextPage.click();
    await page.errorState('Wix did not answer in time', { timeout: REQUEST_TIMEOUT_MS + RENDER_SLACK_MS });
    const elapsed = Date.now() - started;
    assert.ok(elapsed >= REQUEST_TIMEOUT_MS - 200, `the page waited for the timeout (${elapsed} ms), it did not guess`);
    s.note(`timeout message after ${elapsed} ms (request timeout ${REQUEST_TIMEOUT_MS} ms)`);
    await s.state('timeout-message');
    await page.button('Try again').click();
    await page.showing(pages[4]);
    assert.deepEqual(await statuses(mark), [0, 200], 'the hung call, then the retry');
    await s.state('timeout-try-again');

    // 429 with Retry-After: the page says it waits, waits, and recovers without a click.
    mark = await emulator.mark();
    await emulator.config({ failNext: { count: 1, status: 429 } });
    await page.nextPage.click();
    const notice = await until('the "Wix is busy" notice', async () => {
      const texts = await page.notice.allInnerTexts();
      return texts.find((t) => t.startsWith('Wix is busy. Trying again in'));
    });
    await s.state('429-waiting', { axe: false });
    assert.match(notice, /Trying again in 1 s/, 'the wait follows Retry-After (1 s)');
    await page.showing(pages[5]);
    const calls = await mark.calls();
    assert.deepEqual(calls.map((c) => c.status), [429, 200]);
    const waited = Date.parse(calls[1].at) - Date.parse(calls[0].at);
    assert.ok(waited >= 900, `the retry waited for Retry-After (${waited} ms after the 429)`);
    await s.state('429-recovered');
  },
};
