import { close, counts, openPage, pagingButton, painted } from '../lib/app-session.mjs';
import { goal, median, ms, percentile, printTable, ratio } from '../lib/format.mjs';
import { GROUPS, startTrace, summariseFlip } from '../lib/trace.mjs';
import { firstResults } from './first-results.mjs';
import { flipTimings } from './render-cost.mjs';

const PAGE_SIZE = 100;
/** The app opened at 100 products per page, as the floor page always is (the frame's own `?size=100`). */
const AT_100 = { frameParams: { size: String(PAGE_SIZE) } };
export const GOALS = { firstResultsRatio: 1.3, responseToPaintedRatio: 1.2 };

const ratios = (pairs, key) => pairs.map(([ours, floor]) => ours[key] / floor[key]);

/** Pages `flips` times in both pages, alternately; {ours, floor} samples from flipTimings. */
async function interleavedFlips(ours, floor, flips) {
  const since = {};
  for (const s of [ours, floor]) {
    await painted(s, { page: 1, pageSize: PAGE_SIZE });
    since[s.name] = await s.frame.evaluate(() => performance.now());
  }
  for (let page = 2; page < flips + 2; page++) {
    for (const s of page % 2 ? [floor, ours] : [ours, floor]) {
      const before = await counts(s);
      await pagingButton(s, 'Next page').click();
      await painted(s, { page, pageSize: PAGE_SIZE }, before.painted);
    }
  }
  return { ours: await flipTimings(ours, since[ours.name]), floor: await flipTimings(floor, since[floor.name]) };
}

/** One more page flip in `s` under a CDP trace, summarised by group. */
async function tracedFlip(s) {
  const before = await counts(s);
  const stop = await startTrace(s.page);
  await pagingButton(s, 'Next page').click();
  await painted(s, { pageSize: PAGE_SIZE }, before.painted);
  await s.page.waitForTimeout(50);
  return summariseFlip(await stop());
}

/**
 * Section 8: Catalog Manager beside the floor page (bench/floor-page), measured in the same run and
 * interleaved so that a noisy machine slows both alike. Both at 100 products per page.
 *  - time to first results: `pairs` cold visits each, alternating app and floor, at `latencyMs`;
 *  - response → 100 rows painted: one visit each at 0 ms, `flips` "next" clicks alternating between them;
 *  - one more flip each under a Chromium trace: where the main thread's time goes.
 * Ratios are medians of per-pair ratios (ours ÷ floor).
 */
export async function measureFloor({ browser, app, floor, latencyMs, pairs, flips }) {
  await Promise.all([app.latency(latencyMs), floor.latency(latencyMs)]);
  await firstResults(browser, app, 'floor-app-warm-up', AT_100);
  await firstResults(browser, floor, 'floor-warm-up');
  const loads = [];
  for (let i = 0; i < pairs; i++) {
    const visit = { ours: () => firstResults(browser, app, `floor-app-${i}`, AT_100), floor: () => firstResults(browser, floor, `floor-${i}`) };
    const order = i % 2 ? ['floor', 'ours'] : ['ours', 'floor'];
    const got = {};
    for (const key of order) got[key] = await visit[key]();
    loads.push([got.ours, got.floor]);
  }

  await Promise.all([app.latency(0), floor.latency(0)]);
  // rowTiming: Element Timing tells when each page's new rows were on screen (cm:painted can trail that frame).
  const ours = await openPage(browser, app, 'floor-app-flips', '', { ...AT_100, rowTiming: true });
  const bare = await openPage(browser, floor, 'floor-flips', '', { rowTiming: true });
  let flipSamples;
  let trace;
  try {
    flipSamples = await interleavedFlips(ours, bare, flips);
    trace = { ours: await tracedFlip(ours), floor: await tracedFlip(bare) };
  } finally {
    await close(ours);
    await close(bare);
  }
  const n = Math.min(flipSamples.ours.length, flipSamples.floor.length);
  const flipPairs = Array.from({ length: n }, (_, i) => [flipSamples.ours[i], flipSamples.floor[i]]);
  const stat = (list, key) => ({ median: median(list.map((x) => x[key])), p95: percentile(list.map((x) => x[key]), 95) });
  const side = (i, key) => median(loads.map((pair) => pair[i][key]));
  return {
    latencyMs,
    pairs,
    flips: n,
    firstResults: {
      ours: Object.fromEntries(['total', 'handshake', 'query', 'render'].map((k) => [k, side(0, k)])),
      floor: Object.fromEntries(['total', 'handshake', 'query', 'render'].map((k) => [k, side(1, k)])),
      ratio: median(ratios(loads, 'total')),
      samples: loads,
    },
    responseToPainted: {
      ours: stat(flipSamples.ours, 'responseToPainted'),
      floor: stat(flipSamples.floor, 'responseToPainted'),
      ratio: median(ratios(flipPairs, 'responseToPainted')),
      samples: flipSamples,
    },
    responseToOnScreen: {
      ours: stat(flipSamples.ours.filter((x) => x.responseToOnScreen !== null), 'responseToOnScreen'),
      floor: stat(flipSamples.floor.filter((x) => x.responseToOnScreen !== null), 'responseToOnScreen'),
      ratio: median(ratios(flipPairs.filter(([o, f]) => o.responseToOnScreen !== null && f.responseToOnScreen !== null), 'responseToOnScreen')),
      flips: flipPairs.filter(([o, f]) => o.responseToOnScreen !== null && f.responseToOnScreen !== null).length,
    },
    trace,
  };
}

