import type { CatalogError, WixPermission } from '../catalog-error';

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
 * price (`priceData.price`; a discount applies on top); on V3 the first variant's actual price (what the
 * preview and results show), while each variant's own price is in `variants`.
 */
export interface ProductValues {
  readonly id: string;
  readonly name: string;
  readonly visible: boolean;
  /** Null when the product has no price (a price change then fails for it). */
  readonly price: number | null;
  /** V3 only: the revision every update must carry. */
  readonly revision?: string | null;
  /** V3 only: every variant with its own prices and all its writable data (Wix replaces the whole list). */
  readonly variants?: readonly VariantValues[];
  /** V3 only: the product's options as read (Wix wants them with every variants update). */
  readonly options?: readonly unknown[];
  /** V3 only: read with merchant data, so each variant's cost is known (false: Wix withheld it from this user). */
  readonly costKnown?: boolean;
  /** The collections (V1 `collectionIds`) / categories (V3 `directCategoriesInfo`) the product is directly in. */
  readonly collectionIds?: readonly string[];
}

/** One V3 variant as read: its own prices and its writable data as Wix returned it (choices, SKU, …). */
export interface VariantValues {
  readonly id: string;
  /** Null when the variant has no price (a price change then fails for its product). */
  readonly price: number | null;
  readonly compareAtPrice: number | null;
  /** The variant's writable fields as read (sent back unchanged but for the price). */
  readonly data: Readonly<Record<string, unknown>>;
}

/** A V3 variant's absolute prices after a write (compare-at null: none). */
export interface VariantTarget {
  readonly price: number;
  readonly compareAtPrice: number | null;
}

/** Absolute values a write sets. Never relative: sending the same target twice cannot change a price twice. */
export interface WriteTarget {
  readonly visible?: boolean;
  /** V1: the product's price; V3: the first variant's (shown in results), each variant's own in `variantPrices`. */
  readonly price?: number;
  /** V3: every variant's own new prices, by variant id. */
  readonly variantPrices?: Readonly<Record<string, VariantTarget>>;
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
  /** V3 price change not written: read without cost, it would have erased the variants' cost; names the permission. */
  | { readonly kind: 'cost-withheld'; readonly permission: WixPermission }
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

/** A price or, for V3 variants priced differently, the lowest and highest (equal when they all cost the same). */
export interface PriceSpan {
  readonly min: number;
  readonly max: number;
}

/**
 * What a price preview shows for a product: its prices before and after `change` (V3: over all its variants,
 * each from its own price), null where it has none. For a product whose variants differ ("$10.00–$14.00 →
 * $11.00–$15.40"), where `values.price` and `newPrice` alone show the first variant only.
 */
export function priceSpans(values: ProductValues, change: PriceChange): { before: PriceSpan | null; after: PriceSpan | null } {
  const prices = values.variants?.length ? values.variants.map((v) => v.price) : [values.price];
  const span = (list: readonly (number | null)[]) => (list.some((p) => p === null) ? null : { min: Math.min(...(list as number[])), max: Math.max(...(list as number[])) });
  return { before: span(prices), after: span(prices.map((p) => newPrice(p, change))) };
}

/** The absolute target of `action` for a product read as `values`; null when it cannot apply (no price). */
export function targetOf(values: ProductValues, action: BulkAction): WriteTarget | null {
  if (action.kind === 'visibility') return { visible: action.visible };
  if (action.kind === 'membership') return { membership: action.membership };
  // V3 (variants read): per variant; a product read without any variant cannot be priced.
  if (values.variants) return values.variants.length > 0 ? variantTarget(values.variants, action.change) : null;
  const price = newPrice(values.price, action.change);
  return price === null ? null : { price };
}

/**
 * V3: each variant's new price from its own price (S $10 / L $14 +10 % → $11 / $15.40). Each keeps its own
 * compare-at price while it stays above the new price; one at or below it is dropped, because Wix shows
 * compare-at as the struck-through "before" price and documents it as set only when a discount applies,
 * higher than the actual price (`PriceInfo.compareAtPrice` in the typings).
 */
function variantTarget(variants: readonly VariantValues[], change: PriceChange): WriteTarget | null {
  const prices: Record<string, VariantTarget> = {};
  for (const v of variants) {
    const price = newPrice(v.price, change);
    if (price === null) return null; // a variant without a price: the product is reported, nothing half-changed
    prices[v.id] = { price, compareAtPrice: v.compareAtPrice !== null && v.compareAtPrice > price ? v.compareAtPrice : null };
  }
  return { price: prices[variants[0].id].price, variantPrices: prices };
}

/** Whether a product already holds the target (then nothing is sent for it: a retry never writes twice). */
export function reached(values: ProductValues, target: WriteTarget): boolean {
  if (target.variantPrices) {
    if (!variantsReached(values, target.variantPrices)) return false;
  } else if (target.price !== undefined && (values.price === null || !same(values.price, target.price))) return false;
  if (target.visible !== undefined && values.visible !== target.visible) return false;
  if (target.membership && isMember(values, target.membership.id) !== target.membership.member) return false;
  return true;
}

/** Every targeted variant holds its own price and compare-at price (a variant that is gone has not). */
function variantsReached(values: ProductValues, prices: Readonly<Record<string, VariantTarget>>): boolean {
  const read = new Map((values.variants ?? []).map((v) => [v.id, v]));
  return Object.entries(prices).every(([id, t]) => {
    const v = read.get(id);
    // Compare-at equal to the price is no discount: Wix (and the emulator) may answer it either way.
    const compareAt = v && v.compareAtPrice !== null && v.price !== null && v.compareAtPrice > v.price ? v.compareAtPrice : null;
    return v !== undefined && v.price !== null && same(v.price, t.price) && (compareAt === null ? t.compareAtPrice === null : t.compareAtPrice !== null && same(compareAt, t.compareAtPrice));
  });
}

function same(a: number, b: number): boolean {
  return Math.abs(a - b) <= 0.004;
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
      ...(p.target.price !== undefined && !p.target.variantPrices && p.before.price !== null && { price: p.before.price }),
      // V3: every variant's own price and compare-at price as read before (the write may have dropped compare-at).
      ...(p.target.variantPrices && { price: p.before.price ?? 0, variantPrices: variantsBefore(p.before, p.target.variantPrices) }),
      // Membership as it was read before: a product that was already in (or out) is left as it is.
      ...(p.target.membership && { membership: { id: p.target.membership.id, member: isMember(p.before, p.target.membership.id) } }),
    },
  }));
}

/** The prices read before of the variants a write changed. */
function variantsBefore(before: ProductValues, changed: Readonly<Record<string, VariantTarget>>): Record<string, VariantTarget> {
  const prices: Record<string, VariantTarget> = {};
  for (const v of before.variants ?? []) {
    if (v.id in changed && v.price !== null) prices[v.id] = { price: v.price, compareAtPrice: v.compareAtPrice !== null && v.compareAtPrice > v.price ? v.compareAtPrice : null };
  }
  return prices;
}
