import { TestBed } from '@angular/core/testing';
import { flush, labelsIn, labelTexts } from '../testing/label-sets';
import { ColumnLabelSet, ColumnLabels } from './column-labels';

/** Every label of a set as text, functions called with a column and positions. */
const texts = (set: ColumnLabelSet) => labelTexts(set, ['SKU', 2, 14]);

describe('ColumnLabels', () => {
  it('has every English label in German and Hebrew, translated, with the column and positions in place', async () => {
    const english = texts((await labelsIn(ColumnLabels, 'en')).labels.l);
    for (const language of ['de', 'he']) {
      TestBed.resetTestingModule();
      const translated = texts((await labelsIn(ColumnLabels, language)).labels.l);
      expect(Object.keys(translated).sort()).toEqual(Object.keys(english).sort());
      expect(Object.keys(english).filter((key) => translated[key] === english[key])).toEqual([]);
      for (const key of ['moveUp', 'moveDown', 'moved']) expect(translated[key]).toContain('SKU');
      expect(translated['moved']).toMatch(/2.*14/);
    }
  });

  it('follows the dashboard language at run time', async () => {
    const { labels, changes } = await labelsIn(ColumnLabels, 'en');
    expect([labels.l.open, labels.l.moveUp('Brand')]).toEqual(['Columns', 'Move Brand up']);
    changes.next('de');
    await flush();
    expect([labels.l.open, labels.l.moveUp('Marke')]).toEqual(['Spalten', 'Marke nach oben verschieben']);
    changes.next('he');
    await flush();
    expect(labels.l.open).toBe('עמודות');
  });
});
