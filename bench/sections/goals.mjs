import { goal, kB, median, ms, printTable, ratio } from '../lib/format.mjs';
import { FILTER_REQUEST_LIMIT } from './filters.mjs';
import { GOALS } from './floor.mjs';
import { HEBREW_GOAL } from './languages.mjs';

/** Initial JS, gzip, in bytes (1 kB = 1,000 bytes). */
const INITIAL_JS_GZIP = 78_000;
/** "One frame" at 60 Hz. */
export const ONE_FRAME_MS = 1000 / 60;

/**
 * The table: every figure it names, with the floor page's figure from the same run where there is one
 * (section 8, or the floor page's own bundle), ours ÷ floor, the goal, met or not. A figure whose section did
 * not run (--only) or that the page does not produce yet prints "—" and "n/a".
 */
export function printGoals(r) {
  const at150 = r.firstResults?.find((x) => x.latencyMs === 150);
  const run0 = r.requests?.runs.find((x) => x.latencyMs === 0);
  const prefetched = run0?.app.prefetchPaging;
  const tt = r.floor?.firstResults;
  const rp = r.floor?.responseToPainted;
  const floorLoads = r.floor?.firstResults.samples.map(([, floor]) => floor);
  const floorTrips = floorLoads ? median(floorLoads.map((x) => x.roundTrips)) : undefined;
  const floorNext = rp ? median(rp.samples.floor.map((x) => x.clickToPainted).filter((x) => x !== null)) : undefined;
  const b = r.bundle;
  const js = b?.initialJsTotal;
  const floorJs = r.meta.floorPageBytes ? { raw: r.meta.floorPageBytes, gzip: r.meta.floorPageGzip } : null;
  const f = r.filters;
  const slowest = (side) => (f ? Math.max(...f[side].map((c) => c.changeToPainted)) : undefined);
  const languages = (latency) => r.languages?.find((x) => x.latencyMs === latency)?.phases.total.ratio;
  const he = [0, 150].map(languages);
  const rows = [
    ['initial JS, gzip (section 1)', kB(js?.gzip), kB(floorJs?.gzip), js && floorJs ? ratio(js.gzip / floorJs.gzip) : '—', '≤ 78 kB', goal(js ? js.gzip <= INITIAL_JS_GZIP : null)],
    ['initial JS, raw (section 1; + CSS: what the budget counts)', js ? `${kB(js.raw)} (${kB(b.initialTotal.raw)})` : '—', kB(floorJs?.raw), js && floorJs ? ratio(js.raw / floorJs.raw) : '—',
      b ? `budget ${kB(b.budgets.find((x) => x.type === 'initial')?.error)}` : '', ''],
    ['time to first results, 150 ms latency (section 3, 25 rows)', ms(at150?.median.total), '', '', '', ''],
    ['  of which query (catalog version + products)', ms(at150?.median.query), '', '', '', ''],
    ['  Stores round trips before the rows (section 3 / floor: section 8)', at150 ? String(at150.median.roundTrips) : '—', floorTrips === undefined ? '—' : String(floorTrips),
      '', '1', goal(at150 ? at150.median.roundTrips <= 1 : null)],
    ['  requests in the first load: catalog version + products (section 3)', at150 ? `${at150.median.versionRequests} + ${at150.median.productRequests}` : '—', '', '', '', ''],
    ['time to first results, 100 rows, 150 ms (section 8)', ms(tt?.ours.total), ms(tt?.floor.total), ratio(tt?.ratio), `≤ ${GOALS.firstResultsRatio}×`, goal(tt ? tt.ratio <= GOALS.firstResultsRatio : null)],
    ['response → 100 rows painted, median (section 4)', ms(r.renderCost?.responseToPainted.median), '', '', '', ''],
    ['response → 100 rows painted, p95 (section 4)', ms(r.renderCost?.responseToPainted.p95), '', '', '', ''],
    ['  of which Angular: results → rows in the DOM, median (section 4)', ms(r.renderCost?.resultsToRendered.median), '', '', '', ''],
    ['response → 100 rows painted, median (section 8)', ms(rp?.ours.median), ms(rp?.floor.median), ratio(rp?.ratio), `≤ ${GOALS.responseToPaintedRatio}×`,
      goal(rp ? rp.ratio <= GOALS.responseToPaintedRatio : null)],
    ['  response → rows on screen (Element Timing), median (section 8)', ms(r.floor?.responseToOnScreen?.ours.median), ms(r.floor?.responseToOnScreen?.floor.median),
      ratio(r.floor?.responseToOnScreen?.ratio), '', ''],
    ['"next" click → rows painted, 0 ms (section 2, 25 rows / floor: section 8, 100 rows)', ms(run0?.app.nextClick), ms(floorNext), '', '', ''],
    ['  with the next page prefetched', prefetched?.seen ? ms(prefetched.clickToPainted) : prefetched ? 'no prefetch seen' : '—', '', '', `≤ 1 frame (${ONE_FRAME_MS.toFixed(1)} ms)`,
      prefetched && !prefetched.seen ? 'n/a (no prefetch)' : goal(prefetched?.seen ? prefetched.clickToPainted <= ONE_FRAME_MS : null)],
    ['  the same, rows on screen (Element Timing), 25 / 100 rows (section 11)', r.flip ? r.flip.map((x) => ms(x.onScreen)).join(' / ') : '—', '', '', `≤ 1 frame (${ONE_FRAME_MS.toFixed(1)} ms)`,
      r.flip ? r.flip.map((x) => goal(x.onScreen === null ? null : x.onScreen <= ONE_FRAME_MS)).join(' / ') : 'n/a'],
    ['requests per filter change, worst at 5k and 1M (section 10)', f ? String(f.worstIntents) : '—', '', '', `≤ ${FILTER_REQUEST_LIMIT}`, goal(f ? f.worstIntents <= FILTER_REQUEST_LIMIT : null)],
    ['filter change → rows painted, slowest change, 5k / 1M (section 10)', f ? `${ms(slowest('small'))} / ${ms(slowest('big'))}` : '—', '', '', '', ''],
    ['Hebrew ÷ English, time to first results, 0 / 150 ms (section 9, issue 14)', r.languages ? he.map((x) => ratio(x?.value)).join(' / ') : '—', '', '',
      `≤ ${HEBREW_GOAL}×`, r.languages ? he.map((x) => goal(x?.value === undefined || x?.value === null ? null : x.value <= HEBREW_GOAL)).join(' / ') : 'n/a'],
    'floor: bench/floor-page in the same run (its JS: Wix SDK + fromV1Product, minified, no framework; it never prefetches)',
  ];
  printTable('Goals (the issues\' tables: 15, and 11 and 14 where they set one)', ['figure', 'measured', 'floor', 'ours ÷ floor', 'goal', 'verdict'], rows);
}
