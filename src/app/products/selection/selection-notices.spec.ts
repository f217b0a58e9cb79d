import { renderScriptedBulkPage } from '../testing/scripted-bulk-page';
import { Location } from '@angular/common';
import { TestBed } from '@angular/core/testing';
import { SEARCH_DEBOUNCE_MS } from '../../catalog/product-search';
import { BulkToolbar } from '../bulk/bulk-toolbar';

const render = renderScriptedBulkPage;

describe('What the page says about the selection', () => {
  it('the first count is announced: the live region is on the page, empty, before the lazy toolbar and its text arrive', async () => {
    const { fixture, page, settle } = await render();
    const region = (fixture.nativeElement as HTMLElement).querySelector('.selection-status[role=status]');
    expect(region).not.toBeNull();
    expect(region!.textContent!.trim()).toBe('');
    // Record what changes inside the region: a screen reader speaks text added to a region it already knows.
    const added: string[] = [];
    const observer = new MutationObserver((records) => records.forEach((r) => added.push(r.target.textContent ?? '')));
    observer.observe(region!, { subtree: true, childList: true, characterData: true });
    await page.toggleCheckbox('Select Product 1');
    await settle();
    observer.disconnect();
    expect(await page.bulkToolbar()).toContain('1 selected on this page');
    // The same element (not one created with its text) now says the count.
    expect((fixture.nativeElement as HTMLElement).querySelector('.selection-status[role=status]')).toBe(region);
    expect(await page.selectionAnnouncement()).toBe('1 selected on this page');
    expect(added.join(' ')).toContain('1 selected on this page');
    // The toolbar's own line is not a second live region (each change would be spoken twice).
    expect((fixture.nativeElement as HTMLElement).querySelector('cm-bulk-toolbar [role=status]')).toBeNull();
    await page.toggleCheckbox('Select Product 2');
    await settle();
    expect(await page.selectionAnnouncement()).toBe('2 selected on this page');
  });

  it('unchecking a row while all matching is selected says that "all matching" was cleared and what stays selected', async () => {
    const { page, settle } = await render();
    await page.toggleCheckbox('Select all products on this page');
    await settle();
    await page.click('Select all 60 matching');
    await settle();
    expect(await page.bulkToolbar()).toContain('All 60 matching selected');
    await page.toggleCheckbox('Select Product 2');
    await settle();
    const said = '“All matching” was cleared; 24 selected on this page';
    expect(await page.bulkToolbar()).toContain(said);
    expect(await page.selectionAnnouncement()).toBe(said);
    expect(await page.isChecked('Select Product 2')).toBe(false);
    expect(await page.isChecked('Select Product 3')).toBe(true);
    expect(await page.hasButton('Select all 60 matching')).toBe(true);
    // The next change is an ordinary one again.
    await page.toggleCheckbox('Select Product 3');
    await settle();
    expect(await page.selectionAnnouncement()).toBe('23 selected on this page');
  });

  it('the "selection was cleared" notice is spoken by the region that was already there; it goes with the next selection', async () => {
    const { fixture, page, settle } = await render();
    const region = (fixture.nativeElement as HTMLElement).querySelector('.selection-status[role=status]');
    await page.typeSearch('Product 1');
    await settle(SEARCH_DEBOUNCE_MS + 20);
    await page.toggleCheckbox('Select Product 1');
    await settle();
    // Back to the unsearched catalog: another result, so the selection is cleared.
    TestBed.inject(Location).back();
    await settle();
    expect(await page.bulkToolbar()).toBeNull();
    expect((fixture.nativeElement as HTMLElement).querySelector('.selection-status[role=status]')).toBe(region);
    expect(await page.selectionAnnouncement()).toBe('The search changed, so the selection was cleared.');
    await page.toggleCheckbox('Select Product 10');
    await settle();
    expect(await page.selectionAnnouncement()).toBe('1 selected on this page');
  });

  it('the "selection was cleared" notice leaves after a while (BulkToolbar.clearedNoticeMs), not at the next search only', async () => {
    const saved = BulkToolbar.clearedNoticeMs;
    BulkToolbar.clearedNoticeMs = 300;
    try {
      const { page, settle } = await render();
      await page.typeSearch('Product 1');
      await settle(SEARCH_DEBOUNCE_MS + 20);
      await page.toggleCheckbox('Select Product 1');
      await settle();
      TestBed.inject(Location).back();
      await settle();
      expect(await page.text()).toContain('The search changed, so the selection was cleared.');
      await settle(400);
      expect(await page.text()).not.toContain('the selection was cleared');
      expect(await page.selectionAnnouncement()).toBe('');
    } finally {
      BulkToolbar.clearedNoticeMs = saved;
    }
  });
});
