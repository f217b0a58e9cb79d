import { TestBed } from '@angular/core/testing';
import { Subscription, lastValueFrom } from 'rxjs';
import { CsvWriter } from '../products/export/csv-writer';
import { ExportProgress, runExport } from '../products/export/export-runner';
import { CALLS_PER_MINUTE, CallBudget } from './call-budget';
import type { CatalogError } from './catalog-error';
import type { ExportChunk, ExportReader, ExportSource } from './export/catalog-export-reader';
import type { ExportRow } from './export/export-row';
import { BACKGROUND_CALLS_PER_MINUTE, PACE_CLOCK, PAGE_RESERVE_PER_MINUTE, SitePace } from './site-pace';
import { busiestMinute, settle, virtualPaceClock } from './testing/virtual-pace-clock';

type Caller = 'bulk' | 'export' | 'page';
interface Call { readonly by: Caller; readonly at: number }

function setUp() {
  const time = virtualPaceClock();
  TestBed.configureTestingModule({ providers: [{ provide: PACE_CLOCK, useValue: time.clock }] });
  const log: Call[] = [];
  return { time, log, pace: TestBed.inject(SitePace), budget: TestBed.inject(CallBudget) };
}

/** A bulk run's calls as BulkRunner makes them: each waits its turn on the pace, `n` in a row. */
async function bulkCalls(pace: SitePace, n: number, log: Call[], now: () => number, signal?: AbortSignal): Promise<void> {
  for (let i = 0; i < n; i++) {
    await pace.take(signal);
    log.push({ by: 'bulk', at: now() });
  }
}

const row = (n: number): ExportRow => ({
  id: `p-${n}`, name: `P ${n}`, sku: null, price: n, priceBeforeDiscount: null, currency: 'USD', stock: 'in-stock', quantity: null, visible: true, lastUpdated: null,
});
const source: ExportSource = { kind: 'query', text: '', sort: 'name-asc' };
const writer = new CsvWriter([{ header: 'id', value: (r) => r.id }]);

/** A catalog of `chunks` × 100 rows read by the real export runner; `faults` fail given calls (by number). */
function exportReader(chunks: number, log: Call[], now: () => number, faults: Record<number, CatalogError> = {}): ExportReader {
  let calls = 0;
  return {
    async read(_s, cursor): Promise<ExportChunk> {
      log.push({ by: 'export', at: now() });
      const fault = faults[++calls];
      if (fault) throw fault;
      const from = cursor && 'index' in cursor ? cursor.index : 0;
      return { rows: [row(from + 1)], next: from + 100 < chunks * 100 ? { index: from + 100 } : null };
    },
  };
}

/** The most calls of the given callers in any 60 s window. */
const busiest = (log: readonly Call[], callers: readonly Caller[]) => busiestMinute(log.filter((c) => callers.includes(c.by)).map((c) => c.at));

