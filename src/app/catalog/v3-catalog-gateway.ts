import { Injectable, inject } from '@angular/core';
import { Observable, catchError, defer, switchMap, throwError } from 'rxjs';
import { WIX_CLIENT } from '../wix/wix-client';
import { WixErrorMapping } from '../wix/wix-error-mapping';
import { CatalogError, WixPermission } from '../wix/wix-errors';
import { CatalogGateway } from './catalog-gateway';
import { ProductPage, ProductQuery } from './product';
import { FilterSupport } from './product-filters';
import type { V3CatalogReader } from './v3-catalog-reader';

/**
 * What Catalog V3 filters on the server (`searchProducts`; see src/app/catalog/README.md): everything the page
 * offers, prices by the actual (sale) price.
 */
export const V3_FILTER_SUPPORT: FilterSupport = {
  visibility: null,
  hidden: null,
  stock: null,
  productType: null,
  price: null,
  collection: null,
  updated: null,
  pricedBy: 'sale',
  collectionKind: 'category',
};

/** The permission Catalog V3 product reads need (SDK `@permissionId` WIX_STORES.PRODUCT_READ). */
export const V3_READ_PERMISSION: WixPermission = { id: 'SCOPE.STORES.PRODUCT_READ', name: 'Read Products' };

/**
 * Catalog V3: search, sorts and cursor paging as `V3CatalogReader` does them (see there for how V3 differs
 * from V1). The reader and the V3 SDK module are one lazy chunk, downloaded on the first search: V1 sites
 * never create this gateway's reader, so never download it. Here: the download, cancellation of a walk
 * across pages, and errors as CatalogError naming the V3 read permission.
 */
@Injectable({ providedIn: 'root' })
export class V3CatalogGateway implements CatalogGateway {
  private readonly client = inject(WIX_CLIENT);
  private readonly errors = inject(WixErrorMapping);
  private reader: Promise<V3CatalogReader> | null = null;

  search(query: ProductQuery): Observable<ProductPage> {
    return defer(() => this.load()).pipe(
      switchMap((reader) =>
        this.read(reader, query).pipe(
          catchError((error: CatalogError) => {
            // Wix may stop accepting old cursors: start the list again from its first page, once.
            if (error.kind !== 'invalid-query' || !reader.forget(query)) return throwError(() => error);
            return this.read(reader, query);
          }),
        ),
      ),
    );
  }

  /**
   * One read; unsubscribing stops a walk across pages before its next request. Its failures are mapped here,
   * once: the reader rejects with the SDK's errors as they are.
   */
  private read(reader: V3CatalogReader, query: ProductQuery): Observable<ProductPage> {
    return new Observable<ProductPage>((subscriber) => {
      const abort = new AbortController();
      reader.read(query, abort.signal).then(
        (page) => {
          // What V3 can filter on is said here, not in the lazy reader, whose chunk has a tight budget.
          subscriber.next({ ...page, filterSupport: V3_FILTER_SUPPORT });
          subscriber.complete();
        },
        (error: unknown) => subscriber.error(error),
      );
      return () => abort.abort();
    }).pipe(this.errors.mapErrors(V3_READ_PERMISSION));
  }

  /** The V3 reader (downloading its chunk on first use), for reads beyond pages such as an export. */
  loadReader(): Promise<V3CatalogReader> {
    return this.load();
  }

  /** The reader, from its chunk; a chunk that failed to download is asked for again next time. */
  private load(): Promise<V3CatalogReader> {
    this.reader ??= import('./v3-catalog-reader').then(
      ({ createV3CatalogReader }) => createV3CatalogReader(this.client),
      (): never => {
        this.reader = null;
        // The chunk comes from the app's own host, not from Wix: a network failure, retried like one.
        throw { kind: 'unavailable', reason: 'network', requestId: null } satisfies CatalogError;
      },
    );
    return this.reader;
  }
}
