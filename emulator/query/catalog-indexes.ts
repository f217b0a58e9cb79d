import { type Catalog, effectivePrice, PRODUCT_TYPES } from '../catalog/catalog';
import { numericSortIndex, type SortIndex, stringSortIndex } from './sort-index';

/** The orders the APIs can sort or look up by; V1 and V3 share them. */
export type IndexKey =
  | 'id' | 'name' | 'slug' | 'sku' | 'productType' | 'price' | 'effectivePrice'
  | 'numericId' | 'created' | 'updated' | 'visible';

/** Keys built at start-up by `warmUp()`: the ones a products page sorts or searches by. */
export const HOT_INDEXES: readonly IndexKey[] = ['name', 'sku', 'price', 'effectivePrice', 'numericId', 'created', 'updated'];

/** Lazily built, cached sort indexes of one catalog. */
export class CatalogIndexes {
  private readonly built = new Map<IndexKey, SortIndex>();
  private effective?: Float64Array;

  constructor(readonly catalog: Catalog) {}

  /** The index for `key`, building it on first use. */
  get(key: IndexKey): SortIndex {
    let index = this.built.get(key);
    if (!index) {
      index = this.build(key);
      this.built.set(key, index);
    }
    return index;
  }

  /** Builds the given indexes now, so the first queries are as fast as the rest. */
  warmUp(keys: readonly IndexKey[] = HOT_INDEXES): void {
    for (const key of keys) this.get(key);
  }

  /** Drops indexes a write made stale (and the discounted prices when prices changed); rebuilt on next use. */
  invalidate(keys: readonly IndexKey[]): void {
    for (const key of keys) this.built.delete(key);
    if (keys.includes('price') || keys.includes('effectivePrice')) this.effective = undefined;
  }

  /** Discounted prices, computed once (V3 `actualPriceRange`). */
  effectivePrices(): Float64Array {
    if (!this.effective) {
      const c = this.catalog;
      this.effective = new Float64Array(c.size);
      for (let r = 0; r < c.size; r++) this.effective[r] = effectivePrice(c, r);
    }
    return this.effective;
  }

  private build(key: IndexKey): SortIndex {
    const c = this.catalog;
    switch (key) {
      case 'id':
        return stringSortIndex(c.size, (r) => c.ids[r].toLowerCase());
      case 'name':
        return stringSortIndex(c.size, (r) => c.names[r].toLowerCase());
      case 'slug':
        return stringSortIndex(c.size, (r) => c.slugs[r].toLowerCase());
      case 'sku':
        return stringSortIndex(c.size, (r) => c.skus[r]?.toLowerCase() ?? null);
      case 'productType':
        return stringSortIndex(c.size, (r) => PRODUCT_TYPES[c.productType[r]]);
      case 'price':
        return numericSortIndex(c.price);
      case 'effectivePrice':
        return numericSortIndex(this.effectivePrices());
      case 'numericId':
        return numericSortIndex(c.numericIds);
      case 'created':
        return numericSortIndex(c.created);
      case 'updated':
        return numericSortIndex(c.updated);
      case 'visible':
        return numericSortIndex(c.visible);
    }
  }
}
