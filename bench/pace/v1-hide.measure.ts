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
 * Bench figure (run by bench/sections/bulk-pace.mjs, not by `npx jest`): Catalog V1 "Hide from store" on all
 * 1,000 products through the app's BulkRunner, the real SDK write functions and an in-process emulator. V1 has no
 * bulk visibility call, so it is one `updateProduct` per product: about 6 minutes at the pace. The site's pace
 * runs on a virtual clock (its waits take no real time), so the emulator's own rate limit (real time) is off; the
 * time at the pace is the virtual clock's, and the busiest minute is counted from the pace's own log.
 */
it('V1: hide 1,000 products at the site pace (virtual clock)', async () => {
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
    const done = lastValueFrom(runner.run({ kind: 'query', query: DEFAULT_QUERY }, { action: { kind: 'visibility', visible: false } })).finally(() => (finished = true));
    // Real HTTP to the emulator between the pace's virtual waits: run time forward whenever the run waits on it.
    while (!finished) {
      await time.advance();
      await new Promise((r) => setTimeout(r, 2));
    }
    const result = await done;
    const stats = (await contract.stats()) as unknown as { requests: number; byEndpoint: Record<string, number>; byStatus: Record<string, number>; writes: unknown[] };
    const writes = Object.entries(stats.byEndpoint).filter(([k]) => k.startsWith('PATCH ')).reduce((n, [, c]) => n + c, 0);
    const figure = {
      products: PRODUCTS,
      changed: result.results.filter((r) => r.ok).length,
      calls: stats.requests,
      runnerCalls: result.calls,
      writes,
      applied: stats.writes.length,
      limited: stats.byStatus['429'] ?? 0,
      // One updateProduct per product not hidden yet (the seeded catalog has some hidden: already there, no call).
      minimum: stats.writes.length,
      paceSeconds: time.now() / 1000,
      busiestMinute: busiestMinute(budget.log),
      realSeconds: (performance.now() - started) / 1000,
    };
    if (process.env['PACE_BENCH_OUT']) writeFileSync(process.env['PACE_BENCH_OUT'], JSON.stringify(figure));
    expect(figure.changed).toBe(PRODUCTS);
    expect(figure.applied).toBe(figure.writes); // each product written once
    expect(figure.limited).toBe(0);
    expect(figure.busiestMinute).toBeLessThanOrEqual(BACKGROUND_CALLS_PER_MINUTE);
  } finally {
    await contract.close();
  }
}, 300_000);
