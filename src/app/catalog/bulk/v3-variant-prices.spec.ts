import { priceSpans, reached, targetOf, undoPlan, type PlannedWrite } from './bulk-plan';
import { createV3Writer } from './v3-catalog-writer';

/*
 * Catalog V3 price changes per variant: each variant's new price from its own, every variant sent back whole
 * (Wix replaces the list: "Partial update of variants is not supported"), undo to each variant's own price.
 */

const S = { optionChoiceIds: { optionId: 'size', choiceId: 's' } };
const XL = { optionChoiceIds: { optionId: 'size', choiceId: 'xl' } };
/** A shirt as the SDK reads it: S $10, XL $14 with a compare-at $20, cost, SKUs, read-only parts. */
const shirt = (s = '10', xl = '14', xlCompareAt = '20', revision = '3') => ({
  _id: 'p1', name: 'Shirt', visible: true, revision,
  options: [{ _id: 'size', name: 'Size', choicesSettings: { choices: [{ choiceId: 's', name: 'S' }, { choiceId: 'xl', name: 'XL' }] } }],
  directCategoriesInfo: { categories: [] },
  variantsInfo: {
    variants: [
      { _id: 'v-s', visible: true, sku: 'SH-S', barcode: '111', choices: [S], physicalProperties: { weight: 0.2 }, price: { actualPrice: { amount: s, formattedAmount: `$${s}` }, compareAtPrice: { amount: s } }, revenueDetails: { cost: { amount: '4', formattedAmount: '$4' }, profit: { amount: '6' } }, inventoryStatus: { inStock: true }, media: { url: 'x' } },
      { _id: 'v-xl', visible: true, sku: 'SH-XL', choices: [XL], physicalProperties: { weight: 0.3 }, price: { actualPrice: { amount: xl }, compareAtPrice: { amount: xlCompareAt } }, inventoryStatus: { inStock: false } },
    ],
  },
});

/** A V3 writer over a fake SDK: `read` answers `products`, bulkUpdateProducts records the request. */
function writer(products: () => unknown[]) {
  const sent: Record<string, unknown>[][] = [];
  const api = {
    bulkUpdateProducts: async (items: { product: Record<string, unknown> }[]) => {
      sent.push(items.map((i) => i.product));
      return { results: items.map((_, i) => ({ itemMetadata: { originalIndex: i, success: true } })) };
    },
  };
  const w = createV3Writer({ use: () => api } as never, async () => ({ products: products() as never, merchantData: true }));
  return { w, sent };
}
const plusTenPercent = { kind: 'price', change: { mode: 'percent', percent: 10, rounding: 'cents' } } as const;

