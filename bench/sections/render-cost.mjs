import { close, counts, intend, openPage, pagingButton, painted } from '../lib/app-session.mjs';
import { median, ms, percentile, printTable } from '../lib/format.mjs';
import { V1_QUERY } from '../lib/emulator.mjs';

const PAGE_SIZE = 100;

/**
 * Every page flip the frame painted since `since` (frame time): {page, rows, resultsToRendered,
 * resultsToPainted, responseToPainted (from the later of the response and the click), clickToPainted, and
 * responseToOnScreen (Element Timing, when the page was opened with rowTiming; else null)}, from the `cm:*` marks, the product responses' Resource
 * Timing and the recorder's clicks (one click per flip). Both the app and the floor page mark the same way.
 */
export function flipTimings(s, since) {
  return s.frame.evaluate(
    ({ since, path }) => {
      const after = (name) => performance.getEntriesByName(name).filter((e) => e.startTime >= since);
      const responses = performance.getEntriesByType('resource').filter((e) => e.name.includes(path));
      const rendered = after('cm:rendered');
      const clicks = window.__bench.clicks.filter((c) => c.at >= since);
      // With the recorder's rowTiming: when the new rows' text was on screen (Element Timing), else null.
      const onScreenAfter = (from, until) => window.__bench.rowPaints.map((p) => p.at).filter((at) => at >= from && at < until).sort((a, b) => a - b)[0] ?? null;
      return after('cm:render').map((m, i) => {
        const response = responses.filter((r) => r.responseEnd <= m.startTime).at(-1);
        // A prefetched page's response ended before the click: then the span starts at the click.
        const from = Math.max(response.responseEnd, clicks[i]?.at ?? 0);
        const onScreen = clicks[i] ? onScreenAfter(clicks[i].at, clicks[i + 1]?.at ?? Infinity) : null;
        return {
          responseToOnScreen: onScreen === null ? null : onScreen - from,
          page: m.detail.page,
          rows: m.detail.rows,
          resultsToRendered: rendered[i].startTime - m.startTime,
          resultsToPainted: m.duration,
          responseToPainted: m.startTime + m.duration - from,
          clickToPainted: clicks[i] ? m.startTime + m.duration - clicks[i].at : null,
        };
      });
    },
    { since, path: V1_QUERY },
  );
}

/**
 * Section 4: what rendering a page of 100 products costs, from the bench build's User Timing marks:
 * `cm:results` (the page state arrived at the component) → `cm:rendered` (Angular wrote the rows) →
 * `cm:painted` (the frame with them was painted). Also from the Stores response's arrival (Resource Timing
 * `responseEnd`), which adds the SDK's parsing and the product mapping. `pages` pages, one after another.
 */
export async function measureRenderCost({ browser, app, pages }) {
  await app.latency(0);
  const s = await openPage(browser, app, 'render-cost');
  await painted(s, { page: 1 });
  let before = await counts(s);
  await s.frame.locator('select#cm-page-size').selectOption(String(PAGE_SIZE));
  await painted(s, { page: 1, pageSize: PAGE_SIZE }, before.painted);
  const since = await s.frame.evaluate(() => performance.now());
  for (let page = 2; page < pages + 2; page++) {
    before = await counts(s);
    await intend(s, page);
    await pagingButton(s, 'Next page').click();
    await painted(s, { page, pageSize: PAGE_SIZE }, before.painted);
  }
  const samples = await flipTimings(s, since);
  await close(s);
  const bad = samples.filter((x, i) => x.rows !== PAGE_SIZE || x.page !== i + 2);
  if (samples.length !== pages || bad.length > 0) throw new Error(`render cost: expected ${pages} pages of ${PAGE_SIZE}, got ${JSON.stringify(samples)}`);
  const stat = (key) => ({ median: median(samples.map((x) => x[key])), p95: percentile(samples.map((x) => x[key]), 95) });
  return {
    pages,
    pageSize: PAGE_SIZE,
    resultsToRendered: stat('resultsToRendered'),
    resultsToPainted: stat('resultsToPainted'),
    responseToPainted: stat('responseToPainted'),
    clickToPainted: stat('clickToPainted'),
    samples,
  };
}

/** Prints section 4. */
export function printRenderCost(r) {
  const row = (label, x) => [label, ms(x.median), ms(x.p95)];
  printTable(`4. Render cost: ${r.pages} pages of ${r.pageSize} products, one after another (emulator latency 0 ms)`, ['span', 'median', 'p95'], [
    row('response received → 100 rows painted', r.responseToPainted),
    row('  of which: results at the page → rows in the DOM (Angular)', r.resultsToRendered),
    row('  of which: results at the page → rows painted', r.resultsToPainted),
    row('"next" click → rows painted (whole round trip)', r.clickToPainted),
    'response received: Resource Timing responseEnd of the Stores call; the rest are the bench build\'s cm:* marks',
  ]);
}
