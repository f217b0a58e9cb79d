import { Injectable, inject } from '@angular/core';
import { Observable, defer, map } from 'rxjs';
import { WIX_CLIENT, WixV1Product } from '../wix/wix-client';
import { WixErrorMapping } from '../wix/wix-error-mapping';
import { CatalogError, WixPermission, malformedAnswer } from '../wix/wix-errors';
import { CatalogGateway } from './catalog-gateway';
import { ProductPage, ProductQuery, hasFilters } from './product';
import type { FilterSupport } from './product-filters';
import type { V1PageResult, V1Pager } from './v1-pager';
import { fromV1Product } from './v1-product-mapping';
import { AfterKey, V1Read, V1Slice, V1_OFFSET_WINDOW, buildV1Query, v1OrderOf } from './v1-read';

/** The permission Catalog V1 product reads need. */
export const V1_READ_PERMISSION: WixPermission = { id: 'WIX_STORES.READ_PRODUCTS', name: 'Read Products' };

/**
 * Catalog V1 over `products.queryProducts()`: name-or-SKU prefix search, sorted by the chosen field then
 * `numericId`, with a total. Pages inside Wix's 10,000-item offset window are read by offset; deeper ones by
 * keyset (`V1Pager`, see README.md "Paging past 10,000 products").
 */

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

@Injectable({ providedIn: 'root' })
export class V1CatalogGateway implements CatalogGateway {
  private readonly client = inject(WIX_CLIENT);
  private readonly errors = inject(WixErrorMapping);
  /** The deep pager, downloaded the first time a page lies past the offset window (most lists never need it). */
  private pager: Promise<V1Pager> | null = null;

  search(query: ProductQuery): Observable<ProductPage> {
    return defer(() => this.page(query)).pipe(
      map((result) =>
        result.kind === 'page' ? pageOf(query, result.items, result.total) : { ...result.page, filterSupport: V1_FILTER_SUPPORT },
      ),
      this.errors.mapErrors(V1_READ_PERMISSION),
    );
  }

  private async page(query: ProductQuery): Promise<V1PageResult> {
    const order = v1OrderOf(query.sort);
    const offset = (query.page - 1) * query.pageSize;
    const refine = await this.refinement(query);
    if (!this.pager && offset + query.pageSize <= V1_OFFSET_WINDOW) {
      const slice = await this.read({ text: query.text, order, after: null, offset, limit: query.pageSize, refine });
      return { kind: 'page', items: slice.items, total: slice.total };
    }
    this.pager ??= Promise.all([import('./v1-pager'), import('./v1-keyset')]).then(
      ([{ V1Pager }, { afterKey }]) => new V1Pager((read) => this.read(read, afterKey)),
      (): never => {
        this.pager = null;
        // The chunk comes from the app's own host, not from Wix: a network failure, retried like one.
        throw { kind: 'unavailable', reason: 'network', requestId: null } satisfies CatalogError;
      },
    );
    const list = JSON.stringify(query.filters ?? null);
    return (await this.pager).page({ text: query.text, order, pageSize: query.pageSize, page: query.page, refine, list });
  }

  /** The query's filters as builder conditions; their wire code is a chunk of its own, fetched with the first filtered query. */
  async refinement(query: { readonly filters?: ProductQuery['filters'] }): Promise<V1Read['refine']> {
    const filters = query.filters;
    if (!hasFilters(filters)) return undefined;
    const wire = await import('./filter-wire');
    return (b) => wire.withFilters(b, filters);
  }

  /**
   * One read over the SDK; an answer whose products are not a list of objects stops here. A keyset read passes
   * `afterKey` (v1-keyset.ts), which only the lazy pager and the export load.
   */
  async read(read: V1Read, afterKey?: AfterKey): Promise<V1Slice> {
    const result = await buildV1Query(this.client.products, read, afterKey).find();
    const items = result.items as unknown;
    if (!Array.isArray(items) || !items.every(isObject)) throw malformedAnswer();
    return { items: items as WixV1Product[], total: countOf(result.totalCount as unknown) };
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
