import { Injectable, inject } from '@angular/core';
import { Observable, defer, map } from 'rxjs';
import { WIX_CLIENT, WixV1Product, WixV1QueryBuilder } from '../wix/wix-client';
import { WixErrorMapping } from '../wix/wix-error-mapping';
import { WixPermission, malformedAnswer } from '../wix/wix-errors';
import { CatalogGateway } from './catalog-gateway';
import { ProductPage, ProductQuery, ProductSort, hasFilters } from './product';
import type { FilterSupport } from './product-filters';
import { fromV1Product } from './v1-product-mapping';

/** The permission Catalog V1 product reads need. */
export const V1_READ_PERMISSION: WixPermission = { id: 'WIX_STORES.READ_PRODUCTS', name: 'Read Products' };

/** `or()` exists on the SDK's query builder at run time but is missing from the V1 typings. */
type WithOr = WixV1QueryBuilder & { or(other: WixV1QueryBuilder): WixV1QueryBuilder };

/**
 * What Catalog V1 filters on the server (see src/app/catalog/README.md): no visibility filter (neither the
 * typings nor Wix's filter table list `visible`), and prices are list prices (`priceData.price`, before
 * discounts), so the page leads its Price column with the list price.
 */
export const V1_FILTER_SUPPORT: FilterSupport = {
  visibility: 'catalog',
  hidden: 'catalog',
  stock: null,
  productType: null,
  price: null,
  collection: null,
  updated: null,
  pricedBy: 'list',
  collectionKind: 'collection',
};

const SORT_FIELDS: Record<ProductSort, ['name' | 'price' | 'lastUpdated', 'asc' | 'desc']> = {
  'name-asc': ['name', 'asc'],
  'name-desc': ['name', 'desc'],
  'price-asc': ['price', 'asc'],
  'price-desc': ['price', 'desc'],
  'updated-desc': ['lastUpdated', 'desc'],
  'updated-asc': ['lastUpdated', 'asc'],
};

/** Catalog V1 over `products.queryProducts()`: name-or-SKU prefix search, offset paging with a total. */
@Injectable({ providedIn: 'root' })
export class V1CatalogGateway implements CatalogGateway {
  private readonly client = inject(WIX_CLIENT);
  private readonly errors = inject(WixErrorMapping);

  search(query: ProductQuery): Observable<ProductPage> {
    // The filters' wire code is a chunk of its own, fetched with the first filtered query.
    return defer(async () => {
      const filtered = hasFilters(query.filters) ? { filters: query.filters, wire: await import('./filter-wire') } : null;
      return this.build(query, filtered && ((b) => filtered.wire.withFilters(b, filtered.filters))).find();
    }).pipe(
      map((result) => pageOf(query, result.items as unknown, result.totalCount as unknown)),
      this.errors.mapErrors(V1_READ_PERMISSION),
    );
  }

  private build(query: ProductQuery, filter: ((b: WixV1QueryBuilder) => WixV1QueryBuilder) | null): WixV1QueryBuilder {
    const products = this.client.products;
    let builder = products.queryProducts();
    if (query.text) {
      // Wix matches $startsWith case-insensitively; one request covers name and SKU.
      builder = (builder.startsWith('name', query.text) as WithOr).or(
        products.queryProducts().startsWith('sku', query.text),
      );
    }
    if (filter) builder = filter(builder);
    const [field, direction] = SORT_FIELDS[query.sort];
    builder = direction === 'asc' ? builder.ascending(field) : builder.descending(field);
    return builder.limit(query.pageSize).skip((query.page - 1) * query.pageSize);
  }
}

/**
 * A page from what the SDK made of the answer. The SDK passes the answer's shape through unchecked, so this is
 * where a contradictory answer stops: products that are not a list of objects, or none at an offset inside the
 * total the same answer gives, fail as `malformedAnswer` instead of showing an empty catalog. A total sent as a
 * string of digits (proto3 JSON writes 64-bit integers so) is read; products beyond the page size are dropped
 * so they are not shown twice when the next page starts with them.
 */
export function pageOf(query: ProductQuery, rawItems: unknown, rawTotal: unknown): ProductPage {
  if (!Array.isArray(rawItems) || !rawItems.every(isObject)) throw malformedAnswer();
  const offset = (query.page - 1) * query.pageSize;
  const claimed = countOf(rawTotal);
  if (rawItems.length === 0 && claimed !== null && offset < claimed) throw malformedAnswer();
  const raws = (rawItems as WixV1Product[]).slice(0, query.pageSize);
  const items = raws.map(fromV1Product);
  // V1 sends cost and profit, unasked, to users who may see them (managers) with every priced product.
  const priced = raws.filter((p) => p.priceData ?? p.price);
  // What was sent is a lower bound of the total, whatever the total says.
  const total = claimed === null ? null : Math.max(claimed, offset + items.length);
  const pageCount = total === null ? null : Math.max(1, Math.ceil(total / query.pageSize));
  return {
    items,
    total,
    page: query.page,
    pageSize: query.pageSize,
    pageCount,
    // Without a total, a full page may have a next one.
    hasNext: pageCount === null ? items.length === query.pageSize : query.page < pageCount,
    hasPrevious: query.page > 1,
    textMatch: 'prefix',
    filterSupport: V1_FILTER_SUPPORT,
    ...(priced.length > 0 && { merchantData: priced.some((p) => p.costAndProfitData) ? 'sent' : 'withheld' }),
  };
}

function countOf(value: unknown): number | null {
  const count = typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
  return typeof count === 'number' && Number.isSafeInteger(count) && count >= 0 ? count : null;
}

function isObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
