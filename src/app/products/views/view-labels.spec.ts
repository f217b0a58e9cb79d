import { TestBed } from '@angular/core/testing';
import { labelsIn, labelTexts } from '../testing/label-sets';
import { ViewLabels } from './view-labels';

/** Every label as text in `language` (a fresh TestBed), functions called with a sample argument. */
async function textsIn(language: string) {
  TestBed.resetTestingModule();
  return labelTexts((await labelsIn(ViewLabels, language)).labels.l, [50]);
}

describe('ViewLabels', () => {
  it('has every English label in German and Hebrew, each translated, with the same values', async () => {
    const english = await textsIn('en');
    for (const language of ['de', 'he']) {
      const translated = await textsIn(language);
      expect(Object.keys(translated).sort()).toEqual(Object.keys(english).sort());
      expect(Object.keys(english).filter((key) => translated[key] === english[key])).toEqual([]);
      // A value in the English label (the sample 50) is in the translation too.
      for (const key of Object.keys(english)) if (english[key].includes('50')) expect(translated[key]).toContain('50');
    }
  });
});
