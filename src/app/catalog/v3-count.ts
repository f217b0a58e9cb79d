import type { WixV3ProductsApi, WixV3Search } from '../wix/v3-products';
import { searchFilter } from './filter-wire';
import { type ProductQuery, hasFilters } from './product';

/** Counts asked, by reader (its bound API) and list (text and filters): one `countProducts` per text settled. */
const counts = new WeakMap<WixV3ProductsApi, Map<string, Promise<number | null>>>();

/**
 * The count of a V3 list, once per text and filters for the reader's life (sort, page and size changes cost
 * nothing); a failed count is asked again next time. Its own small chunk, downloaded beside the first V3 read;
 * the cache lives here, not in the reader, whose chunk has a tight budget. `search` is the rows' own search ('' for none).
 */
export function countFor(api: WixV3ProductsApi, query: ProductQuery, search: WixV3Search['search'] | ''): Promise<number | null> {
  const mine = counts.get(api) ?? new Map<string, Promise<number | null>>();
  counts.set(api, mine);
  const key = JSON.stringify([query.text.toLowerCase(), query.filters ?? null]);
  const count = mine.get(key) ?? countV3(api, search || undefined, hasFilters(query.filters) && searchFilter(query.filters)).catch(() => (mine.delete(key), null));
  mine.set(key, count);
  return count;
}

/**
 * `countProducts` for a V3 list. The count asks with the same search and filter as the rows; hidden products
 * are asked for because search returns them to merchants who may see them (for other users Wix leaves them out
 * of both). Null when Wix would not count: the page then works without "of N".
 */
export async function countV3(api: WixV3ProductsApi, search: WixV3Search['search'] | undefined, filter: unknown): Promise<number | null> {
  const answer = await api.countProducts({
    ...(search && { search }),
    // As JSON (dates as ISO text): the SDK sends a count as GET parameters and drops Date values there.
    ...(filter ? { filter: JSON.parse(JSON.stringify(filter)) } : {}),
    returnNonVisibleProducts: true,
  });
  // isSafeInteger is false for anything but a whole number.
  return Number.isSafeInteger(answer?.count) && answer.count! >= 0 ? answer.count! : null;
}
