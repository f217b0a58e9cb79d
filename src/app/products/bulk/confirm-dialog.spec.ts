import { renderScriptedBulkPage } from '../testing/scripted-bulk-page';

/** The page over a scripted catalog in euros (60 products, 25 a page), two rows selected, the bulk toolbar loaded. */
async function renderWithTwoSelected() {
  const { page, settle } = await renderScriptedBulkPage();
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
