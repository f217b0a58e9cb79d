import type { WixV3Field, WixV3Product } from '../wix/v3-products';
import type { CatalogError } from '../wix/wix-errors';
import type { V3CatalogReader } from './v3-catalog-reader';

/*
 * Catalog V3 products by id, for the lazy features that act on selected rows (an export of them, the bulk
 * writes' reads of current values and revisions). Through the V3 reader's bound `queryProducts` (type-only
 * imports here): importing the V3 package's entry from these chunks would put it in a chunk shared with the
 * reader's, and a method in the reader's own chunk would grow the first V3 read past its budget.
 */

/** What a row shows beyond the defaults (the V3 reader asks the same): formatted prices, thumbnail, a SKU, categories. */
const FIELDS: WixV3Field[] = ['CURRENCY', 'THUMBNAIL', 'MIN_PRICE_VARIANT', 'DIRECT_CATEGORIES_INFO'];

/**
 * The products with these ids (at most 100), each with its revision and variants (`queryProducts` returns
 * them), with cost and profit when `merchantData` and Wix allows this user them, in no particular order; ids Wix does not have are missing. Rejects with the SDK's error as it is, or
 * with an unknown CatalogError for an answer whose products are not a list.
 */
export async function v3ProductsByIds(reader: V3CatalogReader, ids: readonly string[], merchantData = false): Promise<readonly WixV3Product[]> {
  const ask = merchantData && !reader.merchantWithheld;
  let result;
  try {
    result = await reader.api.queryProducts({ fields: ask ? [...FIELDS, 'MERCHANT_DATA'] : FIELDS }).in('_id', [...ids]).limit(ids.length).find();
  } catch (error) {
    // As the reader's slices: a user who may not see cost gets a 403 for asking; read again without, and remember.
    if (!ask || (error as { status?: unknown } | null)?.status !== 403) throw error;
    reader.merchantWithheld = true;
    return v3ProductsByIds(reader, ids);
  }
  const items: unknown = result.items;
  if (!Array.isArray(items)) throw { kind: 'unknown', status: 200, requestId: null } satisfies CatalogError;
  return items as WixV3Product[];
}
