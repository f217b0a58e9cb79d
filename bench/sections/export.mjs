import { close, openPage, painted } from '../lib/app-session.mjs';
import { V1_QUERY, startEmulator } from '../lib/emulator.mjs';
import { mb, printTable } from '../lib/format.mjs';
import { until } from '../../e2e/lib/wait.mjs';

const EXPORT_PRODUCTS = 20_000;
const BIG = 1_000_000;
const EXPORT_TIMEOUT_MS = 300_000;

/**
 * The renderer's live JS heap after a full garbage collection (CDP HeapProfiler.collectGarbage, then
 * Runtime.getHeapUsage): what the page holds, not garbage waiting to be collected. The app frame shares the
 * renderer with the host page (same site), so the host page's small heap is included, the same before and after.
 */
async function liveHeap(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}

/**
 * One export of the whole catalog from the page's "Export" button to the download: seconds, rows, Stores reads,
 * and the renderer's live JS heap (after GC) sampled every second: before, and the peak while exporting.
 */
async function timedExport(browser, emulator, name, rateLimitPerMinute = 0) {
  const s = await openPage(browser, emulator, name);
  await painted(s, { page: 1 });
  // Counters from zero (a reset), then the rate limit this run measures.
  await emulator.clearStats();
  await emulator.config({ rateLimitPerMinute });
  const cdp = await s.context.newCDPSession(s.page);
  const before = await liveHeap(cdp);
  let peak = before;
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      peak = Math.max(peak, await liveHeap(cdp).catch(() => 0));
      await new Promise((r) => setTimeout(r, 1_000));
    }
  })();
  const download = s.page.waitForEvent('download', { timeout: EXPORT_TIMEOUT_MS });
  const t = performance.now();
  await s.frame.getByRole('button', { name: 'Export', exact: true }).click();
  const file = await download;
  const seconds = (performance.now() - t) / 1000;
  sampling = false;
  await sampler;
  const path = await file.path();
  const { readFileSync } = await import('node:fs');
  const rows = readFileSync(path, 'utf8').split('\r\n').length - 2;
  const stats = await emulator.stats();
  const reads = stats.byEndpoint[`GET ${V1_QUERY}`] ?? 0;
  await close(s);
  return { seconds, rows, reads, heapBefore: before, heapPeak: peak };
}

/**
 * Export of 20,000 products (V1) with the emulator's rate limit off and at Wix's 200 calls a minute; then the
 * time the page takes to answer page 5,000 of a 1,000,000-product catalog (which it cannot open directly: the
 * figure is the time to say so, with the nearest pages that open).
 */
export async function measureExport({ browser, bundle, appDir }) {
  const emulator = await startEmulator({ bundle, appDir, products: EXPORT_PRODUCTS });
  let unlimited;
  let limited;
  try {
    unlimited = await timedExport(browser, emulator, 'export-unlimited');
    limited = await timedExport(browser, emulator, 'export-200-per-minute', 200);
  } finally {
    await emulator.stop();
  }
  const big = await startEmulator({ bundle, appDir, products: BIG });
  let deep;
  try {
    const s = await openPage(browser, big, 'page-5000');
    await painted(s, { page: 1 });
    const t = performance.now();
    // The app at ?page=5000, as a bookmark opens it (the dashboard frames the app's own URL).
    await s.frame.evaluate(() => {
      const url = new URL(location.href);
      url.searchParams.set('page', '5000');
      setTimeout(() => location.assign(url.href));
    });
    await new Promise((r) => setTimeout(r, 200));
    s.frame = await (await s.page.$(big.appFrameSelector)).contentFrame();
    await until('page 5,000 to answer', async () => (await s.frame.getByText(/Page 5,000 can’t be opened directly|of 1,000,000/).count()) > 0, { timeout: 60_000 });
    const seconds = (performance.now() - t) / 1000;
    const reachable = (await s.frame.getByText('of 1,000,000').count()) > 0;
    const stats = await big.stats();
    deep = { seconds, reachable, reads: stats.byEndpoint[`GET ${V1_QUERY}`] ?? 0 };
    await close(s);
  } finally {
    await big.stop();
  }
  return { products: EXPORT_PRODUCTS, unlimited, limited, deep };
}

export function printExport(r) {
  const minimum = Math.ceil(r.products / 100);
  const row = (label, x) => [
    label,
    `${x.seconds.toFixed(1)} s`,
    String(x.rows),
    `${Math.round(x.rows / x.seconds)}`,
    `${x.reads} ÷ ${minimum} = ${(x.reads / minimum).toFixed(2)}`,
    `${mb(x.heapBefore)} → ${mb(x.heapPeak)}`,
  ];
  printTable(`Export of ${r.products.toLocaleString('en-US')} products (V1, 100 a call, paced to 180 calls/min)`,
    ['run', 'time', 'rows', 'rows/s', 'calls ÷ minimum', 'live JS heap before → peak (after GC)'],
    [row('emulator rate limit off', r.unlimited), row('200 calls/min (Wix)', r.limited)]);
  printTable('Page 5,000 of 1,000,000 products (V1, 25 a page)', ['answer', 'time', 'Stores reads'], [
    [r.deep.reachable ? 'the page' : 'cannot be opened directly (says so, offers pages 400 and 39,601)', `${r.deep.seconds.toFixed(2)} s`, String(r.deep.reads)],
  ]);
}