describe('SitePace', () => {
  it('leaves the page 40 of Wix\'s 200 calls a minute', () => {
    expect(PAGE_RESERVE_PER_MINUTE).toBe(40);
    expect(BACKGROUND_CALLS_PER_MINUTE + PAGE_RESERVE_PER_MINUTE).toBe(CALLS_PER_MINUTE);
  });

  it('bulk and export together never exceed the background share in any 60 s, the page reading meanwhile is never delayed, and neither starves', async () => {
    const { time, log, pace, budget } = setUp();
    // The merchant reads a page every 3 s (the reserve's pace), straight through the budget as ProductSearch does.
    const pageTimes = Array.from({ length: 100 }, (_, i) => i * 3_000);
    const page = (async () => {
      for (const at of pageTimes) {
        await time.clock.sleep(at - time.now());
        budget.record(time.now());
        log.push({ by: 'page', at: time.now() });
      }
    })();
    const bulk = bulkCalls(pace, 400, log, time.now);
    const exported = lastValueFrom(runExport(exportReader(400, log, time.now), source, 40_000, writer, pace, undefined, time.clock));
    await time.advance();
    await Promise.all([page, bulk]);
    expect(((await exported) as ExportProgress).status).toBe('done');

    expect(busiest(log, ['bulk', 'export'])).toBeLessThanOrEqual(BACKGROUND_CALLS_PER_MINUTE);
    expect(busiest(log, ['bulk', 'export', 'page'])).toBeLessThanOrEqual(CALLS_PER_MINUTE);
    // Background work used its share (it is paced, not stalled): 800 calls at ~140 a minute beside the page's 20.
    expect(busiest(log, ['bulk', 'export'])).toBeGreaterThanOrEqual(BACKGROUND_CALLS_PER_MINUTE - 20);
    expect(log.filter((c) => c.by === 'page').map((c) => c.at)).toEqual(pageTimes);
    // Both wait on the one window in arrival order: once it is full they take turns, minute after minute.
    const firstFull = log.filter((c) => c.by !== 'page')[BACKGROUND_CALLS_PER_MINUTE].at;
    for (let from = firstFull; from < firstFull + 4 * 60_000; from += 60_000) {
      const minute = log.filter((c) => c.at >= from && c.at < from + 60_000);
      const [b, e] = [minute.filter((c) => c.by === 'bulk').length, minute.filter((c) => c.by === 'export').length];
      expect(Math.abs(b - e)).toBeLessThanOrEqual(2);
      expect(b).toBeGreaterThan(50);
    }
  });

  it('a Retry-After seen by the export pauses the bulk run too (and one seen by the page pauses both)', async () => {
    const { time, log, pace, budget } = setUp();
    const limited: CatalogError = { kind: 'rate-limited', retryAfterSeconds: 30, requestId: 'r' };
    const bulk = bulkCalls(pace, 40, log, time.now);
    const exported = lastValueFrom(runExport(exportReader(20, log, time.now, { 5: limited }), source, 2_000, writer, pace, undefined, time.clock));
    await time.advance(10_000);
    const at429 = log.filter((c) => c.by === 'export')[4].at;
    const after = log.filter((c) => c.at > at429);
    // The export's fifth read was refused: nothing more from either caller until Wix's 30 s have passed.
    expect(after.every((c) => c.at >= at429 + 30_000)).toBe(true);
    await time.advance();
    await bulk;
    expect(((await exported) as ExportProgress).status).toBe('done');
    const resumed = log.filter((c) => c.at > at429);
    expect(resumed.filter((c) => c.by === 'bulk').length).toBeGreaterThan(0);
    expect(resumed.filter((c) => c.by === 'export').length).toBeGreaterThan(0);
    expect(Math.min(...resumed.map((c) => c.at))).toBe(at429 + 30_000);

    // The page's own 429 (ProductSearch calls budget.pauseFor) holds background work the same way.
    const from = time.now();
    budget.pauseFor(12, from);
    const later: Call[] = [];
    const more = bulkCalls(pace, 1, later, time.now);
    await time.advance();
    await more;
    expect(later.map((c) => c.at)).toEqual([from + 12_000]);
  });

  it('cancel releases a wait at once (no call, no time passing) and the next caller gets the turn', async () => {
    const { time, log, pace, budget } = setUp();
    for (let i = 0; i < BACKGROUND_CALLS_PER_MINUTE; i++) budget.record(0);
    const cancel = new AbortController();
    const cancelled = pace.take(cancel.signal);
    const waiting: number[] = [];
    const bulk = bulkCalls(pace, 1, log, time.now);
    const exportWait = pace.take(undefined, (ms) => waiting.push(ms)).then(() => log.push({ by: 'export', at: time.now() }));
    await settle();
    cancel.abort('cancelled');
    await expect(cancelled).rejects.toBe('cancelled');
    expect(time.now()).toBe(0);
    await time.advance();
    await Promise.all([bulk, exportWait]);
    // The window frees at 60 s: the bulk call (queued before the export) goes first; the cancelled one never does.
    expect(log).toEqual([{ by: 'bulk', at: 60_000 }, { by: 'export', at: 60_000 }]);
    expect(waiting[0]).toBe(60_000);
    expect(budget.calls).toHaveLength(2);
  });

  it('a call the merchant waits for (the price preview) is counted at once, even with background work queued', async () => {
    const { time, pace, budget } = setUp();
    for (let i = 0; i < BACKGROUND_CALLS_PER_MINUTE; i++) budget.record(0);
    void pace.take();
    await time.advance(1_000);
    pace.record();
    expect(budget.calls.filter((at) => at === 1_000)).toHaveLength(1);
  });

  it('an export unsubscribed while it waits on the pace leaves the queue and makes no call', async () => {
    const { time, log, pace, budget } = setUp();
    for (let i = 0; i < BACKGROUND_CALLS_PER_MINUTE; i++) budget.record(0);
    const seen: ExportProgress[] = [];
    const subscription: Subscription = runExport(exportReader(3, log, time.now), source, 300, writer, pace, undefined, time.clock).subscribe((p) => seen.push(p));
    await settle();
    expect(seen.at(-1)).toMatchObject({ status: 'running', waitingSeconds: 60 });
    subscription.unsubscribe();
    await time.advance();
    expect(log).toEqual([]);
    expect(budget.calls.filter((at) => at > 0)).toEqual([]);
  });
});
