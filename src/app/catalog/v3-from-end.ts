import type { CursorTrail } from './cursor-trail';
import type { Slice } from './v3-catalog-reader';

/**
 * Walks a Catalog V3 list backwards from its end to page `target` of the reversed order (`back`: the trail from
 * the end, where page 1 is the last page, holding `lastPageSize` products). Returns that page's slice as read (in
 * the reversed order), or null for an answer that contradicts itself (no products, yet a next cursor).
 * A chunk of its own, loaded by the reader only for "Last page" and pages near the end; type-only imports keep
 * the reader's modules out of it.
 */
export async function walkFromEnd(
  read: (cursor: string | null, limit: number) => Promise<Slice>,
  back: CursorTrail,
  target: number,
  lastPageSize: number,
  pageSize: number,
  signal?: AbortSignal,
): Promise<Slice | null> {
  for (let page = back.reachable(target); ; page++) {
    const slice = await read(back.cursorFor(page) ?? null, page === 1 ? lastPageSize : pageSize);
    if (slice.items.length === 0 && slice.next) return null;
    back.record(page, slice.items.length, slice.next);
    if (page === target || !slice.next) return slice;
    if (signal?.aborted) throw signal.reason;
  }
}
