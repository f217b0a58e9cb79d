import { TestBed } from '@angular/core/testing';
import { Subject } from 'rxjs';
import { PageLanguage } from '../../i18n/page-language';
import { DASHBOARD_LOCALE } from '../../wix/dashboard-locale';
import { ColumnLabelSet, ColumnLabels } from './column-labels';

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Every label of a set as text: plain strings, and functions called with sample arguments. */
function texts(set: ColumnLabelSet): Record<string, string> {
  return Object.fromEntries(Object.entries(set).map(([key, value]) => [key, typeof value === 'function' ? String((value as (...a: unknown[]) => unknown)('SKU', 2, 14)) : value]));
}

async function labelsIn(language: string) {
  const changes = new Subject<string>();
  TestBed.configureTestingModule({ providers: [{ provide: DASHBOARD_LOCALE, useValue: { initial: language, changes: () => changes } }] });
  await TestBed.inject(PageLanguage).start();
  return { labels: TestBed.inject(ColumnLabels), changes };
}

describe('ColumnLabels', () => {
  it('has every English label in German and Hebrew, translated, with the column and positions in place', async () => {
    const english = texts((await labelsIn('en')).labels.l);
    for (const language of ['de', 'he']) {
      TestBed.resetTestingModule();
      const translated = texts((await labelsIn(language)).labels.l);
      expect(Object.keys(translated).sort()).toEqual(Object.keys(english).sort());
      expect(Object.keys(english).filter((key) => translated[key] === english[key])).toEqual([]);
      for (const key of ['moveUp', 'moveDown', 'moved']) expect(translated[key]).toContain('SKU');
      expect(translated['moved']).toMatch(/2.*14/);
    }
  });

  it('follows the dashboard language at run time', async () => {
    const { labels, changes } = await labelsIn('en');
    expect([labels.l.open, labels.l.moveUp('Brand')]).toEqual(['Columns', 'Move Brand up']);
    changes.next('de');
    await flush();
    expect([labels.l.open, labels.l.moveUp('Marke')]).toEqual(['Spalten', 'Marke nach oben verschieben']);
    changes.next('he');
    await flush();
    expect(labels.l.open).toBe('עמודות');
  });
});
