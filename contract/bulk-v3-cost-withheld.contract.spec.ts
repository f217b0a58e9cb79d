/** @jest-environment node */
import { lastValueFrom } from 'rxjs';
import { sdkClient } from '../emulator/testing/sdk-client';
import type { BulkAction } from '../src/app/catalog/bulk/bulk-plan';
import { BulkRunner } from '../src/app/catalog/bulk/bulk-runner';
import { useBulkRunner } from './bulk-setup';
import type { Contract } from './contract-setup';

/**
 * A V3 price change by a user whose role may update products but not see their cost (the emulator's `editor`:
 * MERCHANT_DATA is a 403 `NO_PERMISSION_TO_READ_MERCHANT_DATA`), through the app's runner, the real SDK and the
 * emulator. Every variant is sent back whole, so a write from a read without cost would erase it: no product
 * update is made, each product is reported with the permission to ask for, and its price and cost stay as they
 * were. Hiding the same products (no variants sent) still works.
 */
describe('V3 bulk price change when Wix withholds cost from the role', () => {
  const setup = useBulkRunner({ role: 'editor', emulator: { catalogVersion: 'V3', products: 200, rateLimitPerMinute: 0 } });
  let contract: Contract;
  let runner: BulkRunner;
  beforeAll(() => ({ contract, runner } = setup));

  const state = () => contract.emulator.state;
  /** Visible products with a price and a cost (the editor reads only visible products). */
  const priced = (n: number) => {
    const c = state().catalog;
    const rows = Array.from({ length: c.size }, (_, r) => r).filter((r) => c.visible[r] === 1 && c.price[r] === c.price[r] && c.cost[r] === c.cost[r]);
    return rows.slice(0, n).map((r) => c.ids[r]);
  };
  /** Each product's variants' prices and costs, as the owner (who may see cost) reads them. */
  const pricesAndCosts = async (ids: readonly string[]) => {
    const owner = sdkClient(contract.emulator, 'owner');
    const products = await Promise.all(ids.map((id) => owner.productsV3.getProduct(id, { fields: ['MERCHANT_DATA'] })));
    return products.map((p) => (p.variantsInfo?.variants ?? []).map((v) => [v.price?.actualPrice?.amount, v.revenueDetails?.cost?.amount]));
  };
  /** V3 product update calls (`bulkUpdateProducts`, `updateProduct`) the emulator received so far. */
  const updateCalls = () =>
    Object.entries(state().stats.snapshot().byEndpoint)
      .filter(([key]) => key === 'POST /stores/v3/bulk/products/update' || /^PATCH \/stores\/v3\/products\//.test(key))
      .reduce((n, [, count]) => n + count, 0);
  /** The changes the emulator applied after `mark` (its write log, as `GET /_emulator/stats` shows it). */
  const writesSince = (mark: number) => state().stats.snapshot().writes.slice(mark);
  const mark = () => state().stats.snapshot().writes.length;
  const plusTen: BulkAction = { kind: 'price', change: { mode: 'percent', percent: 10, rounding: 'cents' } };

  it('+10 %: no product update is sent, each product is "cost withheld" naming the permission, prices and costs unchanged', async () => {
    const ids = priced(3);
    expect(ids).toHaveLength(3);
    const before = await pricesAndCosts(ids);
    expect(before.flat().every(([price, cost]) => price !== undefined && cost !== undefined)).toBe(true);
    const at = mark();
    const calls = updateCalls();
    const done = await lastValueFrom(runner.run({ kind: 'ids', ids }, { action: plusTen }));
    expect(done.results.map((r) => [r.id, r.ok, !r.ok && r.failure])).toEqual(
      ids.map((id) => [id, false, { kind: 'cost-withheld', permission: { id: 'SCOPE.STORES.PRODUCT_READ_ADMIN', name: 'Product v3 read admin' } }]),
    );
    expect(done.plans).toEqual([]);
    expect(done.stoppedBy).toBeNull();
    expect(writesSince(at)).toEqual([]);
    expect(updateCalls()).toBe(calls);
    expect(await pricesAndCosts(ids)).toEqual(before);
  });

  it('hiding the same products is written (no variants sent): the role may update products', async () => {
    const ids = priced(2);
    const at = mark();
    const done = await lastValueFrom(runner.run({ kind: 'ids', ids }, { action: { kind: 'visibility', visible: false } }));
    expect(done.results.map((r) => r.ok)).toEqual([true, true]);
    expect(updateCalls()).toBe(1);
    expect(writesSince(at).map((w) => [w.productId, w.field, w.after])).toEqual(ids.map((id) => [id, 'visible', false]));
  });
});
