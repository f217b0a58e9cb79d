import { type Catalog, collectionsOf, effectivePrice } from '../catalog/catalog';
import { bumpRevision, setCollections, setVariantPrices, type VariantPrice } from '../catalog/catalog-edits';
import { cents } from '../catalog/money';
import type { IndexKey } from '../query/catalog-indexes';
import type { EmulatorState } from '../state';
import { collectionCountChanged } from './collections-endpoints';
import type { ApiContext } from './v1-endpoint';

/** What a write endpoint knows beyond a read: its path parameters and the call's identity (for the write log). */
export interface WriteContext extends ApiContext {
  readonly requestId: string;
  /** `METHOD /path` of the call. */
  readonly endpoint: string;
  /** Path parameters (`id` of `/products/{id}` or `/collections/{id}/…`). */
  readonly params: Readonly<Record<string, string>>;
}

/** Wix's ceiling for prices (`SetValue.price @max 999999999.99`). */
export const MAX_PRICE = 999_999_999.99;

const ROWS = new WeakMap<Catalog, Map<string, number>>();

/** The catalog row of a product id, or -1. */
export function rowOf(state: EmulatorState, id: unknown): number {
  if (typeof id !== 'string') return -1;
  const c = state.catalog;
  let rows = ROWS.get(c);
  if (!rows) {
    rows = new Map();
    for (let r = 0; r < c.size; r++) rows.set(c.ids[r], r);
    ROWS.set(c, rows);
  }
  return rows.get(id) ?? -1;
}

/**
 * Applies changes to one row and records each in the write log. Every write bumps the V3 revision and the
 * updated date once (a no-op write too, as Wix counts an update as an update).
 */
export class RowWrite {
  private readonly stale = new Set<IndexKey>(['updated']);

  constructor(
    private readonly ctx: WriteContext,
    readonly row: number,
  ) {}

  private get c(): Catalog {
    return this.ctx.state.catalog;
  }

  /** Shows or hides the product. */
  visible(value: boolean): this {
    const before = this.c.visible[this.row] === 1;
    (this.c.visible as Uint8Array)[this.row] = value ? 1 : 0;
    this.stale.add('visible');
    return this.log('visible', before, value);
  }

  /** V1: sets the list price (`priceData.price`); the discount stays and applies to the new price. */
  listPrice(value: number): this {
    const before = this.c.price[this.row];
    this.c.price[this.row] = cents(value);
    this.stale.add('price').add('effectivePrice');
    return this.log('price', before, this.c.price[this.row]);
  }

  /**
   * V3: each variant's own price (in variants.ts order). The row (V1 reads, filters, sorting, price ranges' low
   * end) takes the cheapest variant's; the variants keep theirs beside it while they differ. Logged once, as the
   * row's price (before → after), like a one-price write.
   */
  variantPrices(prices: readonly VariantPrice[]): this {
    const c = this.c;
    const before = effectivePrice(c, this.row);
    const low = prices.reduce((best, p) => (p.actual < best.actual ? p : best), prices[0]);
    this.setRowPrice(low.actual, low.compareAt);
    const uniform = prices.every((p) => p.actual === low.actual && p.compareAt === low.compareAt);
    setVariantPrices(c, this.row, uniform ? null : prices);
    this.stale.add('price').add('effectivePrice');
    return this.log('price', before, effectivePrice(c, this.row));
  }

  /** Actual price with a higher compare-at price as the list price and an amount discount (so V1 and V3 agree). */
  private setRowPrice(actual: number, compareAt: number | null): void {
    const c = this.c;
    const list = compareAt !== null && compareAt > actual ? compareAt : actual;
    c.price[this.row] = cents(list);
    c.discountKind[this.row] = list > actual ? 1 : 0;
    c.discountValue[this.row] = list > actual ? cents(list - actual) : 0;
  }

  /** Adds or removes one collection (V1) / category (V3). */
  collection(id: string, member: boolean): this {
    const before = collectionsOf(this.c, this.row);
    const after = member ? (before.includes(id) ? before : [...before, id]) : before.filter((x) => x !== id);
    setCollections(this.c, this.row, after);
    if (after.length !== before.length) collectionCountChanged(this.c, id, member ? 1 : -1);
    return this.log('collections', before, after);
  }

  /** Finishes the write: revision, updated date, stale indexes. */
  commit(): void {
    bumpRevision(this.c, this.row);
    this.c.updated[this.row] = Date.now();
    this.ctx.state.indexes.invalidate([...this.stale]);
  }

  private log(field: string, before: unknown, after: unknown): this {
    const { ctx } = this;
    ctx.state.stats.applied({
      at: new Date().toISOString(),
      requestId: ctx.requestId,
      endpoint: ctx.endpoint,
      productId: this.c.ids[this.row],
      field,
      before,
      after,
    });
    return this;
  }
}
