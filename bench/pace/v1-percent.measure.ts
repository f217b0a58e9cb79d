/** @jest-environment node */
import { writeFileSync } from 'node:fs';
import { lastValueFrom } from 'rxjs';
import { BulkRunner } from '../../src/app/catalog/bulk/bulk-runner';
import { CallBudget } from '../../src/app/catalog/call-budget';
import { DEFAULT_QUERY } from '../../src/app/catalog/product';
import { BACKGROUND_CALLS_PER_MINUTE, PACE_CLOCK } from '../../src/app/catalog/site-pace';
import { LoggedCallBudget, busiestMinute, virtualPaceClock } from '../../src/app/catalog/testing/virtual-pace-clock';
import { connectToEmulator } from '../../contract/contract-setup';

const PRODUCTS = 1_000;

/**
 * Bench figure (run by bench/sections/bulk-pace.mjs, not by `npx jest`): Catalog V1 "+10 %, to the cent" on all
 * 1,000 products through the app's BulkRunner, the real SDK and an in-process emulator, at the site's pace on a
 * virtual clock (as v1-hide.measure.ts). V1 writes absolute prices with `bulkUpdateProductsProperty`, one price
 * per call: products whose new price is the same share a call, every distinct new price costs one. (V1's relative
 * `bulkAdjustProductProperty` is unused on purpose: a retry after a lost answer could apply it twice.)
 */
it('V1: +10 % on 1,000 products at the site pace (virtual clock)', async () => {
  const time = virtualPaceClock();
  const budget = new LoggedCallBudget();
  const contract = await connectToEmulator({
    emulator: { catalogVersion: 'V1', products: PRODUCTS, rateLimitPerMinute: 0 },
    providers: [{ provide: PACE_CLOCK, useValue: time.clock }, { provide: CallBudget, useValue: budget }],
  });
  try {
    const runner = contract.injector.get(BulkRunner);
    let finished = false;
    const started = performance.now();
    const action = { kind: 'price', change: { mode: 'percent', percent: 10, rounding: 'cents' } } as const;
    const done = lastValueFrom(runner.run({ kind: 'query', query: DEFAULT_QUERY }, { action })).finally(() => (finished = true));
    // Real HTTP to the emulator between the pace's virtual waits: run time forward whenever the run waits on it.
    while (!finished) {
      await time.advance();
      await new Promise((r) => setTimeout(r, 2));
    }
    const result = await done;
    const stats = (await contract.stats()) as unknown as { requests: number; byEndpoint: Record<string, number>; byStatus: Record<string, number>; writes: { after: unknown }[] };
    const writes = Object.entries(stats.byEndpoint).filter(([k]) => k.includes('/bulk/products/update')).reduce((n, [, c]) => n + c, 0);
    const priced = result.results.filter((r) => r.ok).length;
    const figure = {
      products: PRODUCTS,
      changed: priced,
      // Products without a price fail (nothing to change): reported, not written.
      unpriced: result.results.filter((r) => !r.ok).length,
      calls: stats.requests,
      writes,
      // Distinct new prices over the whole run (calls share a price only within a batch of 100).
      distinctPrices: new Set(stats.writes.map((w) => String(w.after))).size,
      applied: stats.writes.length,
      limited: stats.byStatus['429'] ?? 0,
      // As the other bulk rows: one read of the current values and one write per 100 products.
      minimum: 2 * Math.ceil(PRODUCTS / 100),
      paceSeconds: time.now() / 1000,
      busiestMinute: busiestMinute(budget.log),
      realSeconds: (performance.now() - started) / 1000,
    };
    if (process.env['PACE_BENCH_OUT']) writeFileSync(process.env['PACE_BENCH_OUT'], JSON.stringify(figure));
    expect(figure.changed + figure.unpriced).toBe(PRODUCTS);
    expect(figure.applied).toBe(figure.changed); // each product written once
    // One call per distinct new price within each batch of 100: at least the distinct prices overall, at most one a product.
    expect(figure.writes).toBeGreaterThanOrEqual(figure.distinctPrices);
    expect(figure.writes).toBeLessThanOrEqual(figure.changed);
    expect(figure.limited).toBe(0);
    expect(figure.busiestMinute).toBeLessThanOrEqual(BACKGROUND_CALLS_PER_MINUTE);
  } finally {
    await contract.close();
  }
}, 600_000);
