import { Injectable, inject } from '@angular/core';
import { Observable, catchError, defer, map, switchMap, throwError } from 'rxjs';
import { WIX_MEDIA_ORIGINS } from '../wix/wix-client';
import { scaledToFill } from '../wix/media-url';
import { CatalogError, isCatalogError } from './catalog-error';
import { CatalogGateway } from './catalog-gateway';
import { CatalogVersion, CatalogVersionResolver } from './catalog-version';
import { ProductPage, ProductQuery } from './product';
import { V1CatalogGateway } from './v1-catalog-gateway';
import { V3CatalogGateway } from './v3-catalog-gateway';

/**
 * The gateway the page talks to: delegates every search to the V1 or the V3 gateway, as the site's catalog
 * version says. Until Wix has answered the version (the first search of a visit), the search is sent at the
 * same time as the version check, on the guessed version (the one remembered for this site, else V1): one
 * round trip to the first results instead of two. The answer validates the guess; a wrong guess is dropped
 * (cancelled if still in flight) and the search repeated on the answered version, so it costs one request.
 * When Wix answers 428 (the site's catalog changed version while the page was open) it asks for the version
 * once more and, if it did change, repeats the search with the other gateway. A site without Wix Stores
 * fails every search with `stores-not-installed`.
 */
@Injectable({ providedIn: 'root' })
export class VersionedCatalogGateway implements CatalogGateway {
  private readonly versions = inject(CatalogVersionResolver);
  private readonly v1 = inject(V1CatalogGateway);
  // Cheap to create: the V3 SDK module is downloaded only when this gateway first searches.
  private readonly v3 = inject(V3CatalogGateway);
  private readonly mediaOrigins = inject(WIX_MEDIA_ORIGINS);
  /** Only the visit's first search guesses: retries after a failed version check wait for its answer. */
  private guessed = false;

  search(query: ProductQuery): Observable<ProductPage> {
    return defer(() => this.route(query)).pipe(map((page) => withThumbnails(page, this.mediaOrigins)));
  }

  private route(query: ProductQuery): Observable<ProductPage> {
    const known = this.versions.known();
    if (known) return this.searchWith(known, query);
    const guess = this.versions.guess();
    // Nothing to read on a site remembered without Stores.
    if (this.guessed || guess === 'stores-not-installed') {
      return this.versions.current().pipe(switchMap((version) => this.searchWith(version, query)));
    }
    this.guessed = true;
    return this.speculate(guess, query);
  }

  /**
   * The version check and the guessed version's search, at once; the check decides which answer counts.
   * Plain callbacks and a promise rather than ReplaySubject/materialize: those cost ~1 kB gzip of initial JS.
   */
  private speculate(guess: CatalogVersion, query: ProductQuery): Observable<ProductPage> {
    return new Observable<ProductPage>((subscriber) => {
      let settle!: (outcome: { page: ProductPage } | { error: unknown }) => void;
      const early = new Promise<{ page: ProductPage } | { error: unknown }>((resolve) => (settle = resolve));
      const validated = this.versions
        .current()
        .pipe(
          switchMap((version) => {
            if (version !== guess) {
              // A wrong guess: drop it (cancelled if still in flight) and read where the site really is.
              speculative.unsubscribe();
              return this.searchWith(version, query);
            }
            return defer(() => early).pipe(
              map((outcome) => {
                if ('error' in outcome) throw outcome.error;
                return outcome.page;
              }),
              this.onMismatch(version, query),
            );
          }),
        )
        .subscribe(subscriber);
      const speculative = this.searchOn(guess, query).subscribe({
        next: (page) => settle({ page }),
        error: (error: unknown) => settle({ error }),
      });
      return () => {
        validated.unsubscribe();
        speculative.unsubscribe();
      };
    });
  }

  private searchWith(version: CatalogVersion, query: ProductQuery): Observable<ProductPage> {
    return this.searchOn(version, query).pipe(this.onMismatch(version, query));
  }

  /** On 428: ask the version again and, if it changed, search once more on the new one. */
  private onMismatch(version: CatalogVersion, query: ProductQuery) {
    return catchError<ProductPage, Observable<ProductPage>>((error: unknown) => {
      if (!isCatalogError(error) || error.kind !== 'catalog-version-mismatch') return throwError(() => error);
      return this.versions
        .refresh()
        .pipe(switchMap((now) => (now === version ? throwError(() => error) : this.searchOn(now, query))));
    });
  }

  private searchOn(version: CatalogVersion, query: ProductQuery): Observable<ProductPage> {
    switch (version) {
      case 'v1':
        return this.v1.search(query);
      case 'v3':
        return this.v3.search(query);
      case 'stores-not-installed':
        return throwError((): CatalogError => ({ kind: 'stores-not-installed', requestId: null }));
    }
  }
}

/** The table shows thumbnails at 40×40 CSS px: they are asked for at 80×80 (2× displays), not at full size. */
export const THUMBNAIL_PX = 80;

/** The page with every Wix media thumbnail asked for at the size shown (V1 and V3 alike). */
function withThumbnails(page: ProductPage, origins: readonly string[]): ProductPage {
  const items = page.items.map((product) =>
    product.thumbnailUrl === null
      ? product
      : { ...product, thumbnailUrl: scaledToFill(product.thumbnailUrl, THUMBNAIL_PX, THUMBNAIL_PX, origins) },
  );
  return { ...page, items };
}
