import { sleep } from '../../e2e/lib/wait.mjs';
import { close, counts, intend, log, openPage, pagingButton, painted, searchBox } from '../lib/app-session.mjs';
import { int, median, ms, printTable, ratio } from '../lib/format.mjs';
import { isStale } from '../lib/recorder.mjs';
import { V1_QUERY } from '../lib/emulator.mjs';
import { ONE_FRAME_MS } from './goals.mjs';

/** How long to wait for the app's idle prefetch of the next page (its `cm:prefetch` mark and its response). */
const PREFETCH_WAIT_MS = 3000;

/** After the last expected render: long enough for a late request (debounce + latency) to show up. */
const QUIET_MS = 800;
const PAGING = [['Next page', 2], ['Next page', 3], ['Previous page', 2], ['Previous page', 1]];

/**
 * The 20-character query typed in every burst: the first 20 characters of the first product name (by name)
 * that has them without a trailing space, lower-cased as a person types. Deterministic for a seeded catalog.
 */
export async function pickQuery(emulator) {
  const { body } = await emulator.timedV1Query({ query: { sort: [{ fieldName: 'name', order: 'ASC' }], paging: { limit: 100, offset: 0 } } });
  const name = body.products.map((p) => p.name).find((n) => n.length > 20 && n[19] !== ' ' && !n.includes('  '));
  return name.slice(0, 20).toLowerCase();
}

/** Types `query` one key at a time into a freshly opened page; counts product requests and renders. */
async function typing(browser, emulator, kind, query, delay) {
  const s = await openPage(browser, emulator, `${kind}-typing-${delay}`);
  await painted(s);
  const since = await counts(s);
  const t0 = await s.frame.evaluate(() => performance.now());
  await emulator.clearStats();
  await searchBox(s).click();
  await searchBox(s).pressSequentially(query, { delay });
  const done = await painted(s, { text: query }, since.painted);
  await sleep(QUIET_MS);
  const requests = await emulator.productQueries();
  const { renders, keys, prefetches } = await log(s);
  await close(s);
  const after = renders.slice(since.renders);
  const prefetched = prefetches.filter((p) => p.at >= t0).length;
  return { requests, prefetches: prefetched, intents: requests - prefetched, renders: after.length, stale: after.filter(isStale).length, lastKeyToRows: done.at - keys.at(-1) };
}

/** Opens a page and pages 1→2→3→2→1, waiting for each page's rows; counts product requests (page 1 included). */
async function paging(browser, emulator, kind) {
  await emulator.clearStats();
  const s = await openPage(browser, emulator, `${kind}-paging`);
  await painted(s, { page: 1 });
  const since = await counts(s);
  const shown = [];
  for (const [label, page] of PAGING) {
    const before = await counts(s);
    await intend(s, page);
    await pagingButton(s, label).click();
    shown.push(await painted(s, { page }, before.painted));
  }
  await sleep(QUIET_MS);
  const requests = await emulator.productQueries();
  const { renders, clicks, prefetches } = await log(s);
  await close(s);
  const after = renders.slice(since.renders);
  const waits = shown.map((p, i) => ({ to: PAGING[i][1], label: PAGING[i][0], ms: p.at - clicks[i].at }));
  return { requests, prefetches: prefetches.length, intents: requests - prefetches.length, renders: after.length, stale: after.filter(isStale).length, waits };
}

/**
 * Waits until the frame started a prefetch of `page` (a `cm:prefetch` mark) and a product response that
 * started at or after that mark has arrived (a Resource Timing entry exists only once the response ended).
 * Returns that mark, or null after PREFETCH_WAIT_MS.
 */
export async function prefetchDone(s, page) {
  const handle = await s.frame
    .waitForFunction(
      ({ page, path }) => {
        const mark = window.__bench.prefetches.find((p) => p.page === undefined || p.page === page);
        if (!mark) return null;
        const response = performance.getEntriesByType('resource').find((e) => e.name.includes(path) && e.startTime >= mark.at - 1);
        return response ? mark : null;
      },
      { page, path: V1_QUERY },
      { timeout: PREFETCH_WAIT_MS, polling: 50 },
    )
    .catch(() => null);
  return handle ? handle.jsonValue() : null;
}

/**
 * "Next" with the next page prefetched: opens the page, and before each of two "next" clicks waits for the
 * app's idle prefetch of that page (at most PREFETCH_WAIT_MS); click → rows painted, median of the clicks
 * that had one. {seen: false} when no prefetch showed up (a page that does not prefetch).
 */
async function prefetchPaging(browser, emulator, kind) {
  const s = await openPage(browser, emulator, `${kind}-prefetch-paging`);
  await painted(s, { page: 1 });
  const waits = [];
  for (const page of [2, 3]) {
    const mark = await prefetchDone(s, page);
    if (!mark) break;
    const before = await counts(s);
    await intend(s, page);
    await pagingButton(s, 'Next page').click();
    const shown = await painted(s, { page }, before.painted);
    const { clicks } = await log(s);
    waits.push(shown.at - clicks.at(-1).at);
  }
  const { prefetches } = await log(s);
  await close(s);
  return { seen: waits.length > 0, clickToPainted: median(waits), waits, prefetches: prefetches.length };
}

