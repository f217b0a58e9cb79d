import { editedCollections } from './catalog-edits';

/**
 * The catalog, stored column by column: typed arrays for numbers and flags, plain arrays for the strings every
 * product has, interned tables for repeated strings. A million products fit in a few hundred MB and a product
 * object is only built when a page is sent (see v1-product.ts / v3-product.ts).
 */

export type DiscountKind = 0 | 1 | 2; // NONE, AMOUNT, PERCENT
export type StockStatus = 0 | 1 | 2; // IN_STOCK, OUT_OF_STOCK, PARTIALLY_OUT_OF_STOCK
export type ProductTypeCode = 0 | 1 | 2; // physical, digital, unspecified_product_type

export const DISCOUNT_TYPES = ['NONE', 'AMOUNT', 'PERCENT'] as const;
export const STOCK_STATUSES = ['IN_STOCK', 'OUT_OF_STOCK', 'PARTIALLY_OUT_OF_STOCK'] as const;
export const PRODUCT_TYPES = ['physical', 'digital', 'unspecified_product_type'] as const;

/** A thumbnail as V1 describes it (MediaItemUrlAndSize). */
export interface Thumbnail {
  readonly url: string;
  readonly width: number;
  readonly height: number;
  readonly altText?: string | null;
}

/** Marks a product whose thumbnail the emulator draws itself (served under /_emulator/media/). */
export const GENERATED_THUMBNAIL = 'generated';

/** One product on its way into the catalog (the generator and the file loader both produce these). */
export interface ProductRecord {
  id: string;
  name: string;
  slug: string;
  sku: string | null;
  numericId: number;
  createdMs: number;
  updatedMs: number;
  /** NaN when the product has no price data at all. */
  price: number;
  currency: string;
  discountKind: DiscountKind;
  discountValue: number;
  /** NaN when unknown. */
  cost: number;
  trackInventory: boolean;
  quantity: number | null;
  stockStatus: StockStatus;
  visible: boolean;
  productType: ProductTypeCode;
  description: string | null;
  brand: string | null;
  ribbon: string | null;
  thumbnail: Thumbnail | typeof GENERATED_THUMBNAIL | null;
  collectionIds: readonly string[];
}

/** Repeated strings stored once; code 0 means "none". */
export interface InternedColumn {
  readonly codes: Uint32Array;
  readonly values: readonly (string | null)[];
}

/** The finished, read-only catalog. */
export interface Catalog {
  readonly size: number;
  readonly ids: readonly string[];
  readonly names: readonly string[];
  readonly slugs: readonly string[];
  readonly skus: readonly (string | null)[];
  readonly numericIds: Float64Array;
  readonly created: Float64Array;
  readonly updated: Float64Array;
  readonly price: Float64Array;
  readonly discountKind: Uint8Array;
  readonly discountValue: Float64Array;
  readonly cost: Float64Array;
  readonly currency: InternedColumn;
  readonly trackInventory: Uint8Array;
  /** -1 = no quantity (not tracked). */
  readonly quantity: Int32Array;
  readonly stockStatus: Uint8Array;
  readonly visible: Uint8Array;
  readonly productType: Uint8Array;
  readonly description: InternedColumn;
  readonly brand: InternedColumn;
  readonly ribbon: InternedColumn;
  /** -1 none, -2 generated, otherwise an index into `thumbnails`. */
  readonly thumbnailCode: Int32Array;
  readonly thumbnails: readonly Thumbnail[];
  /** CSR layout: the collections of row r are collectionItems[collectionOffsets[r] .. collectionOffsets[r+1]). */
  readonly collectionOffsets: Uint32Array;
  readonly collectionItems: Uint32Array;
  readonly collectionIds: readonly string[];
}

/** The price a buyer pays after the product's discount (NaN without price data). */
export function effectivePrice(c: Catalog, row: number): number {
  const price = c.price[row];
  const value = c.discountValue[row];
  switch (c.discountKind[row]) {
    case 1:
      return Math.max(0, Math.round((price - value) * 100) / 100);
    case 2:
      return Math.round(price * (100 - value)) / 100;
    default:
      return price;
  }
}

/** The collection ids of one row. */
export function collectionsOf(c: Catalog, row: number): string[] {
  const edited = editedCollections(c, row);
  if (edited) return [...edited];
  const out: string[] = [];
  for (let i = c.collectionOffsets[row]; i < (c.collectionOffsets[row + 1]); i++) {
    out.push(c.collectionIds[c.collectionItems[i]]);
  }
  return out;
}

/** Reads an interned column. */
export function interned(col: InternedColumn, row: number): string | null {
  return col.values[col.codes[row]] ?? null;
}
