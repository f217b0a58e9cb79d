import { TestBed } from '@angular/core/testing';
import { flush, labelsIn, labelTexts } from '../testing/label-sets';
import { FilterLabelSet, FilterLabels } from './filter-labels';

/** Every label of a set as text, functions called with sample arguments. */
const texts = (set: FilterLabelSet) => labelTexts(set, [2, '$5']);

describe('FilterLabels', () => {
  it('has every English label in German and Hebrew, and translates the words', async () => {
    const english = texts((await labelsIn(FilterLabels, 'en')).labels.l);
    for (const language of ['de', 'he']) {
      TestBed.resetTestingModule();
      const translated = texts((await labelsIn(FilterLabels, language)).labels.l);
      expect(Object.keys(translated).sort()).toEqual(Object.keys(english).sort());
      // Words that are the same in the language are few ("Digital", "Filter"…); most must differ.
      const same = Object.keys(english).filter((key) => translated[key] === english[key]);
      expect(same.length).toBeLessThan(4);
    }
  });

  it('follows the dashboard language at run time, with the plural of each language', async () => {
    const { labels, changes } = await labelsIn(FilterLabels, 'en');
    expect([labels.l.stock, labels.l.productCount(1), labels.l.productCount(1200)]).toEqual(['Stock', '1 product', '1,200 products']);
    changes.next('he');
    await flush();
    expect([labels.l.stock, labels.l.productCount(1)]).toEqual(['מלאי', 'מוצר אחד']);
    changes.next('de');
    await flush();
    expect([labels.l.stock, labels.l.productCount(1200)]).toEqual(['Lagerbestand', '1.200 Produkte']);
  });
});
