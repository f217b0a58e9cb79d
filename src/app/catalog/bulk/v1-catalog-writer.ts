import { bindV1Writes, type WixV1WritesApi } from '../../wix/v1-writes';
import type { CatalogWixClient } from '../../wix/wix-client';
import type { Membership, PlannedWrite, ProductValues } from './bulk-plan';
import { type BatchOutcome, bulkOutcomes, type VersionWriter, type WriteOutcome } from './version-writer';

/*
 * Catalog V1 (lazy chunk with the V1 write functions). Visibility has no bulk call in V1 (`SetValue` holds
 * price, cost, weight, ribbon, brand): one `updateProduct` per product. Prices go through
 * `bulkUpdateProductsProperty`, which sets one absolute price for up to 100 ids: products with the same new
 * price share a call. Collection membership goes through `addProductsToCollection` /
 * `removeProductsFromCollection`, one call per collection and direction.
 */

/** Creates the V1 writer over the app's client. */
export function createV1Writer(client: CatalogWixClient): VersionWriter {
  return new V1Writer(bindV1Writes(client));
}

class V1Writer implements VersionWriter {
  readonly batchSize = 100;

  constructor(private readonly api: WixV1WritesApi) {}

  async read(ids: readonly string[]): Promise<ProductValues[]> {
    const result = await this.api.queryProducts().in('_id', [...ids]).limit(this.batchSize).find();
    return result.items.map((p) => ({
      id: String(p._id),
      name: String(p.name ?? ''),
      visible: p.visible !== false,
      price: typeof p.priceData?.price === 'number' ? p.priceData.price : null,
      collectionIds: p.collectionIds ?? [],
    }));
  }

  async write(plans: readonly PlannedWrite[], beforeCall: () => Promise<void>, answered?: (outcomes: readonly WriteOutcome[]) => void): Promise<BatchOutcome> {
    const outcomes: WriteOutcome[] = [];
    const report = (add: readonly WriteOutcome[]) => {
      outcomes.push(...add);
      answered?.(add);
    };
    try {
      for (const plan of plans.filter((p) => p.target.visible !== undefined)) {
        await beforeCall();
        try {
          await this.api.updateProduct(plan.id, { visible: plan.target.visible });
          report([{ id: plan.id, ok: true }]);
        } catch (error) {
          // A 400/404/409 refusal is this product's outcome (the others still go); anything else stops the batch.
          const refused = refusal(error);
          if (!refused) throw error;
          report([{ id: plan.id, ok: false, ...refused }]);
        }
      }
      for (const [price, ids] of byPrice(plans)) {
        await beforeCall();
        const answer = await this.api.bulkUpdateProductsProperty(ids, { price });
        report(bulkOutcomes(ids, answer.results));
      }
      for (const [{ id, member }, ids] of byMembership(plans)) report(await membershipCall(this.api, id, member, ids, beforeCall));
      return { outcomes };
    } catch (error) {
      return { outcomes, error };
    }
  }
}

/**
 * One add/remove call for up to 100 products (the typings allow 1,000 ids; a batch holds 100). V1 answers no
 * per-item results: a refusal (400) refuses the whole call and applies nothing, so the ids are then sent one a
 * call to learn which product Wix refuses and why (the others are added); a 404 (the collection was deleted)
 * refuses them all at once. Other errors stop the batch.
 */
async function membershipCall(
  api: WixV1WritesApi,
  collection: string,
  member: boolean,
  ids: readonly string[],
  beforeCall: () => Promise<void>,
): Promise<WriteOutcome[]> {
  await beforeCall();
  try {
    await (member ? api.addProductsToCollection(collection, [...ids]) : api.removeProductsFromCollection(collection, [...ids]));
    return ids.map((id) => ({ id, ok: true }));
  } catch (error) {
    const refused = refusal(error);
    if (!refused) throw error;
    // 404: the products were just read, so it is the collection that is gone: the same answer for every one.
    if (ids.length === 1 || (error as { status?: unknown }).status === 404) return ids.map((id) => ({ id, ok: false, ...refused }));
    const outcomes: WriteOutcome[] = [];
    for (const id of ids) outcomes.push(...(await membershipCall(api, collection, member, [id], beforeCall)));
    return outcomes;
  }
}

/** The plans' membership changes grouped by collection and direction (one call each). */
function byMembership(plans: readonly PlannedWrite[]): Map<Membership, string[]> {
  const groups = new Map<string, { key: Membership; ids: string[] }>();
  for (const plan of plans) {
    const m = plan.target.membership;
    if (!m) continue;
    const k = `${m.member}:${m.id}`;
    const group = groups.get(k) ?? { key: m, ids: [] };
    group.ids.push(plan.id);
    groups.set(k, group);
  }
  return new Map([...groups.values()].map((g) => [g.key, g.ids]));
}

function byPrice(plans: readonly PlannedWrite[]): Map<number, string[]> {
  const groups = new Map<number, string[]>();
  for (const plan of plans) {
    if (plan.target.price === undefined) continue;
    const ids = groups.get(plan.target.price) ?? [];
    ids.push(plan.id);
    groups.set(plan.target.price, ids);
  }
  return groups;
}

/** The per-product refusal in an SDK rejection (status 400, 404 or 409 with Wix's application error), if it is one. */
function refusal(error: unknown): { code: string; description: string } | null {
  const e = error as { status?: unknown; details?: { applicationError?: { code?: unknown; description?: unknown } } } | null;
  const app = e?.details?.applicationError;
  if (!app || ![400, 404, 409].includes(e?.status as number)) return null;
  return { code: String(app.code ?? 'UNKNOWN'), description: String(app.description ?? '') };
}
