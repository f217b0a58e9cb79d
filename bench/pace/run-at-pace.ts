import { lastValueFrom } from 'rxjs';
import type { BulkAction } from '../../src/app/catalog/bulk/bulk-plan';
import { type BulkProgress, BulkRunner } from '../../src/app/catalog/bulk/bulk-runner';
import { CallBudget } from '../../src/app/catalog/call-budget';
import { DEFAULT_QUERY } from '../../src/app/catalog/product';
import { PACE_CLOCK } from '../../src/app/catalog/site-pace';
import { LoggedCallBudget, busiestMinute, virtualPaceClock } from '../../src/app/catalog/testing/virtual-pace-clock';
import { connectToEmulator } from '../../contract/contract-setup';

/** What the emulator counted over a run (its `/_emulator/stats`). */
export interface RunStats {
  readonly requests: number;
  readonly byEndpoint: Record<string, number>;
  readonly byStatus: Record<string, number>;
  readonly writes: { readonly after?: unknown }[];
}

/** A finished run at the pace: the runner's last progress, the emulator's stats and the clocks. */
export interface PacedRun {
  readonly result: BulkProgress;
  readonly stats: RunStats;
  /** Seconds on the pace's virtual clock (the time the run takes at the pace). */
  readonly paceSeconds: number;
  readonly realSeconds: number;
  /** Most calls the app made in any 60 s of the virtual clock. */
  readonly busiestMinute: number;
}

/**
 * Runs `action` on all `products` of a Catalog V1 emulator through the app's BulkRunner, the real SDK and an
 * in-process emulator, at the site's pace on a virtual clock: its waits take no real time, so the emulator's own
 * rate limit (real time) is off, and the busiest minute is counted from the pace's own log.
 */
export async function runAtPace(products: number, action: BulkAction): Promise<PacedRun> {
  const time = virtualPaceClock();
  const budget = new LoggedCallBudget();
  const contract = await connectToEmulator({
    emulator: { catalogVersion: 'V1', products, rateLimitPerMinute: 0 },
    providers: [{ provide: PACE_CLOCK, useValue: time.clock }, { provide: CallBudget, useValue: budget }],
  });
  try {
    const runner = contract.injector.get(BulkRunner);
    let finished = false;
    const started = performance.now();
    const done = lastValueFrom(runner.run({ kind: 'query', query: DEFAULT_QUERY }, { action })).finally(() => (finished = true));
    // Real HTTP to the emulator between the pace's virtual waits: run time forward whenever the run waits on it.
    while (!finished) {
      await time.advance();
      await new Promise((r) => setTimeout(r, 2));
    }
    const result = await done;
    const stats = (await contract.stats()) as unknown as RunStats;
    return { result, stats, paceSeconds: time.now() / 1000, realSeconds: (performance.now() - started) / 1000, busiestMinute: busiestMinute(budget.log) };
  } finally {
    await contract.close();
  }
}

/** Calls to the endpoints whose key (`METHOD path`) passes `test`. */
export function callsTo(stats: RunStats, test: (endpoint: string) => boolean): number {
  return Object.entries(stats.byEndpoint).filter(([k]) => test(k)).reduce((n, [, c]) => n + c, 0);
}
