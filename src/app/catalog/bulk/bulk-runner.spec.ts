import { Injectable } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { type Observable, lastValueFrom, of, tap, throwError } from 'rxjs';
import { WIX_CLIENT } from '../../wix/wix-client';
import type { CatalogError } from '../catalog-error';
import { CATALOG_GATEWAY } from '../catalog-gateway';
import { CatalogVersionResolver } from '../catalog-version';
import type { ProductPage, ProductQuery } from '../product';
import { V1_READ_PERMISSION } from '../v1-catalog-gateway';
import { V3CatalogGateway } from '../v3-catalog-gateway';
import type { PlannedWrite, ProductValues } from './bulk-plan';
import { type BulkProgress, BulkRunner, type LoadedWriter } from './bulk-runner';
import type { BatchOutcome, VersionWriter, WriteOutcome } from './version-writer';
import { V1_WRITE_PERMISSION } from './write-permission';

/**
 * BulkRunner against an in-memory writer that writes visibility one product a call, as V1 does: progress per
 * call, Stop (the call in flight finishes and is reported, no call after), the final read after a lost answer,
 * and the "all matching" listing's attempts.
 */
const TIMEOUT: CatalogError = { kind: 'unavailable', reason: 'timeout', requestId: null };

class MemoryWriter implements VersionWriter {
  readonly batchSize = 100;
  readonly products = new Map<string, { visible: boolean; price: number }>();
  /** Every write call, by product id (applied or not). */
  readonly calls: string[] = [];
  /** What the next write calls do: 'ok', 'lost' (not applied, no answer), 'applied-lost' (applied, no answer). */
  script: ('ok' | 'lost' | 'applied-lost')[] = [];
  /** Awaited inside each write call (a test holds a call in flight with it). */
  inFlight: () => Promise<void> = async () => undefined;

  constructor(ids: readonly string[]) {
    for (const id of ids) this.products.set(id, { visible: true, price: 10 });
  }

  async read(ids: readonly string[]): Promise<ProductValues[]> {
    return ids.filter((id) => this.products.has(id)).map((id) => ({ id, name: `Name ${id}`, ...this.products.get(id)! }));
  }

  async write(plans: readonly PlannedWrite[], beforeCall: () => Promise<void>, answered?: (o: readonly WriteOutcome[]) => void): Promise<BatchOutcome> {
    const outcomes: WriteOutcome[] = [];
    try {
      for (const plan of plans) {
        await beforeCall();
        this.calls.push(plan.id);
        await this.inFlight();
        const how = this.script.shift() ?? 'ok';
        if (how !== 'lost') this.products.get(plan.id)!.visible = plan.target.visible!;
        if (how !== 'ok') throw TIMEOUT;
        outcomes.push({ id: plan.id, ok: true });
        answered?.([{ id: plan.id, ok: true }]);
      }
      return { outcomes };
    } catch (error) {
      return { outcomes, error };
    }
  }
}

function setUp(ids: readonly string[], search: (q: ProductQuery) => Observable<ProductPage> = () => of(page(ids))) {
  const writer = new MemoryWriter(ids);
  const loaded: LoadedWriter = { writer, read: V1_READ_PERMISSION, write: V1_WRITE_PERMISSION, membership: () => V1_WRITE_PERMISSION };
  @Injectable()
  class MemoryRunner extends BulkRunner {
    protected override load(): Promise<LoadedWriter> {
      return Promise.resolve(loaded);
    }
  }
  const searches: ProductQuery[] = [];
  TestBed.configureTestingModule({
    providers: [
      { provide: BulkRunner, useClass: MemoryRunner },
      { provide: WIX_CLIENT, useValue: {} },
      { provide: CatalogVersionResolver, useValue: { current: () => of('v1') } },
      { provide: V3CatalogGateway, useValue: {} },
      { provide: CATALOG_GATEWAY, useValue: { search: (q: ProductQuery) => (searches.push(q), search(q)) } },
    ],
  });
  return { writer, searches, runner: TestBed.inject(BulkRunner) };
}

function page(ids: readonly string[]): ProductPage {
  return { items: ids.map((id) => ({ id })), hasNext: false, hasPrevious: false, total: ids.length } as unknown as ProductPage;
}

const ids = ['a', 'b', 'c', 'd', 'e'];
const hide = { action: { kind: 'visibility', visible: false } } as const;
const okCount = (p: BulkProgress) => p.results.filter((r) => r.ok).length;

