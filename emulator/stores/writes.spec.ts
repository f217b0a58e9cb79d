/** @jest-environment node */
import { sdkClient } from '../testing/sdk-client';
import { pricedVariants } from '../testing/v3-variant-update';
import { type RunningEmulator, startEmulator } from '../server';

/** The write endpoints through the real SDK's write functions (README, "Writes"). */

let emu: RunningEmulator;

beforeAll(async () => {
  emu = await startEmulator({ port: 0, products: 400, seed: 9, rateLimitPerMinute: 0 });
});
afterAll(() => emu.close());
beforeEach(() => emu.state.reset());

const client = (role?: Parameters<RunningEmulator['token']>[0]) => sdkClient(emu, role);

const ids = (from: number, n: number) => emu.state.catalog.ids.slice(from, from + n);
const writes = () => emu.state.stats.snapshot().writes;
const v1 = async (id: string) => (await client().products.queryProducts().eq('_id', id).find()).items[0];
const v3 = async (id: string) => (await client().productsV3.queryProducts().eq('_id', id).find()).items[0];
const failure = async (p: Promise<unknown>) => p.then(() => { throw new Error('expected a failure'); }, (e: any) => e);

describe('Catalog V1 writes', () => {
  it('updateProduct hides a product; reads see it, the viewer no longer lists it, the log has one change', async () => {
    const id = emu.state.catalog.ids[emu.state.catalog.visible.indexOf(1)];
    const answer = await client().products.updateProduct(id, { visible: false });
    expect(answer.product?.visible).toBe(false);
    expect((await v1(id)).visible).toBe(false);
    const viewer = await client('viewer').products.queryProducts().eq('_id', id).find();
    expect(viewer.items).toEqual([]);
    expect(writes()).toEqual([expect.objectContaining({ productId: id, field: 'visible', before: true, after: false, endpoint: `PATCH /stores/v1/products/${id}` })]);
  });

  it('bulkUpdateProductsProperty sets the price, reporting an unknown id per item', async () => {
    const [a, b] = ids(10, 2);
    const answer = await client().products.bulkUpdateProductsProperty([a, 'no-such-id', b], { price: 42.5 });
    expect(answer.bulkActionMetadata).toEqual({ totalSuccesses: 2, totalFailures: 1, undetailedFailures: 0 });
    expect(answer.results?.map((r) => [r.itemMetadata?._id, r.itemMetadata?.originalIndex, r.itemMetadata?.success])).toEqual([
      [a, 0, true], ['no-such-id', 1, false], [b, 2, true],
    ]);
    expect(answer.results?.[1].itemMetadata?.error?.code).toBe('NOT_FOUND');
    expect((await v1(a)).priceData?.price).toBe(42.5);
    expect(writes().map((w) => w.productId)).toEqual([a, b]);
  });

  it('bulkAdjustProductProperty is relative (twice is twice) and takes at most 100 ids', async () => {
    const [id] = ids(20, 1);
    await client().products.bulkUpdateProductsProperty([id], { price: 100 });
    await client().products.bulkAdjustProductProperty({ price: { percentage: { rate: 10 } } }, [id]);
    await client().products.bulkAdjustProductProperty({ price: { percentage: { rate: 10 } } }, [id]);
    expect((await v1(id)).priceData?.price).toBe(121);
    const tooMany = await failure(client().products.bulkAdjustProductProperty({ price: { amount: 1 } }, ids(0, 101)));
    expect(tooMany.details.validationError.fieldViolations[0]).toMatchObject({ field: 'ids', violatedRule: 'MAX' });
  });

  it('adds products to a collection and removes them; reads filter by it', async () => {
    const collection = emu.state.catalog.collectionIds.find((c) => !c.startsWith('00000000'))!;
    const [a, b] = ids(30, 2);
    await client().products.removeProductsFromCollection(collection, [a, b]);
    await client().products.addProductsToCollection(collection, [a]);
    const found = await client().products.queryProducts().hasSome('collectionIds', [collection]).in('_id', [a, b]).find();
    expect(found.items.map((p) => p._id)).toEqual([a]);
  });

  it.each(['viewer', 'staff'] as const)('answers %s 403 naming WIX_STORES.MODIFY_PRODUCTS and applies nothing', async (role) => {
    const e = await failure(client(role).products.updateProduct(ids(0, 1)[0], { visible: false }));
    expect(e.details.applicationError).toMatchObject({ code: 'PERMISSION_DENIED', data: { permission: 'WIX_STORES.MODIFY_PRODUCTS' } });
    expect(writes()).toEqual([]);
  });

  it('applies, then loses the answer (failAfterApplyNext reset): the call fails, the change is in the catalog once', async () => {
    const [id] = ids(40, 1);
    emu.state.update({ failAfterApplyNext: { count: 1, how: 'reset' } });
    await failure(client().products.bulkUpdateProductsProperty([id], { price: 77 }));
    expect((await v1(id)).priceData?.price).toBe(77);
    expect(writes()).toEqual([expect.objectContaining({ productId: id, field: 'price', after: 77 })]);
    expect(emu.state.stats.snapshot().recent.find((r) => r.path.includes('bulk'))?.status).toBe(0);
  });

  it('refuses writes to listed products per item (failWritesFor) and 428s on a V3 site', async () => {
    const [a, b] = ids(50, 2);
    emu.state.update({ failWritesFor: [b] });
    const answer = await client().products.bulkUpdateProductsProperty([a, b], { price: 5 });
    expect(answer.results?.[1].itemMetadata).toMatchObject({ success: false, error: { code: 'WRITE_REFUSED' } });
    emu.state.update({ catalogVersion: 'V3' });
    expect((await failure(client().products.updateProduct(a, { visible: true }))).details.applicationError.code).toBe('CATALOG_VERSION_MISMATCH');
  });

  it('counts writes against the rate limit with Retry-After', async () => {
    emu.state.update({ rateLimitPerMinute: 1 });
    await client().products.updateProduct(ids(60, 1)[0], { visible: true });
    const res = await fetch(`${emu.url}/stores/v1/products/${ids(61, 1)[0]}`, {
      method: 'PATCH', headers: { Authorization: emu.token('owner') }, body: JSON.stringify({ product: { visible: true } }),
    });
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});

describe('Catalog V3 writes', () => {
  beforeEach(() => emu.state.update({ catalogVersion: 'V3' }));

  it('updateProduct needs the current revision, increments it, and reads see the change', async () => {
    const [id] = ids(100, 1);
    const before = await v3(id);
    const updated = await client().productsV3.updateProduct(id, { revision: before.revision!, visible: false });
    expect(updated.visible).toBe(false);
    expect(Number(updated.revision)).toBe(Number(before.revision) + 1);
    const stale = await failure(client().productsV3.updateProduct(id, { revision: before.revision!, visible: true }));
    expect(stale.details.applicationError).toMatchObject({ code: 'REVISION_MISMATCH', data: { currentRevision: updated.revision } });
    expect((await v3(id)).visible).toBe(false);
  });

  it('bulkUpdateProducts sets variant prices per product, with per-item results and bulkActionMetadata', async () => {
    const [a, b] = ids(110, 2);
    const [pa, pb] = [await v3(a), await v3(b)];
    const answer = await client().productsV3.bulkUpdateProducts([
      { product: { _id: a, revision: pa.revision!, ...pricedVariants(pa, () => ({ actualPrice: { amount: '12.5' } })) } as never },
      { product: { _id: b, revision: '999', ...pricedVariants(pb, () => ({ actualPrice: { amount: '13' } })) } as never },
    ]);
    expect(answer.bulkActionMetadata).toEqual({ totalSuccesses: 1, totalFailures: 1, undetailedFailures: 0 });
    expect(answer.results?.[1].itemMetadata).toMatchObject({ _id: b, originalIndex: 1, success: false, error: { code: 'REVISION_MISMATCH' } });
    expect((await v3(a)).actualPriceRange?.minValue?.amount).toBe('12.5');
    expect((await v3(b)).revision).toBe(pb.revision);
  });

  it.each(['viewer', 'staff'] as const)('answers %s 403 naming WIX_STORES.PRODUCT_UPDATE', async (role) => {
    const e = await failure(client(role).productsV3.updateProduct(ids(0, 1)[0], { revision: '1', visible: false }));
    expect(e.details.applicationError.data.permission).toBe('WIX_STORES.PRODUCT_UPDATE');
  });
});
