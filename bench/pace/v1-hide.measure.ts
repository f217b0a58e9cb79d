/** @jest-environment node */
import { writeFileSync } from 'node:fs';
import { BACKGROUND_CALLS_PER_MINUTE } from '../../src/app/catalog/site-pace';
import { callsTo, runAtPace } from './run-at-pace';

const PRODUCTS = 1_000;

/**
 * Bench figure (run by bench/sections/bulk-pace.mjs, not by `npx jest`): Catalog V1 "Hide from store" on all
 * 1,000 products at the site's pace on a virtual clock (run-at-pace.ts). V1 has no bulk visibility call, so it is
 * one `updateProduct` per product: about 6 minutes at the pace.
 */
it('V1: hide 1,000 products at the site pace (virtual clock)', async () => {
  const run = await runAtPace(PRODUCTS, { kind: 'visibility', visible: false });
  const { result, stats } = run;
  const figure = {
    products: PRODUCTS,
    changed: result.results.filter((r) => r.ok).length,
    calls: stats.requests,
    runnerCalls: result.calls,
    writes: callsTo(stats, (k) => k.startsWith('PATCH ')),
    applied: stats.writes.length,
    limited: stats.byStatus['429'] ?? 0,
    // One updateProduct per product not hidden yet (the seeded catalog has some hidden: already there, no call).
    minimum: stats.writes.length,
    paceSeconds: run.paceSeconds,
    busiestMinute: run.busiestMinute,
    realSeconds: run.realSeconds,
  };
  if (process.env['PACE_BENCH_OUT']) writeFileSync(process.env['PACE_BENCH_OUT'], JSON.stringify(figure));
  expect(figure.changed).toBe(PRODUCTS);
  expect(figure.applied).toBe(figure.writes); // each product written once
  expect(figure.limited).toBe(0);
  expect(figure.busiestMinute).toBeLessThanOrEqual(BACKGROUND_CALLS_PER_MINUTE);
}, 300_000);
