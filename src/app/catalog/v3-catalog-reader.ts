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

/** Only what the table shows beyond the defaults: formatted prices, the thumbnail, the categories column. */
// MIN_PRICE_VARIANT carries a SKU: search results have no variantsInfo, and the table shows the SKU.
const FIELDS: WixV3Field[] = ['CURRENCY', 'THUMBNAIL', 'MIN_PRICE_VARIANT', 'DIRECT_CATEGORIES_INFO'];
// MERCHANT_DATA (cost, profit) is added only while the query asks for them: Wix refuses it (403) to some users.
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
  /** Whether cost and profit were asked for and sent ('sent'), refused ('withheld'), or not asked (absent). */
  readonly merchantData?: 'sent' | 'withheld';
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
  /** Wix refused this user cost and profit once: not asked again this session (each ask would be a 403). */
  /** Wix refused MERCHANT_DATA to this user (403): later reads (pages, exports) do not ask again. */
  merchantWithheld?: true;

  /** The bound V3 reads, public for reads by id (v3-by-ids.ts), which live outside this chunk's tight budget. */
  constructor(readonly api: WixV3ProductsApi) {}

  /** Page `query.page`, walking from the nearer known end as needed; stops walking once `signal` aborts. */
  async read(query: ProductQuery, signal?: AbortSignal): Promise<ProductPage> {
    // The list's count (v3-count.ts: once per text and filters), asked beside the first read; null without one.
    const counting = import('./v3-count').then((m) => m.countFor(this.api, query, query.text && searchOf(query.text)), () => null);
    const trail = this.trails.for(trailKey(query));
    const total = trail.reachable(query.page) < query.page ? await counting : null;
    if (total !== null) {
      // Nearer the end than any page reached so far? Then read backwards from the end (v3-from-end.ts).
      const back = this.trails.for(trailKey(query, true));
      const end = await (await import('./v3-from-end')).fromEnd(query.page, query.pageSize, total, trail, back, (c, l) => this.slice(query, c, true, l), signal);
      if (end) return toPage(query, end, trail, total);
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

  /**
   * Raw products from `cursor` (null: the start) in the query's order, or reversed: pages, the end, an export's
   * chunk. With cost and profit when the query asks for them: a user who may not see them gets a 403
   * (`NO_PERMISSION_TO_READ_MERCHANT_DATA` in the typings), so the same read is made once more without them.
   */
  async slice(query: ProductQuery, cursor: string | null, reversed: boolean, limit: number): Promise<Slice> {
    const ask = query.merchantData && !this.merchantWithheld;
    try {
      return await this.sliceWith(query, cursor, reversed, limit, ask ? [...FIELDS, 'MERCHANT_DATA'] : FIELDS, query.merchantData && (ask ? 'sent' : 'withheld'));
    } catch (error) {
      if (!ask || (error as { status?: unknown } | null)?.status !== 403) throw error;
      this.merchantWithheld = true;
      return this.slice(query, cursor, reversed, limit);
    }
  }

  /** One read with these `fields`; `merchantData` says what the slice tells the page about cost and profit. */
  private async sliceWith(
    query: ProductQuery,
    cursor: string | null,
    reversed: boolean,
    limit: number,
    fields: WixV3Field[],
    merchantData: Slice['merchantData'],
  ): Promise<Slice> {
    const [column, direction] = query.sort.split('-');
    const field = SORT_FIELDS[column];
    // Ascending when asked so, or when descending is asked in reverse.
    const ascending = (direction === 'asc') !== reversed;
    // queryProducts filters on little more than visibility and dates: any filter goes through searchProducts.
    if (!query.text && !hasFilters(query.filters) && field === UPDATED) {
      const builder = this.api.queryProducts({ fields }).limit(limit);
      const sorted = builder[ascending ? 'ascending' : 'descending'](UPDATED);
      // With a cursor the SDK sends the cursor alone: it carries the sort it was issued for.
      const result = await (cursor ? sorted.skipTo(cursor) : sorted).find();
      return { items: listOf(result.items), next: result.cursors.next ?? null, merchantData };
    }
    const search: WixV3Search = cursor
      ? { cursorPaging: { limit, cursor } }
      : {
          ...(query.text && { search: searchOf(query.text) }),
          ...(hasFilters(query.filters) && { filter: searchFilter(query.filters) }),
          sort: [{ fieldName: field, order: ascending ? 'ASC' : 'DESC' }],
          cursorPaging: { limit },
        };
    const result = await this.api.searchProducts(search, { fields });
    return { items: listOf(result.products ?? []), next: result.pagingMetadata?.cursors?.next ?? null, merchantData };
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

/** The trail of a list (from its end when `fromEnd`); JSON writes an absent filter or flag as null. */
function trailKey(query: ProductQuery, fromEnd?: true): string {
  return JSON.stringify([query.text, query.sort, query.pageSize, query.filters, fromEnd]);
}

/** A page's numbers for a known total (its page count is the caller's: the walk may know better). */
function pageShape(query: ProductQuery, total: number | null, slice?: Pick<Slice, 'merchantData'>): Omit<ProductPage, 'items' | 'hasNext' | 'pageCount'> {
  return { total, page: query.page, pageSize: query.pageSize, hasPrevious: query.page > 1, textMatch: 'words', merchantData: slice?.merchantData };
}

function toPage(query: ProductQuery, slice: Slice, trail: CursorTrail, count: number | null): ProductPage {
  if (slice.items.length === 0 && query.page > 1) return pastEnd(query, trail);
  const hasNext = slice.next !== null;
  // The walk's own count wins at the end of the list (products may have been added since the count).
  const before = hasNext ? null : trail.countBefore(query.page);
  // What was read is a lower bound of the total, whatever the count says.
  const total = before !== null ? before + slice.items.length : count === null ? null : Math.max(count, (query.page - 1) * query.pageSize + slice.items.length);
  const pageCount = total === null ? null : hasNext ? Math.max(Math.ceil(total / query.pageSize), query.page + 1) : query.page;
  return { ...pageShape(query, total, slice), items: slice.items.map(fromV3Product), hasNext, pageCount };
}

/** A page past the end: no items, with the count and the last page the walk found (the page offers to go there). */
function pastEnd(query: ProductQuery, trail: CursorTrail): ProductPage {
  const last = trail.lastPage() ?? 1;
  return { ...pageShape(query, trail.countBefore(last + 1)), items: [], pageCount: last, hasNext: false };
}
