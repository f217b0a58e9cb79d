import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import type { ProductValues } from '../../catalog/bulk/bulk-plan';
import { BulkRunner } from '../../catalog/bulk/bulk-runner';
import { PAGE_CONTEXT } from '../filters/filter-context';
import { flush, labelsIn } from '../testing/label-sets';
import { BulkLabels } from './bulk-labels';
import { PriceChangeForm } from './price-change-form';
import { PriceFormHarness } from './testing/price-form-harness';

const variant = (id: string, price: number | null) => ({ id, price, compareAtPrice: null, data: {} });
/** What the runner reads for the preview, in an order of its own (not the order asked). */
const READ: ProductValues[] = [
  { id: 'b', name: 'Shirt', visible: true, price: 10, variants: [variant('s', 10), variant('m', 12), variant('l', 14)] },
  { id: 'a', name: 'Cup', visible: true, price: 1204.5 },
  { id: 'c', name: 'Gift card', visible: true, price: null },
];

/** The form alone, in `language`, with the runner's preview read answered by READ. */
async function render(language: string, onPage: boolean) {
  const preview = jest.fn(async (ids: readonly string[]) => READ.filter((v) => ids.includes(v.id)));
  TestBed.configureTestingModule({ providers: [{ provide: BulkRunner, useValue: { preview } }, { provide: PAGE_CONTEXT, useValue: { labels: { missing: '—' } } }] });
  await labelsIn(BulkLabels, language);
  const fixture = TestBed.createComponent(PriceChangeForm);
  fixture.componentRef.setInput('ids', ['a', 'b', 'c', 'd']);
  fixture.componentRef.setInput('currency', 'EUR');
  fixture.componentRef.setInput('onPage', onPage);
  await fixture.whenStable();
  await flush();
  const form = await TestbedHarnessEnvironment.harnessForFixture(fixture, PriceFormHarness);
  return { form, preview };
}

const nbsp = (rows: string[]) => rows.map((r) => r.replace(/\u00a0/g, ' '));

describe('The price form’s preview', () => {
  it('shows the first products in the order asked, in the store currency, a range for variants priced differently', async () => {
    const { form, preview } = await render('en', true);
    expect(preview).toHaveBeenCalledWith(['a', 'b', 'c']);
    expect(await form.caption()).toBe('Preview of the first products on this page (before → after)');
    // Default +10 %, to the cent.
    expect(nbsp(await form.rows())).toEqual(['Cup €1,204.50 → €1,324.95', 'Shirt €10.00–€14.00 → €11.00–€15.40', 'Gift card — → —']);
    await form.typeValue('abc');
    expect(nbsp(await form.rows())).toEqual(['Cup €1,204.50 → —', 'Shirt €10.00–€14.00 → —', 'Gift card — → —']);
  });

  it('in German: amounts as German writes them; chosen products have the plain caption', async () => {
    const { form } = await render('de', false);
    expect(await form.caption()).toBe('Vorschau (vorher → nachher)');
    expect(nbsp(await form.rows())).toEqual(['Cup 1.204,50 € → 1.324,95 €', 'Shirt 10,00 €–14,00 € → 11,00 €–15,40 €', 'Gift card — → —']);
  });
});
