/** @jest-environment node */
import { lastValueFrom } from 'rxjs';
import { optionsOf } from '../emulator/catalog/variants';
import { sdkClient } from '../emulator/testing/sdk-client';
import { pricedVariants } from '../emulator/testing/v3-variant-update';
import { type BulkAction, undoPlan } from '../src/app/catalog/bulk/bulk-plan';
import { BulkRunner } from '../src/app/catalog/bulk/bulk-runner';
import { useBulkRunner } from './bulk-setup';
import type { Contract } from './contract-setup';

/**
 * A V3 price change on products whose variants cost different amounts, through the app's runner, the real SDK
 * and the emulator: each variant gets its own new price, keeps its choices, SKU and compare-at price, undo gives
 * each its own price back, and a write whose answer was lost is not applied twice.
 */
describe('V3 bulk price change on products with differently priced variants', () => {
  const setup = useBulkRunner({ emulator: { catalogVersion: 'V3', products: 400, rateLimitPerMinute: 0 } });
  let contract: Contract;
  let runner: BulkRunner;
  beforeAll(() => ({ contract, runner } = setup));

  const state = () => contract.emulator.state;
  const sdk = () => sdkClient(contract.emulator);
  const read = (id: string) => sdk().productsV3.getProduct(id);
  /** Visible products with a Size option (S, M, L) and a SKU, from the `skip`-th on. */
  const sized = (skip: number, n: number) => {
    const c = state().catalog;
    const rows = Array.from({ length: c.size }, (_, r) => r).filter((r) => optionsOf(c, r).length === 1 && c.visible[r] === 1 && c.skus[r] !== null);
    return rows.slice(skip, skip + n).map((r) => c.ids[r]);
  };
  /** Gives a product's variants S $10, M $12, L $14 (compare-at $20) through a write, as a merchant would. */
  const priceSizes = async (id: string) => {
    const p = await read(id);
    const prices = [{ actualPrice: { amount: '10' } }, { actualPrice: { amount: '12' } }, { actualPrice: { amount: '14' }, compareAtPrice: { amount: '20' } }];
    const answer = await sdk().productsV3.bulkUpdateProducts([{ product: { _id: id, revision: p.revision!, ...pricedVariants(p, (i) => prices[i]) } as never }]);
    expect(answer.bulkActionMetadata?.totalSuccesses).toBe(1);
    return read(id);
  };
  const variantPrices = async (id: string) => ((await read(id)).variantsInfo?.variants ?? []).map((v) => [v.sku, v.price?.actualPrice?.amount, v.price?.compareAtPrice?.amount]);
  const variantIdentity = (p: Awaited<ReturnType<typeof read>>) => (p.variantsInfo?.variants ?? []).map((v) => [v._id, v.sku, v.choices, v.visible]);
  /** The price changes logged after `mark` writes (the setup's own writes are before it). */
  const priceWrites = (mark: number) => state().stats.snapshot().writes.slice(mark).filter((w) => w.field === 'price');
  const plusTen: BulkAction = { kind: 'price', change: { mode: 'percent', percent: 10, rounding: 'cents' } };

  it('+10 % gives S $10 / M $12 / L $14 their own $11 / $13.20 / $15.40, choices, SKUs and compare-at intact; undo restores each', async () => {
    const ids = sized(0, 2);
    const before = await Promise.all(ids.map(priceSizes));
    const sku = before[0].variantsInfo!.variants!.map((v) => v.sku);
    const mark = state().stats.snapshot().writes.length;
    const done = await lastValueFrom(runner.run({ kind: 'ids', ids }, { action: plusTen }));
    expect(done.results.map((r) => r.ok)).toEqual([true, true]);
    expect(await variantPrices(ids[0])).toEqual([[sku[0], '11', '11'], [sku[1], '13.2', '13.2'], [sku[2], '15.4', '20']]);
    expect(variantIdentity(await read(ids[0]))).toEqual(variantIdentity(before[0]));
    expect(variantIdentity(await read(ids[1]))).toEqual(variantIdentity(before[1]));
    expect(priceWrites(mark).map((w) => [w.productId, w.before, w.after])).toEqual(ids.map((id) => [id, 10, 11]));

    const undone = await lastValueFrom(runner.run({ kind: 'ids', ids }, { plans: undoPlan(done.plans) }));
    expect(undone.results.every((r) => r.ok)).toBe(true);
    expect(await variantPrices(ids[0])).toEqual([[sku[0], '10', '10'], [sku[1], '12', '12'], [sku[2], '14', '20']]);
    expect(variantIdentity(await read(ids[0]))).toEqual(variantIdentity(before[0]));
  });

  it('a write applied and then its connection reset is not applied again: each variant +10 % once', async () => {
    const ids = sized(2, 3);
    for (const id of ids) await priceSizes(id);
    const mark = state().stats.snapshot().writes.length;
    state().update({ failAfterApplyNext: { count: 1, how: 'reset' } });
    const done = await lastValueFrom(runner.run({ kind: 'ids', ids }, { action: plusTen }));
    expect(done.results.every((r) => r.ok)).toBe(true);
    expect(state().stats.snapshot().recent.filter((r) => r.status === 0)).toHaveLength(1);
    expect(priceWrites(mark).map((w) => w.productId).sort()).toEqual([...ids].sort());
    for (const id of ids) expect((await variantPrices(id)).map((v) => v[1])).toEqual(['11', '13.2', '15.4']);
  });

  it('"Set price" sets every variant to the amount and drops a compare-at no longer above it', async () => {
    const [id] = sized(6, 1);
    await priceSizes(id);
    const done = await lastValueFrom(runner.run({ kind: 'ids', ids: [id] }, { action: { kind: 'price', change: { mode: 'set', amount: 25 } } }));
    expect(done.results[0].ok).toBe(true);
    expect((await variantPrices(id)).map((v) => [v[1], v[2]])).toEqual([['25', '25'], ['25', '25'], ['25', '25']]);
  });
});
