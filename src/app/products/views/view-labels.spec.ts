import { TestBed } from '@angular/core/testing';
import { Subject } from 'rxjs';
import { PageLanguage } from '../../i18n/page-language';
import { DASHBOARD_LOCALE } from '../../wix/dashboard-locale';
import { ViewLabelSet, ViewLabels } from './view-labels';

/** Every label of a set as text: strings, value maps, and functions called with a sample argument. */
function texts(set: ViewLabelSet): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(set)) {
    if (typeof value === 'string') out[key] = value;
    else if (typeof value === 'function') out[key] = String((value as (a: unknown) => unknown)(50));
    else for (const [k, v] of Object.entries(value as Record<string, string>)) out[`${key}.${k}`] = v;
  }
  return out;
}

async function labelsIn(language: string) {
  TestBed.resetTestingModule();
  TestBed.configureTestingModule({ providers: [{ provide: DASHBOARD_LOCALE, useValue: { initial: language, changes: () => new Subject<string>() } }] });
  await TestBed.inject(PageLanguage).start();
  return texts(TestBed.inject(ViewLabels).l);
}

describe('ViewLabels', () => {
  it('has every English label in German and Hebrew, each translated, with the same values', async () => {
    const english = await labelsIn('en');
    for (const language of ['de', 'he']) {
      const translated = await labelsIn(language);
      expect(Object.keys(translated).sort()).toEqual(Object.keys(english).sort());
      expect(Object.keys(english).filter((key) => translated[key] === english[key])).toEqual([]);
      // A value in the English label (the sample 50) is in the translation too.
      for (const key of Object.keys(english)) if (english[key].includes('50')) expect(translated[key]).toContain('50');
    }
  });
});
