import { TestBed } from '@angular/core/testing';
import { parse } from 'csv-parse/sync';
import { Subscription, lastValueFrom, toArray } from 'rxjs';
import type { CatalogError } from '../../catalog/catalog-error';
import { ExportChunk, ExportCursor, ExportReader, ExportSource } from '../../catalog/export/catalog-export-reader';
import type { ExportRow } from '../../catalog/export/export-row';
import { CallBudget } from '../../catalog/call-budget';
import { BACKGROUND_CALLS_PER_MINUTE, PACE_CLOCK, SitePace } from '../../catalog/site-pace';
import { CsvWriter } from './csv-writer';
import { ExportClock, ExportProgress, runExport } from './export-runner';

const row = (n: number): ExportRow => ({
  id: `p-${n}`, name: `Product ${n}`, sku: null, price: n, priceBeforeDiscount: null, currency: 'USD',
  stock: 'in-stock', quantity: null, visible: true, lastUpdated: null,
});
const writer = new CsvWriter([
  { header: 'id', value: (r) => r.id },
  { header: 'price', value: (r) => r.price },
]);
const source: ExportSource = { kind: 'query', text: '', sort: 'name-asc' };

/**
 * A fake catalog of `size` rows read 100 at a time from an index cursor; `faults` fails given calls (by call
 * number) with an error. Every call is recorded with the cursor it asked for.
 */
function fakeReader(size: number, faults: Record<number, CatalogError> = {}) {
  const calls: ExportCursor[] = [];
  const reader: ExportReader = {
    async read(_source, cursor): Promise<ExportChunk> {
      calls.push(cursor);
      const fault = faults[calls.length];
      if (fault) throw fault;
      const from = cursor && 'index' in cursor ? cursor.index : 0;
      const rows = Array.from({ length: Math.min(100, size - from) }, (_, i) => row(from + i + 1));
      return { rows, next: from + 100 < size ? { index: from + 100 } : null };
    },
  };
  return { reader, calls };
}

/** Time that moves only when the runner sleeps (and 10 ms a call). */
function fakeClock() {
  let now = 0;
  const sleeps: number[] = [];
  const clock: ExportClock = {
    now: () => (now += 10),
    sleep: async (ms, signal) => {
      if (signal?.aborted) throw signal.reason;
      if (ms > 0) sleeps.push(ms); // the site's pace sleeps 0 between turns
      now += ms;
    },
  };
  return { clock, sleeps };
}

/** The site's pace on `clock` (one per test). */
function paceOn(clock: ExportClock): SitePace {
  TestBed.configureTestingModule({ providers: [{ provide: PACE_CLOCK, useValue: clock }] });
  return TestBed.inject(SitePace);
}

const blobText = (blob: Blob): Promise<string> =>
  new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.readAsText(blob);
  });

async function finished(progress: ExportProgress[]): Promise<string[]> {
  const last = progress.at(-1)!;
  if (last.status !== 'done') throw new Error(`not done: ${JSON.stringify(last)}`);
  const rows = parse(await blobText(last.file), { bom: true }) as string[][];
  return rows.slice(1).map((r) => r[0]);
}

const limits = { attemptsPerChunk: 6 };

