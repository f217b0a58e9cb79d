/** @jest-environment node */
import { generateCatalog } from '../catalog/generator';
import { optionsOf, OPTIONS_EVERY, variantsOf } from '../catalog/variants';
import { sdkClient } from '../testing/sdk-client';
import { pricedVariants } from '../testing/v3-variant-update';
import { type RunningEmulator, startEmulator } from '../server';

/*
 * Options and variants of the generated catalog, as V1 getProduct, V3 getProduct and V3 Query Inventory Items
 * answer them through the real SDK (README, "Options, variants and inventory items"): the three agree, and the
 * product-level values other tests rely on are what they were.
 */

let emu: RunningEmulator;

beforeAll(async () => {
  emu = await startEmulator({ port: 0, products: 400, seed: 5, rateLimitPerMinute: 0 });
});
afterAll(() => emu.close());
beforeEach(() => emu.state.reset());

const client = (role?: Parameters<RunningEmulator['token']>[0]) => sdkClient(emu, role);
const c = () => emu.state.catalog;
const failure = async (p: Promise<unknown>) => p.then(() => { throw new Error('expected a failure'); }, (e: any) => e);
const lastCall = () => emu.state.stats.snapshot().recent.at(-1);
/** Rows with options, and the first of them with both options, tracked and partially out of stock, if any. */
const optioned = () => Array.from({ length: c().size }, (_, r) => r).filter((r) => optionsOf(c(), r).length > 0);
const rowWhere = (test: (r: number) => boolean) => {
  const row = optioned().find(test);
  if (row === undefined) throw new Error('no such row');
  return row;
};

