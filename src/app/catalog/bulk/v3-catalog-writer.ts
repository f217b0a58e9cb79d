import { bindV3Writes, STORES_APP_ID, STORES_CATEGORY_TREE, type WixV3WriteProduct, type WixV3WritesApi } from '../../wix/v3-writes';
import type { CatalogWixClient } from '../../wix/wix-client';
import type { PlannedWrite, ProductValues, VariantTarget, VariantValues } from './bulk-plan';
import { type BatchOutcome, bulkOutcomes, type VersionWriter, type WriteOutcome } from './version-writer';

/*
 * Catalog V3 (lazy chunk with the V3 write functions): one `bulkUpdateProducts` call per 100 products, each
 * with the revision read just before and its own absolute values. A price change sends every variant with all
 * the data it was read with and only its own price changed: "Partial update of variants is not supported so on
 * update you must pass all data for all of them" (typings, `variantsInfo.variants`), and Update Product's notes
 * ask for `options` with `variantsInfo.variants`. One call carries at most 1,000 variants and 100 options
 * (Bulk Update Products' limits), so a batch of products with many variants takes more than one call.
 * Category membership goes through the categories API (`bulkAddItemsToCategory` /
 * `bulkRemoveItemsFromCategory`, Wix Stores' tree, per-item results), one call per category and direction.
 * A price change on values read without merchant data (Wix withholds cost from some roles) is refused before any
 * call: its variants would go back without their cost, and Wix would erase it.
 */

/** Products read by id, and whether the read carried merchant data (each variant's cost). */
export interface V3Read {
  readonly products: readonly WixV3WriteProduct[];
  readonly merchantData: boolean;
}

/**
 * Creates the V3 writer over the app's client; `byIds` reads products by id (the V3 reader's `queryProducts`
 * with an `_id $in` filter: each product with its revision and variants).
 */
export function createV3Writer(client: CatalogWixClient, byIds: (ids: readonly string[]) => Promise<V3Read>): VersionWriter {
  return new V3Writer(bindV3Writes(client), byIds);
}

class V3Writer implements VersionWriter {
  readonly batchSize = 100;

  constructor(
    private readonly api: WixV3WritesApi,
    private readonly byIds: (ids: readonly string[]) => Promise<V3Read>,
  ) {}

  async read(ids: readonly string[]): Promise<ProductValues[]> {
    const { products, merchantData } = await this.byIds(ids);
    return products.map((p) => valuesOf(p, merchantData));
  }

  async write(all: readonly PlannedWrite[], beforeCall: () => Promise<void>): Promise<BatchOutcome> {
    // Wix replaces every variant: without the cost read, a price write would erase it. Refused, nothing sent.
    const blind = (p: PlannedWrite) => p.target.variantPrices !== undefined && p.before.costKnown !== true;
    const outcomes: WriteOutcome[] = all.filter(blind).map((p) => ({ id: p.id, ok: false, withheld: 'cost' }) as const);
    const plans = all.filter((p) => !blind(p));
    const updates = plans.filter((p) => p.target.visible !== undefined || p.target.variantPrices !== undefined);
    try {
      for (const part of withinLimits(updates)) {
        await beforeCall();
        const answer = await this.api.bulkUpdateProducts(part.map((plan) => ({ product: productUpdate(plan) })) as never);
        outcomes.push(...bulkOutcomes(part.map((p) => p.id), answer.results));
      }
      for (const { id, member, ids } of byMembership(plans)) {
        await beforeCall();
        const items = ids.map((catalogItemId) => ({ catalogItemId, appId: STORES_APP_ID }));
        const options = { treeReference: STORES_CATEGORY_TREE };
        const answer = member ? await this.api.bulkAddItemsToCategory(id, items, options) : await this.api.bulkRemoveItemsFromCategory(id, items, options);
        outcomes.push(...bulkOutcomes(ids, answer.results));
      }
      return { outcomes };
    } catch (error) {
      return { outcomes, error };
    }
  }
}

/** Membership changes grouped by category and direction: one categories call each (≤ 100 items, a batch). */
function byMembership(plans: readonly PlannedWrite[]): { id: string; member: boolean; ids: string[] }[] {
  const groups = new Map<string, { id: string; member: boolean; ids: string[] }>();
  for (const plan of plans) {
    const m = plan.target.membership;
    if (!m) continue;
    const k = `${m.member}:${m.id}`;
    const group = groups.get(k) ?? { id: m.id, member: m.member, ids: [] };
    group.ids.push(plan.id);
    groups.set(k, group);
  }
  return [...groups.values()];
}

