import { Injectable, inject } from '@angular/core';
import { MonoTypeOperatorFunction, catchError, throwError } from 'rxjs';
import { WIX_FETCH } from './wix-client';
import { CatalogError, WixPermission, toCatalogError } from './wix-errors';

/**
 * The one place a failed Wix call becomes a CatalogError. It asks the fetch seam itself for what the SDK
 * drops (Retry-After by request id), so callers name only the permission their call needs.
 */
@Injectable({ providedIn: 'root' })
export class WixErrorMapping {
  private readonly wixFetch = inject(WIX_FETCH);

  /** Any rejection of a Wix call (SDK error, fetch seam error, an existing CatalogError) as a CatalogError. */
  toCatalogError(error: unknown, permission: WixPermission): CatalogError {
    return toCatalogError(error, { permission, retryAfterFor: (id) => this.wixFetch.retryAfterFor(id) });
  }

  /** An operator that fails with a CatalogError naming `permission` whatever the source failed with. */
  mapErrors<T>(permission: WixPermission): MonoTypeOperatorFunction<T> {
    return catchError((error: unknown) => throwError(() => this.toCatalogError(error, permission)));
  }
}
