/** @jest-environment node */
import { DASHBOARD_ADDRESS } from '../src/app/catalog/dashboard-address';
import { Contract, connectToEmulator } from './contract-setup';

const until = async (check: () => boolean, ms = 3000) => {
  for (const end = Date.now() + ms; !check(); ) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
};

// The page's view in the dashboard's own address, through the real @wix/dashboard SDK and the emulated
// dashboard's API: read from observeState's PageParams.location, written with navigate(…, {history: 'replace'}).
describe('the dashboard address through the real SDK', () => {
  let contract: Contract;
  const navigations: { url: string; history: string | undefined }[] = [];
  beforeAll(async () => {
    contract = await connectToEmulator({
      dashboard: {
        siteId: 'site-1',
        pageLocation: () => ({ pageId: 'catalog-manager', pathname: '/', search: '?q=cl&stock=out-of-stock' }),
        navigate: (url, options) => navigations.push({ url, history: options?.history }),
      },
    });
  });
  afterAll(() => contract.close());

  it('reads the relative URL the dashboard reports at start', async () => {
    await expect(contract.injector.get(DASHBOARD_ADDRESS).initialSearch()).resolves.toBe('q=cl&stock=out-of-stock');
  });

  it('mirrors a view as the page relative URL, replacing the history entry, once per change', async () => {
    const address = contract.injector.get(DASHBOARD_ADDRESS);
    await address.initialSearch(); // the page id comes with the first report
    address.mirror('q=cl&sort=price-asc');
    address.mirror('q=cl&sort=price-asc');
    address.mirror('');
    await until(() => navigations.length >= 2);
    await new Promise((r) => setTimeout(r, 50));
    expect(navigations).toEqual([
      { url: 'https://manage.wix.com/dashboard/site-1/catalog-manager/?q=cl&sort=price-asc', history: 'replace' },
      { url: 'https://manage.wix.com/dashboard/site-1/catalog-manager', history: 'replace' },
    ]);
  });

  it('makes a share link: the dashboard page URL with a view as the relative URL (getPageUrl)', async () => {
    const address = contract.injector.get(DASHBOARD_ADDRESS);
    await address.initialSearch();
    await expect(address.link('stock=out-of-stock&sort=price-asc')).resolves.toBe(
      'https://manage.wix.com/dashboard/site-1/catalog-manager/?stock=out-of-stock&sort=price-asc',
    );
    await expect(address.link('view=all')).resolves.toBe('https://manage.wix.com/dashboard/site-1/catalog-manager/?view=all');
  });
});