/** Bulk Update Products' limits per call: 100 products, 1,000 variants, 100 options in all. */
const MAX_VARIANTS = 1000;
const MAX_OPTIONS = 100;

/** The updates split into calls within those limits (in order; one product alone always makes a call). */
function withinLimits(updates: readonly PlannedWrite[]): PlannedWrite[][] {
  const parts: PlannedWrite[][] = [];
  let part: PlannedWrite[] = [];
  let variants = 0;
  let options = 0;
  for (const plan of updates) {
    const v = plan.target.variantPrices ? (plan.before.variants?.length ?? 0) : 0;
    const o = plan.target.variantPrices ? (plan.before.options?.length ?? 0) : 0;
    if (part.length > 0 && (variants + v > MAX_VARIANTS || options + o > MAX_OPTIONS)) {
      parts.push(part);
      part = [];
      variants = options = 0;
    }
    part.push(plan);
    variants += v;
    options += o;
  }
  if (part.length > 0) parts.push(part);
  return parts;
}

/** The update of one product: its revision, and for a price every variant as read with its own new price. */
export function productUpdate(plan: PlannedWrite): Record<string, unknown> {
  const { variantPrices, visible } = plan.target;
  return {
    _id: plan.id,
    revision: plan.before.revision,
    ...(visible !== undefined && { visible }),
    ...(variantPrices && {
      options: plan.before.options ?? [],
      variantsInfo: { variants: (plan.before.variants ?? []).map((v) => variantUpdate(v, variantPrices[v.id])) },
    }),
  };
}

/** A variant as read, its price replaced (a variant added since the plan keeps the price it has). */
function variantUpdate(v: VariantValues, target: VariantTarget | undefined): Record<string, unknown> {
  const prices = target ?? (v.price !== null ? { price: v.price, compareAtPrice: v.compareAtPrice !== null && v.compareAtPrice > v.price ? v.compareAtPrice : null } : null);
  return {
    ...v.data,
    _id: v.id,
    ...(prices && {
      price: {
        actualPrice: { amount: String(prices.price) },
        ...(prices.compareAtPrice !== null && { compareAtPrice: { amount: String(prices.compareAtPrice) } }),
      },
    }),
  };
}

/**
 * Parts of a variant not sent back as read: the read-only ones (typings: `@readonly`), the price (the write sets
 * it) and the revenue details (only the cost is writable; profit and margin are computed).
 */
const NOT_SENT_AS_READ = new Set(['media', 'subscriptionPricesInfo', 'inventoryStatus', 'price', 'revenueDetails']);

function variantOf(v: NonNullable<NonNullable<WixV3WriteProduct['variantsInfo']>['variants']>[number]): VariantValues {
  const data: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(v)) if (!NOT_SENT_AS_READ.has(key) && value !== undefined) data[key] = value;
  // Wix replaces the variant: leaving the cost out would erase the merchant's cost.
  const cost = v.revenueDetails?.cost?.amount;
  if (cost != null) data['revenueDetails'] = { cost: { amount: cost } };
  return { id: String(v._id ?? ''), price: amount(v.price?.actualPrice?.amount), compareAtPrice: amount(v.price?.compareAtPrice?.amount), data };
}

function amount(v: string | null | undefined): number | null {
  return v == null || v === '' || !Number.isFinite(Number(v)) ? null : Number(v);
}

function valuesOf(p: WixV3WriteProduct, costKnown: boolean): ProductValues {
  const variants = (p.variantsInfo?.variants ?? []).map(variantOf).filter((v) => v.id !== '');
  return {
    id: String(p._id),
    name: String(p.name ?? ''),
    visible: p.visible !== false,
    price: variants[0]?.price ?? amount(p.actualPriceRange?.minValue?.amount),
    revision: p.revision ?? null,
    variants,
    options: p.options ?? [],
    costKnown,
    // Direct membership: what Add/Remove change (allCategoriesInfo adds the parents, which they do not).
    collectionIds: (p.directCategoriesInfo?.categories ?? []).map((c) => String(c._id ?? '')).filter((id) => id !== ''),
  };
}
