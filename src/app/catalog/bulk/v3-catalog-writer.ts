import { bindV3Writes, STORES_APP_ID, STORES_CATEGORY_TREE, type WixV3WriteProduct, type WixV3WritesApi } from '../../wix/v3-writes';
import type { CatalogWixClient } from '../../wix/wix-client';
import type { PlannedWrite, ProductValues } from './bulk-plan';
import { type BatchOutcome, bulkOutcomes, type VersionWriter, type WriteOutcome } from './version-writer';

/*
 * Catalog V3 (lazy chunk with the V3 write functions): one `bulkUpdateProducts` call per 100 products, each
 * with the revision read just before and its own absolute values. A price is every variant's actual price
 * (Wix overwrites the whole variants array, so every variant is sent); a compare-at price is kept while it
 * stays above the new price. Category membership goes through the categories API (`bulkAddItemsToCategory` /
 * `bulkRemoveItemsFromCategory`, Wix Stores' tree, per-item results), one call per category and direction.
 */

/**
 * Creates the V3 writer over the app's client; `byIds` reads products by id (the V3 reader's `queryProducts`
 * with an `_id $in` filter: each product with its revision and variants).
 */
export function createV3Writer(client: CatalogWixClient, byIds: (ids: readonly string[]) => Promise<readonly WixV3WriteProduct[]>): VersionWriter {
  return new V3Writer(bindV3Writes(client), byIds);
}

class V3Writer implements VersionWriter {
  readonly batchSize = 100;

  constructor(
    private readonly api: WixV3WritesApi,
    private readonly byIds: (ids: readonly string[]) => Promise<readonly WixV3WriteProduct[]>,
  ) {}

  async read(ids: readonly string[]): Promise<ProductValues[]> {
    return (await this.byIds(ids)).map(valuesOf);
  }

  async write(plans: readonly PlannedWrite[], beforeCall: () => Promise<void>): Promise<BatchOutcome> {
    const updates = plans.filter((p) => p.target.visible !== undefined || p.target.price !== undefined);
    const outcomes: WriteOutcome[] = [];
    try {
      if (updates.length > 0) {
        await beforeCall();
        const answer = await this.api.bulkUpdateProducts(updates.map((plan) => ({ product: productUpdate(plan) })) as never);
        outcomes.push(...bulkOutcomes(updates.map((p) => p.id), answer.results));
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

function productUpdate(plan: PlannedWrite): Record<string, unknown> {
  const { price, visible } = plan.target;
  const compareAt = plan.before.compareAtPrice;
  return {
    _id: plan.id,
    revision: plan.before.revision,
    ...(visible !== undefined && { visible }),
    ...(price !== undefined && {
      variantsInfo: {
        variants: (plan.before.variantIds ?? []).map((id) => ({
          _id: id,
          price: {
            actualPrice: { amount: String(price) },
            ...(compareAt != null && compareAt > price && { compareAtPrice: { amount: String(compareAt) } }),
          },
        })),
      },
    }),
  };
}

function valuesOf(p: WixV3WriteProduct): ProductValues {
  const variants = p.variantsInfo?.variants ?? [];
  const amount = (v: string | null | undefined) => (v == null || v === '' || !Number.isFinite(Number(v)) ? null : Number(v));
  return {
    id: String(p._id),
    name: String(p.name ?? ''),
    visible: p.visible !== false,
    price: amount(variants[0]?.price?.actualPrice?.amount) ?? amount(p.actualPriceRange?.minValue?.amount),
    compareAtPrice: amount(variants[0]?.price?.compareAtPrice?.amount),
    revision: p.revision ?? null,
    variantIds: variants.map((v) => String(v._id ?? '')).filter((id) => id !== ''),
    // Direct membership: what Add/Remove change (allCategoriesInfo adds the parents, which they do not).
    collectionIds: (p.directCategoriesInfo?.categories ?? []).map((c) => String(c._id ?? '')).filter((id) => id !== ''),
  };
}
