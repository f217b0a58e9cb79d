import { type PlannedWrite, type ProductValues, targetOf } from './bulk-plan';
import { createV3Writer } from './v3-catalog-writer';

/*
 * A V3 price change sends every variant back whole; read without merchant data (Wix withholds cost from some
 * roles), the variants would go back without their cost and Wix would erase it. The writer refuses such a price
 * plan before any call; visibility and membership plans (no variants sent) are written as before.
 */

/** A mug with one variant at $10 as the SDK reads it; `cost` only when merchant data came with the read. */
const mug = (id: string, cost: boolean) => ({
  _id: id, name: `Mug ${id}`, visible: true, revision: '7', options: [], directCategoriesInfo: { categories: [] },
  variantsInfo: { variants: [{ _id: `${id}-v`, visible: true, choices: [], price: { actualPrice: { amount: '10' } }, ...(cost && { revenueDetails: { cost: { amount: '4' } } }) }] },
});

/** A writer over a fake SDK whose reads carry merchant data or not; records every call and every `beforeCall`. */
function writer(merchantData: boolean) {
  const calls: string[] = [];
  const sent: Record<string, unknown>[] = [];
  const api = {
    bulkUpdateProducts: async (items: { product: Record<string, unknown> }[]) => {
      calls.push('bulkUpdateProducts');
      sent.push(...items.map((i) => i.product));
      return { results: items.map((_, i) => ({ itemMetadata: { originalIndex: i, success: true } })) };
    },
    bulkAddItemsToCategory: async (_id: string, items: unknown[]) => {
      calls.push('bulkAddItemsToCategory');
      return { results: items.map((_, i) => ({ itemMetadata: { originalIndex: i, success: true } })) };
    },
  };
  const w = createV3Writer({ use: () => api } as never, async (ids) => ({ products: ids.map((id) => mug(id, merchantData)) as never, merchantData }));
  let before = 0;
  const beforeCall = async () => void before++;
  return { w, calls, sent, beforeCall, made: () => before };
}

const plusTen = { kind: 'price', change: { mode: 'percent', percent: 10, rounding: 'cents' } } as const;
const plan = (values: ProductValues, target: PlannedWrite['target']): PlannedWrite => ({ id: values.id, name: values.name, before: values, target });

describe('V3 writer without merchant data (cost withheld from the role)', () => {
  it('marks what it read: cost known with merchant data, not without', async () => {
    expect((await writer(true).w.read(['a']))[0].costKnown).toBe(true);
    expect((await writer(false).w.read(['a']))[0].costKnown).toBe(false);
  });

  it('refuses a price change read without cost: each product "withheld", no call made, nothing sent', async () => {
    const { w, calls, sent, beforeCall, made } = writer(false);
    const values = await w.read(['a', 'b']);
    const batch = await w.write(values.map((v) => plan(v, targetOf(v, plusTen)!)), beforeCall);
    expect(batch).toEqual({ outcomes: [{ id: 'a', ok: false, withheld: 'cost' }, { id: 'b', ok: false, withheld: 'cost' }] });
    expect([calls, sent, made()]).toEqual([[], [], 0]);
  });

  it('still writes visibility and membership read without cost (no variants sent), in the same batch as a refused price', async () => {
    const { w, calls, sent, beforeCall } = writer(false);
    const [a, b, c] = await w.read(['a', 'b', 'c']);
    const batch = await w.write([plan(a, targetOf(a, plusTen)!), plan(b, { visible: false }), plan(c, { membership: { id: 'cat', member: true } })], beforeCall);
    expect(batch.outcomes).toEqual([{ id: 'a', ok: false, withheld: 'cost' }, { id: 'b', ok: true }, { id: 'c', ok: true }]);
    expect(calls).toEqual(['bulkUpdateProducts', 'bulkAddItemsToCategory']);
    expect(sent).toEqual([{ _id: 'b', revision: '7', visible: false }]);
  });

  it('writes a price change read with cost, each variant sent back with its cost', async () => {
    const { w, sent, beforeCall } = writer(true);
    const [a] = await w.read(['a']);
    const batch = await w.write([plan(a, targetOf(a, plusTen)!)], beforeCall);
    expect(batch.outcomes).toEqual([{ id: 'a', ok: true }]);
    expect((sent[0]['variantsInfo'] as { variants: Record<string, unknown>[] }).variants[0]['revenueDetails']).toEqual({ cost: { amount: '4' } });
  });

  it('refuses a price plan whose values do not say the cost was read (undo or retry plans built elsewhere)', async () => {
    const { w, calls, beforeCall } = writer(true);
    const [a] = await w.read(['a']);
    const { costKnown: _, ...unmarked } = a;
    const batch = await w.write([plan(unmarked, targetOf(a, plusTen)!)], beforeCall);
    expect([batch.outcomes, calls]).toEqual([[{ id: 'a', ok: false, withheld: 'cost' }], []]);
  });
});
