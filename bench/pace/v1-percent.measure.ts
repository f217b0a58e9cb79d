/** @jest-environment node */
import { writeFileSync } from 'node:fs';
import { BACKGROUND_CALLS_PER_MINUTE } from '../../src/app/catalog/site-pace';
import { callsTo, runAtPace } from './run-at-pace';

const PRODUCTS = 1_000;

/**
 * Bench figure (run by bench/sections/bulk-pace.mjs, not by `npx jest`): Catalog V1 "+10 %, to the cent" on all
 * 1,000 products at the site's pace on a virtual clock (run-at-pace.ts). V1 writes absolute prices with
 * `bulkUpdateProductsProperty`, one price per call: products whose new price is the same share a call, every
 * distinct new price costs one. (V1's relative `bulkAdjustProductProperty` is unused on purpose: a retry after a
 * lost answer could apply it twice.)
 */
it('V1: +10 % on 1,000 products at the site pace (virtual clock)', async () => {
  const run = await runAtPace(PRODUCTS, { kind: 'price', change: { mode: 'percent', percent: 10, rounding: 'cents' } });
  const { result, stats } = run;
  const figure = {
    products: PRODUCTS,
    changed: result.results.filter((r) => r.ok).length,
    // Products without a price fail (nothing to change): reported, not written.
    unpriced: result.results.filter((r) => !r.ok).length,
    calls: stats.requests,
    writes: callsTo(stats, (k) => k.includes('/bulk/products/update')),
    // Distinct new prices over the whole run (calls share a price only within a batch of 100).
    distinctPrices: new Set(stats.writes.map((w) => String(w.after))).size,
    applied: stats.writes.length,
    limited: stats.byStatus['429'] ?? 0,
    // As the other bulk rows: one read of the current values and one write per 100 products.
    minimum: 2 * Math.ceil(PRODUCTS / 100),
    paceSeconds: run.paceSeconds,
    busiestMinute: run.busiestMinute,
    realSeconds: run.realSeconds,
  };
  if (process.env['PACE_BENCH_OUT']) writeFileSync(process.env['PACE_BENCH_OUT'], JSON.stringify(figure));
  expect(figure.changed + figure.unpriced).toBe(PRODUCTS);
  expect(figure.applied).toBe(figure.changed); // each product written once
  // One call per distinct new price within each batch of 100: at least the distinct prices overall, at most one a product.
  expect(figure.writes).toBeGreaterThanOrEqual(figure.distinctPrices);
  expect(figure.writes).toBeLessThanOrEqual(figure.changed);
  expect(figure.limited).toBe(0);
  expect(figure.busiestMinute).toBeLessThanOrEqual(BACKGROUND_CALLS_PER_MINUTE);
}, 600_000);
