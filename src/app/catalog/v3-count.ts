import type { WixV3ProductsApi, WixV3Search } from '../wix/v3-products';
import { searchFilter } from './filter-wire';
// Type-only: a value import of product.ts here splits it out of the first bundle's chunk (more import/export glue).
import type { ProductQuery } from './product';

/** Counts asked, by reader (its bound API) and list (text and filters): one `countProducts` per text settled. */
const counts = new WeakMap<WixV3ProductsApi, Map<string, Promise<number | null>>>();
/** Readers whose user Wix refused non-visible products (a 403): they count visible products only from then on. */
const visibleOnly = new WeakSet<WixV3ProductsApi>();

/**
 * The count of a V3 list, once per text and filters for the reader's life (sort, page and size changes cost
 * nothing); a failed count is asked again next time. Its own small chunk, downloaded beside the first V3 read;
 * the cache lives here, not in the reader, whose chunk has a tight budget. `search` is the rows' own search ('' for none).
 */
export function countFor(api: WixV3ProductsApi, query: ProductQuery, search: WixV3Search['search'] | ''): Promise<number | null> {
  const mine = counts.get(api) ?? new Map<string, Promise<number | null>>();
  counts.set(api, mine);
  const key = JSON.stringify([query.text.toLowerCase(), query.filters ?? null]);
  // No filter set gives an empty filter object: counted without one, as the rows are read.
  const filter = query.filters && searchFilter(query.filters);
  const count = mine.get(key) ?? countV3(api, search || undefined, filter && Object.keys(filter).length > 0 && filter).catch(() => (mine.delete(key), null));
  mine.set(key, count);
  return count;
}

/**
 * `countProducts` for a V3 list, with the same search and filter as the rows. Hidden products are asked for
 * because search returns them to merchants who may see them; asking needs the admin read scope, so a user
 * without it gets a 403 (Wix's Count Products: `returnNonVisibleProducts` "must have the 'Product v3 read admin'
 * permission"), and the count is asked once more without them, as search leaves them out for that user too.
 * Null when Wix would not count: the page then works without "of N".
 */
export async function countV3(api: WixV3ProductsApi, search: WixV3Search['search'] | undefined, filter: unknown): Promise<number | null> {
  const nonVisible = !visibleOnly.has(api);
  let answer;
  try {
    answer = await api.countProducts({
      ...(search && { search }),
      // As JSON (dates as ISO text): the SDK sends a count as GET parameters and drops Date values there.
      ...(filter ? { filter: JSON.parse(JSON.stringify(filter)) } : {}),
      returnNonVisibleProducts: nonVisible,
    });
  } catch (error) {
    if (!nonVisible || (error as { status?: unknown } | null)?.status !== 403) throw error;
    visibleOnly.add(api);
    return countV3(api, search, filter);
  }
  // isSafeInteger is false for anything but a whole number.
  return Number.isSafeInteger(answer?.count) && answer.count! >= 0 ? answer.count! : null;
}
