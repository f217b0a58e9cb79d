import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { collectionNames } from './collection-names';
import { WireAnswer, WireRequest, wireClient, wixError } from './testing/wire-client';
import { WixApi } from './wix-api';
import { WIX_CLIENT, WIX_FETCH } from './wix-client';

function setUp(answer: (request: WireRequest) => WireAnswer) {
  const wire = wireClient(answer);
  TestBed.configureTestingModule({ providers: [{ provide: WIX_CLIENT, useValue: wire.client }, { provide: WIX_FETCH, useValue: wire.wixFetch }] });
  return { api: TestBed.inject(WixApi), requests: wire.requests };
}

describe('collectionNames', () => {
  it('V1: one collections query for the ids (filter as a JSON string), names of those Wix knows', async () => {
    const { api, requests } = setUp(() => ({ status: 200, body: { collections: [{ id: 'a', name: 'Summer' }, { id: 'b' }, { name: 'no id' }, 'junk'] } }));
    const names = await firstValueFrom(collectionNames(api, 'v1', ['a', 'b', 'c']));
    expect([...names]).toEqual([['a', 'Summer']]);
    expect([requests[0].method, requests[0].url.pathname]).toEqual(['POST', '/stores/v1/collections/query']);
    expect(requests[0].payload).toEqual({ query: { filter: JSON.stringify({ id: { $in: ['a', 'b', 'c'] } }), paging: { limit: 100 } } });
  });

  it("V3: one categories query in Wix Stores' tree", async () => {
    const { api, requests } = setUp(() => ({ status: 200, body: { categories: [{ id: 'x', name: 'Mugs' }] } }));
    expect([...(await firstValueFrom(collectionNames(api, 'v3', ['x'])))]).toEqual([['x', 'Mugs']]);
    expect(requests[0].payload).toEqual({ query: { filter: { id: { $in: ['x'] } }, cursorPaging: { limit: 100 } }, treeReference: { appNamespace: '@wix/stores' } });
  });

  it('fails with a CatalogError naming the read permission', async () => {
    const { api } = setUp(() => wixError(403, 'PERMISSION_DENIED', 'no'));
    await expect(firstValueFrom(collectionNames(api, 'v3', ['x']))).rejects.toMatchObject({ kind: 'permission-denied', permission: { id: 'SCOPE.STORES.PRODUCT_READ' } });
  });
});