/** Prints section 8 and the paint breakdown. */
export function printFloor(f, floorPageBytes) {
  const fr = f.firstResults;
  const rp = f.responseToPainted;
  const phase = (label, key) => [label, ms(fr.ours[key]), ms(fr.floor[key]), ratio(fr.ours[key] / fr.floor[key]), ''];
  printTable(`8. The floor, side by side (bench/floor-page: handshake, token, one query, 100 rows by plain DOM calls), interleaved, same run`,
    ['figure', 'ours', 'floor', 'ours ÷ floor', 'goal'], [
      [`time to first results, ${f.latencyMs} ms latency (median of ${f.pairs} pairs)`, ms(fr.ours.total), ms(fr.floor.total), ratio(fr.ratio),
        `≤ ${GOALS.firstResultsRatio}× ${goal(fr.ratio <= GOALS.firstResultsRatio)}`],
      phase('  handshake + token (→ first Stores request)', 'handshake'),
      phase('  query (→ product response)', 'query'),
      phase('  render (→ rows painted)', 'render'),
      [`response → 100 rows painted, median (${f.flips} flips each, 0 ms)`, ms(rp.ours.median), ms(rp.floor.median), ratio(rp.ratio),
        `≤ ${GOALS.responseToPaintedRatio}× ${goal(rp.ratio <= GOALS.responseToPaintedRatio)}`],
      ['response → 100 rows painted, p95', ms(rp.ours.p95), ms(rp.floor.p95), ratio(rp.ours.p95 / rp.floor.p95), ''],
      ...(f.responseToOnScreen ? [[`response → rows on screen (Element Timing), median (${f.responseToOnScreen.flips} flip pairs)`, ms(f.responseToOnScreen.ours.median),
        ms(f.responseToOnScreen.floor.median), ratio(f.responseToOnScreen.ratio), '']] : []),
      'both at 100 products per page (the app opened with ?size=100 in its frame); ratios: median of per-pair ratios',
      ...(floorPageBytes ? [`the floor page itself: ${(floorPageBytes / 1000).toFixed(1)} kB of minified JS (Wix SDK + the app's fromV1Product)`] : []),
    ]);
  const t = f.trace;
  if (!t?.ours || !t?.floor) {
    console.log('\n   paint breakdown: no trace (no click or no cm:painted in it)');
    return;
  }
  const cpu = (x, g) => ms(x?.cpu?.[g]);
  const rows = [...GROUPS, 'idle'].map((g) => [g, ms(t.ours.flip[g]), cpu(t.ours.flip, g), ms(t.floor.flip[g]), cpu(t.floor.flip, g),
    ms(t.ours.afterRender?.[g]), ms(t.floor.afterRender?.[g])]);
  printTable('   where a page flip\'s time goes: one traced "next" click each, renderer main thread (CDP Tracing), ms of self time',
    ['group', 'ours: click → painted', 'CPU', 'floor', 'CPU', 'ours: rendered → painted', 'floor'], [
      ...rows,
      null,
      ['busy but not on a CPU (waiting for a core)', ms(t.ours.flip.busy - t.ours.flip.cpu?.busy), '', ms(t.floor.flip.busy - t.floor.flip.cpu?.busy), '', '', ''],
      ['window', ms(t.ours.flip.window), '', ms(t.floor.flip.window), '', ms(t.ours.afterRender?.window), ms(t.floor.afterRender?.window)],
      ['image decode off the main thread', ms(t.ours.offThreadDecode), '', ms(t.floor.offThreadDecode), '', '', ''],
      'rendered → painted: after cm:rendered (rows in the DOM) until cm:painted (the task after the next frame)',
      'CPU: the thread\'s own CPU time in those events (trace tdur); wall − CPU: runnable while another process had the core',
    ]);
}
