import { TestBed } from '@angular/core/testing';
import { DASHBOARD_ADDRESS } from '../catalog/dashboard-address';
import { ProductsPage } from './products-page';
import { ScriptedGateway } from './testing/scripted-gateway';
import { pageTestProviders } from './testing/page-test-bed';

async function render(url: string, dashboardSearch: string) {
  const gateway = new ScriptedGateway();
  const mirrored: string[] = [];
  TestBed.configureTestingModule({
    providers: pageTestProviders(url, gateway, [
        { provide: DASHBOARD_ADDRESS, useValue: { initialSearch: async () => dashboardSearch, mirror: (s: string) => mirrored.push(s) } },
    ]),
  });
  const fixture = TestBed.createComponent(ProductsPage);
  await fixture.whenStable();
  for (let i = 0; i < 5; i++) {
    await new Promise((r) => setTimeout(r, 5));
    await fixture.whenStable();
  }
  return { gateway, mirrored };
}

describe('ProductsPage and the dashboard address', () => {
  it('mirrors each settled view (the page parameters only, not the dashboard’s own)', async () => {
    const { mirrored } = await render('/?origin=https%3A%2F%2Fmanage.wix.com&q=cl&sort=price-desc', '');
    expect(mirrored.at(-1)).toBe('q=cl&sort=price-desc');
  });

  it('when the frame URL holds no view, starts from the one the dashboard reports (a whole-tab reload)', async () => {
    const { gateway, mirrored } = await render('/?origin=x', 'q=cl&sort=price-asc&page=2');
    expect(gateway.requests.at(-1)).toMatchObject({ text: 'cl', sort: 'price-asc', page: 2 });
    expect(mirrored.at(-1)).toBe('q=cl&sort=price-asc&page=2');
  });

  it('a view in the frame URL wins over the dashboard report', async () => {
    const { gateway } = await render('/?q=ab', 'q=cl');
    expect(gateway.requests.map((q) => q.text)).toEqual(['ab']);
  });
});
