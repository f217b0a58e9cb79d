import { TestBed } from '@angular/core/testing';
import { Subject } from 'rxjs';
import { PageLanguage } from '../../i18n/page-language';
import { DASHBOARD_LOCALE } from '../../wix/dashboard-locale';
import { DetailsLabelSet, DetailsLabels } from './details-labels';

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Every label of a set as text: plain strings, value maps, and functions called with sample arguments. */
function texts(set: DetailsLabelSet): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(set)) {
    if (typeof value === 'string') out[key] = value;
    else if (typeof value === 'function') out[key] = String((value as (...a: unknown[]) => unknown)(0.25, 25));
    else for (const [k, v] of Object.entries(value as Record<string, string>)) out[`${key}.${k}`] = v;
  }
  return out;
}

async function labelsIn(language: string) {
  const changes = new Subject<string>();
  TestBed.configureTestingModule({ providers: [{ provide: DASHBOARD_LOCALE, useValue: { initial: language, changes: () => changes } }] });
  await TestBed.inject(PageLanguage).start();
  return { labels: TestBed.inject(DetailsLabels), changes };
}

describe('DetailsLabels', () => {
  it('has every English label in German and Hebrew, and translates the words', async () => {
    const english = texts((await labelsIn('en')).labels.l);
    for (const language of ['de', 'he']) {
      TestBed.resetTestingModule();
      const translated = texts((await labelsIn(language)).labels.l);
      expect(Object.keys(translated).sort()).toEqual(Object.keys(english).sort());
      // Words that are the same in the language are few ("SKU", "Digital"); most must differ.
      const same = Object.keys(english).filter((key) => translated[key] === english[key]);
      expect(same.length).toBeLessThan(4);
    }
  });

  it('follows the dashboard language at run time, with numbers as each language writes them', async () => {
    const { labels, changes } = await labelsIn('en');
    expect([labels.l.openInWix, labels.l.percent(0.255), labels.l.position(3, 25)]).toEqual(['Open in Wix', '25.5%', 'Product 3 of 25 on this page']);
    changes.next('de');
    await flush();
    expect([labels.l.openInWix, labels.l.percent(0.255)]).toEqual(['In Wix öffnen', '25,5\u00a0%']);
    changes.next('he');
    await flush();
    expect([labels.l.close, labels.l.position(3, 25)]).toEqual(['סגירה', 'מוצר 3 מתוך 25 בעמוד הזה']);
  });
});