/** Distinct queries a burst at 400 ms/key really asks: a trailing space settles on the same (trimmed) text. */
const intentsIn = (query) => new Set([...query].map((_, i) => query.slice(0, i + 1).trim())).size;

/**
 * Sections 2 and 7: requests per intent for the app and for the seed's-way page, at each emulator latency,
 * each scenario in a fresh browser context so no page cache carries over.
 */
export async function measureRequests({ browser, app, seed, latencies }) {
  const query = await pickQuery(app);
  const runs = [];
  for (const latencyMs of latencies) {
    await Promise.all([app.latency(latencyMs), seed.latency(latencyMs)]);
    const run = { latencyMs };
    for (const [kind, emulator] of [['app', app], ['seed', seed]]) {
      run[kind] = {
        typing60: await typing(browser, emulator, kind, query, 60),
        typing400: await typing(browser, emulator, kind, query, 400),
        paging: await paging(browser, emulator, kind),
      };
    }
    run.app.nextClick = nextWait(run.app.paging);
    run.app.prefetchPaging = await prefetchPaging(browser, app, 'app');
    runs.push(run);
  }
  await Promise.all([app.latency(0), seed.latency(0)]);
  return { query, limits: { typing60: 1, typing400: intentsIn(query), paging: 3 }, runs };
}

const nextWait = (paging) => median(paging.waits.filter((w) => w.label === 'Next page').map((w) => w.ms));

/** Prints section 2: the app's requests against the limits the issue sets. */
export function printRequests(r) {
  const at = (f) => r.runs.map((run) => f(run));
  const latencyCols = r.runs.map((run) => `${run.latencyMs} ms latency`);
  printTable(`2. Requests per intent: Catalog Manager (query "${r.query}", Stores product requests counted by the emulator)`, ['intent', ...latencyCols, 'limit'], [
    ['typing 20 chars at 60 ms/key', ...at((x) => int(x.app.typing60.intents)), String(r.limits.typing60)],
    ['same burst at 400 ms/key (each pause > 250 ms debounce is an intent)', ...at((x) => int(x.app.typing400.intents)), String(r.limits.typing400)],
    ['paging 1→2→3→2→1 (page 1 load included)', ...at((x) => int(x.app.paging.intents)), String(r.limits.paging)],
    ['prefetches in those three visits (60 / 400 ms/key / paging)', ...at((x) => ['typing60', 'typing400', 'paging'].map((k) => int(x.app[k].prefetches)).join(' / ')), ''],
    ['"next" click → rows painted (median of 2)', ...at((x) => ms(nextWait(x.app.paging))), ''],
    ['with the next page prefetched: "next" click → rows painted', ...at((x) => (x.app.prefetchPaging?.seen ? ms(x.app.prefetchPaging.clickToPainted) : 'no prefetch seen')),
      `≤ ${ONE_FRAME_MS.toFixed(1)} ms`],
    ['last key → rows painted, 60 ms/key (incl. debounce)', ...at((x) => ms(x.app.typing60.lastKeyToRows)), ''],
    'intents = product requests counted by the emulator − the cm:prefetch marks the app set in that visit; limits are on intents',
    `with prefetch: before each of 2 "next" clicks, wait ≤ ${PREFETCH_WAIT_MS / 1000} s for a cm:prefetch of that page and its response; goal at 0 ms: one frame`,
  ]);
}

/** Prints section 7: the app beside the seed's-way page, same scenarios, same run. */
export function printSeedComparison(r, seedPageBytes) {
  const rows = [];
  for (const run of r.runs) {
    for (const [label, key] of [['typing 60 ms/key', 'typing60'], ['typing 400 ms/key', 'typing400'], ['paging 1→2→3→2→1', 'paging']]) {
      const a = run.app[key];
      const s = run.seed[key];
      // The app's intents (requests − its cm:prefetch marks), as section 2: the seed's way never prefetches.
      rows.push([`${label}, ${run.latencyMs} ms`, int(a.intents), int(s.requests), ratio(s.requests / a.intents),
        `${a.stale} of ${a.renders}`, `${s.stale} of ${s.renders}`, a.stale ? ratio(s.stale / a.stale) : s.stale ? `${s.stale} vs 0` : 'both 0']);
    }
  }
  rows.push("requests: app = its intents, product requests − its cm:prefetch marks (as section 2); seed = all its product requests (it never prefetches)");
  rows.push('stale render: rows painted for a query other than the one in the search box (or a page other than the one asked for)');
  if (seedPageBytes) rows.push(`the seed's-way page itself: ${(seedPageBytes / 1000).toFixed(1)} kB of minified JS (Wix SDK only, no UI framework)`);
  printTable("7. The seed's way, side by side (bench/seed-page: a find() per keystroke and click; no debounce, cancel or cache)",
    ['intent, emulator latency', 'requests: app (intents)', 'seed', 'seed ÷ app', 'stale renders: app', 'seed', 'seed ÷ app'], rows);
}
