import type { WixV1Product } from '../wix/wix-client';
import type { ProductPage } from './product';
import { keyOf, reversed } from './v1-keyset';
import { V1_OFFSET_WINDOW, V1Fetch, V1Key, V1Order, V1Read } from './v1-read';

/** A page as the pager found it: its raw products and the list's total, or why it cannot be opened directly. */
export type V1PageResult =
  | { readonly kind: 'page'; readonly items: readonly WixV1Product[]; readonly total: number | null }
  | { readonly kind: 'unreachable'; readonly total: number; readonly lastBefore: number; readonly firstAfter: number; readonly page: ProductPage };

/** What the pager is asked for: one list (text, filters and order), a page size and a page number. */
export interface V1PageRequest {
  readonly text: string;
  /** The view's filters as builder conditions, and their identity (`list`: the same filters, the same list). */
  readonly refine?: V1Read['refine'];
  readonly list?: string;
  readonly order: V1Order;
  readonly pageSize: number;
  readonly page: number;
}

/** Reads of at most this many products walk from a window's edge to a page just past it. */
const MAX_WALK_READS = 3;
const WALK_LIMIT = 100;

/**
 * What has been learnt about one list: its total and the key of products at known positions (first and last of
 * every page read). Positions count from 0 in the list's own order.
 */
class KeyTrail {
  total: number | null = null;
  private readonly keys = new Map<number, V1Key>();

  key(position: number): V1Key | undefined {
    return this.keys.get(position);
  }

  /** Records the keys of products read at `first`, `first + 1`, … (or backwards when `step` is -1). */
  record(items: readonly WixV1Product[], first: number, step: 1 | -1, order: V1Order): void {
    if (items.length === 0) return;
    // Only the ends: a page's neighbours need no more, and the trail stays small.
    for (const i of new Set([0, items.length - 1])) {
      const key = keyOf(items[i], order);
      if (key) this.keys.set(first + step * i, key);
    }
    if (this.keys.size > 2_000) this.keys.delete(this.keys.keys().next().value as number);
  }
}

/**
 * Pages of a Catalog V1 list at any depth. Wix serves at most 10,000 products by offset, so a page is read:
 * 1. by offset when it ends inside the window;
 * 2. by keyset after the last product of the page before, or before the first product of the page after,
 *    when that page has been read (Next and Previous never need more than one call);
 * 3. from the end, by offset in the reversed order, when it ends within 10,000 of the end (the last page);
 * 4. by walking from the window's edge (at most three reads of 100) when it starts just past it;
 * otherwise it says it cannot be reached directly, and which pages can.
 */
export class V1Pager {
  private readonly trails = new Map<string, KeyTrail>();

  constructor(
    private readonly fetch: V1Fetch,
    private readonly window = V1_OFFSET_WINDOW,
  ) {}

  /** The page asked for, with as few reads as the list allows. */
  async page(request: V1PageRequest): Promise<V1PageResult> {
    const { text, order, pageSize, refine } = request;
    const trail = this.trail(request);
    const start = (request.page - 1) * pageSize;
    const base = { text, refine, order, after: null, offset: 0, limit: pageSize };
    if (start + pageSize <= this.window) return this.forward(trail, { ...base, offset: start }, start);
    const before = trail.key(start - 1);
    if (before) return this.forward(trail, { ...base, after: before }, start);
    const next = trail.key(start + pageSize);
    if (next) return this.backward(trail, { ...base, order: reversed(order), after: next }, start + pageSize - 1, pageSize);
    const total = trail.total ?? (await this.count(trail, request));
    if (start >= total) return { kind: 'page', items: [], total };
    const end = Math.min(start + pageSize, total);
    if (total - start <= this.window) {
      const read: V1Read = { ...base, order: reversed(order), offset: total - end, limit: end - start };
      return this.backward(trail, read, end - 1, end - start);
    }
    if (start - this.window < MAX_WALK_READS * WALK_LIMIT) {
      const anchor = await this.walkTo(trail, request, start);
      if (anchor) return this.forward(trail, { ...base, after: anchor }, start);
    }
    return unreachable(total, request.page, pageSize, this.window);
  }

  private async forward(trail: KeyTrail, read: V1Read, first: number): Promise<V1PageResult> {
    const slice = await this.fetch(read);
    const items = slice.items.slice(0, read.limit);
    trail.record(items, first, 1, read.order);
    if (slice.total !== null) trail.total = read.after ? first + slice.total : slice.total;
    return { kind: 'page', items, total: trail.total };
  }

  /** A read in the reversed order whose first product sits at `last`; the page shows them the right way round. */
  private async backward(trail: KeyTrail, read: V1Read, last: number, count: number): Promise<V1PageResult> {
    const slice = await this.fetch(read);
    const items = slice.items.slice(0, count);
    const forwardOrder = reversed(read.order);
    trail.record(items, last, -1, forwardOrder);
    // A reversed offset read counts the whole list; a reversed keyset read counts only what lies before.
    if (!read.after && slice.total !== null) trail.total = slice.total;
    return { kind: 'page', items: [...items].reverse(), total: trail.total };
  }

  /** The list's total, from the cheapest read there is (one product). */
  private async count(trail: KeyTrail, request: V1PageRequest): Promise<number> {
    const slice = await this.fetch({ text: request.text, refine: request.refine, order: request.order, after: null, offset: 0, limit: 1 });
    trail.record(slice.items.slice(0, 1), 0, 1, request.order);
    trail.total = slice.total ?? 0;
    return trail.total;
  }

  /** The key of the product just before `start`, read forward from the last product inside the window. */
  private async walkTo(trail: KeyTrail, request: V1PageRequest, start: number): Promise<V1Key | null> {
    const { text, order, refine } = request;
    const edge = this.window - 1;
    let anchor = trail.key(edge) ?? null;
    if (!anchor) {
      const slice = await this.fetch({ text, refine, order, after: null, offset: edge, limit: 1 });
      trail.record(slice.items.slice(0, 1), edge, 1, order);
      anchor = trail.key(edge) ?? null;
    }
    for (let position = edge; anchor && position < start - 1; ) {
      const limit = Math.min(WALK_LIMIT, start - 1 - position);
      const slice = await this.fetch({ text, refine, order, after: anchor, offset: 0, limit });
      const items = slice.items.slice(0, limit);
      if (items.length === 0) return null;
      trail.record(items, position + 1, 1, order);
      position += items.length;
      anchor = trail.key(position) ?? null;
    }
    return anchor;
  }

  private trail(request: V1PageRequest): KeyTrail {
    const id = JSON.stringify([request.text.toLowerCase(), request.list ?? null, request.order.field, request.order.descending]);
    let trail = this.trails.get(id);
    if (trail) this.trails.delete(id);
    trail ??= new KeyTrail();
    this.trails.set(id, trail);
    if (this.trails.size > 20) this.trails.delete(this.trails.keys().next().value as string);
    return trail;
  }
}

/**
 * The nearest pages either side that can be opened directly (the window's last page and the end's first), and
 * the page the page shows for it: no products, the total, and those two pages.
 */
function unreachable(total: number, page: number, pageSize: number, window: number): V1PageResult {
  const lastBefore = Math.floor(window / pageSize);
  const firstAfter = Math.ceil(Math.max(0, total - window) / pageSize) + 1;
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const shown: ProductPage = {
    items: [], total, page, pageSize, pageCount, hasNext: page < pageCount, hasPrevious: page > 1, textMatch: 'prefix',
    unreachable: { lastBefore, firstAfter },
  };
  return { kind: 'unreachable', total, lastBefore, firstAfter, page: shown };
}
