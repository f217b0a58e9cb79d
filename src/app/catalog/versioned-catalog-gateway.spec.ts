import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import {
  WireAnswer,
  WireRequest,
  catalogVersionAnswer,
  isVersionRequest,
  v1Page,
  v1Product,
  v3Page,
  v3Product,
  wireClient,
  wixError,
} from '../wix/testing/wire-client';
import { WIX_CLIENT, WIX_FETCH } from '../wix/wix-client';
import { CatalogError } from '../wix/wix-errors';
import { DEFAULT_QUERY, ProductPage } from './product';
import { VersionedCatalogGateway } from './versioned-catalog-gateway';

type Version = 'V1_CATALOG' | 'V3_CATALOG' | 'STORES_NOT_INSTALLED';

/**
 * A site whose catalog version the test can change: the version endpoint answers it, V1 reads answer only on
 * V1, V3 reads only on V3, and the other catalog's reads answer 428 (as Wix does).
 */
function site(initial: Version) {
  const state = { version: initial, versionAnswer: null as WireAnswer | null };
  const answer = (request: WireRequest): WireAnswer => {
    if (isVersionRequest(request)) return state.versionAnswer ?? catalogVersionAnswer(state.version);
    const isV3 = request.url.pathname.startsWith('/stores/v3/');
    if (isV3 ? state.version !== 'V3_CATALOG' : state.version !== 'V1_CATALOG') {
      return wixError(428, 'CATALOG_VERSION_MISMATCH', `This site runs ${state.version}`, 'req-428');
    }
    return isV3 ? v3Page([v3Product(1)], null) : v1Page([v1Product(1)], 0, 1);
  };
  return { state, answer };
}

function setUp(initial: Version) {
  const { state, answer } = site(initial);
  const wire = wireClient(answer);
  TestBed.configureTestingModule({
    providers: [
      { provide: WIX_CLIENT, useValue: wire.client },
      { provide: WIX_FETCH, useValue: wire.wixFetch },
    ],
  });
  const gateway = TestBed.inject(VersionedCatalogGateway);
  // V3 also counts each text once (countProducts, beside its first search): the reads are what these tests follow.
  const paths = () => wire.requests.map((r) => r.url.pathname).filter((p) => p !== '/stores/v3/products/count');
  return { gateway, state, paths };
}

const search = (gateway: VersionedCatalogGateway): Promise<ProductPage> => firstValueFrom(gateway.search(DEFAULT_QUERY));
const failure = (gateway: VersionedCatalogGateway): Promise<CatalogError> =>
  search(gateway).then(
    () => Promise.reject(new Error('expected a failure')),
    (e: CatalogError) => e,
  );

const VERSION = '/stores/v3/provision/version';
const V1_QUERY = '/stores-reader/v1/products/query-platformized';
const V3_SEARCH = '/stores/v3/products/search';

describe('VersionedCatalogGateway', () => {
  it('on a V1 site asks the version once, then reads with V1 queryProducts', async () => {
    const { gateway, paths } = setUp('V1_CATALOG');
    const first = await search(gateway);
    await search(gateway);
    expect(paths()).toEqual([VERSION, V1_QUERY, V1_QUERY]);
    expect(first.items[0]).toMatchObject({ id: 'prod-1', sku: 'SKU-1', price: '€11.00' });
    expect(first.total).toBe(1);
  });

  it('on a V3 site reads with V3 searchProducts and maps into the same Product', async () => {
    const { gateway, paths } = setUp('V3_CATALOG');
    const first = await search(gateway);
    await search(gateway);
    expect(paths()).toEqual([VERSION, V3_SEARCH, V3_SEARCH]);
    expect(first.items[0]).toMatchObject({ id: 'prod-1', sku: 'SKU-1', price: '€11.00' });
  });

  it('concurrent first searches share one version request', async () => {
    const { gateway, paths } = setUp('V1_CATALOG');
    await Promise.all([search(gateway), search(gateway)]);
    expect(paths().filter((p) => p === VERSION)).toHaveLength(1);
  });

  it('without Wix Stores fails with stores-not-installed and reads nothing', async () => {
    const { gateway, paths } = setUp('STORES_NOT_INSTALLED');
    expect(await failure(gateway)).toEqual({ kind: 'stores-not-installed', requestId: null });
    expect(paths()).toEqual([VERSION]);
  });

  it('on 428 asks the version again once and repeats the search with the other catalog (V1 → V3)', async () => {
    const { gateway, state, paths } = setUp('V1_CATALOG');
    await search(gateway);
    state.version = 'V3_CATALOG';
    const page = await search(gateway);
    expect(page.items[0].id).toBe('prod-1');
    expect(paths()).toEqual([VERSION, V1_QUERY, V1_QUERY, VERSION, V3_SEARCH]);
    await search(gateway);
    expect(paths().slice(5)).toEqual([V3_SEARCH]);
  });

  it('on 428 from V3 switches back to V1 the same way', async () => {
    const { gateway, state, paths } = setUp('V3_CATALOG');
    await search(gateway);
    state.version = 'V1_CATALOG';
    await search(gateway);
    expect(paths()).toEqual([VERSION, V3_SEARCH, V3_SEARCH, VERSION, V1_QUERY]);
  });

  it('on 428 when the version did not change, shows the mismatch instead of looping', async () => {
    const { gateway, state, paths } = setUp('V1_CATALOG');
    state.versionAnswer = catalogVersionAnswer('V1_CATALOG');
    state.version = 'V3_CATALOG'; // reads say V3, the version endpoint still says V1
    expect(await failure(gateway)).toEqual({ kind: 'catalog-version-mismatch', requestId: 'req-428' });
    expect(paths()).toEqual([VERSION, V1_QUERY, VERSION]);
  });

  it('a failed version request is not remembered: the next search asks again', async () => {
    const { gateway, state, paths } = setUp('V1_CATALOG');
    state.versionAnswer = { status: 503, body: {} };
    expect(await failure(gateway)).toMatchObject({ kind: 'unavailable', reason: 'server' });
    state.versionAnswer = null;
    await search(gateway);
    expect(paths()).toEqual([VERSION, VERSION, V1_QUERY]);
  });

  it('a user who may not read the catalog version is told which permission is missing', async () => {
    const { gateway, state } = setUp('V1_CATALOG');
    state.versionAnswer = wixError(403, 'PERMISSION_DENIED', 'nope', 'req-403');
    expect(await failure(gateway)).toEqual({
      kind: 'permission-denied',
      permission: { id: 'SCOPE.STORES.CATALOG_READ_LIMITED', name: 'Read catalog version' },
      code: 'PERMISSION_DENIED',
      requestId: 'req-403',
    });
  });

  it('a version this app does not know is an error, not a guess', async () => {
    const { gateway, state } = setUp('V1_CATALOG');
    state.versionAnswer = { status: 200, body: { catalogVersion: 'V4_CATALOG' } };
    expect(await failure(gateway)).toEqual({ kind: 'unknown', status: 200, requestId: null });
  });
});
