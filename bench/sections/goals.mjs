import { goal, kB, ms, printTable, ratio } from '../lib/format.mjs';
import { FILTER_REQUEST_LIMIT } from './filters.mjs';
import { GOALS } from './floor.mjs';

/** Initial JS, gzip, in bytes (1 kB = 1,000 bytes). */
const INITIAL_JS_GZIP = 78_000;
/** "One frame" at 60 Hz. */
export const ONE_FRAME_MS = 1000 / 60;

/**
 * The table: every figure it names, with its goal, met or not. A figure whose section did not run
 * (--only) or that the page does not produce yet prints "—" and "n/a".
 */
export function printGoals(r) {
  const at150 = r.firstResults?.find((x) => x.latencyMs === 150);
  const run0 = r.requests?.runs.find((x) => x.latencyMs === 0);
  const prefetched = run0?.app.prefetchPaging;
  const tt = r.floor?.firstResults;
  const rp = r.floor?.responseToPainted;
  const js = r.bundle?.initialJsTotal.gzip;
  const f = r.filters;
  const slowest = (side) => (f ? Math.max(...f[side].map((c) => c.changeToPainted)) : undefined);
  const rows = [
    ['initial JS (gzip)', kB(js), '≤ 78 kB', goal(js === undefined ? null : js <= INITIAL_JS_GZIP)],
    ['time to first results, 150 ms latency (section 3, 25 rows)', ms(at150?.median.total), '', ''],
    ['  of which query (catalog version + products)', ms(at150?.median.query), '1 round trip', at150 ? `${at150.median.roundTrips} → ${goal(at150.median.roundTrips <= 1)}` : 'n/a'],
    ['time to first results ÷ floor (section 8, 100 rows)', tt ? `${ms(tt.ours.total)} ÷ ${ms(tt.floor.total)} = ${ratio(tt.ratio)}` : '—', `≤ ${GOALS.firstResultsRatio}×`, goal(tt ? tt.ratio <= GOALS.firstResultsRatio : null)],
    ['response → 100 rows painted, median (section 4)', ms(r.renderCost?.responseToPainted.median), '', ''],
    ['response → 100 rows painted, p95 (section 4)', ms(r.renderCost?.responseToPainted.p95), '', ''],
    ['response → 100 rows painted ÷ floor (section 8)', rp ? `${ms(rp.ours.median)} ÷ ${ms(rp.floor.median)} = ${ratio(rp.ratio)}` : '—', `≤ ${GOALS.responseToPaintedRatio}×`, goal(rp ? rp.ratio <= GOALS.responseToPaintedRatio : null)],
    ['"next" click → rows painted, 0 ms latency (section 2)', ms(run0?.app.nextClick), '', ''],
    ['  with the next page prefetched', prefetched?.seen ? ms(prefetched.clickToPainted) : prefetched ? 'no prefetch seen' : '—', `≤ 1 frame (${ONE_FRAME_MS.toFixed(1)} ms)`,
      prefetched && !prefetched.seen ? 'n/a (no prefetch)' : goal(prefetched?.seen ? prefetched.clickToPainted <= ONE_FRAME_MS : null)],
    ['requests per filter change, worst at 5k and 1M (section 10)', f ? String(f.worstIntents) : '—', `≤ ${FILTER_REQUEST_LIMIT}`, goal(f ? f.worstIntents <= FILTER_REQUEST_LIMIT : null)],
    ['filter change → rows painted, slowest change, 5k / 1M (section 10)', f ? `${ms(slowest('small'))} / ${ms(slowest('big'))}` : '—', '', ''],
  ];
  printTable('Goals (the issue\'s table)', ['figure', 'measured', 'goal', 'verdict'], rows);
}
