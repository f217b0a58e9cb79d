import { Injectable, inject } from '@angular/core';
import { Observable, defer } from 'rxjs';
import { WIX_CLIENT } from './wix-client';
import { WixErrorMapping } from './wix-error-mapping';
import { WixPermission } from './wix-errors';

const WIX_API = 'https://www.wixapis.com';

/**
 * Authenticated raw REST calls for endpoints the SDK lacks. They go through the same client
 * (`fetchWithAuth`: the dashboard's token, our fetch seam's timeout and emulator rewrite) and fail with
 * the same CatalogError as SDK calls.
 */
@Injectable({ providedIn: 'root' })
export class WixApi {
  private readonly client = inject(WIX_CLIENT);
  private readonly errors = inject(WixErrorMapping);

  /** GET a Wix REST path (e.g. `/stores/v3/provision/version`) and parse its JSON body. */
  getJson<T>(path: string, permission: WixPermission): Observable<T> {
    return this.send<T>(path, permission, { method: 'GET' });
  }

  /** POST a JSON body to a Wix REST path (e.g. a `…/query` endpoint) and parse its JSON answer. */
  postJson<T>(path: string, body: unknown, permission: WixPermission): Observable<T> {
    return this.send<T>(path, permission, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  }

  private send<T>(path: string, permission: WixPermission, init: RequestInit): Observable<T> {
    return defer(async () => {
      const response = await this.client.fetchWithAuth(`${WIX_API}${path}`, init);
      const body: unknown = await response.json().catch(() => null);
      if (response.status !== 200) {
        // The same shape the SDK rejects with, so one mapping serves both.
        throw {
          status: response.status,
          requestId: response.headers.get('x-wix-request-id'),
          details: (body as { details?: unknown } | null)?.details,
        };
      }
      return body as T;
    }).pipe(this.errors.mapErrors(permission));
  }
}
