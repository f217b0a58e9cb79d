import { close, openPage, painted } from '../lib/app-session.mjs';
import { mb, printTable } from '../lib/format.mjs';

/** The leak figure the issue sets as a goal. */
export const LEAK_GOAL_BYTES = 5e6;

/**
 * Flips `n` pages inside the frame, as fast as the page allows: "Next page" until it is disabled, then
 * "Previous page" back, and so on; each flip waits for the rows of the new page to be painted.
 */
function flip(frame, n) {
  return frame.evaluate(async (n) => {
    const button = (label) => document.querySelector(`button[aria-label="${label}"]`);
    const disabled = (b) => b.getAttribute('aria-disabled') === 'true';
    window.__benchDirection ??= 1;
    for (let i = 0; i < n; i++) {
      let target = button(window.__benchDirection > 0 ? 'Next page' : 'Previous page');
      if (disabled(target)) {
        window.__benchDirection = -window.__benchDirection;
        target = button(window.__benchDirection > 0 ? 'Next page' : 'Previous page');
      }
      const seen = window.__bench.painted.length;
      target.click();
      const deadline = performance.now() + 10_000;
      while (window.__bench.painted.length === seen) {
        if (performance.now() > deadline) throw new Error(`flip ${i}: no rows painted within 10 s`);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    }
  }, n);
}

/**
 * JS heap in use after a forced GC, in the page's renderer (the app frame shares it with the dashboard host
 * page, whose share does not grow with paging). The bench's own records (marks, resource entries, the
 * recorder's log) are cleared first so that only the app's memory is left.
 */
async function heapAfterGc(session, cdp) {
  await session.frame.evaluate(() => {
    performance.clearMarks();
    performance.clearMeasures();
    performance.clearResourceTimings();
    for (const list of ['renders', 'painted', 'clicks', 'keys']) window.__bench[list].length = 0;
  });
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

/** Section 6: heap after 10 and after `flips` page flips (25 per page, emulator latency 0). */
export async function measureMemory({ browser, app, flips }) {
  await app.latency(0);
  const s = await openPage(browser, app, 'memory');
  await painted(s, { page: 1 });
  const cdp = await s.context.newCDPSession(s.page);
  await cdp.send('HeapProfiler.enable');
  const started = Date.now();
  await flip(s.frame, 10);
  const after10 = await heapAfterGc(s, cdp);
  await flip(s.frame, flips - 10);
  const afterAll = await heapAfterGc(s, cdp);
  const seconds = (Date.now() - started) / 1000;
  await cdp.detach();
  await close(s);
  return { flips, after10, afterAll, leak: afterAll - after10, goal: LEAK_GOAL_BYTES, seconds };
}

/** Prints section 6. */
export function printMemory(m) {
  printTable(`6. Memory: JS heap after a forced GC (CDP HeapProfiler.collectGarbage + Runtime.getHeapUsage)`, ['measure', 'heap'], [
    ['after 10 page flips', mb(m.after10)],
    [`after ${m.flips.toLocaleString('en-US')} page flips`, mb(m.afterAll)],
    [`difference (leak figure; goal < ${mb(m.goal)})`, mb(m.leak)],
    `${m.flips} flips took ${m.seconds.toFixed(1)} s; the page cache fills to its 50-page cap on the way (by design, counted here)`,
  ]);
}
