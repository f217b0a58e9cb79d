import { sleep } from '../../e2e/lib/wait.mjs';
import { close, counts, log, openPage, painted } from '../lib/app-session.mjs';
import { V1_QUERY, startEmulator } from '../lib/emulator.mjs';
import { int, median, ms, printTable } from '../lib/format.mjs';

const BIG = 1_000_000;
/** After the filtered rows were painted: long enough for a late request (or the idle prefetch) to show up. */
const QUIET_MS = 800;
/** The limit issue 11 sets: one product request per filter change. */
export const FILTER_REQUEST_LIMIT = 1;

/**
 * The changes a person makes in the filter bar, in order, each to a state the page has not shown yet (so no
 * answer can come from the page cache): [label, the select's accessible name, option value]. The bench's
 * emulator is a Catalog V1 store, where Visibility is disabled (V1 cannot filter on it server-side).
 */
const CHANGES = [
  ['Stock → Out of stock', 'Stock', 'out-of-stock'],
  ['+ Product type → Physical', 'Product type', 'physical'],
  ['Stock → Any (physical only)', 'Stock', ''],
  ['Product type → Digital', 'Product type', 'digital'],
];

/** The first product query the emulator answered since its counters were cleared (the change's own). */
async function firstQuery(emulator) {
  const call = (await emulator.stats()).recent.find((c) => c.path === V1_QUERY);
  return call ? { filter: JSON.stringify(call.payload?.query?.filter ?? {}), serverMs: call.ms } : null;
}

/**
 * One visit: opens the page, waits for its first rows and for the lazily mounted filter bar, then makes each
 * change in CHANGES: product requests (emulator) − cm:prefetch marks after the change, and the select's
 * change event → the next `cm:painted` of page 1 (the filtered rows; a page with no match paints 0 rows).
 */
async function visit(browser, emulator, name) {
  const s = await openPage(browser, emulator, name);
  await painted(s, { page: 1 });
  let previous = null;
  const changes = [];
  for (const [label, control, value] of CHANGES) {
    const select = s.frame.getByRole('combobox', { name: control, exact: true });
    await select.waitFor({ state: 'visible' });
    await sleep(QUIET_MS); // the last change's prefetch (if any) is over before the counters are cleared
    await emulator.clearStats();
    const before = await counts(s);
    const changesBefore = (await log(s)).changes.length;
    await select.selectOption(value);
    const shown = await s.frame
      .waitForFunction(
        ({ since }) => window.__bench.painted.slice(since).find((p) => p.page === 1) ?? null,
        { since: before.painted },
        { timeout: 30_000, polling: 'raf' },
      )
      .then((h) => h.jsonValue());
    await sleep(QUIET_MS);
    const requests = await emulator.productQueries();
    const query = await firstQuery(emulator);
    const { changes: changeEvents, prefetches } = await log(s);
    const change = changeEvents[changesBefore];
    if (!change) throw new Error(`${name}: no change event for ${label}`);
    // The rows must answer a new server-side filter, or the figure times something else.
    if (!query || query.filter === previous) throw new Error(`${name}: ${label} sent no new filter (${query?.filter})`);
    previous = query.filter;
    const prefetched = prefetches.filter((p) => p.at >= change.at).length;
    changes.push({ label, requests, prefetches: prefetched, intents: requests - prefetched, changeToPainted: shown.at - change.at, rows: shown.rows, serverMs: query.serverMs, filter: query.filter });
  }
  await close(s);
  return changes;
}

/** `visits` visits against one emulator; per change: the worst intent count and the median time. */
async function measureAt(browser, emulator, visits, tag) {
  const samples = [];
  for (let i = 0; i < visits; i++) samples.push(await visit(browser, emulator, `filters-${tag}-${i}`));
  return CHANGES.map(([label], c) => {
    const runs = samples.map((v) => v[c]);
    return {
      label,
      intents: Math.max(...runs.map((r) => r.intents)),
      prefetches: Math.max(...runs.map((r) => r.prefetches)),
      changeToPainted: median(runs.map((r) => r.changeToPainted)),
      serverMs: median(runs.map((r) => r.serverMs)),
      rows: runs[0].rows,
      runs,
    };
  });
}

/**
 * Section 10: filter changes at 0 ms latency, at 5k products (`small`, already running) and at 1,000,000
 * (an emulator of its own, started as section 5 starts it and stopped after).
 */
export async function measureFilters({ browser, bundle, appDir, small, visits }) {
  await small.latency(0);
  const atSmall = await measureAt(browser, small, visits, '5k');
  const big = await startEmulator({ bundle, appDir, products: BIG });
  try {
    const atBig = await measureAt(browser, big, visits, '1m');
    return { visits, readySeconds: big.readySeconds, small: atSmall, big: atBig, worstIntents: Math.max(...[...atSmall, ...atBig].map((c) => c.intents)) };
  } finally {
    await big.stop();
  }
}

/** Prints section 10. */
export function printFilters(r) {
  const rows = r.small.map((a, i) => {
    const b = r.big[i];
    return [a.label, int(a.intents), ms(a.changeToPainted), int(a.rows), int(b.intents), ms(b.changeToPainted), ms(b.serverMs), int(b.rows)];
  });
  rows.push(`requests = Stores product requests counted by the emulator − the cm:prefetch marks set after the change (as section 2); worst of ${r.visits} visit(s); limit ${FILTER_REQUEST_LIMIT}`);
  rows.push(`change → painted: the select's change event → the next cm:painted of page 1 (the filtered rows), median; 0 ms latency; each change to a state not shown before (no page cache)`);
  rows.push(`prefetches after the changes (5k / 1M): ${r.small.map((c) => c.prefetches).join(' ')} / ${r.big.map((c) => c.prefetches).join(' ')}; 1M emulator ready in ${r.readySeconds.toFixed(1)} s`);
  printTable('10. Filter changes: requests (limit 1) and change → rows painted, at 5k and 1M products',
    ['change (cumulative)', '5k requests', '5k → painted', '5k rows', '1M requests', '1M → painted', '1M server', '1M rows'], rows);
}
