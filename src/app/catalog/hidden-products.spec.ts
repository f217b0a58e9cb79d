import { TestBed } from '@angular/core/testing';
import { WireAnswer, WireRequest, catalogVersionAnswer, isVersionRequest, wireClient, wixError } from '../wix/testing/wire-client';
import { WIX_CLIENT, WIX_FETCH } from '../wix/wix-client';
import { HiddenProducts } from './hidden-products';

const COUNT = '/stores/v3/products/count';

function setUp(version: 'V1_CATALOG' | 'V3_CATALOG', count: () => WireAnswer) {
  const wire = wireClient((request: WireRequest) => (isVersionRequest(request) ? catalogVersionAnswer(version) : count()));
  TestBed.configureTestingModule({
    providers: [
      { provide: WIX_CLIENT, useValue: wire.client },
      { provide: WIX_FETCH, useValue: wire.wixFetch },
    ],
  });
  const counts = () => wire.requests.filter((r) => r.url.pathname === COUNT);
  return { hidden: TestBed.inject(HiddenProducts), counts };
}

describe('HiddenProducts', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => TestBed.resetTestingModule());

  it('on Catalog V3 asks Wix once to count hidden products: an answer means the user may see them', async () => {
    const { hidden, counts } = setUp('V3_CATALOG', () => ({ status: 200, body: { count: 3 } }));
    expect(hidden.access()).toBe('unknown');
    const [a, b] = await Promise.all([hidden.check(), hidden.check()]);
    expect([a, b]).toEqual(['allowed', 'allowed']);
    expect(await hidden.check()).toBe('allowed');
    expect(counts()).toHaveLength(1);
    expect(counts()[0].method).toBe('POST');
    expect(counts()[0].payload).toEqual({ filter: { visible: false }, returnNonVisibleProducts: true });
    expect(hidden.access()).toBe('allowed');
  });

  it('a 403 means the role may not see hidden products, and is not asked again', async () => {
    const { hidden, counts } = setUp('V3_CATALOG', () => wixError(403, 'PERMISSION_DENIED', 'missing SCOPE.STORES.PRODUCT_READ_ADMIN'));
    expect(await hidden.check()).toBe('denied');
    expect(await hidden.check()).toBe('denied');
    expect(counts()).toHaveLength(1);
    expect(hidden.access()).toBe('denied');
  });

  it('a failure that says nothing about the role stays unknown and is asked again next time', async () => {
    let answer: WireAnswer = wixError(503, 'UNAVAILABLE', 'down');
    const { hidden, counts } = setUp('V3_CATALOG', () => answer);
    expect(await hidden.check()).toBe('unknown');
    answer = { status: 200, body: { count: 0 } };
    expect(await hidden.check()).toBe('allowed');
    expect(counts()).toHaveLength(2);
  });

  it('on Catalog V1 (no visibility filter at all) asks nothing', async () => {
    const { hidden, counts } = setUp('V1_CATALOG', () => ({ status: 200, body: { count: 1 } }));
    expect(await hidden.check()).toBe('unknown');
    expect(counts()).toHaveLength(0);
  });
});