describe('runExport', () => {
  it('reads 100 a call and writes every row once, in order, with progress (count, rate, time left)', async () => {
    const { reader, calls } = fakeReader(1_050);
    const { clock } = fakeClock();
    const progress = await lastValueFrom(runExport(reader, source, 1_050, writer, paceOn(clock), limits, clock).pipe(toArray()));
    expect(await finished(progress)).toEqual(Array.from({ length: 1_050 }, (_, i) => `p-${i + 1}`));
    expect(calls).toHaveLength(11);
    const running = progress.filter((p) => p.status === 'running');
    expect(running.map((p) => p.status === 'running' && p.written)).toEqual([0, 100, 200, 300, 400, 500, 600, 700, 800, 900, 1_000]);
    const mid = running[5];
    expect(mid.status === 'running' && mid.rowsPerSecond! > 0 && mid.etaSeconds! > 0).toBe(true);
  });

  it('on a 503, a reset, a timeout and a 429 reads the same chunk again (Retry-After honoured) and continues: no row twice, none skipped', async () => {
    const faults: Record<number, CatalogError> = {
      3: { kind: 'unavailable', reason: 'server', requestId: 'r' },
      4: { kind: 'unavailable', reason: 'network', requestId: null },
      7: { kind: 'rate-limited', retryAfterSeconds: 7, requestId: 'r' },
      9: { kind: 'unavailable', reason: 'timeout', requestId: null },
    };
    const { reader, calls } = fakeReader(600, faults);
    const { clock, sleeps } = fakeClock();
    const progress = await lastValueFrom(runExport(reader, source, 600, writer, paceOn(clock), limits, clock).pipe(toArray()));
    expect(await finished(progress)).toEqual(Array.from({ length: 600 }, (_, i) => `p-${i + 1}`));
    // Each failed call is followed by the same cursor.
    expect(calls[2]).toEqual(calls[3]);
    expect(calls[3]).toEqual(calls[4]);
    expect(calls[6]).toEqual(calls[7]);
    // The 429's Retry-After (7 s) is waited on the site's pace (the fake clock moves 10 ms each time it is read).
    expect(sleeps.some((ms) => ms > 6_900 && ms <= 7_000)).toBe(true);
    expect(progress.some((p) => p.status === 'running' && p.waitingSeconds === 7)).toBe(true);
  });

  it('stops with the error on a permanent failure (403, a second 401) and makes no further call', async () => {
    const denied: CatalogError = { kind: 'permission-denied', permission: { id: 'P', name: 'Read Products' }, code: 'X', requestId: 'r' };
    const one = fakeReader(1_000, { 3: denied });
    const { clock } = fakeClock();
    const pace = paceOn(clock);
    const failed = (await lastValueFrom(runExport(one.reader, source, 1_000, writer, pace, limits, clock))) as ExportProgress;
    expect(failed).toEqual({ status: 'failed', written: 200, error: denied });
    expect(one.calls).toHaveLength(3);
    const expired: CatalogError = { kind: 'unauthenticated', requestId: null };
    const two = fakeReader(1_000, { 2: expired, 3: expired });
    const after = (await lastValueFrom(runExport(two.reader, source, 1_000, writer, pace, limits, clock))) as ExportProgress;
    expect(after).toMatchObject({ status: 'failed', written: 100, error: expired });
    expect(two.calls).toHaveLength(3);
  });

  it('gives up on a passing failure after the attempts allowed', async () => {
    const down: CatalogError = { kind: 'unavailable', reason: 'server', requestId: null };
    const { reader, calls } = fakeReader(1_000, Object.fromEntries(Array.from({ length: 10 }, (_, i) => [i + 2, down])));
    const { clock } = fakeClock();
    const last = await lastValueFrom(runExport(reader, source, 1_000, writer, paceOn(clock), limits, clock));
    expect(last).toMatchObject({ status: 'failed', written: 100, error: down });
    expect(calls).toHaveLength(7);
  });

  it('waits on the site\'s pace: with the background share of the minute used, it says how long and reads when a call fits', async () => {
    const { reader, calls } = fakeReader(1_000);
    const { clock, sleeps } = fakeClock();
    const pace = paceOn(clock);
    const budget = TestBed.inject(CallBudget);
    for (let i = 0; i < BACKGROUND_CALLS_PER_MINUTE; i++) budget.record(clock.now()); // bulk and page calls, just now
    const progress = await lastValueFrom(runExport(reader, source, 1_000, writer, pace, limits, clock).pipe(toArray()));
    expect(calls).toHaveLength(10);
    expect(sleeps).toHaveLength(1);
    expect(sleeps[0]).toBeGreaterThan(58_000);
    expect(progress.some((p) => p.status === 'running' && p.waitingSeconds === Math.ceil(sleeps[0] / 1000))).toBe(true);
  });

  it('cancelled: no call after unsubscribing, even one it was waiting to retry', async () => {
    let release: () => void = () => undefined;
    const calls: ExportCursor[] = [];
    const reader: ExportReader = {
      read: (_s, cursor) => {
        calls.push(cursor);
        if (calls.length === 1) return Promise.resolve({ rows: [row(1)], next: { index: 1 } });
        return new Promise((resolve) => (release = () => resolve({ rows: [row(2)], next: { index: 2 } })));
      },
    };
    const seen: ExportProgress[] = [];
    const subscription: Subscription = runExport(reader, source, 10, writer, TestBed.inject(SitePace), limits).subscribe((p) => seen.push(p));
    await new Promise((r) => setTimeout(r, 10));
    expect(calls).toHaveLength(2);
    subscription.unsubscribe();
    release();
    await new Promise((r) => setTimeout(r, 10));
    expect(calls).toHaveLength(2);
    expect(seen.some((p) => p.status === 'done' || p.status === 'failed')).toBe(false);
  });
});