describe('options and variants of generated products', () => {
  it('gives a deterministic subset (every fourth physical product whose stock splits) 3 or 6 variants, and the others one', () => {
    const rows = optioned();
    expect(rows.length).toBeGreaterThan(c().size / OPTIONS_EVERY / 2);
    expect(rows.every((r) => r % OPTIONS_EVERY === 1 && c().productType[r] === 0)).toBe(true);
    expect(new Set(rows.map((r) => variantsOf(c(), r).length))).toEqual(new Set([3, 6]));
    for (let r = 0; r < c().size; r++) {
      const variants = variantsOf(c(), r);
      // The product's values stand: the first variant has its SKU, a tracked product's quantity is the sum.
      expect(variants[0].sku).toBe(c().skus[r]);
      if (c().trackInventory[r] === 1 && c().quantity[r] >= 0) expect(variants.reduce((n, v) => n + (v.quantity ?? 0), 0)).toBe(c().quantity[r]);
      // The variants agree with the product's status (in stock: all; out: none; partially: some).
      const stocked = variants.filter((v) => v.inStock).length;
      if (variants.length > 1) expect(stocked === variants.length ? 0 : stocked === 0 ? 1 : 2).toBe(c().stockStatus[r]);
    }
    // The same seed, the same catalog: a catalog generated again gives the same rows the same variants.
    const again = generateCatalog({ products: 400, seed: 5, currency: 'USD' });
    expect(rows.map((r) => variantsOf(again, r).map((v) => [v.id, v.sku, v.quantity]))).toEqual(rows.map((r) => variantsOf(c(), r).map((v) => [v.id, v.sku, v.quantity])));
    // A catalog not generated (a catalog file) keeps one variant per product.
    expect(optionsOf({ ...c() }, rows[0])).toEqual([]);
  });

  it('V1 getProduct: productOptions with their choices and a variant per combination, each with the product price and its stock', async () => {
    const row = rowWhere((r) => optionsOf(c(), r).length === 2 && c().trackInventory[r] === 1);
    const { product } = await client().products.getProduct(c().ids[row], { includeMerchantSpecificData: true });
    expect(product?.manageVariants).toBe(true);
    expect(product?.productOptions?.map((o) => [o.optionType, o.name, o.choices?.map((ch) => [ch.value, ch.description])])).toEqual([
      ['drop_down', 'Size', [['S', 'S'], ['M', 'M'], ['L', 'L']]],
      ['color', 'Color', [['#c0392b', 'Red'], ['#2e86c1', 'Blue']]],
    ]);
    const variants = product?.variants ?? [];
    expect(variants.map((v) => v.choices)).toEqual([
      { Size: 'S', Color: 'Red' }, { Size: 'S', Color: 'Blue' }, { Size: 'M', Color: 'Red' },
      { Size: 'M', Color: 'Blue' }, { Size: 'L', Color: 'Red' }, { Size: 'L', Color: 'Blue' },
    ]);
    expect(new Set(variants.map((v) => v._id)).size).toBe(6);
    expect(variants.every((v) => v.variant?.priceData?.price === c().price[row])).toBe(true);
    expect(variants.map((v) => v.variant?.sku)).toEqual(variantsOf(c(), row).map((v) => v.sku));
    expect(variants[1].variant?.sku).toBe(`${c().skus[row]}-S-BLUE`);
    expect(variants.reduce((n, v) => n + (v.stock?.quantity ?? 0), 0)).toBe(c().quantity[row]);
    expect(product?.stock?.quantity).toBe(c().quantity[row]);
  });

  it('V3 getProduct: options (text and swatch) and variants whose choices name them, as V1 has them', async () => {
    emu.state.update({ catalogVersion: 'V3' });
    const row = rowWhere((r) => optionsOf(c(), r).length === 2 && c().visible[r] === 1);
    const product = await client().productsV3.getProduct(c().ids[row], { fields: ['VARIANT_OPTION_CHOICE_NAMES'] });
    expect(product.options?.map((o) => [o.name, o.optionRenderType, o.choicesSettings?.choices?.map((ch) => [ch.choiceType, ch.name])])).toEqual([
      ['Size', 'TEXT_CHOICES', [['CHOICE_TEXT', 'S'], ['CHOICE_TEXT', 'M'], ['CHOICE_TEXT', 'L']]],
      ['Color', 'SWATCH_CHOICES', [['ONE_COLOR', 'Red'], ['ONE_COLOR', 'Blue']]],
    ]);
    const variants = product.variantsInfo?.variants ?? [];
    expect(variants.map((v) => v.choices?.map((ch) => `${ch.optionChoiceNames?.optionName}: ${ch.optionChoiceNames?.choiceName}`).join(', '))[1]).toBe('Size: S, Color: Blue');
    // The choice ids point at the product's options.
    const choiceIds = new Set(product.options?.flatMap((o) => o.choicesSettings?.choices?.map((ch) => ch.choiceId) ?? []));
    expect(variants.every((v) => v.choices?.every((ch) => choiceIds.has(ch.optionChoiceIds?.choiceId)))).toBe(true);
    expect(variants.map((v) => [v._id, v.sku, v.inventoryStatus?.inStock])).toEqual(variantsOf(c(), row).map((v) => [v.id, v.sku, v.inStock]));
    expect(product.variantSummary?.variantCount).toBe(6);
    // Without the field, no names (as Wix: optionChoiceNames only with VARIANT_OPTION_CHOICE_NAMES).
    const bare = await client().productsV3.getProduct(c().ids[row]);
    expect(bare.variantsInfo?.variants?.[0].choices?.[0].optionChoiceNames).toBeUndefined();
  });
});

