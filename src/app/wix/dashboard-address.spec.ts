import { dashboardAddress } from './dashboard-address';
import type { CatalogWixClient } from './wix-client';

describe('dashboardAddress', () => {
  it('outside the dashboard (no client, or a client without the dashboard module) reads no view and sends nothing', async () => {
    for (const client of [null, { products: {} } as unknown as CatalogWixClient]) {
      const address = dashboardAddress(client);
      await expect(address.initialSearch()).resolves.toBe('');
      expect(() => address.mirror('q=cup')).not.toThrow();
      await expect(address.link('q=cup')).resolves.toBeNull();
    }
  });

  it('reads the view the dashboard reports, and mirrors each change once, replacing the history entry', async () => {
    const navigate = jest.fn(async () => undefined);
    const dashboard = {
      observeState: (observer: (params: unknown) => void) => observer({ location: { pageId: 'page-1', search: '?q=lamp' } }),
      navigate,
    };
    const address = dashboardAddress({ dashboard } as unknown as CatalogWixClient);
    await expect(address.initialSearch()).resolves.toBe('q=lamp');
    address.mirror('q=cup');
    address.mirror('q=cup');
    await Promise.resolve();
    await Promise.resolve();
    expect(navigate.mock.calls).toEqual([[{ pageId: 'page-1', relativeUrl: '?q=cup' }, { history: 'replace' }]]);
  });

  it('links to the page on a query string with getPageUrl (the page id from the first report)', async () => {
    const getPageUrl = jest.fn(async (to: { pageId?: string; relativeUrl?: string }) => `https://manage.wix.com/dashboard/s/${to.pageId}${to.relativeUrl}`);
    const dashboard = {
      observeState: (observer: (params: unknown) => void) => observer({ location: { pageId: 'page-1', search: '' } }),
      navigate: async () => undefined,
      getPageUrl,
    };
    const address = dashboardAddress({ dashboard } as unknown as CatalogWixClient);
    await address.initialSearch();
    await expect(address.link('stock=out-of-stock')).resolves.toBe('https://manage.wix.com/dashboard/s/page-1?stock=out-of-stock');
    expect(getPageUrl).toHaveBeenCalledWith({ pageId: 'page-1', relativeUrl: '?stock=out-of-stock' });
    await address.link('');
    expect(getPageUrl).toHaveBeenLastCalledWith({ pageId: 'page-1', relativeUrl: '' });
  });
});
