import { TestBed } from '@angular/core/testing';
import { Subject } from 'rxjs';
import { PageLanguage } from '../../i18n/page-language';
import { DASHBOARD_LOCALE } from '../../wix/dashboard-locale';
import { BulkLabelSet, BulkLabels } from './bulk-labels';

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Every label of a set as text: plain strings, value maps, and functions called with sample arguments. */
function texts(labels: BulkLabelSet): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of Object.keys(labels) as (keyof BulkLabelSet)[]) {
    const value: unknown = labels[key];
    if (typeof value === 'string') out[key] = value;
    else if (typeof value === 'function') out[key] = String((value as (...a: unknown[]) => unknown)(2, 3, 4));
    else for (const [k, v] of Object.entries(value as Record<string, string>)) out[`${key}.${k}`] = v;
  }
  return out;
}

/** The labels as the page would read them in `language` (its PageLanguage started there). */
async function labelsIn(language: string) {
  const changes = new Subject<string>();
  TestBed.configureTestingModule({ providers: [{ provide: DASHBOARD_LOCALE, useValue: { initial: language, changes: () => changes } }] });
  await TestBed.inject(PageLanguage).start();
  const labels = TestBed.inject(BulkLabels);
  // The getters live on the prototype: read each one as the templates do.
  const set = Object.fromEntries(Object.getOwnPropertyNames(BulkLabels.prototype).filter((k) => k !== 'constructor').map((k) => [k, labels[k as keyof BulkLabelSet]]));
  return { labels, set: set as unknown as BulkLabelSet, changes };
}

describe('BulkLabels', () => {
  it('has every English label in German and Hebrew, and translates the words', async () => {
    const english = texts((await labelsIn('en')).set);
    expect(Object.keys(english).length).toBeGreaterThan(40);
    for (const language of ['de', 'he']) {
      TestBed.resetTestingModule();
      const translated = texts((await labelsIn(language)).set);
      expect(Object.keys(translated).sort()).toEqual(Object.keys(english).sort());
      const same = Object.keys(english).filter((key) => translated[key] === english[key]);
      expect(same).toEqual([]);
    }
  });

  it('follows the dashboard language at run time, with numbers and the plural of each language', async () => {
    const { labels, changes } = await labelsIn('en');
    expect([labels.hideFromStore, labels.toastDone(1), labels.toastDone(1204), labels.selectAllMatching(1204)]).toEqual([
      'Hide from store', '1 product changed.', '1,204 products changed.', 'Select all 1,204 matching',
    ]);
    changes.next('de');
    await flush();
    expect([labels.hideFromStore, labels.toastDone(1), labels.toastDone(1204)]).toEqual(['Im Shop ausblenden', '1 Produkt wurde geändert.', '1.204 Produkte wurden geändert.']);
    changes.next('he');
    await flush();
    expect([labels.hideFromStore, labels.toastDone(1), labels.toastDone(3)]).toEqual(['הסתרה מהחנות', 'מוצר אחד שונה.', '3 מוצרים שונו.']);
  });
});
