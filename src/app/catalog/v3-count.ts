import type { WixV3ProductsApi, WixV3Search } from '../wix/v3-products';

/**
 * `countProducts` for a V3 list: its own small chunk, downloaded beside the first V3 read (type-only imports keep
 * the reader's modules out of it). The count asks with the same search and filter as the rows; hidden products
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