describe('BulkRunner', () => {
  it('reports progress after every call, not only after each batch of 100', async () => {
    const { runner } = setUp(ids);
    const seen: number[] = [];
    const done = await lastValueFrom(runner.run({ kind: 'ids', ids }, hide).pipe(tap((p) => p.phase === 'running' && seen.push(okCount(p)))));
    expect(seen).toEqual([0, 1, 2, 3, 4, 5, 5]);
    expect(done).toMatchObject({ phase: 'finished', cancelled: false, stoppedBy: null });
    expect(done.plans.map((p) => p.id)).toEqual(ids);
  });

  it('Stop: the call in flight finishes and is reported and undoable; no call after it; the rest is not attempted', async () => {
    const { runner, writer } = setUp(ids);
    const stop = new AbortController();
    let release!: () => void;
    writer.inFlight = () => (writer.calls.length === 2 ? new Promise<void>((r) => (release = r)) : Promise.resolve());
    const finished = lastValueFrom(runner.run({ kind: 'ids', ids }, hide, stop.signal));
    await until(() => writer.calls.length === 2);
    stop.abort(); // while the second write is in flight
    release();
    const done = await finished;
    expect(writer.calls).toEqual(['a', 'b']);
    expect(done.cancelled).toBe(true);
    expect(done.stoppedBy).toBeNull();
    expect(done.plans.map((p) => p.id)).toEqual(['a', 'b']);
    expect(done.results.filter((r) => !r.ok).map((r) => [r.id, !r.ok && r.failure.kind])).toEqual([['c', 'not-attempted'], ['d', 'not-attempted'], ['e', 'not-attempted']]);
    // The rest keeps its planned absolute targets ("Run the rest" sends them).
    expect(done.planned.get('c')?.target).toEqual({ visible: false });
    await new Promise((r) => setTimeout(r, 50));
    expect(writer.calls).toEqual(['a', 'b']);
  });

  it('Stop while the "all matching" listing runs: no write, the run ends cancelled', async () => {
    const stop = new AbortController();
    stop.abort();
    const { runner, writer } = setUp(ids);
    const done = await lastValueFrom(runner.run({ kind: 'query', query: { text: '', sort: 'name-asc', page: 1, pageSize: 25 } as ProductQuery }, hide, stop.signal));
    expect(done).toMatchObject({ phase: 'finished', cancelled: true, results: [] });
    expect(writer.calls).toEqual([]);
  });

  it('after the last attempt lost its answer, one final read: a change that was applied counts as done (and undoable)', async () => {
    const { runner, writer } = setUp(['a']);
    writer.script = ['lost', 'lost', 'applied-lost'];
    const done = await lastValueFrom(runner.run({ kind: 'ids', ids: ['a'] }, hide));
    expect(writer.calls).toEqual(['a', 'a', 'a']);
    expect(done.results).toEqual([{ id: 'a', name: 'Name a', ok: true }]);
    expect(done.plans.map((p) => p.id)).toEqual(['a']);
  });

  it('after the last attempt lost its answer and nothing was applied, the product is reported with the error', async () => {
    const { runner, writer } = setUp(['a']);
    writer.script = ['lost', 'lost', 'lost'];
    const done = await lastValueFrom(runner.run({ kind: 'ids', ids: ['a'] }, hide));
    expect(done.results).toEqual([{ id: 'a', name: 'Name a', ok: false, failure: { kind: 'error', error: TIMEOUT } }]);
    expect(done.plans).toEqual([]);
  });

  it('"all matching": a listing answered 429 is attempted again after its Retry-After, then the run goes on', async () => {
    let failed = false;
    const rateLimited: CatalogError = { kind: 'rate-limited', retryAfterSeconds: 1, requestId: null };
    const { runner, writer, searches } = setUp(ids, () => (failed ? of(page(ids)) : ((failed = true), throwError(() => rateLimited))));
    const started = Date.now();
    const done = await lastValueFrom(runner.run({ kind: 'query', query: { text: '', sort: 'name-asc', page: 1, pageSize: 25 } as ProductQuery }, hide));
    expect(searches).toHaveLength(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(done).toMatchObject({ total: 5, stoppedBy: null });
    expect(writer.calls).toEqual(ids);
  });

  it('"all matching": a listing that keeps failing ends the run with that error, nothing written', async () => {
    const { runner, writer, searches } = setUp(ids, () => throwError(() => TIMEOUT));
    const done = await lastValueFrom(runner.run({ kind: 'query', query: { text: '', sort: 'name-asc', page: 1, pageSize: 25 } as ProductQuery }, hide));
    expect(searches).toHaveLength(3);
    expect(done).toMatchObject({ phase: 'finished', stoppedBy: TIMEOUT, cancelled: false });
    expect(writer.calls).toEqual([]);
  });
});

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((r) => setTimeout(r, 5));
  if (!condition()) throw new Error('condition never held');
}
