import { TestBed } from '@angular/core/testing';
import { flush, labelsIn, labelTexts, prototypeSet } from '../testing/label-sets';
import { ExportLabelSet, ExportLabels } from './export-labels';

/** Sample arguments: counts, minutes, rate and seconds under 1,000 (no digit grouping), so each language writes them alike. */
const SAMPLE: readonly unknown[] = [42, 17, 5, 30];
/** The labels that take an unknown (null) total, rate or time too. */
const NULL_SAMPLES: Partial<Record<keyof ExportLabelSet, readonly unknown[]>> = { exportScope: [null], exportProgress: [42, null, null, null] };

/** Every label of a set as text: the header map, functions called with the samples (and `key(null)` with the null samples). */
const texts = (set: ExportLabelSet) => labelTexts(set, SAMPLE, { '(null)': NULL_SAMPLES });

/** The numbers a text shows: its placeholders' values, which every language must show too. */
const numbers = (text: string) => (text.match(/\d+/g) ?? []).sort();

/** The labels as the panel reads them in `language`: the getters live on the prototype, read each one as the template does. */
const setIn = async (language: string) => prototypeSet<ExportLabelSet>((await labelsIn(ExportLabels, language)).labels);

describe('ExportLabels', () => {
  it('has every English label in German and Hebrew, translated, with the same placeholders', async () => {
    const english = texts(await setIn('en'));
    expect(Object.keys(english).length).toBeGreaterThan(30);
    for (const language of ['de', 'he']) {
      TestBed.resetTestingModule();
      const translated = texts(await setIn(language));
      expect(Object.keys(translated).sort()).toEqual(Object.keys(english).sort());
      // Only words German shares with English ("Name", "SKU") may stay as they are.
      const same = Object.keys(english).filter((key) => translated[key] === english[key]);
      expect(same).toEqual(language === 'de' ? ['exportColumns.name', 'exportColumns.sku'] : []);
      for (const key of Object.keys(english)) expect([language, key, numbers(translated[key])]).toEqual([language, key, numbers(english[key])]);
    }
  });

  it('follows the dashboard language at run time, with numbers and the plural of each language', async () => {
    const { labels, changes } = await labelsIn(ExportLabels, 'en');
    expect([labels.exportTitle, labels.exportColumns.id, labels.exportSelected(1), labels.exportScope(1204), labels.exportConfirm(1_000_000, 56)]).toEqual([
      'Export to CSV', 'Product ID', '1 selected product', 'All 1,204 matching products',
      'Exporting 1,000,000 products takes about 56 min (Wix answers at most 200 requests a minute). Keep this page open until it finishes.',
    ]);
    changes.next('de');
    await flush();
    expect([labels.exportTitle, labels.exportColumns.id, labels.exportDone(1, 'a.csv'), labels.exportDone(1204, 'a.csv'), labels.exportProgress(5, 90, null, 3700)]).toEqual([
      'Als CSV exportieren', 'Produkt-ID', '1 Produkt nach a.csv exportiert.', '1.204 Produkte nach a.csv exportiert.', '5 von 90 Produkten · noch etwa 1 Std. 2 Min.',
    ]);
    changes.next('he');
    await flush();
    expect([labels.exportTitle, labels.exportColumns.id, labels.exportDone(1, 'a.csv'), labels.exportFailed(3)]).toEqual([
      'ייצוא ל-CSV', 'מזהה מוצר', 'מוצר אחד יוצא לקובץ a.csv.', 'הייצוא נעצר אחרי 3 מוצרים. לא נשמר קובץ.',
    ]);
  });
});
