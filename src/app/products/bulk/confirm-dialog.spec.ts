import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { WIX_CLIENT } from '../../wix/wix-client';
import { ProductsPage } from '../products-page';
import { pageTestProviders } from '../testing/page-test-bed';
import { ProductsPageHarness } from '../testing/products-page-harness';
import { ScriptedGateway } from '../testing/scripted-gateway';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The page over a scripted catalog in euros (60 products, 25 a page), two rows selected, the bulk toolbar loaded. */
async function renderWithTwoSelected() {
  // No write is made here (every dialog is cancelled): the bulk runner only needs a client to exist.
  TestBed.configureTestingModule({ providers: pageTestProviders('/', new ScriptedGateway(), [{ provide: WIX_CLIENT, useValue: {} }]) });
  const fixture = TestBed.createComponent(ProductsPage);
  await fixture.whenStable();
  const page = await TestbedHarnessEnvironment.harnessForFixture(fixture, ProductsPageHarness);
  const settle = async () => {
    await sleep(0);
    await fixture.whenStable();
    await sleep(0);
    await fixture.whenStable();
  };
  await page.toggleCheckbox('Select Product 1');
  await page.toggleCheckbox('Select Product 2');
  await settle();
  return { page, settle };
}

describe('The confirm dialog of a bulk change', () => {
  it.each([
    ['amount', '-2', 'Decrease prices by €2.00, rounded to the cent'],
    ['percent', '10', 'Increase prices by 10 %, rounded to the cent'],
    ['set', '12', 'Set price to €12.00'],
  ] as const)('a price change (%s %s) is stated in full, in the store currency, with the scope and count; Cancel has the focus', async (mode, value, said) => {
    const { page, settle } = await renderWithTwoSelected();
    await page.click('Change price');
    await settle();
    await page.choosePriceMode(mode);
    await page.typePriceValue(value);
    await page.click('Apply price change');
    await settle();
    expect(await page.dialogText()).toContain(`Confirm bulk change${said}: 2 selected on this page. This changes these products in your store.`);
    expect(await page.dialogFocus()).toBe('Cancel');
    await page.click('Cancel');
    expect(await page.dialogText()).toBeNull();
  });

  it('hiding is confirmed with the focus on Cancel too', async () => {
    const { page, settle } = await renderWithTwoSelected();
    await page.click('Hide from store');
    await settle();
    expect(await page.dialogText()).toContain('Hide from store: 2 selected on this page.');
    expect(await page.dialogFocus()).toBe('Cancel');
  });
});
