/** @jest-environment node */
import { sdkClient } from '../testing/sdk-client';
import { type RunningEmulator, startEmulator } from '../server';

/** One product by id (README, "Stores API": getProduct) through the real SDK's `getProduct` functions. */

let emu: RunningEmulator;

beforeAll(async () => {
  emu = await startEmulator({ port: 0, products: 300, seed: 5, rateLimitPerMinute: 0 });
});
afterAll(() => emu.close());
beforeEach(() => emu.state.reset());

const client = (role?: Parameters<RunningEmulator['token']>[0]) => sdkClient(emu, role);

const c = () => emu.state.catalog;
/** The first row that is visible (or hidden) and has a price and a cost. */
const rowWhere = (visible: boolean) => {
  for (let r = 0; r < c().size; r++) if ((c().visible[r] === 1) === visible && c().price[r] === c().price[r] && c().cost[r] === c().cost[r]) return r;
  throw new Error('no such row');
};
const failure = async (p: Promise<unknown>) => p.then(() => { throw new Error('expected a failure'); }, (e: any) => e);
const lastCall = () => emu.state.stats.snapshot().recent.at(-1);

describe('Catalog V1 getProduct', () => {
  it('answers the product with its default variant and, for a manager who asks, cost and profit', async () => {
    const row = rowWhere(true);
    const id = c().ids[row];
    const { product } = await client().products.getProduct(id, { includeMerchantSpecificData: true });
    expect(lastCall()).toMatchObject({ method: 'GET', path: `/stores-reader/v1/products/${id}`, status: 200 });
    expect(product).toMatchObject({ _id: id, name: c().names[row], priceData: { price: c().price[row] } });
    expect(product?._createdDate).toBeInstanceOf(Date);
    expect(product?.costAndProfitData?.itemCost).toBe(c().cost[row]);
    expect(product?.variants).toEqual([
      expect.objectContaining({ _id: '00000000-0000-0000-0000-000000000000', choices: {}, stock: expect.objectContaining({ inStock: c().stockStatus[row] !== 1 }) }),
    ]);
    expect(product?.variants?.[0].variant?.sku).toBe(c().skus[row] ?? undefined);
  });

  it('leaves cost out when not asked for, and for a viewer who asks; hides hidden products from the viewer (404)', async () => {
    const id = c().ids[rowWhere(true)];
    expect((await client().products.getProduct(id)).product?.costAndProfitData).toBeUndefined();
    expect((await client('viewer').products.getProduct(id, { includeMerchantSpecificData: true })).product?.costAndProfitData).toBeUndefined();
    const hidden = c().ids[rowWhere(false)];
    expect((await client().products.getProduct(hidden)).product?.visible).toBe(false);
    expect(await failure(client('viewer').products.getProduct(hidden))).toMatchObject({ details: { applicationError: { code: 'NOT_FOUND' } } });
  });

  it('answers 404 for an unknown id, 403 for staff, 428 on a V3 site', async () => {
    expect(await failure(client().products.getProduct('no-such-product'))).toMatchObject({ details: { applicationError: { code: 'NOT_FOUND' } } });
    expect(lastCall()?.status).toBe(404);
    const id = c().ids[0];
    expect(await failure(client('staff').products.getProduct(id))).toMatchObject({ details: { applicationError: { data: { permission: 'WIX_STORES.READ_PRODUCTS' } } } });
    emu.state.update({ catalogVersion: 'V3' });
    await failure(client().products.getProduct(id));
    expect(lastCall()?.status).toBe(428);
  });
});

describe('Catalog V3 getProduct', () => {
  beforeEach(() => emu.state.update({ catalogVersion: 'V3' }));

  it('answers the product with variantsInfo and the requested fields (merchant data for an admin reader)', async () => {
    const row = rowWhere(true);
    const id = c().ids[row];
    const product = await client().productsV3.getProduct(id, { fields: ['CURRENCY', 'MERCHANT_DATA', 'PLAIN_DESCRIPTION', 'DIRECT_CATEGORIES_INFO', 'MEDIA_ITEMS_INFO'] });
    expect(lastCall()).toMatchObject({ method: 'GET', path: `/stores/v3/products/${id}`, status: 200 });
    expect(product).toMatchObject({ _id: id, name: c().names[row], currency: expect.any(String) });
    expect(product._createdDate).toBeInstanceOf(Date);
    expect(product.plainDescription).toEqual(expect.stringContaining('<p>'));
    expect(product.variantsInfo?.variants).toHaveLength(1);
    expect(Number(product.variantsInfo?.variants?.[0].revenueDetails?.cost?.amount)).toBe(c().cost[row]);
    expect(product.costRange?.minValue?.amount).toEqual(expect.any(String));
    expect(product.directCategoriesInfo?.categories?.length).toBeGreaterThan(0);
    expect(product.media?.itemsInfo?.items).toHaveLength(1);
  });

  it('refuses MERCHANT_DATA to a viewer (403 naming the admin read) and serves the product without it', async () => {
    const id = c().ids[rowWhere(true)];
    const refused = await failure(client('viewer').productsV3.getProduct(id, { fields: ['MERCHANT_DATA'] }));
    expect(refused).toMatchObject({ details: { applicationError: { data: { permission: 'SCOPE.STORES.PRODUCT_READ_ADMIN' } } } });
    const product = await client('viewer').productsV3.getProduct(id, { fields: ['CURRENCY'] });
    expect(product.costRange).toBeUndefined();
    expect(product.variantsInfo?.variants?.[0].revenueDetails).toBeUndefined();
  });

  it('refuses a hidden product to a viewer (403 naming the admin read, as Wix documents) and is not spoiled by malformNext', async () => {
    const hidden = c().ids[rowWhere(false)];
    expect(await failure(client('viewer').productsV3.getProduct(hidden))).toMatchObject({ details: { applicationError: { data: { permission: 'SCOPE.STORES.PRODUCT_READ_ADMIN' } } } });
    expect((await client().productsV3.getProduct(hidden)).visible).toBe(false);
    expect(await failure(client().productsV3.getProduct('no-such-product'))).toMatchObject({ details: { applicationError: { code: 'NOT_FOUND' } } });
    emu.state.update({ malformNext: { count: 1, shape: 'invalid-json' } });
    const id = c().ids[rowWhere(true)];
    expect((await client().productsV3.getProduct(id))._id).toBe(id);
    expect(emu.state.config.malformNext).toMatchObject({ count: 1 });
  });

  it('leaves PATCH on the same path to updateProduct (a write), not to the read', async () => {
    const row = rowWhere(true);
    const id = c().ids[row];
    const updated = await client().productsV3.updateProduct(id, { revision: '1', visible: false });
    expect(updated.visible).toBe(false);
    expect(lastCall()).toMatchObject({ method: 'PATCH', path: `/stores/v3/products/${id}`, status: 200 });
    expect((await client().productsV3.getProduct(id)).revision).toBe('2');
  });
});
