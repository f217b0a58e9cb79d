import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { WireAnswer, wireClient, wixError } from './testing/wire-client';
import { WixApi } from './wix-api';
import { WIX_CLIENT, WIX_FETCH } from './wix-client';
import { CatalogError } from './wix-errors';

const permission = { id: 'SCOPE.STORES.CATALOG_READ_LIMITED', name: 'Read catalog version' };

function setUp(answer: () => WireAnswer, timeoutMs?: number) {
  const wire = wireClient(answer, timeoutMs);
  TestBed.configureTestingModule({
    providers: [
      { provide: WIX_CLIENT, useValue: wire.client },
      { provide: WIX_FETCH, useValue: wire.wixFetch },
    ],
  });
  return { api: TestBed.inject(WixApi), requests: wire.requests };
}

describe('WixApi.getJson (fetchWithAuth)', () => {
  it('sends the dashboard token to the Wix API and returns the body', async () => {
    const { api, requests } = setUp(() => ({ status: 200, body: { catalogVersion: 'V1_CATALOG' } }));
    await expect(firstValueFrom(api.getJson('/stores/v3/provision/version', permission))).resolves.toEqual({
      catalogVersion: 'V1_CATALOG',
    });
    expect(requests).toHaveLength(1);
    expect(requests[0].url.href).toBe('https://www.wixapis.com/stores/v3/provision/version');
    expect(requests[0].headers['Authorization']).toBe('test-token');
  });

  it('maps a Wix error body like an SDK rejection', async () => {
    const { api } = setUp(() => wixError(403, 'PERMISSION_DENIED', 'nope', 'req-x'));
    const error = await firstValueFrom(api.getJson('/x', permission)).catch((e: CatalogError) => e);
    expect(error).toEqual({ kind: 'permission-denied', permission, code: 'PERMISSION_DENIED', requestId: 'req-x' });
  });

  it('a non-JSON 502 is unavailable', async () => {
    const { api } = setUp(() => ({ status: 502, rawBody: 'Bad gateway' }));
    const error = await firstValueFrom(api.getJson('/x', permission)).catch((e: CatalogError) => e);
    expect(error).toEqual({ kind: 'unavailable', reason: 'server', requestId: null });
  });

  it('times out through the same fetch seam', async () => {
    const { api } = setUp(() => 'hang', 30);
    const error = await firstValueFrom(api.getJson('/x', permission)).catch((e: CatalogError) => e);
    expect(error).toEqual({ kind: 'unavailable', reason: 'timeout', requestId: null });
  });
});
