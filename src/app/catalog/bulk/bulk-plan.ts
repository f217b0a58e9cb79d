import type { CatalogError } from '../catalog-error';

/** How a price is rounded after a relative change. */
export type PriceRounding = 'cents' | 'whole' | 'ninety-nine';

/** A price change as the merchant states it. */
export type PriceChange =
  | { readonly mode: 'set'; readonly amount: number }
  | { readonly mode: 'percent'; readonly percent: number; readonly rounding: PriceRounding }
  | { readonly mode: 'amount'; readonly delta: number; readonly rounding: PriceRounding };

/** What a bulk run does to every product in scope. */
export type BulkAction =
  | { readonly kind: 'visibility'; readonly visible: boolean }
  | { readonly kind: 'price'; readonly change: PriceChange }
  | { readonly kind: 'membership'; readonly membership: Membership };

/** In (`member: true`) or out of one collection (V1) / category (V3). A set: sending it twice is still once. */
export interface Membership {
  readonly id: string;
  readonly member: boolean;
}

/**
 * A product's writable values as read just before a write. `price` is what a price change changes: V1's list
 * price (`priceData.price`; a discount applies on top), V3's actual price of the product's variants.
 */
export interface ProductValues {
  readonly id: string;
  readonly name: string;
  readonly visible: boolean;
  /** Null when the product has no price (a price change then fails for it). */
  readonly price: number | null;
  /** V3 only: the revision every update must carry; the variant ids and compare-at price a price write keeps. */
  readonly revision?: string | null;
  readonly variantIds?: readonly string[];
  readonly compareAtPrice?: number | null;
  /** The collections (V1 `collectionIds`) / categories (V3 `directCategoriesInfo`) the product is directly in. */
  readonly collectionIds?: readonly string[];
}

/** Absolute values a write sets. Never relative: sending the same target twice cannot change a price twice. */
export interface WriteTarget {
  readonly visible?: boolean;
  readonly price?: number;
  readonly membership?: Membership;
}

/** One product's planned write: its values before and its absolute target, computed once. */
export interface PlannedWrite {
  readonly id: string;
  readonly name: string;
  readonly before: ProductValues;
  readonly target: WriteTarget;
}

/** Why one product was not changed. */
export type ItemFailure =
  | { readonly kind: 'rejected'; readonly code: string; readonly description: string }
  | { readonly kind: 'no-price' }
  | { readonly kind: 'not-attempted' }
  | { readonly kind: 'error'; readonly error: CatalogError };

/** How one product ended. */
export type ItemResult =
  | { readonly id: string; readonly name: string; readonly ok: true }
  | { readonly id: string; readonly name: string; readonly ok: false; readonly failure: ItemFailure };

/** Catalog V1's "All Products" collection: every product is in it, and none can be removed from it. */
export const V1_ALL_PRODUCTS_COLLECTION = '00000000-000000-000000-000000000001';

/** The largest price Wix accepts (`@max 999999999.99`). */
export const MAX_PRICE = 999_999_999.99;

/** Rounds a computed price as the merchant chose (never below 0, never above Wix's maximum). */
export function roundPrice(value: number, rounding: PriceRounding): number {
  const clamped = Math.min(MAX_PRICE, Math.max(0, value));
  switch (rounding) {
    case 'cents':
      return Math.round(clamped * 100) / 100;
    case 'whole':
      return Math.round(clamped);
    case 'ninety-nine':
      // The whole amount plus .99 (10.20 → 10.99): a store's "charm" price, predictable from the preview.
      return Math.min(MAX_PRICE, Math.floor(clamped) + 0.99);
  }
}

/** The absolute price a change gives a product whose price was `price`; null when it has none. */
export function newPrice(price: number | null, change: PriceChange): number | null {
  if (change.mode === 'set') return roundPrice(change.amount, 'cents');
  if (price === null) return null;
  const raw = change.mode === 'percent' ? price * (1 + change.percent / 100) : price + change.delta;
  return roundPrice(raw, change.rounding);
}

/** The absolute target of `action` for a product read as `values`; null when it cannot apply (no price). */
export function targetOf(values: ProductValues, action: BulkAction): WriteTarget | null {
  if (action.kind === 'visibility') return { visible: action.visible };
  if (action.kind === 'membership') return { membership: action.membership };
  const price = newPrice(values.price, action.change);
  return price === null ? null : { price };
}

/** Whether a product already holds the target (then nothing is sent for it: a retry never writes twice). */
export function reached(values: ProductValues, target: WriteTarget): boolean {
  if (target.visible !== undefined && values.visible !== target.visible) return false;
  if (target.price !== undefined && (values.price === null || Math.abs(values.price - target.price) > 0.004)) return false;
  if (target.membership && isMember(values, target.membership.id) !== target.membership.member) return false;
  return true;
}

/** Whether a product read as `values` is directly in the collection/category `id`. */
export function isMember(values: ProductValues, id: string): boolean {
  return values.collectionIds?.includes(id) ?? false;
}

/** The plan that restores the values before a write, for the products it changed (absolute again). */
export function undoPlan(done: readonly PlannedWrite[]): PlannedWrite[] {
  return done.map((p) => ({
    id: p.id,
    name: p.name,
    before: p.before,
    target: {
      ...(p.target.visible !== undefined && { visible: p.before.visible }),
      ...(p.target.price !== undefined && p.before.price !== null && { price: p.before.price }),
      // Membership as it was read before: a product that was already in (or out) is left as it is.
      ...(p.target.membership && { membership: { id: p.target.membership.id, member: isMember(p.before, p.target.membership.id) } }),
    },
  }));
}