describe('V3 Query Inventory Items', () => {
  beforeEach(() => emu.state.update({ catalogVersion: 'V3' }));

  it('answers one item per variant of the product at the default location, tracked ones with their quantity', async () => {
    const row = rowWhere((r) => c().trackInventory[r] === 1 && c().stockStatus[r] === 2);
    const id = c().ids[row];
    const answer = await client().inventoryItemsV3.queryInventoryItems({ filter: { productId: { $eq: id } } });
    expect(lastCall()).toMatchObject({ method: 'GET', path: '/stores/v3/inventory-items/query', status: 200 });
    const items = answer.inventoryItems ?? [];
    const variants = variantsOf(c(), row);
    expect(items.map((i) => [i.variantId, i.productId, i.trackQuantity, i.quantity, i.availabilityStatus])).toEqual(
      variants.map((v) => [v.id, id, true, v.quantity, v.inStock ? 'IN_STOCK' : 'OUT_OF_STOCK']),
    );
    // Partially out of stock: the last variant is sold out, the others share the product's quantity.
    expect(items.at(-1)?.quantity).toBe(0);
    expect(new Set(items.map((i) => i.locationId)).size).toBe(1);
    expect(items[0]).toMatchObject({ product: { name: c().names[row], variantSku: c().skus[row] }, _createdDate: expect.any(Date) });
  });

  it('untracked variants carry inStock; several products by $in; pages with a cursor sent alone', async () => {
    const untracked = rowWhere((r) => c().trackInventory[r] === 0);
    const [item] = (await client().inventoryItemsV3.queryInventoryItems({ filter: { productId: c().ids[untracked] } })).inventoryItems ?? [];
    expect(item).toMatchObject({ trackQuantity: false, inStock: c().stockStatus[untracked] !== 1 });
    expect(item).not.toHaveProperty('quantity');
    const ids = [c().ids[0], c().ids[1], c().ids[2]];
    const expected = [0, 1, 2].reduce((n, r) => n + variantsOf(c(), r).length, 0);
    const first = await client().inventoryItemsV3.queryInventoryItems({ filter: { productId: { $in: ids } }, cursorPaging: { limit: 2 } });
    const next = first.pagingMetadata?.cursors?.next;
    expect([first.inventoryItems?.length, typeof next]).toEqual([2, 'string']);
    const rest = await client().inventoryItemsV3.queryInventoryItems({ cursorPaging: { limit: 100, cursor: next! } });
    expect(2 + (rest.inventoryItems?.length ?? 0)).toBe(expected);
    expect(rest.pagingMetadata?.cursors?.next).toBeNull();
  });

  it('refuses a role without WIX_STORES.INVENTORY_READ (viewer, staff: 403 naming it), a V1 site (428), filters it does not model (400)', async () => {
    const id = c().ids[0];
    for (const role of ['viewer', 'staff'] as const) {
      expect(await failure(client(role).inventoryItemsV3.queryInventoryItems({ filter: { productId: id } }))).toMatchObject({
        details: { applicationError: { data: { permission: 'WIX_STORES.INVENTORY_READ' } } },
      });
      expect(lastCall()?.status).toBe(403);
    }
    await failure(client().inventoryItemsV3.queryInventoryItems({ filter: { quantity: { $gt: 1 } } }));
    expect(lastCall()?.status).toBe(400);
    emu.state.update({ catalogVersion: 'V1' });
    await failure(client().inventoryItemsV3.queryInventoryItems({ filter: { productId: id } }));
    expect(lastCall()?.status).toBe(428);
  });
});

