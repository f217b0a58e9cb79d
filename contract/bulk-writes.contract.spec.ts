/** @jest-environment node */
import { firstValueFrom, lastValueFrom, tap } from 'rxjs';
import { type BulkAction, undoPlan } from '../src/app/catalog/bulk/bulk-plan';
import { type BulkProgress, BulkRunner } from '../src/app/catalog/bulk/bulk-runner';
import { WritePermission } from '../src/app/catalog/bulk/write-permission';
import { useBulkRunner } from './bulk-setup';
import { type Contract, connectToEmulator } from './contract-setup';

/**
 * Bulk writes through the app's runner, the real SDK write functions and the emulator, on V1 and V3: what goes
 * over the wire and what the emulator's write log says was applied (each change exactly once).
 */
describe.each(['V1', 'V3'] as const)('bulk writes on Catalog %s', (version) => {
  const setup = useBulkRunner({ emulator: { catalogVersion: version, products: 400, rateLimitPerMinute: 0 } });
  let contract: Contract;
  let runner: BulkRunner;
  beforeAll(() => ({ contract, runner } = setup));

  const state = () => contract.emulator.state;
  const writes = () => state().stats.snapshot().writes;
  /** Visible products with a price, from `from` on (each test takes its own). */
  const products = (from: number, n: number) => {
    const c = state().catalog;
    const ids: string[] = [];
    for (let r = from; ids.length < n; r++) if (c.visible[r] === 1 && c.price[r] === c.price[r]) ids.push(c.ids[r]);
    return ids;
  };
  const run = (ids: readonly string[], action: BulkAction) => lastValueFrom(runner.run({ kind: 'ids', ids }, { action }));
  /** Prices as the app reads them back through the SDK (V1 list price, V3 variant price). */
  const pricesRead = async (ids: readonly string[]) => {
    const read = new Map((await runner.preview(ids)).map((v) => [v.id, v.price]));
    return ids.map((id) => read.get(id));
  };

  it('hides 3 products: each succeeds, reads see them hidden, each change is logged once; undo restores them', async () => {
    const ids = products(0, 3);
    const done = await run(ids, { kind: 'visibility', visible: false });
    expect(done.results.map((r) => [r.id, r.ok])).toEqual(ids.map((id) => [id, true]));
    expect(writes().map((w) => [w.productId, w.field, w.after])).toEqual(ids.map((id) => [id, 'visible', false]));
    const undone = await lastValueFrom(runner.run({ kind: 'ids', ids }, { plans: undoPlan(done.plans) }));
    expect(undone.results.every((r) => r.ok)).toBe(true);
    expect(ids.map((id) => state().catalog.visible[state().catalog.ids.indexOf(id)])).toEqual([1, 1, 1]);
  });

  it('reports a partial failure per product with the reason', async () => {
    const ids = products(20, 3);
    state().update({ failWritesFor: [ids[1]] });
    const done = await run(ids, { kind: 'price', change: { mode: 'set', amount: 19.5 } });
    const byId = new Map(done.results.map((r) => [r.id, r]));
    expect(ids.map((id) => byId.get(id)?.ok)).toEqual([true, false, true]);
    expect(byId.get(ids[1])).toMatchObject({ ok: false, failure: { kind: 'rejected', code: 'WRITE_REFUSED' } });
    const [first, refused, third] = await pricesRead(ids);
    expect([first, third]).toEqual([19.5, 19.5]);
    expect(refused).not.toBe(19.5);
  });

  it('retries a write whose answer was lost after it was applied without applying it twice (+10%)', async () => {
    const ids = products(40, 3);
    const before = await pricesRead(ids);
    state().update({ failAfterApplyNext: { count: 1, how: 'reset' } });
    const done = await run(ids, { kind: 'price', change: { mode: 'percent', percent: 10, rounding: 'cents' } });
    expect(done.results.every((r) => r.ok)).toBe(true);
    const priceWrites = writes().filter((w) => w.field === 'price');
    expect(priceWrites.map((w) => w.productId).sort()).toEqual([...ids].sort());
    const lost = state().stats.snapshot().recent.filter((r) => r.status === 0);
    expect(lost).toHaveLength(1);
    expect(await pricesRead(ids)).toEqual(before.map((p) => Math.round(p! * 110) / 100));
  });

  it('waits the Retry-After of a 429 and carries on', async () => {
    const ids = products(60, 2);
    state().update({ errorNext: { count: 1, status: 429, retryAfter: 1 } });
    const started = Date.now();
    const done = await run(ids, { kind: 'visibility', visible: false });
    expect(done.results.every((r) => r.ok)).toBe(true);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(state().stats.snapshot().byStatus['429']).toBe(1);
  });

  it('stops at a 403 midway, reports what was done, names the permission and disables writes for the session', async () => {
    const ids = products(100, 150);
    state().update({ revokeWritesAfter: 1 });
    const seen: BulkProgress[] = [];
    const done = await lastValueFrom(runner.run({ kind: 'ids', ids }, { action: { kind: 'price', change: { mode: 'set', amount: 7 } } }).pipe(tap((p) => seen.push(p))));
    const permission = version === 'V1' ? 'WIX_STORES.MODIFY_PRODUCTS' : 'WIX_STORES.PRODUCT_UPDATE';
    expect(done.stoppedBy).toMatchObject({ kind: 'permission-denied', permission: { id: permission } });
    // The first batch's write went through; the second batch's write was refused: its products are reported
    // as not attempted (or done, for any product that already had the price, which needs no write).
    const ok = done.results.filter((r) => r.ok);
    const untouched = done.results.filter((r) => !r.ok && r.failure.kind === 'not-attempted');
    expect(ok.length).toBeGreaterThanOrEqual(100);
    expect(ok.length + untouched.length).toBe(150);
    expect(new Set(writes().map((w) => w.productId))).toEqual(new Set(ids.slice(0, 100)));
    expect(contract.injector.get(WritePermission).denied()?.id).toBe(permission);
  });

  it('Stop mid-run: the writes done are reported and undoable, the rest not attempted, no call after it', async () => {
    const ids = products(150, 150);
    const stop = new AbortController();
    const done = await lastValueFrom(
      runner.run({ kind: 'ids', ids }, { action: { kind: 'visibility', visible: false } }, stop.signal).pipe(tap((p) => p.results.some((r) => r.ok) && stop.abort())),
    );
    const ok = done.results.filter((r) => r.ok).map((r) => r.id);
    // V1 writes visibility one product a call (Stop after the first answer: that one); V3 100 a call.
    expect(ok).toHaveLength(version === 'V1' ? 1 : 100);
    expect(done).toMatchObject({ cancelled: true, stoppedBy: null });
    expect(done.results.filter((r) => !r.ok && r.failure.kind === 'not-attempted')).toHaveLength(150 - ok.length);
    expect(writes().map((w) => w.productId).sort()).toEqual([...ok].sort());
    expect(done.plans.map((p) => p.id).sort()).toEqual([...ok].sort());
    const calls = state().stats.snapshot().requests;
    await new Promise((r) => setTimeout(r, 300));
    expect(state().stats.snapshot().requests).toBe(calls);
    await lastValueFrom(runner.run({ kind: 'ids', ids: ok }, { plans: undoPlan(done.plans) }));
    expect(ids.map((id) => state().catalog.visible[state().catalog.ids.indexOf(id)]).every((v) => v === 1)).toBe(true);
  });

  it('stops before its next call when unsubscribed', async () => {
    const ids = products(300, 3);
    const sub = runner.run({ kind: 'ids', ids }, { action: { kind: 'visibility', visible: false } }).subscribe();
    sub.unsubscribe();
    await new Promise((r) => setTimeout(r, 200));
    expect(writes()).toEqual([]);
    expect(await firstValueFrom(runner.run({ kind: 'ids', ids: ids.slice(0, 1) }, { action: { kind: 'visibility', visible: true } }))).toBeDefined();
  });
});

