import { TestBed } from '@angular/core/testing';
import { flush, labelsIn, labelTexts, prototypeSet } from '../testing/label-sets';
import { BulkLabelSet, BulkLabels } from './bulk-labels';

/** Every label of a set as text, functions called with sample arguments. */
const texts = (set: BulkLabelSet) => labelTexts(set, [2, 3, 4]);
/** The getters live on the prototype: read each one as the templates do. */
const setIn = async (language: string) => prototypeSet<BulkLabelSet>((await labelsIn(BulkLabels, language)).labels);

describe('BulkLabels', () => {
  it('has every English label in German and Hebrew, and translates the words', async () => {
    const english = texts(await setIn('en'));
    expect(Object.keys(english).length).toBeGreaterThan(40);
    for (const language of ['de', 'he']) {
      TestBed.resetTestingModule();
      const translated = texts(await setIn(language));
      expect(Object.keys(translated).sort()).toEqual(Object.keys(english).sort());
      const same = Object.keys(english).filter((key) => translated[key] === english[key]);
      expect(same).toEqual([]);
    }
  });

  it('follows the dashboard language at run time, with numbers and the plural of each language', async () => {
    const { labels, changes } = await labelsIn(BulkLabels, 'en');
    expect([labels.hideFromStore, labels.toastDone(1), labels.toastDone(1204), labels.selectAllMatching(1204)]).toEqual([
      'Hide from store', '1 product changed.', '1,204 products changed.', 'Select all 1,204 matching',
    ]);
    expect([labels.addTo.collection, labels.removeFrom.category, labels.membershipAction(true, 'collection', 'Summer')]).toEqual([
      'Add to collection…', 'Remove from category…', 'Add to collection “Summer”',
    ]);
    expect(labels.membershipDisabled('category', 'Category item write', 'CATEGORIES.CATEGORY_ADD_ITEM')).toContain('categories is unavailable');
    changes.next('de');
    await flush();
    expect([labels.hideFromStore, labels.toastDone(1), labels.toastDone(1204)]).toEqual(['Im Shop ausblenden', '1 Produkt wurde geändert.', '1.204 Produkte wurden geändert.']);
    expect([labels.addTo.category, labels.membershipAction(false, 'collection', 'Sommer')]).toEqual(['Zur Kategorie hinzufügen…', 'Aus der Kollektion „Sommer“ entfernen']);
    changes.next('he');
    await flush();
    expect([labels.hideFromStore, labels.toastDone(1), labels.toastDone(3)]).toEqual(['הסתרה מהחנות', 'מוצר אחד שונה.', '3 מוצרים שונו.']);
    expect([labels.more, labels.membershipAction(true, 'category', 'קיץ')]).toEqual(['עוד', 'הוספה לקטגוריה „קיץ“']);
  });

  it('says a run was stopped by the merchant (not failed) and why a product was not changed, in words, in each language', async () => {
    const { labels, changes } = await labelsIn(BulkLabels, 'en');
    expect([labels.finishedStopped(2, 1), labels.toastStopped(1, 4), labels.runRest, labels.failureErrors.timeout]).toEqual([
      'Stopped: 2 changed, 1 not attempted.', 'Stopped by you: 1 product changed, 4 not attempted.', 'Run the rest', 'not changed: Wix did not answer in time',
    ]);
    changes.next('de');
    await flush();
    expect([labels.finishedStopped(2, 1), labels.toastStopped(1204, 3), labels.failureErrors['rate-limited']]).toEqual([
      'Angehalten: 2 geändert, 1 nicht versucht.', 'Von Ihnen angehalten: 1.204 Produkte wurden geändert, 3 nicht versucht.', 'nicht geändert: Wix hat zu viele Anfragen erhalten',
    ]);
    changes.next('he');
    await flush();
    expect([labels.finishedStopped(2, 1), labels.runRest]).toEqual(['נעצר: 2 שונו, 1 לא נוסו.', 'הרצת השאר']);
  });
});