describe('V3 price writes on a product with variants', () => {
  beforeEach(() => emu.state.update({ catalogVersion: 'V3' }));
  const amount = (a: string, compareAt?: string) => ({ actualPrice: { amount: a }, ...(compareAt && { compareAtPrice: { amount: compareAt } }) });
  const update = (product: Record<string, unknown>) => client().productsV3.bulkUpdateProducts([{ product } as never]);
  /** A product with one option (S, M, L), read through the SDK. */
  const sized = async (skip = 0) => {
    const rows = optioned().filter((r) => optionsOf(c(), r).length === 1 && c().visible[r] === 1 && c().skus[r] !== null);
    return client().productsV3.getProduct(c().ids[rows[skip]]);
  };

  it('give each variant its own price and compare-at price; reads return them, choices and SKUs stay; one log entry', async () => {
    const before = await sized(0);
    const id = before._id!;
    const prices = [amount('10'), amount('12'), amount('14', '20')];
    const answer = await update({ _id: id, revision: before.revision!, ...pricedVariants(before, (i) => prices[i]) });
    expect(answer.bulkActionMetadata).toMatchObject({ totalSuccesses: 1, totalFailures: 0 });
    const after = await client().productsV3.getProduct(id);
    const variants = after.variantsInfo?.variants ?? [];
    expect(variants.map((v) => [v.price?.actualPrice?.amount, v.price?.compareAtPrice?.amount])).toEqual([['10', '10'], ['12', '12'], ['14', '20']]);
    expect(variants.map((v) => [v._id, v.sku, v.choices])).toEqual((before.variantsInfo?.variants ?? []).map((v) => [v._id, v.sku, v.choices]));
    expect([after.actualPriceRange?.minValue?.amount, after.actualPriceRange?.maxValue?.amount]).toEqual(['10', '14']);
    const log = emu.state.stats.snapshot().writes.filter((w) => w.productId === id);
    expect(log).toEqual([expect.objectContaining({ field: 'price', after: 10 })]);
    // One price for all again: the variants read the product's price.
    const again = await update({ _id: id, revision: after.revision!, ...pricedVariants(after, () => amount('12.5')) });
    expect(again.bulkActionMetadata).toMatchObject({ totalSuccesses: 1 });
    expect((await client().productsV3.getProduct(id)).variantsInfo?.variants?.map((v) => v.price?.actualPrice?.amount)).toEqual(['12.5', '12.5', '12.5']);
  });

  it('refuse an update missing a variant (VARIANTS_ARE_NOT_ALIGNED_WITH_PRODUCT, naming it), that item only, nothing applied', async () => {
    const before = await sized(1);
    const full = pricedVariants(before, () => amount('9'));
    const missing = full.variantsInfo.variants.slice(1);
    const answer = await update({ _id: before._id!, revision: before.revision!, options: full.options, variantsInfo: { variants: missing } });
    expect(answer.results?.[0].itemMetadata).toMatchObject({ success: false, error: { code: 'VARIANTS_ARE_NOT_ALIGNED_WITH_PRODUCT' } });
    expect(answer.results?.[0].itemMetadata?.error?.data).toEqual({ variants: [{ variantId: before.variantsInfo!.variants![0]._id, errorDescription: 'missing: every variant must be passed' }] });
    const now = await client().productsV3.getProduct(before._id!);
    expect([now.revision, now.variantsInfo?.variants?.[0].price?.actualPrice?.amount]).toEqual([before.revision, before.variantsInfo?.variants?.[0].price?.actualPrice?.amount]);
  });

  it('refuse variants without options, or a variant without its SKU or choices (Wix would replace it without them)', async () => {
    const before = await sized(2);
    const full = pricedVariants(before, () => amount('9'));
    const refusal = async (product: Record<string, unknown>) => (await update({ _id: before._id!, revision: before.revision!, ...product })).results?.[0].itemMetadata;
    expect(await refusal({ variantsInfo: full.variantsInfo })).toMatchObject({ success: false, error: { code: 'INVALID_ARGUMENT', data: { ruleName: 'MISSING_OPTIONS_ON_UPDATE_VARIANTS' } } });
    const without = (key: string) => ({ ...full, variantsInfo: { variants: full.variantsInfo.variants.map((v, i) => (i === 1 ? Object.fromEntries(Object.entries(v).filter(([k]) => k !== key)) : v)) } });
    expect((await refusal(without('sku')))?.error?.description).toMatch(/variants\[1\]\.sku must be passed/);
    expect((await refusal(without('choices')))?.error?.description).toMatch(/variants\[1\]\.choices must be the variant’s own/);
    expect((await refusal(without('physicalProperties')))?.error?.description).toMatch(/physicalProperties must be passed/);
    expect((await client().productsV3.getProduct(before._id!)).revision).toBe(before.revision);
  });
});
