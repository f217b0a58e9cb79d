import type { FilterSupport, ProductFilters } from './product-filters';

/** Stock as the table shows it. */
export type StockStatus = 'in-stock' | 'out-of-stock' | 'partially-out-of-stock' | 'unknown';

/** A product as the page shows it: plain app data, the same for Catalog V1 and V3. */
export interface Product {
  readonly id: string;
  readonly name: string;
  /** Null when the product has no SKU. */
  readonly sku: string | null;
  /** Formatted price in the store's currency as Wix formats it (e.g. "€12.50"), else null. */
  readonly price: string | null;
  /** ISO currency code, e.g. "EUR"; null when unknown. */
  readonly currency: string | null;
  /** Formatted price before a discount, when the product is discounted. */
  readonly priceBeforeDiscount: string | null;
  readonly visible: boolean;
  readonly stock: StockStatus;
  /** Quantity in stock when inventory is tracked. */
  readonly quantity: number | null;
  /** An http(s) thumbnail URL, else null (never a javascript: or data: URL). */
  readonly thumbnailUrl: string | null;
  readonly lastUpdated: Date | null;
  // The optional columns' data (the column chooser): absent where a source of products does not map them.
  /** Physical goods or digital downloads; null when Wix did not say. */
  readonly productType?: 'physical' | 'digital' | null;
  readonly brand?: string | null;
  readonly ribbon?: string | null;
  readonly created?: Date | null;
  /** Ids of the collections (V1) or categories (V3) it is in, without Wix's "All Products" (every product is in it). */
  readonly collectionIds?: readonly string[];
  /** Formatted cost (V3: the range over the variants); null unless the user may see it (managers) and it is set. */
  readonly cost?: string | null;
  /** Formatted profit (price after discount minus cost), like `cost`. */
  readonly profit?: string | null;
}

/** Sort orders the page offers. */
export type ProductSort = 'name-asc' | 'name-desc' | 'price-asc' | 'price-desc' | 'updated-desc' | 'updated-asc';

export const PRODUCT_SORTS: readonly ProductSort[] = [
  'name-asc',
  'name-desc',
  'price-asc',
  'price-desc',
  'updated-desc',
  'updated-asc',
];

export const PAGE_SIZES = [10, 25, 50, 100] as const;

/** What the merchant asked for. `page` counts from 1. */
export interface ProductQuery {
  /** Search text, matched as the catalog version does (`TextMatch`), case-insensitive; empty browses everything. */
  readonly text: string;
  readonly sort: ProductSort;
  /** 1 to 100. */
  readonly pageSize: number;
  readonly page: number;
  /** Server-side filters (product-filters.ts); absent means none. */
  readonly filters?: ProductFilters;
  /**
   * Ask for cost and profit too (a cost or profit column is shown). Catalog V3 sends them only when asked, and
   * refuses the asking (403) to a user who may not see them; Catalog V1 sends them to managers unasked.
   */
  readonly merchantData?: true;
}

/**
 * How the catalog matches search text: V1 by the start of the name or SKU (`prefix`); V3 by every word typed,
 * each the start of a word of the name or SKU (`words`).
 */
export type TextMatch = 'prefix' | 'words';

/** One page of results. `total` and `pageCount` are null when the catalog cannot count (Catalog V3). */
export interface ProductPage {
  readonly items: readonly Product[];
  readonly total: number | null;
  readonly page: number;
  /** The page size it was asked with (the range label needs it while a page of another size loads). */
  readonly pageSize: number;
  readonly pageCount: number | null;
  readonly hasNext: boolean;
  readonly hasPrevious: boolean;
  /** How the text of the query was matched, so the page can say what its search box does. */
  readonly textMatch: TextMatch;
  /** What this catalog can filter on and which price it sorts by; absent means everything, by sale price. */
  readonly filterSupport?: FilterSupport;
  /** Whether the catalog gave this user cost and profit ('withheld': their role may not see them); absent: unknown. */
  readonly merchantData?: 'sent' | 'withheld';
}

/** The longest search text sent to Wix; longer input is cut and the page says so. */
export const MAX_SEARCH_LENGTH = 100;

export const DEFAULT_QUERY: ProductQuery = { text: '', sort: 'name-asc', pageSize: 25, page: 1 };

/** The query as sent: text trimmed and capped, page size and page clamped to what Wix accepts. */
export function normalizeQuery(query: ProductQuery): ProductQuery {
  const pageSize = Math.min(100, Math.max(1, Math.trunc(query.pageSize) || DEFAULT_QUERY.pageSize));
  return {
    text: capText(query.text.trim(), MAX_SEARCH_LENGTH),
    sort: PRODUCT_SORTS.includes(query.sort) ? query.sort : DEFAULT_QUERY.sort,
    pageSize,
    page: Math.max(1, Math.trunc(query.page) || 1),
    ...filtersPart(query.filters),
    ...(query.merchantData && { merchantData: true }),
  };
}

/**
 * `{filters}` when any is set, else nothing, so a query without filters looks as it always did. Filters are
 * checked where they enter (normalizeFilters in filter-rules.ts: URL, controls), which keeps that code lazy.
 */
function filtersPart(filters: ProductFilters | undefined): { filters?: ProductFilters } {
  return hasFilters(filters) ? { filters } : {};
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * At most `max` UTF-16 units, never half a surrogate pair: the request encodes a lone surrogate as U+FFFD, so
 * half an emoji would be sent as a prefix the merchant never typed. Lone surrogates already in the text (a
 * pasted fragment) become U+FFFD here, so what is sent is exactly what the query holds.
 */
function capText(text: string, max: number): string {
  const cut = text.length > max && /[\uD800-\uDBFF]/.test(text[max - 1]) ? max - 1 : max;
  // trimEnd: a cut may end on a space, and normalizing twice must give the same query.
  return text.slice(0, cut).trimEnd().replace(LONE_SURROGATE, '\uFFFD');
}

/** The text if any of it is visible; '' for text made only of spaces and zero-width characters. */
export function visibleText(value: unknown): string {
  return typeof value === 'string' && value.replace(/[\s\u200B-\u200D\u2060\uFEFF]/g, '') !== '' ? value : '';
}

/** True when no filter is set. */
export function hasFilters(filters: ProductFilters | undefined): filters is ProductFilters {
  return !!filters && Object.values(filters).some((value) => value !== null);
}

/** Stable identity of a query, for caching and de-duplication. */
export function queryKey(query: ProductQuery): string {
  const filters = hasFilters(query.filters) ? query.filters : null;
  return JSON.stringify([query.text.toLowerCase(), query.sort, query.pageSize, query.page, filters, !!query.merchantData]);
}
