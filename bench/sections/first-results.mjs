import { close, log, openPage, painted } from '../lib/app-session.mjs';
import { goal, median, ms, printTable } from '../lib/format.mjs';
import { V1_QUERY } from '../lib/emulator.mjs';
import { startTrace, summariseLoad } from '../lib/trace.mjs';

const VERSION_PATH = '/stores/v3/provision/version';

/**
 * One cold load of the app in a fresh context, timed inside the app's frame from its navigation start
 * (the frame's time origin) to the first product rows painted and shown, split at:
 *   bootstrap      → the app's first element in the DOM (download, parse, Angular's first render)
 *   handshake+token→ the first Stores request starts (SDK handshake with the dashboard, first token)
 *   query          → the product response has arrived (catalog version + product query, over the network)
 *   render         → the rows are painted (SDK parsing, mapping, Angular render, layout and paint)
 *   language wait  → the app is shown: it stays `hidden` until its language's messages are in, so rows painted
 *                    before that are not seen yet (0 when the messages came first)
 * Also returned: the JS files the frame fetched ({file, start, end}, ms from its navigation start), so a
 * caller can time a lazy chunk (the language's messages) against those phases. With `trace`, the load runs
 * under a CDP trace (which slows it: time it apart) and `mainThread` has each phase's main-thread time by group
 * (and the time spent on the script `traceFile`, see summariseLoad).
 */
export async function firstResults(browser, emulator, name, { frameParams, inspect, trace = false, traceFile } = {}) {
  const beforeGoto = trace ? async (page, session) => (session.stopTrace = await startTrace(page)) : undefined;
  const s = await openPage(browser, emulator, name, '', { frameParams, beforeGoto });
  const first = await painted(s);
  // The app (not the seed's-way or floor page) is seen only once it is shown: wait for that paint too.
  await s.frame.waitForFunction(() => !document.querySelector('cm-root') || window.__bench.shownPainted !== null, null, { timeout: 30_000 });
  const events = s.stopTrace ? await s.stopTrace() : null;
  const { firstContent, prefetches, shownPainted } = await log(s);
  const resources = await s.frame.evaluate(() =>
    performance.getEntriesByType('resource').map((e) => ({ name: e.name, type: e.initiatorType, start: e.startTime, end: e.responseEnd })),
  );
  // What the caller checks about the loaded page (e.g. its language), before the context closes.
  const inspected = inspect ? await inspect(s) : undefined;
  await close(s);
  const stores = resources.filter((r) => r.name.includes(VERSION_PATH) || r.name.includes(V1_QUERY));
  const products = resources.filter((r) => r.name.includes(V1_QUERY) && r.end <= first.at).at(-1);
  if (!products || firstContent === null) throw new Error(`${name}: no product request or no first content recorded`);
  // Boundaries in order; each phase is the gap to the previous boundary (never negative), so they add up.
  const bounds = [firstContent, Math.min(...stores.map((r) => r.start)), products.end, first.at, Math.max(first.at, shownPainted ?? 0)];
  let previous = 0;
  const [bootstrap, handshake, query, render, languageWait] = bounds.map((b) => {
    const at = Math.max(b, previous);
    const phase = at - previous;
    previous = at;
    return phase;
  });
  // Requests of the first load (up to the first rows painted), each kind on its own; round trips = the
  // product request plus every Stores request that had ended before it started (it waited for them).
  const beforePaint = stores.filter((r) => r.start <= first.at);
  const versionRequests = beforePaint.filter((r) => r.name.includes(VERSION_PATH)).length;
  const productRequests = beforePaint.filter((r) => r.name.includes(V1_QUERY)).length;
  const roundTrips = 1 + stores.filter((r) => r.end <= products.start).length;
  const prefetchesBeforePaint = prefetches.filter((p) => p.at <= first.at).length;
  const scripts = resources.filter((r) => /\.m?js$/.test(new URL(r.name).pathname)).map((r) => ({ file: new URL(r.name).pathname.split('/').pop(), start: r.start, end: r.end }));
  // Traced: the frame's main thread per phase (scripting, style, layout, paint, …), ms of self time each.
  const mainThread = events ? summariseLoad(events, { paintedAt: first.at, bounds, file: traceFile }) : undefined;
  return { total: previous, painted: first.at, bootstrap, handshake, query, render, languageWait, storesRequests: stores.length, versionRequests,
    productRequests, roundTrips, prefetchesBeforePaint, scripts, inspected, mainThread };
}

/** Section 3: time to first results, median of `runs` cold loads at each emulator latency (one warm-up first). */
export async function measureFirstResults({ browser, app, latencies, runs }) {
  const out = [];
  for (const latencyMs of latencies) {
    await app.latency(latencyMs);
    await firstResults(browser, app, `first-results-warm-up-${latencyMs}`);
    const samples = [];
    for (let i = 0; i < runs; i++) samples.push(await firstResults(browser, app, `first-results-${latencyMs}-${i}`));
    const pick = (key) => median(samples.map((x) => x[key]));
    out.push({
      latencyMs,
      runs,
      median: { total: pick('total'), bootstrap: pick('bootstrap'), handshake: pick('handshake'), query: pick('query'), render: pick('render'), languageWait: pick('languageWait'),
        versionRequests: pick('versionRequests'), productRequests: pick('productRequests'), roundTrips: pick('roundTrips') },
      samples,
    });
  }
  await app.latency(0);
  return out;
}

/** Prints section 3. */
export function printFirstResults(list) {
  const cols = list.map((x) => `${x.latencyMs} ms latency`);
  const row = (label, key) => [label, ...list.map((x) => ms(x.median[key]))];
  printTable(`3. Time to first results: app frame navigation start → first product rows painted (median of ${list[0].runs} cold loads)`, ['phase', ...cols], [
    row('total', 'total'),
    null,
    row('bootstrap (→ app\'s first element)', 'bootstrap'),
    row('handshake + token (→ first Stores request)', 'handshake'),
    row('query (catalog version + products)', 'query'),
    row('render (→ rows painted)', 'render'),
    row('language wait (→ shown: its messages are in)', 'languageWait'),
    null,
    ['catalog version requests (first load)', ...list.map((x) => String(x.median.versionRequests))],
    ['product requests (first load)', ...list.map((x) => String(x.median.productRequests))],
    ['Stores round trips before the rows', ...list.map((x) => String(x.median.roundTrips))],
    ['goal: one round trip', ...list.map((x) => goal(x.median.roundTrips <= 1))],
    'phases are medians each, so they need not add up to the median total exactly',
    'requests: Resource Timing in the app frame, started before the first rows were painted; a round trip is the product',
    'request plus each Stores request that had ended before it started (catalog version, then products = 2)',
  ]);
}
