import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { until } from '../../e2e/lib/wait.mjs';
import { close, counts, log, openPage, pagingButton, painted } from '../lib/app-session.mjs';
import { startEmulator } from '../lib/emulator.mjs';
import { median, ms, printTable } from '../lib/format.mjs';

/** Catalog of the shared run: an export of it is 90 reads; one page of 100 hidden is ~100 V1 writes. */
const PRODUCTS = 9_000;
const RATE_LIMIT = 200;
/** The app's pace: background work gets this much of any minute (src/app/catalog/site-pace.ts). */
const BACKGROUND_SHARE = 160;
/** The merchant flips a page every 3 s (the pace's reserve assumes no faster). */
const FLIP_EVERY_MS = 3_000;
const IDLE_FLIPS = 6;
const RUN_TIMEOUT_MS = 300_000;

/** The most entries in any 60 s window (times in ms). */
function busiestMinute(times) {
  const t = [...times].sort((a, b) => a - b);
  let most = 0;
  for (let end = 0, start = 0; end < t.length; end++) {
    while (t[end] - t[start] >= 60_000) start++;
    most = Math.max(most, end - start + 1);
  }
  return most;
}

/** "Previous page" to `page`: ms from the click to its rows painted, and whether a Stores read answered it. */
async function flip(s, page, storesOrigin) {
  const before = await counts(s);
  await pagingButton(s, 'Previous page').click();
  const shown = await painted(s, { page }, before.painted);
  const click = (await log(s)).clicks.at(-1).at;
  const read = await s.frame.evaluate(({ click, origin }) =>
    performance.getEntriesByType('resource').some((e) => e.name.startsWith(origin) && !e.name.includes('/_emulator/') && e.startTime >= click), { click, origin: storesOrigin });
  return { ms: shown.at - click, read };
}

/**
 * A bulk run and an export at the same time in one page, against the emulator's rate limit (200 a minute, 429
 * with Retry-After past it): "Export" (all 9,000 products: 90 reads), then the page of 100 selected and "Hide
 * from store" (Catalog V1: one updateProduct per product). Meanwhile the merchant pages back through the list
 * every 3 s. Every Stores call the app made is timed by Resource Timing in its frame: the busiest 60 s; 429s
 * from the emulator's counters; the page's click → rows painted during the run against the same flips idle
 * just before, in the same page. "Previous" walks from page 90 (of 100 rows): never prefetched, so each is a read.
 */
async function sharedRun(browser, bundle, appDir) {
  const emulator = await startEmulator({ bundle, appDir, products: PRODUCTS });
  try {
    await emulator.clearStats();
    await emulator.config({ rateLimitPerMinute: RATE_LIMIT });
    const s = await openPage(browser, emulator, 'bulk-and-export', '', { frameParams: { size: '100', page: '90' } });
    const origin = new URL(emulator.url).origin;
    await painted(s, { page: 90 });
    await s.frame.evaluate(() => performance.setResourceTimingBufferSize(100_000));
    let page = 90;
    const idle = [];
    for (let i = 0; i < IDLE_FLIPS; i++) {
      await s.page.waitForTimeout(FLIP_EVERY_MS);
      idle.push(await flip(s, --page, origin));
    }
    const before = await emulator.stats();
    const runStart = await s.frame.evaluate(() => performance.now());
    const t = performance.now();
    const download = s.page.waitForEvent('download', { timeout: RUN_TIMEOUT_MS });
    await s.frame.getByRole('button', { name: 'Export', exact: true }).click();
    let exportSeconds = null;
    void download.then(() => (exportSeconds = (performance.now() - t) / 1000));
    await s.frame.getByRole('checkbox', { name: 'Select all products on this page', exact: true }).click();
    await s.frame.getByRole('button', { name: 'Hide from store', exact: true }).click();
    const dialog = s.frame.getByRole('alertdialog', { name: 'Confirm bulk change' });
    await dialog.getByRole('button', { name: 'Apply', exact: true }).click();
    const doneText = 'Done: 100 changed, 0 not changed.';
    let bulkSeconds = null;
    void until(`"${doneText}"`, async () => (await s.frame.getByText(doneText).count()) > 0, { timeout: RUN_TIMEOUT_MS, interval: 100 })
      .then(() => (bulkSeconds = (performance.now() - t) / 1000));
    const during = [];
    while (bulkSeconds === null || exportSeconds === null) {
      if (performance.now() - t > RUN_TIMEOUT_MS) throw new Error('bulk + export: not done in time');
      await s.page.waitForTimeout(FLIP_EVERY_MS);
      if (bulkSeconds === null || exportSeconds === null) during.push(await flip(s, --page, origin));
    }
    await download;
    await until('the rows re-read', async () => (await s.frame.locator('table').getAttribute('aria-busy')) === 'false');
    const after = await emulator.stats();
    const times = await s.frame.evaluate(({ origin, runStart }) =>
      performance.getEntriesByType('resource').filter((e) => e.name.startsWith(origin) && !e.name.includes('/_emulator/') && e.startTime >= runStart).map((e) => e.startTime), { origin, runStart });
    const delta = (pick) => pick(after) - pick(before);
    const writes = Object.keys(after.byEndpoint).filter((k) => k.startsWith('PATCH ')).reduce((n, k) => n + (after.byEndpoint[k] ?? 0) - (before.byEndpoint[k] ?? 0), 0);
    await close(s);
    const reads = (list) => list.filter((f) => f.read).map((f) => f.ms);
    return {
      products: PRODUCTS, rateLimit: RATE_LIMIT, bulkSeconds, exportSeconds,
      calls: delta((x) => x.requests), timedCalls: times.length, writes, busiestMinute: busiestMinute(times),
      limited: delta((x) => x.byStatus['429'] ?? 0), idle: reads(idle), during: reads(during), flipsDuring: during.length,
    };
  } finally {
    await emulator.stop();
  }
}

