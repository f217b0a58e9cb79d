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
  const state = {
    version: initial,
    versionAnswer: null as WireAnswer | null,
    /** When set, the version check answers only once this resolves (to see what is sent meanwhile). */
    versionDelay: null as Promise<void> | null,
  };
  const answer = async (request: WireRequest): Promise<WireAnswer> => {
    if (isVersionRequest(request)) {
      if (state.versionDelay) await state.versionDelay;
      return state.versionAnswer ?? catalogVersionAnswer(state.version);
    }
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

const memoryKey = 'cm.catalog-version:';

describe('VersionedCatalogGateway', () => {
  // The remembered version lives in jsdom's localStorage (no site id in the test URL: the empty key).
  beforeEach(() => localStorage.clear());
  afterEach(() => TestBed.resetTestingModule());

  it('on a V1 site asks the version once, then reads with V1 queryProducts', async () => {
    const { gateway, paths } = setUp('V1_CATALOG');
    const first = await search(gateway);
    await search(gateway);
    expect(paths()).toEqual([VERSION, V1_QUERY, V1_QUERY]);
    expect(first.items[0]).toMatchObject({ id: 'prod-1', sku: 'SKU-1', price: '€11.00' });
    expect(first.total).toBe(1);
  });

  it('sends the first (guessed V1) query with the version check, without waiting for its answer', async () => {
    const { gateway, state, paths } = setUp('V1_CATALOG');
    let answerVersion!: () => void;
    state.versionDelay = new Promise((resolve) => (answerVersion = resolve));
    const first = search(gateway);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(paths()).toEqual([VERSION, V1_QUERY]); // both on the wire, the version still unanswered
    answerVersion();
    expect((await first).items[0].id).toBe('prod-1');
    expect(paths()).toEqual([VERSION, V1_QUERY]);
    expect(localStorage.getItem(memoryKey)).toBe('v1');
  });

  it('on a V3 site reads with V3 searchProducts and maps into the same Product; a first visit costs one extra request', async () => {
    const { gateway, paths } = setUp('V3_CATALOG');
    const first = await search(gateway);
    await search(gateway);
    // The guessed V1 query (428) is the one extra request; the answer corrects the memory.
    expect(paths()).toEqual([VERSION, V1_QUERY, V3_SEARCH, V3_SEARCH]);
    expect(localStorage.getItem(memoryKey)).toBe('v3');
    expect(first.items[0]).toMatchObject({ id: 'prod-1', sku: 'SKU-1', price: '€11.00' });
  });

  it('on the next visit to a V3 site the remembered V3 query goes with the version check: no extra request', async () => {
    localStorage.setItem(memoryKey, 'v3');
    const { gateway, paths } = setUp('V3_CATALOG');
    await search(gateway);
    expect(paths()).toEqual([VERSION, V3_SEARCH]);
  });

  it('a wrong remembered version is validated by the answer and corrected, at one extra request', async () => {
    localStorage.setItem(memoryKey, 'v3');
    const { gateway, paths } = setUp('V1_CATALOG');
    const page = await search(gateway);
    expect(page.items[0].id).toBe('prod-1');
    expect(paths().filter((p) => p !== VERSION && p !== V1_QUERY)).toEqual([V3_SEARCH]);
    expect(paths().filter((p) => p === V1_QUERY)).toHaveLength(1);
    expect(localStorage.getItem(memoryKey)).toBe('v1');
  });

  it('garbage in the memory is no guess: V1', async () => {
    localStorage.setItem(memoryKey, '<script>');
    const { gateway, paths } = setUp('V1_CATALOG');
    await search(gateway);
    expect(paths()).toEqual([VERSION, V1_QUERY]);
  });

  it('asks Wix media for thumbnails at the size the table shows them (80×80 for 40 CSS px at 2×)', async () => {
    const file = '3c76e2_c5~mv2.jpg';
    const product = { ...v1Product(1), media: { mainMedia: { thumbnail: { url: `https://static.wixstatic.com/media/${file}/v1/fit/w_50,h_50,q_90/${file}` } } } };
    const wire = wireClient((request) => (isVersionRequest(request) ? catalogVersionAnswer('V1_CATALOG') : v1Page([product], 0, 1)));
    TestBed.configureTestingModule({ providers: [{ provide: WIX_CLIENT, useValue: wire.client }, { provide: WIX_FETCH, useValue: wire.wixFetch }] });
    const page = await search(TestBed.inject(VersionedCatalogGateway));
    expect(page.items[0].thumbnailUrl).toBe(`https://static.wixstatic.com/media/${file}/v1/fill/w_80,h_80,al_c,q_80,enc_auto/${file}`);
  });

  it('concurrent first searches share one version request', async () => {
    const { gateway, paths } = setUp('V1_CATALOG');
    await Promise.all([search(gateway), search(gateway)]);
    expect(paths().filter((p) => p === VERSION)).toHaveLength(1);
  });

  it('without Wix Stores fails with stores-not-installed; the guessed read is the only one, and only on a first visit', async () => {
    const { gateway, paths } = setUp('STORES_NOT_INSTALLED');
    expect(await failure(gateway)).toEqual({ kind: 'stores-not-installed', requestId: null });
    expect(paths()).toEqual([VERSION, V1_QUERY]);
    TestBed.resetTestingModule();
    const again = setUp('STORES_NOT_INSTALLED');
    expect(await failure(again.gateway)).toEqual({ kind: 'stores-not-installed', requestId: null });
    expect(again.paths()).toEqual([VERSION]);
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
    localStorage.setItem(memoryKey, 'v3');
    const { gateway, state, paths } = setUp('V3_CATALOG');
    await search(gateway);
    state.version = 'V1_CATALOG';
    await search(gateway);
    expect(paths()).toEqual([VERSION, V3_SEARCH, V3_SEARCH, VERSION, V1_QUERY]);
    expect(localStorage.getItem(memoryKey)).toBe('v1');
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
    expect(paths()).toEqual([VERSION, V1_QUERY, VERSION, V1_QUERY]);
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
