import { collectionsOf } from '../catalog/catalog';
import { applicationError, HttpError } from '../http/wire';
import { isPlainObject, violation } from '../query/query-error';
import { RowWrite, rowOf, type WriteContext } from './catalog-writes';
import { refused } from './write-results';

/*
 * Catalog V3 category membership, shaped as @wix/auto_sdk_categories_categories (CategoriesService):
 * POST /categories/v1/bulk/categories/{categoryId}/add-items (`bulkAddItemsToCategory`) and
 * …/remove-items (`bulkRemoveItemsFromCategory`). Request `{categoryId, items: [{catalogItemId, appId}]
 * (1–1000), treeReference: {appNamespace}}`; answer `{results: [{itemMetadata: {item, originalIndex,
 * success, error?}}], bulkActionMetadata}`. The emulator's categories are the catalog's collection ids (one
 * flat tree, `@wix/stores`), so V1 and V3 reads of the same catalog agree on membership.
 */

/** Wix Stores' app id: the only catalog the categories API serves (the typings' `ItemReference.appId`). */
export const STORES_APP_ID = '215238eb-22a5-4c36-9e7b-e7c08025e04e';
/** `BulkAddItemsToCategoryRequest.items @maxSize 1000`. */
const MAX_ITEMS = 1000;

/** Adds (`member`) or removes items of one category; per-item results, nothing applied on a 400/404. */
export function categoryItems(member: boolean) {
  return (ctx: WriteContext, payload: Record<string, unknown>): Record<string, unknown> => {
    const category = ctx.params['id'];
    const tree = payload['treeReference'];
    const namespace = isPlainObject(tree) ? tree['appNamespace'] : undefined;
    if (typeof namespace !== 'string' || namespace === '') throw violation('treeReference.appNamespace', 'is required', 'REQUIRED_FIELD');
    // Only Wix Stores' tree exists here; a category of another tree is not found.
    if (namespace !== '@wix/stores' || !ctx.state.catalog.collectionIds.includes(category)) {
      throw new HttpError(404, applicationError('CATEGORY_NOT_FOUND', `Category ${category} not found`, { categoryId: category }));
    }
    const items = payload['items'];
    if (!Array.isArray(items)) throw violation('items', 'must be a list', 'FORMAT');
    if (items.length < 1) throw violation('items', 'must contain at least 1 item', 'MIN', { threshold: 1 });
    if (items.length > MAX_ITEMS) throw violation('items', `must contain at most ${MAX_ITEMS} items`, 'MAX', { threshold: MAX_ITEMS });
    const refs = items.map((item, i) => {
      const id = isPlainObject(item) ? item['catalogItemId'] : undefined;
      const app = isPlainObject(item) ? item['appId'] : undefined;
      if (typeof id !== 'string' || id === '') throw violation(`items[${i}].catalogItemId`, 'must not be empty', 'REQUIRED_FIELD');
      if (typeof app !== 'string' || app === '') throw violation(`items[${i}].appId`, 'must not be empty', 'REQUIRED_FIELD');
      return { catalogItemId: id, appId: app };
    });
    const results = refs.map((item, originalIndex) => {
      const error = applyOne(ctx, item, category, member);
      return { itemMetadata: { item, originalIndex, success: !error, ...(error && { error: { data: {}, ...error } }) } };
    });
    const failures = results.filter((r) => !r.itemMetadata.success).length;
    return { results, bulkActionMetadata: { totalSuccesses: results.length - failures, totalFailures: failures, undetailedFailures: 0 } };
  };
}

/** One item's change; its error when it is refused (the emulator's choices for codes Wix does not document). */
function applyOne(ctx: WriteContext, item: { catalogItemId: string; appId: string }, category: string, member: boolean): { code: string; description: string } | null {
  if (item.appId !== STORES_APP_ID) return { code: 'INVALID_APP_ID', description: `Only Wix Stores items (${STORES_APP_ID}) can be categorised here` };
  const row = rowOf(ctx.state, item.catalogItemId);
  if (row < 0) return { code: 'ITEM_NOT_FOUND', description: `Product ${item.catalogItemId} not found` };
  if (ctx.state.config.failWritesFor.includes(item.catalogItemId)) return refused(item.catalogItemId).details.applicationError;
  // A set: an item already (not) in the category is a success without a change (nothing logged).
  if (collectionsOf(ctx.state.catalog, row).includes(category) !== member) new RowWrite(ctx, row).collection(category, member).commit();
  return null;
}
