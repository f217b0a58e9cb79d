import { TestBed } from '@angular/core/testing';
import { flush, labelsIn, labelTexts } from '../testing/label-sets';
import { DetailsLabelSet, DetailsLabels } from './details-labels';

/** Every label of a set as text, functions called with sample arguments. */
const texts = (set: DetailsLabelSet) => labelTexts(set, [0.25, 25]);

describe('DetailsLabels', () => {
  it('has every English label in German and Hebrew, and translates the words', async () => {
    const english = texts((await labelsIn(DetailsLabels, 'en')).labels.l);
    for (const language of ['de', 'he']) {
      TestBed.resetTestingModule();
      const translated = texts((await labelsIn(DetailsLabels, language)).labels.l);
      expect(Object.keys(translated).sort()).toEqual(Object.keys(english).sort());
      // Words that are the same in the language are few ("SKU", "Digital"); most must differ.
      const same = Object.keys(english).filter((key) => translated[key] === english[key]);
      expect(same.length).toBeLessThan(4);
    }
  });

  it('follows the dashboard language at run time, with numbers as each language writes them', async () => {
    const { labels, changes } = await labelsIn(DetailsLabels, 'en');
    expect([labels.l.openInWix, labels.l.percent(0.255), labels.l.position(3, 25)]).toEqual(['Open in Wix', '25.5%', 'Product 3 of 25 on this page']);
    changes.next('de');
    await flush();
    expect([labels.l.openInWix, labels.l.percent(0.255)]).toEqual(['In Wix öffnen', '25,5\u00a0%']);
    changes.next('he');
    await flush();
    expect([labels.l.close, labels.l.position(3, 25)]).toEqual(['סגירה', 'מוצר 3 מתוך 25 בעמוד הזה']);
  });
});
