import { WixV3Field, WixV3Product, WixV3ProductsApi, WixV3Search, bindV3Products } from '../wix/v3-products';
import type { CatalogWixClient } from '../wix/wix-client';
import type { CatalogError } from '../wix/wix-errors';
import { CursorTrail, CursorTrails } from './cursor-trail';
import { ProductPage, ProductQuery, hasFilters } from './product';
import { searchFilter } from './filter-wire';
import { fromV3Product } from './v3-product-mapping';

/*
 * The lazy half of Catalog V3 (with the V3 SDK module): loaded by V3CatalogGateway on the first V3 search.
 * Plain async code on purpose: importing Angular or RxJS here would make the bundler move them out of the
 * initial bundle into a chunk shared with this one, which costs every V1 site about 1 kB gzip.
 */

type SearchField = NonNullable<NonNullable<WixV3Search['search']>['fields']>[number];
type SortField = NonNullable<NonNullable<WixV3Search['sort']>[number]['fieldName']>;

/** Only what the table shows beyond the defaults: formatted prices and the thumbnail. */
// MIN_PRICE_VARIANT carries a SKU: search results have no variantsInfo, and the table shows the SKU.
const FIELDS: WixV3Field[] = ['CURRENCY', 'THUMBNAIL', 'MIN_PRICE_VARIANT'];
/** Where the search text is looked for: the name and every variant's SKU. */
const SEARCH_IN: SearchField[] = ['name', 'variantsInfo.variants.sku'];
/** V3 has no single price: price sorts use the lowest actual (after-discount) price over the variants. */
const PRICE: SortField = 'actualPriceRange.minValue.amount';
const UPDATED = '_updatedDate' satisfies SortField;

/** The V3 field of each sort's column ("price-desc" → the price field, descending); written as a table of columns, not of sorts, to keep this chunk small. */
const SORT_FIELDS: Record<string, SortField> = { name: 'name', price: PRICE, updated: UPDATED };

/** One page as cursor paging returns it. */
export interface Slice {
  readonly items: readonly WixV3Product[];
  readonly next: string | null;
}

/** Binds the V3 reads to the app's client and returns a reader over them. */
export function createV3CatalogReader(client: CatalogWixClient): V3CatalogReader {
  return new V3CatalogReader(bindV3Products(client));
}

/**
 * Reads pages of the V3 catalog over `productsV3.searchProducts()` and `queryProducts()`.
 * - Text: `searchProducts` with the text as a search expression on name and SKU (all words, no fuzzy
 *   matching). V1 matches the start of the name or SKU; V3's search expression matches words and word
 *   prefixes anywhere in them, so "steel" also finds "Stainless steel bowl".
 * - No text: `queryProducts` where it can sort (last updated). It cannot sort by name or price, so those
 *   browse with `searchProducts` without an expression, which can.
 * - Paging: cursors, no offsets; answers carry no total. Page N is fetched with the cursor page N-1 returned;
 *   a page not seen yet is reached by walking from the nearer end known: forward from the furthest page
 *   reached, or backward from the last page (the reversed sort, its first page holding what the count leaves).
 * - Total: `countProducts` with the same search, once per text (kept for the session; sort, page and size
 *   changes cost nothing), in parallel with the first page; without it (Wix refuses to count) the page shows "Page N"
 *   and learns the count at the end as before. A page holding more than asked is shown whole: the next cursor
 *   continues after it, so dropping any would lose them.
 * Rejects with the SDK's error as it is (the gateway maps it), or with an unknown CatalogError for an answer
 * that cannot be shown (products that are not a list of objects; none, with a next cursor).
 */
export class V3CatalogReader {
  private readonly trails = new CursorTrails();
  /**
   * Counts by search text, for the reader's life (a number per text typed and settled: small): one
   * `countProducts` per text, whatever the sort, page or size.
   */
  private readonly counts = new Map<string, Promise<number | null>>();

  /** The bound V3 reads, public for reads by id (v3-by-ids.ts), which live outside this chunk's tight budget. */
  constructor(readonly api: WixV3ProductsApi) {}

  /** Page `query.page`, walking from the nearer known end as needed; stops walking once `signal` aborts. */
  async read(query: ProductQuery, signal?: AbortSignal): Promise<ProductPage> {
    const counting = this.count(query);
    const trail = this.trails.for(trailKey(query));
    const total = trail.reachable(query.page) < query.page ? await counting : null;
    if (total !== null) {
      // Nearer the end than any page reached so far? Then read backwards from the end (v3-from-end.ts).
      const back = this.trails.for(trailKey(query, true));
      const end = await (await import('./v3-from-end')).fromEnd(query.page, query.pageSize, total, trail, back, (c, l) => this.slice(query, c, true, l), signal);
      if (end) return { ...pageShape(query, total), items: end.items.map(fromV3Product), hasNext: end.hasNext };
    }
    for (let page = trail.reachable(query.page); ; page++) {
      const slice = await this.slice(query, trail.cursorFor(page) ?? null, false, query.pageSize);
      // No products, yet more to come: an answer that contradicts itself, and following it could walk forever.
      if (slice.items.length === 0 && slice.next) throw malformedAnswer();
      trail.record(page, slice.items.length, slice.next);
      if (page === query.page) return toPage(query, slice, trail, await counting);
      if (!slice.next) return pastEnd(query, trail);
      if (signal?.aborted) throw signal.reason;
    }
  }

