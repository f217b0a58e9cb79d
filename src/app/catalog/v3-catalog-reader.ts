import { WixV3Field, WixV3Product, WixV3ProductsApi, WixV3Search, bindV3Products } from '../wix/v3-products';
import type { CatalogWixClient } from '../wix/wix-client';
import type { CatalogError } from '../wix/wix-errors';
import { CursorTrail, CursorTrails } from './cursor-trail';
import { ProductPage, ProductQuery, ProductSort, hasFilters } from './product';
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

const SORTS: Record<ProductSort, [SortField, 'ASC' | 'DESC']> = {
  'name-asc': ['name', 'ASC'],
  'name-desc': ['name', 'DESC'],
  'price-asc': [PRICE, 'ASC'],
  'price-desc': [PRICE, 'DESC'],
  'updated-desc': [UPDATED, 'DESC'],
  'updated-asc': [UPDATED, 'ASC'],
};

/** One page as cursor paging returns it. */
interface Slice {
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
 * - Paging: cursors, no offsets and no total. Page N is fetched with the cursor page N-1 returned; a page not
 *   seen yet is reached by walking forward from the furthest one known. The last page is the one without
 *   `cursors.next`; only then is the count known, and given. A page holding more than asked is shown whole: the
 *   next cursor continues after it, so dropping any would lose them.
 * Rejects with the SDK's error as it is (the gateway maps it), or with an unknown CatalogError for an answer
 * that cannot be shown (products that are not a list of objects; none, with a next cursor).
 */
export class V3CatalogReader {
  private readonly trails = new CursorTrails();
  /** Wix refused this user cost and profit once: not asked again this session (each ask would be a 403). */
  private merchantWithheld = false;

  constructor(private readonly api: WixV3ProductsApi) {}

  /** Page `query.page`, walking forward as needed; stops walking once `signal` aborts. */
  async read(query: ProductQuery, signal?: AbortSignal): Promise<ProductPage> {
    const trail = this.trails.for(trailKey(query));
    for (let page = trail.reachable(query.page); ; page++) {
      const slice = await this.fetch(query, trail.cursorFor(page) ?? null);
      // No products, yet more to come: an answer that contradicts itself, and following it could walk forever.
      if (slice.items.length === 0 && slice.next) throw malformedAnswer();
      trail.record(page, slice.items.length, slice.next);
      if (page === query.page) return toPage(query, slice, trail);
      if (!slice.next) return pastEnd(query, trail);
      if (signal?.aborted) throw signal.reason;
    }
  }

  /** Forgets the cursors of this query's list; true when there were cursors to forget (worth starting over). */
  forget(query: ProductQuery): boolean {
    return this.trails.forget(trailKey(query));
  }

  /**
   * One read, with cost and profit when the query asks for them: a user who may not see them gets a 403
   * (`NO_PERMISSION_TO_READ_MERCHANT_DATA` in the typings), so the same read is made once more without them.
   */
  private async fetch(query: ProductQuery, cursor: string | null): Promise<Slice> {
    const ask = query.merchantData && !this.merchantWithheld;
    try {
      const slice = await this.fetchWith(query, cursor, ask ? [...FIELDS, 'MERCHANT_DATA'] : FIELDS);
      return query.merchantData ? { ...slice, merchantData: ask ? 'sent' : 'withheld' } : slice;
    } catch (error) {
      if (!ask || (error as { status?: unknown } | null)?.status !== 403) throw error;
      this.merchantWithheld = true;
      return this.fetch(query, cursor);
    }
  }

  private async fetchWith(query: ProductQuery, cursor: string | null, fields: WixV3Field[]): Promise<Slice> {
    const [field, order] = SORTS[query.sort];
    // queryProducts filters on little more than visibility and dates: any filter goes through searchProducts.
    if (!query.text && !hasFilters(query.filters) && field === UPDATED) {
      const builder = this.api.queryProducts({ fields }).limit(query.pageSize);
      const sorted = order === 'ASC' ? builder.ascending(UPDATED) : builder.descending(UPDATED);
      // With a cursor the SDK sends the cursor alone: it carries the sort it was issued for.
      const result = await (cursor ? sorted.skipTo(cursor) : sorted).find();
      return { items: listOf(result.items), next: result.cursors.next ?? null };
    }
    const search: WixV3Search = cursor
      ? { cursorPaging: { limit: query.pageSize, cursor } }
      : {
          ...(query.text && { search: { expression: query.text, fields: SEARCH_IN, mode: 'AND', fuzzy: false } }),
          ...(hasFilters(query.filters) && { filter: searchFilter(query.filters) }),
          sort: [{ fieldName: field, order }],
          cursorPaging: { limit: query.pageSize },
        };
    const result = await this.api.searchProducts(search, { fields });
    return { items: listOf(result.products ?? []), next: result.pagingMetadata?.cursors?.next ?? null };
  }
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

function trailKey(query: ProductQuery): string {
  return JSON.stringify([query.text, query.sort, query.pageSize, query.filters ?? null]);
}

function toPage(query: ProductQuery, slice: Slice, trail: CursorTrail): ProductPage {
  if (slice.items.length === 0 && query.page > 1) return pastEnd(query, trail);
  const before = slice.next ? null : trail.countBefore(query.page);
  const total = before === null ? null : before + slice.items.length;
  return {
    items: slice.items.map(fromV3Product),
    total,
    page: query.page,
    pageSize: query.pageSize,
    pageCount: total === null ? null : query.page,
    hasNext: slice.next !== null,
    hasPrevious: query.page > 1,
    textMatch: 'words',
    merchantData: slice.merchantData,
  };
}

/** A page past the end: no items, with the count and the last page the walk found (the page offers to go there). */
function pastEnd(query: ProductQuery, trail: CursorTrail): ProductPage {
  const last = trail.lastPage() ?? 1;
  return { items: [], total: trail.countBefore(last + 1), page: query.page, pageSize: query.pageSize, pageCount: last, hasNext: false, hasPrevious: query.page > 1, textMatch: 'words' };
}
