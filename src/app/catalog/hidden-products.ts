import { Injectable, Signal, inject, signal } from '@angular/core';
import { Observable, catchError, firstValueFrom, map, of, switchMap } from 'rxjs';
import { WixApi } from '../wix/wix-api';
import { WixPermission } from '../wix/wix-errors';
import { CatalogError } from './catalog-error';
import { CatalogVersionResolver } from './catalog-version';

/** Whether the signed-in user may see hidden products: 'unknown' until Wix has answered the question. */
export type HiddenAccess = 'allowed' | 'denied' | 'unknown';

/**
 * The scope Catalog V3 asks for non-visible products (Count Products' `returnNonVisibleProducts`, and what
 * MERCHANT_DATA needs too): the app's grant intersected with the user's role.
 */
export const V3_READ_ADMIN: WixPermission = { id: 'SCOPE.STORES.PRODUCT_READ_ADMIN', name: 'Product v3 read admin' };

/**
 * Whether this user can see hidden products, decided on Wix's own answer: the dashboard offers no permission read
 * (wix-platform.md §9) and a product list without hidden products proves nothing (the store may have none). So
 * the question is asked once, when the merchant first reaches for hidden products (the "Hidden" view, the
 * visibility filter): Catalog V3 `POST /stores/v3/products/count` with `returnNonVisibleProducts` answers a
 * count to a user who may see them and 403 to one who may not. Catalog V1 cannot filter on visibility at all,
 * so there is nothing to ask. A failed question (network, 5xx) stays 'unknown' and is asked again next time.
 */
@Injectable({ providedIn: 'root' })
export class HiddenProducts {
  private readonly versions = inject(CatalogVersionResolver);
  private readonly api = inject(WixApi);
  private readonly known = signal<HiddenAccess>('unknown');
  private asking: Promise<HiddenAccess> | null = null;

  /**
   * What is known now, as a signal (state the views and the filter bar both render; a signal rather than an
   * Observable so their lazy chunk needs no rxjs-interop, which would split it out of the first bundle).
   */
  readonly access: Signal<HiddenAccess> = this.known.asReadonly();

  /** The answer, asking Wix at most once per session (concurrent callers share the one question). */
  check(): Promise<HiddenAccess> {
    if (this.known() !== 'unknown') return Promise.resolve(this.known());
    this.asking ??= firstValueFrom(this.ask()).then((access) => {
      this.asking = null;
      this.known.set(access);
      return access;
    });
    return this.asking;
  }

  private ask(): Observable<HiddenAccess> {
    return this.versions.current().pipe(
      switchMap((version) => {
        if (version !== 'v3') return of<HiddenAccess>('unknown');
        const body = { filter: { visible: false }, returnNonVisibleProducts: true };
        return this.api.postJson<unknown>('/stores/v3/products/count', body, V3_READ_ADMIN).pipe(
          map((): HiddenAccess => 'allowed'),
          catchError((error: CatalogError) => of<HiddenAccess>(error.kind === 'permission-denied' ? 'denied' : 'unknown')),
        );
      }),
      // The version could not be asked: nothing is known yet.
      catchError(() => of<HiddenAccess>('unknown')),
    );
  }
}