  /** Forgets the cursors of this query's list; true when there were cursors to forget (worth starting over). */
  forget(query: ProductQuery): boolean {
    this.trails.forget(trailKey(query, true));
    return this.trails.forget(trailKey(query));
  }

  /** The count of the query's list (v3-count.ts), once per text and filters; a failed count is asked again next time. */
  private count(query: ProductQuery): Promise<number | null> {
    const { text, filters } = query;
    const key = JSON.stringify([text.toLowerCase(), filters ?? null]);
    const count =
      this.counts.get(key) ??
      import('./v3-count')
        .then((m) => m.countV3(this.api, text ? searchOf(text) : undefined, hasFilters(filters) && searchFilter(filters)))
        .catch(() => (this.counts.delete(key), null));
    this.counts.set(key, count);
    return count;
  }

  /** Raw products from `cursor` (null: the start) in the query's order, or reversed: pages, the end, an export's chunk. */
  async slice(query: ProductQuery, cursor: string | null, reversed: boolean, limit: number): Promise<Slice> {
    const [column, direction] = query.sort.split('-');
    const field = SORT_FIELDS[column];
    const forward = direction === 'asc' ? 'ASC' : 'DESC';
    const order = reversed ? (forward === 'ASC' ? 'DESC' : 'ASC') : forward;
    // queryProducts filters on little more than visibility and dates: any filter goes through searchProducts.
    if (!query.text && !hasFilters(query.filters) && field === UPDATED) {
      const builder = this.api.queryProducts({ fields: FIELDS }).limit(limit);
      const sorted = order === 'ASC' ? builder.ascending(UPDATED) : builder.descending(UPDATED);
      // With a cursor the SDK sends the cursor alone: it carries the sort it was issued for.
      const result = await (cursor ? sorted.skipTo(cursor) : sorted).find();
      return { items: listOf(result.items), next: result.cursors.next ?? null };
    }
    const search: WixV3Search = cursor
      ? { cursorPaging: { limit, cursor } }
      : {
          ...(query.text && { search: searchOf(query.text) }),
          ...(hasFilters(query.filters) && { filter: searchFilter(query.filters) }),
          sort: [{ fieldName: field, order }],
          cursorPaging: { limit },
        };
    const result = await this.api.searchProducts(search, { fields: FIELDS });
    return { items: listOf(result.products ?? []), next: result.pagingMetadata?.cursors?.next ?? null };
  }
}

/** The search part of a V3 search or count: every word typed, in name and SKU, no fuzzy matching. */
function searchOf(text: string): NonNullable<WixV3Search['search']> {
  return { expression: text, fields: SEARCH_IN, mode: 'AND', fuzzy: false };
}

/** The products of an answer, when they are a list of objects; anything else is an answer that cannot be shown. */
function listOf(items: unknown): readonly WixV3Product[] {
  const ok = Array.isArray(items) && items.every((item) => typeof item === 'object' && item !== null && !Array.isArray(item));
  if (!ok) throw malformedAnswer();
  return items as WixV3Product[];
}

/** wix-errors' malformedAnswer(), written out: a type-only import keeps that module out of this lazy chunk. */
function malformedAnswer(): CatalogError {
  return { kind: 'unknown', status: 200, requestId: null };
}

function trailKey(query: ProductQuery, fromEnd = false): string {
  return JSON.stringify([query.text, query.sort, query.pageSize, query.filters ?? null, fromEnd]);
}

/** A page's numbers for a known total. */
function pageShape(query: ProductQuery, total: number | null): Omit<ProductPage, 'items' | 'hasNext'> {
  return {
    total,
    page: query.page,
    pageSize: query.pageSize,
    pageCount: total === null ? null : Math.max(1, Math.ceil(total / query.pageSize)),
    hasPrevious: query.page > 1,
    textMatch: 'words',
  };
}

function toPage(query: ProductQuery, slice: Slice, trail: CursorTrail, count: number | null): ProductPage {
  if (slice.items.length === 0 && query.page > 1) return pastEnd(query, trail);
  const hasNext = slice.next !== null;
  // The walk's own count wins at the end of the list (products may have been added since the count).
  const before = hasNext ? null : trail.countBefore(query.page);
  // What was read is a lower bound of the total, whatever the count says.
  const total = before !== null ? before + slice.items.length : count === null ? null : Math.max(count, (query.page - 1) * query.pageSize + slice.items.length);
  const pageCount = total === null ? null : hasNext ? Math.max(Math.ceil(total / query.pageSize), query.page + 1) : query.page;
  return { ...pageShape(query, total), items: slice.items.map(fromV3Product), hasNext, pageCount };
}

/** A page past the end: no items, with the count and the last page the walk found (the page offers to go there). */
function pastEnd(query: ProductQuery, trail: CursorTrail): ProductPage {
  const last = trail.lastPage() ?? 1;
  return { ...pageShape(query, trail.countBefore(last + 1)), items: [], pageCount: last, hasNext: false };
}