/**
 * A Catalog V1 run on 1,000 products through the app's BulkRunner at the site's pace on a virtual clock (a
 * bench/pace/*.measure.ts file, run by jest: the app's services need Angular's injector), so the ~5 minutes at the
 * pace take seconds: "hide" (v1-hide, one updateProduct each) and "+10 %" (v1-percent, one
 * bulkUpdateProductsProperty per distinct new price in each batch of 100).
 */
function v1AtPace(name) {
  const out = join(tmpdir(), `pace-${name}-${process.pid}.json`);
  const run = spawnSync('npx', ['jest', '--roots', '<rootDir>/bench', '--testMatch', `**/${name}.measure.ts`, '--maxWorkers=1'], {
    env: { ...process.env, PACE_BENCH_OUT: out }, encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`${name}.measure.ts failed:\n${run.stdout}\n${run.stderr}`);
  const figure = JSON.parse(readFileSync(out, 'utf8'));
  rmSync(out);
  return figure;
}

/** Both pace figures (run with `--only bulk`). */
export async function measureBulkPace({ browser, bundle, appDir }) {
  return { shared: await sharedRun(browser, bundle, appDir), v1Hide: v1AtPace('v1-hide'), v1Percent: v1AtPace('v1-percent') };
}

export function printBulkPace({ shared: r, v1Hide: h, v1Percent: p }) {
  const [idle, during] = [median(r.idle), median(r.during)];
  printTable(`Bulk and export at the same time (V1, ${r.products.toLocaleString('en-US')} products), emulator at ${r.rateLimit} calls/min`,
    ['figure', 'value', 'goal'],
    [
      ['Stores calls in the busiest 60 s (all the app made)', String(r.busiestMinute), `≤ ${r.rateLimit} (background ≤ ${BACKGROUND_SHARE})`],
      ['429s', String(r.limited), '0'],
      ['calls made (emulator) / timed in the frame', `${r.calls} / ${r.timedCalls} (${r.writes} writes)`, ''],
      ['bulk "Hide from store" on 100 done / export of all done', `${r.bulkSeconds.toFixed(1)} s / ${r.exportSeconds.toFixed(1)} s`, ''],
      [`page read, "Previous" click → rows painted: idle (${r.idle.length}) / during (${r.during.length} of ${r.flipsDuring})`, `${ms(idle)} / ${ms(during)}`, ''],
      ['page read during ÷ idle (same run)', (during / idle).toFixed(2), 'never delayed by the pace'],
      'a flip every 3 s; each "Previous" is a Stores read (never prefetched); the page\'s reads never wait on the pace,',
      'they count in its window (the pace keeps 40 of the 200 for them); the time of the run is the pace at work',
    ]);
  printTable('Catalog V1 "Hide from store" on 1,000 products ("all matching"), at the site\'s pace (virtual clock)',
    ['products', 'calls', 'calls ÷ minimum', 'time at the pace', 'busiest minute', '429s', 'real time'],
    [
      [String(h.products), String(h.calls), `${h.calls} ÷ ${h.minimum} = ${(h.calls / h.minimum).toFixed(2)}`,
        `${Math.floor(h.paceSeconds / 60)} min ${Math.round(h.paceSeconds % 60)} s`, `${h.busiestMinute} (≤ ${BACKGROUND_SHARE})`, String(h.limited), `${h.realSeconds.toFixed(1)} s`],
      'measured with the pace\'s injected clock: BulkRunner, the real SDK and an in-process emulator (its own rate',
      'limit off: it runs on real time), the pace\'s waits on a virtual clock, so ~5 minutes take seconds. V1 has no',
      'bulk visibility call: one updateProduct per product not hidden yet (minimum); the rest: walking the result',
      '(100 a page), reading current values (100 a call), the version. Hidden products in the seed are left as they are.',
    ]);
  if (p) printV1Percent(p);
}

/** Catalog V1 "+10 %" on 1,000 products at the pace: one call per distinct new price in each batch of 100. */
export function printV1Percent(p) {
  printTable('Catalog V1 "+10 %, to the cent" on 1,000 products ("all matching"), at the site\'s pace (virtual clock)',
    ['products', 'calls (writes)', 'calls ÷ minimum', 'time at the pace', 'busiest minute', '429s', 'real time'],
    [
      [String(p.products), `${p.calls} (${p.writes})`, `${p.calls} ÷ ${p.minimum} = ${(p.calls / p.minimum).toFixed(2)}`,
        `${Math.floor(p.paceSeconds / 60)} min ${Math.round(p.paceSeconds % 60)} s`, `${p.busiestMinute} (≤ ${BACKGROUND_SHARE})`, String(p.limited), `${p.realSeconds.toFixed(1)} s`],
      'V1 writes absolute prices with bulkUpdateProductsProperty, one price a call: products whose new price is the',
      `same share a call, every distinct new price in a batch of 100 costs one (${p.writes} write calls for ${p.distinctPrices} distinct`,
      'new prices over the run). V1\'s relative bulkAdjustProductProperty (one call per 100) is unused on purpose: after',
      'a lost answer a retry could apply it twice. Minimum as the other rows: one read and one write per 100 products.',
    ]);
}
