import type { WixV1Product } from '../wix/wix-client';
import { V1PageRequest, V1PageResult, V1Pager } from './v1-pager';
import { V1Fetch, V1Key, V1Order, V1Read } from './v1-read';

/**
 * A fake Catalog V1 that reads the way the emulator documents Wix: ordered by the field then numericId,
 * strings compared case-insensitively, and every offset read refused past the window (a test must not pass by
 * reading deep offsets). Many products share a name and a price, so ties decide where pages split.
 */
function fakeCatalog(size: number, window: number) {
  const products: WixV1Product[] = Array.from({ length: size }, (_, i) => ({
    _id: `p-${i}`,
    // 7 names in two spellings and 5 prices: long runs of equal sort values.
    name: ['Mug', 'mug', 'Bowl', 'Cup', 'cup', 'Plate', 'Jar'][(i * 3) % 7],
    priceData: { price: [5, 10, 10, 20, 5][i % 5] },
    lastUpdated: new Date(Date.UTC(2025, 0, 1 + (i % 9))),
    // Not in catalog order, so the tie-breaker is really numericId.
    numericId: String(1000 + ((i * 7919) % size)),
  })) as unknown as WixV1Product[];
  const reads: V1Read[] = [];
  const value = (p: WixV1Product, order: V1Order): string | number => {
    if (order.field === 'name') return String(p.name).toLowerCase();
    if (order.field === 'priceData.price') return p.priceData!.price!;
    if (order.field === 'lastUpdated') return (p.lastUpdated as Date).toISOString();
    return Number(p.numericId);
  };
  const compare = (a: [string | number, number], b: [string | number, number]) =>
    a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1];
  const keyTuple = (k: V1Key, order: V1Order): [string | number, number] => [
    typeof k.value === 'string' && order.field !== 'lastUpdated' ? k.value.toLowerCase() : k.value,
    k.numericId,
  ];
  const fetch: V1Fetch = async (read) => {
    reads.push(read);
    if (read.offset + read.limit > window) throw new Error(`offset ${read.offset} + ${read.limit} past the window`);
    const sign = read.order.descending ? -1 : 1;
    const tuple = (p: WixV1Product): [string | number, number] => [value(p, read.order), Number(p.numericId)];
    let rows = products.filter((p) => !read.text || String(p.name).toLowerCase().startsWith(read.text.toLowerCase()));
    rows.sort((a, b) => sign * compare(tuple(a), tuple(b)));
    if (read.after) {
      const after = keyTuple(read.after, read.order);
      rows = rows.filter((p) => sign * compare(tuple(p), after) > 0);
    }
    return { items: rows.slice(read.offset, read.offset + read.limit), total: rows.length };
  };
  /** The whole list in an order, as the oracle: computed without the pager. */
  const expected = (order: V1Order, text = '') => {
    const sign = order.descending ? -1 : 1;
    const tuple = (p: WixV1Product): [string | number, number] => [value(p, order), Number(p.numericId)];
    return products
      .filter((p) => !text || String(p.name).toLowerCase().startsWith(text))
      .sort((a, b) => sign * compare(tuple(a), tuple(b)))
      .map((p) => String(p._id));
  };
  return { fetch, reads, expected };
}

const ids = (result: V1PageResult): string[] => (result.kind === 'page' ? result.items.map((p) => String(p._id)) : []);
const orders: V1Order[] = [
  { field: 'name', descending: false },
  { field: 'name', descending: true },
  { field: 'priceData.price', descending: false },
  { field: 'priceData.price', descending: true },
  { field: 'lastUpdated', descending: true },
  { field: 'numericId', descending: false },
];

describe('V1Pager: paging across the offset window', () => {
  it.each(orders)('pages forward with Next through %j: every product once, in order, with equal sort values', async (order) => {
    const catalog = fakeCatalog(1_037, 300);
    const pager = new V1Pager(catalog.fetch, 300);
    const seen: string[] = [];
    for (let page = 1; ; page++) {
      const result = await pager.page({ text: '', order, pageSize: 25, page });
      expect(result.kind).toBe('page');
      if (ids(result).length === 0) break;
      seen.push(...ids(result));
      expect(result.kind === 'page' && result.total).toBe(1_037);
    }
    expect(seen).toEqual(catalog.expected(order));
    // Next costs one read a page, whatever the depth.
    expect(catalog.reads.length).toBe(Math.ceil(1_037 / 25));
  });

  it.each(orders)('pages backward from the last page with Previous through %j: every product once', async (order) => {
    const catalog = fakeCatalog(1_037, 300);
    const pager = new V1Pager(catalog.fetch, 300);
    const pages: string[][] = [];
    const last = Math.ceil(1_037 / 25);
    for (let page = last; page >= 1; page--) pages.unshift(ids(await pager.page({ text: '', order, pageSize: 25, page })));
    expect(pages.flat()).toEqual(catalog.expected(order));
    // The last page: one read for the total, one from the end; then one per page.
    expect(catalog.reads.length).toBe(last + 1);
  });

  it('opens the last page directly through the reversed order, and a page just past the window by a short walk', async () => {
    const catalog = fakeCatalog(1_037, 300);
    const pager = new V1Pager(catalog.fetch, 300);
    const order = orders[2];
    const all = catalog.expected(order);
    expect(ids(await pager.page({ text: '', order, pageSize: 25, page: 42 }))).toEqual(all.slice(1_025));
    const request: V1PageRequest = { text: '', order, pageSize: 25, page: 13 };
    expect(ids(await new V1Pager(catalog.fetch, 300).page(request))).toEqual(all.slice(300, 325));
  });

  it('says which pages it can open when a page is neither near the window nor near the end', async () => {
    const catalog = fakeCatalog(3_000, 300);
    const pager = new V1Pager(catalog.fetch, 300);
    const result = await pager.page({ text: '', order: orders[0], pageSize: 25, page: 60 });
    expect(result).toMatchObject({ kind: 'unreachable', total: 3_000, lastBefore: 12, firstAfter: 109, page: { items: [], page: 60, pageCount: 120 } });
    // And from page 12, Next reaches page 13, 14… one read each.
    await pager.page({ text: '', order: orders[0], pageSize: 25, page: 12 });
    const before = catalog.reads.length;
    expect(ids(await pager.page({ text: '', order: orders[0], pageSize: 25, page: 13 }))).toEqual(catalog.expected(orders[0]).slice(300, 325));
    expect(catalog.reads.length).toBe(before + 1);
  });

  it('keeps search text in every read, offset or keyset', async () => {
    const catalog = fakeCatalog(2_000, 300);
    const pager = new V1Pager(catalog.fetch, 300);
    const seen: string[] = [];
    for (let page = 1; page <= 30; page++) seen.push(...ids(await pager.page({ text: 'mu', order: orders[1], pageSize: 10, page })));
    expect(seen).toEqual(catalog.expected(orders[1], 'mu').slice(0, 300));
    expect(catalog.reads.every((r) => r.text === 'mu')).toBe(true);
  });
});
