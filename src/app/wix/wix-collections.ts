import { Injectable, inject } from '@angular/core';
import { Observable, defer } from 'rxjs';
import { WIX_CLIENT } from './wix-client';
import { WixErrorMapping } from './wix-error-mapping';
import { WixPermission } from './wix-errors';

/** One collection (V1) or category (V3) as the filter lists it. */
export interface WixCollection {
  readonly id: string;
  readonly name: string;
  /** Products in it, when Wix says (`numberOfProducts` V1, `itemCounter` V3). */
  readonly count: number | null;
}

/** A page of collections; `next` continues it (an offset on V1, a cursor on V3), null on the last page. */
export interface WixCollectionPage {
  readonly items: readonly WixCollection[];
  readonly next: string | null;
}

const V1_PERMISSION: WixPermission = { id: 'WIX_STORES.READ_PRODUCTS', name: 'Read Products' };
const V3_PERMISSION: WixPermission = { id: 'SCOPE.STORES.PRODUCT_READ', name: 'Read Products' };
/** Wix Stores' category tree (`treeReference.appNamespace`, required by queryCategories). */
const STORES_TREE = { appNamespace: '@wix/stores' };

/**
 * V1 `collections.queryCollections` and V3 `categories.queryCategories`, each module downloaded on first use
 * (a lazy chunk: the filter list is opened by few merchants, and each site needs only one of them). Name search
 * is `startsWith('name', …)`, which both typings list; paging is offset (V1) or cursor (V3). On the wire (SDK
 * versions pinned in package.json): `GET /v2/collections/query?.r=` and `POST /categories/v1/categories/query`.
 */
@Injectable({ providedIn: 'root' })
export class WixCollections {
  private readonly client = inject(WIX_CLIENT);
  private readonly errors = inject(WixErrorMapping);

  /** A page of V1 collections whose name starts with `text`; `next` is the offset to continue from. */
  v1(text: string, next: string | null, limit: number): Observable<WixCollectionPage> {
    return defer(async () => {
      const { queryCollections } = await import('@wix/auto_sdk_stores_collections');
      const api = this.client.use({ queryCollections });
      const offset = Number(next ?? 0) || 0;
      let builder = api.queryCollections();
      if (text) builder = builder.startsWith('name', text);
      const result = await builder.ascending('name').limit(limit).skip(offset).find();
      const items = (result.items ?? []).map((c) => ({ id: String(c._id ?? ''), name: String(c.name ?? ''), count: c.numberOfProducts ?? null }));
      const end = offset + items.length;
      const total = typeof result.totalCount === 'number' ? result.totalCount : null;
      return { items: items.filter((c) => c.id), next: total !== null ? (end < total ? String(end) : null) : items.length === limit ? String(end) : null };
    }).pipe(this.errors.mapErrors(V1_PERMISSION));
  }

  /** A page of V3 categories (Wix Stores' tree) whose name starts with `text`; `next` is a cursor. */
  v3(text: string, next: string | null, limit: number): Observable<WixCollectionPage> {
    return defer(async () => {
      const { queryCategories } = await import('@wix/auto_sdk_categories_categories');
      const api = this.client.use({ queryCategories });
      let builder = api.queryCategories({ treeReference: STORES_TREE });
      if (next) builder = builder.skipTo(next);
      else if (text) builder = builder.startsWith('name', text);
      const result = await builder.ascending('name').limit(limit).find();
      const items = (result.items ?? []).map((c) => ({ id: String(c._id ?? ''), name: String(c.name ?? ''), count: c.itemCounter ?? null }));
      return { items: items.filter((c) => c.id), next: result.cursors?.next ?? null };
    }).pipe(this.errors.mapErrors(V3_PERMISSION));
  }
}