/**
 * Timeout after apply: the emulator applies the write and never answers (`failAfterApplyNext` how 'hang'). The
 * SDK has no timeout: the app's fetch seam (WixFetch, `requestTimeoutMs`) gives up, the runner reads again and
 * finds the price already there, so nothing is written twice.
 */
describe.each(['V1', 'V3'] as const)('a write that timed out after it was applied, on Catalog %s', (version) => {
  let contract: Contract;
  beforeAll(async () => {
    contract = await connectToEmulator({ emulator: { catalogVersion: version, products: 100, rateLimitPerMinute: 0 }, requestTimeoutMs: 1_500 });
  });
  afterAll(() => contract.close());

  it('+10 %: each product written once, its price read back as before × 1.1, the product reported done', async () => {
    const runner = contract.injector.get(BulkRunner);
    const state = contract.emulator.state;
    const c = state.catalog;
    const ids: string[] = [];
    for (let r = 0; ids.length < 3; r++) if (c.visible[r] === 1 && c.price[r] === c.price[r]) ids.push(c.ids[r]);
    const read = async () => {
      const values = new Map((await runner.preview(ids)).map((v) => [v.id, v.price]));
      return ids.map((id) => values.get(id)!);
    };
    const before = await read();
    state.update({ failAfterApplyNext: { count: 1, how: 'hang' } });
    const started = Date.now();
    const done = await lastValueFrom(runner.run({ kind: 'ids', ids }, { action: { kind: 'price', change: { mode: 'percent', percent: 10, rounding: 'cents' } } }));
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_400); // the app's timeout fired
    expect(done.results.every((r) => r.ok)).toBe(true);
    expect(done.plans.map((p) => p.id).sort()).toEqual([...ids].sort());
    const priceWrites = state.stats.snapshot().writes.filter((w) => w.field === 'price');
    expect(priceWrites.map((w) => w.productId).sort()).toEqual([...ids].sort());
    expect(state.stats.snapshot().recent.filter((r) => r.status === 0)).toHaveLength(1);
    expect(await read()).toEqual(before.map((p) => Math.round(p! * 110) / 100));
  });
});
