import { TestBed } from '@angular/core/testing';
import { Subject } from 'rxjs';
import { PageLanguage } from '../../i18n/page-language';
import { DASHBOARD_LOCALE } from '../../wix/dashboard-locale';
import { ExportLabelSet, ExportLabels } from './export-labels';

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Sample arguments: counts, minutes, rate and seconds under 1,000 (no digit grouping), so each language writes them alike. */
const SAMPLE: readonly unknown[] = [42, 17, 5, 30];
/** The labels that take an unknown (null) total, rate or time too. */
const NULL_SAMPLES: Partial<Record<keyof ExportLabelSet, readonly unknown[]>> = { exportScope: [null], exportProgress: [42, null, null, null] };

/** Every label of a set as text: plain strings, the header map, and functions called with the samples. */
function texts(labels: ExportLabelSet): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of Object.keys(labels) as (keyof ExportLabelSet)[]) {
    const value: unknown = labels[key];
    if (typeof value === 'string') out[key] = value;
    else if (typeof value === 'function') {
      const call = (args: readonly unknown[]) => String((value as (...a: unknown[]) => unknown)(...args));
      out[key] = call(SAMPLE);
      if (NULL_SAMPLES[key]) out[`${key}(null)`] = call(NULL_SAMPLES[key]);
    }
    else for (const [k, v] of Object.entries(value as Record<string, string>)) out[`${key}.${k}`] = v;
  }
  return out;
}

/** The numbers a text shows: its placeholders' values, which every language must show too. */
const numbers = (text: string) => (text.match(/\d+/g) ?? []).sort();

/** The labels as the panel reads them in `language` (its PageLanguage started there). */
async function labelsIn(language: string) {
  const changes = new Subject<string>();
  TestBed.configureTestingModule({ providers: [{ provide: DASHBOARD_LOCALE, useValue: { initial: language, changes: () => changes } }] });
  await TestBed.inject(PageLanguage).start();
  const labels = TestBed.inject(ExportLabels);
  // The getters live on the prototype: read each one as the template does.
  const set = Object.fromEntries(Object.getOwnPropertyNames(ExportLabels.prototype).filter((k) => k !== 'constructor').map((k) => [k, labels[k as keyof ExportLabelSet]]));
  return { labels, set: set as unknown as ExportLabelSet, changes };
}

describe('ExportLabels', () => {
  it('has every English label in German and Hebrew, translated, with the same placeholders', async () => {
    const english = texts((await labelsIn('en')).set);
    expect(Object.keys(english).length).toBeGreaterThan(30);
    for (const language of ['de', 'he']) {
      TestBed.resetTestingModule();
      const translated = texts((await labelsIn(language)).set);
      expect(Object.keys(translated).sort()).toEqual(Object.keys(english).sort());
      // Only words German shares with English ("Name", "SKU") may stay as they are.
      const same = Object.keys(english).filter((key) => translated[key] === english[key]);
      expect(same).toEqual(language === 'de' ? ['exportColumns.name', 'exportColumns.sku'] : []);
      for (const key of Object.keys(english)) expect([language, key, numbers(translated[key])]).toEqual([language, key, numbers(english[key])]);
    }
  });

  it('follows the dashboard language at run time, with numbers and the plural of each language', async () => {
    const { labels, changes } = await labelsIn('en');
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