describe('V3 price changes per variant', () => {
  it('reads every variant with its own prices and writable data (read-only parts left out, cost kept)', async () => {
    const [values] = await writer(() => [shirt()]).w.read(['p1']);
    expect(values.price).toBe(10);
    expect(values.variants?.map((v) => [v.id, v.price, v.compareAtPrice])).toEqual([['v-s', 10, 10], ['v-xl', 14, 20]]);
    expect(values.variants?.[0].data).toEqual({ _id: 'v-s', visible: true, sku: 'SH-S', barcode: '111', choices: [S], physicalProperties: { weight: 0.2 }, revenueDetails: { cost: { amount: '4' } } });
    expect(values.options).toHaveLength(1);
  });

  it('+10 % gives each variant its own new price (S $10 → $11, XL $14 → $15.40), keeps a compare-at above it', async () => {
    const [values] = await writer(() => [shirt()]).w.read(['p1']);
    const target = targetOf(values, plusTenPercent)!;
    expect(target).toEqual({ price: 11, variantPrices: { 'v-s': { price: 11, compareAtPrice: null }, 'v-xl': { price: 15.4, compareAtPrice: 20 } } });
    expect(targetOf(values, { kind: 'price', change: { mode: 'set', amount: 25 } })!.variantPrices).toEqual({ 'v-s': { price: 25, compareAtPrice: null }, 'v-xl': { price: 25, compareAtPrice: null } });
    expect(targetOf({ ...values, variants: [] }, plusTenPercent)).toBeNull();
  });

  it('spans a preview over the variants: $10–$14 → $11–$15.40 (V1 and one-price products: one price)', async () => {
    const [values] = await writer(() => [shirt()]).w.read(['p1']);
    expect(priceSpans(values, plusTenPercent.change)).toEqual({ before: { min: 10, max: 14 }, after: { min: 11, max: 15.4 } });
    expect(priceSpans({ id: 'p2', name: 'Cup', visible: true, price: 8 }, plusTenPercent.change)).toEqual({ before: { min: 8, max: 8 }, after: { min: 8.8, max: 8.8 } });
    expect(priceSpans({ id: 'p3', name: 'Gift', visible: true, price: null }, plusTenPercent.change)).toEqual({ before: null, after: null });
  });

  it('counts the target reached only when every variant holds its own price and compare-at', async () => {
    const read = async (s: string, xl: string, c: string) => (await writer(() => [shirt(s, xl, c)]).w.read(['p1']))[0];
    const target = targetOf(await read('10', '14', '20'), plusTenPercent)!;
    expect(reached(await read('11', '15.4', '20'), target)).toBe(true);
    expect(reached(await read('11', '11', '20'), target)).toBe(false); // the old defect: every variant at the first's price
    expect(reached(await read('11', '15.4', '15.4'), target)).toBe(false); // compare-at lost
    expect(reached(await read('10', '14', '20'), target)).toBe(false);
  });

  it('sends every variant whole with its own new price, the options, and the revision; nothing else changed', async () => {
    const { w, sent } = writer(() => [shirt()]);
    const [values] = await w.read(['p1']);
    const plan: PlannedWrite = { id: 'p1', name: 'Shirt', before: values, target: targetOf(values, plusTenPercent)! };
    const batch = await w.write([plan], async () => undefined);
    expect(batch.outcomes).toEqual([{ id: 'p1', ok: true }]);
    expect(sent).toEqual([[{
      _id: 'p1', revision: '3', options: shirt().options,
      variantsInfo: {
        variants: [
          { _id: 'v-s', visible: true, sku: 'SH-S', barcode: '111', choices: [S], physicalProperties: { weight: 0.2 }, revenueDetails: { cost: { amount: '4' } }, price: { actualPrice: { amount: '11' } } },
          { _id: 'v-xl', visible: true, sku: 'SH-XL', choices: [XL], physicalProperties: { weight: 0.3 }, price: { actualPrice: { amount: '15.4' }, compareAtPrice: { amount: '20' } } },
        ],
      },
    }]]);
  });

  it('undo restores each variant its own price and compare-at, sent whole from the values read at undo time', async () => {
    const { w, sent } = writer(() => [shirt('11', '15.4', '20', '4')]);
    const [before] = await writer(() => [shirt('10', '14', '16')]).w.read(['p1']);
    const done: PlannedWrite = { id: 'p1', name: 'Shirt', before, target: targetOf(before, plusTenPercent)! };
    expect(done.target.variantPrices?.['v-xl']).toEqual({ price: 15.4, compareAtPrice: 16 });
    const [undo] = undoPlan([done]);
    expect(undo.target).toEqual({ price: 10, variantPrices: { 'v-s': { price: 10, compareAtPrice: null }, 'v-xl': { price: 14, compareAtPrice: 16 } } });
    const [now] = await w.read(['p1']);
    await w.write([{ ...undo, before: now }], async () => undefined);
    const variants = (sent[0][0]['variantsInfo'] as { variants: { sku: string; price: unknown }[] }).variants;
    expect(sent[0][0]['revision']).toBe('4');
    expect(variants.map((v) => [v.sku, v.price])).toEqual([['SH-S', { actualPrice: { amount: '10' } }], ['SH-XL', { actualPrice: { amount: '14' }, compareAtPrice: { amount: '16' } }]]);
  });

  it('splits a batch into calls of at most 1,000 variants (Bulk Update Products’ limit)', async () => {
    const many = (id: string, n: number) => ({
      ...shirt(), _id: id, options: [],
      variantsInfo: { variants: Array.from({ length: n }, (_, i) => ({ _id: `${id}-${i}`, choices: [], price: { actualPrice: { amount: '5' } } })) },
    });
    const { w, sent } = writer(() => [many('a', 600), many('b', 500), many('c', 400)]);
    const values = await w.read(['a', 'b', 'c']);
    let calls = 0;
    const batch = await w.write(values.map((v) => ({ id: v.id, name: v.name, before: v, target: targetOf(v, plusTenPercent)! })), async () => void calls++);
    expect(sent.map((call) => call.map((p) => p['_id']))).toEqual([['a'], ['b', 'c']]);
    expect(calls).toBe(2);
    expect(batch.outcomes.map((o) => o.id)).toEqual(['a', 'b', 'c']);
  });
});
