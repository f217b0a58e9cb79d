import { renderScriptedBulkPage } from '../testing/scripted-bulk-page';
import { Location } from '@angular/common';
import { TestKey } from '@angular/cdk/testing';
import { TestBed } from '@angular/core/testing';
import { SEARCH_DEBOUNCE_MS } from '../../catalog/product-search';

const render = renderScriptedBulkPage;

describe('Selection on the products page', () => {
  it('a selected row swaps the search toolbar for the bulk toolbar, which says how many are selected on this page', async () => {
    const { page, settle } = await render();
    expect(await page.bulkToolbar()).toBeNull();
    await page.toggleCheckbox('Select Product 1');
    await page.toggleCheckbox('Select Product 3');
    await page.toggleCheckbox('Select Product 4');
    await settle();
    const bar = await page.bulkToolbar();
    expect(bar).toContain('3 selected on this page');
    for (const action of ['Show in store', 'Hide from store', 'Change price']) expect(await page.hasButton(action)).toBe(true);
    expect(await page.searchText()).toBeNull();
    await page.click('Clear selection');
    await settle();
    expect(await page.bulkToolbar()).toBeNull();
    expect(await page.searchText()).toBe('');
  });

  it('the header checkbox selects the page; the selection survives paging; then all matching is selected', async () => {
    const { page, settle } = await render();
    await page.toggleCheckbox('Select all products on this page');
    await settle();
    expect(await page.bulkToolbar()).toContain('25 selected on this page');
    expect(await page.isChecked('Select Product 25')).toBe(true);
    await page.click('Next page');
    await settle();
    expect(await page.rowNames()).toContain('Product 26');
    expect(await page.bulkToolbar()).toContain('25 selected (0 on this page)');
    expect(await page.isChecked('Select Product 26')).toBe(false);
    await page.click('Select all 60 matching');
    await settle();
    expect(await page.bulkToolbar()).toContain('All 60 matching selected');
    expect(await page.isChecked('Select Product 26')).toBe(true);
    expect(await page.hasButton('Select all 60 matching')).toBe(false);
  });

  it('the selection survives a new page size (the same result); Back to another search clears it with a notice', async () => {
    const { page, settle } = await render();
    const location = TestBed.inject(Location);
    await page.typeSearch('Product 1');
    await settle(SEARCH_DEBOUNCE_MS + 20);
    expect(await page.rowNames()).toEqual(['Product 1', ...Array.from({ length: 10 }, (_, i) => `Product ${10 + i}`)]);
    await page.toggleCheckbox('Select Product 10');
    await page.toggleCheckbox('Select Product 11');
    await settle();
    await page.choose('Products per page', '10');
    await settle();
    expect(await page.range()).toBe('1–10 of 11');
    expect(await page.bulkToolbar()).toContain('2 selected on this page');
    // Back once: the same search at 25 a page, so still the same products.
    location.back();
    await settle();
    expect(await page.range()).toBe('1–11 of 11');
    expect(await page.bulkToolbar()).toContain('2 selected on this page');
    expect(await page.text()).not.toContain('the selection was cleared');
    // Back again: no search text, another result; the selection is cleared and the page says why.
    location.back();
    await settle();
    expect(await page.range()).toBe('1–25 of 60');
    expect(await page.bulkToolbar()).toBeNull();
    expect(await page.isChecked('Select Product 10')).toBe(false);
    expect(await page.text()).toContain('The search changed, so the selection was cleared.');
    // The next selection takes the notice away.
    await page.toggleCheckbox('Select Product 2');
    await settle();
    expect(await page.text()).not.toContain('the selection was cleared');
  });

  it('the checkbox column is one Tab stop (the header’s): Arrow Down and Up move between the checkboxes', async () => {
    const { page } = await render();
    expect(await page.checkboxTabStops()).toEqual(['Select all products on this page']);
    await page.pressOnCheckbox('Select all products on this page', TestKey.DOWN_ARROW);
    expect(await page.focusedCheckbox()).toBe('Select Product 1');
    await page.pressOnCheckbox('Select Product 1', TestKey.DOWN_ARROW);
    expect(await page.focusedCheckbox()).toBe('Select Product 2');
    await page.pressOnCheckbox('Select Product 2', TestKey.UP_ARROW);
    await page.pressOnCheckbox('Select Product 1', TestKey.UP_ARROW);
    expect(await page.focusedCheckbox()).toBe('Select all products on this page');
    // At the last row Arrow Down stays (Space toggles natively: the browser journeys press it).
    await page.pressOnCheckbox('Select Product 25', TestKey.DOWN_ARROW);
    expect(await page.focusedCheckbox()).toBe('Select Product 25');
  });
});
