import type { CatalogError } from '../wix/wix-errors';
import type { CursorTrail } from './cursor-trail';
import type { Slice } from './v3-catalog-reader';

/**
 * Catalog V3 page `page` of `pageSize` read backwards from the end of its list of `total`, when that is
 * cheaper than walking forward from the furthest page reached (`trail`); null when it is not. `back` is the
 * trail from the end (its page 1 is the last page, holding what the count leaves for it); `read` reads the
 * reversed order. Returns the page's raw products in the list's order, with `next` non-null when a page follows. A chunk of its own, loaded by the reader
 * only for a page it cannot reach directly; type-only imports keep the reader's modules out of it.
 */
export async function fromEnd(
  page: number,
  pageSize: number,
  total: number,
  trail: CursorTrail,
  back: CursorTrail,
  read: (cursor: string | null, limit: number) => Promise<Slice>,
  signal?: AbortSignal,
): Promise<Slice | null> {
  const last = Math.max(1, Math.ceil(total / pageSize));
  const target = last - page + 1;
  if (page > last || target - back.reachable(target) >= page - trail.reachable(page)) return null;
  for (let n = back.reachable(target); ; n++) {
    const slice = await read(back.cursorFor(n) ?? null, n === 1 ? total - (last - 1) * pageSize : pageSize);
    // No products, yet more to come: an answer that contradicts itself (wix-errors' malformedAnswer()).
    if (slice.items.length === 0 && slice.next) throw { kind: 'unknown', status: 200, requestId: null } satisfies CatalogError;
    back.record(n, slice.items.length, slice.next);
    // `next` says only whether a page follows (the page reads its own cursors forward, not these reversed ones).
    if (n === target || !slice.next) return { items: [...slice.items].reverse(), next: page < last ? '' : null, merchantData: slice.merchantData };
    if (signal?.aborted) throw signal.reason;
  }
}
