import { DOCUMENT } from '@angular/common';
import { TestBed } from '@angular/core/testing';
import { Subject } from 'rxjs';
import { DASHBOARD_LOCALE } from '../wix/dashboard-locale';
import * as languages from './languages';
import { PageLanguage } from './page-language';

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

function setUp(initial: string | null) {
  const changes = new Subject<string>();
  TestBed.configureTestingModule({ providers: [{ provide: DASHBOARD_LOCALE, useValue: { initial, changes: () => changes } }] });
  const root = TestBed.inject(DOCUMENT).documentElement;
  root.lang = 'en';
  root.dir = '';
  return { language: TestBed.inject(PageLanguage), changes, root };
}

describe('PageLanguage', () => {
  it('has no words and is not ready before it starts (every language is a chunk); ready once the language is in', async () => {
    const { language } = setUp('he');
    expect(language.language()).toBe('en');
    expect(language.ready()).toBe(false);
    expect(language.format('pageHeading')).toBe('');
    const started = language.start();
    expect(language.ready()).toBe(false); // Hebrew is still on its way: the app stays hidden
    await started;
    expect([language.ready(), language.language()]).toEqual([true, 'he']);
  });

  it.each([
    ['he', 'he', 'rtl', 'מוצרים'],
    ['he-IL', 'he', 'rtl', 'מוצרים'],
    ['de', 'de', 'ltr', 'Produkte'],
    ['fr', 'en', 'ltr', 'Products'],
    [null, 'en', 'ltr', 'Products'],
  ])('the dashboard says %p: once start() resolves the page is in %p, dir %p (%p)', async (initial, lang, dir, heading) => {
    const { language, root } = setUp(initial);
    await language.start();
    expect(language.language()).toBe(lang);
    expect(language.dir()).toBe(dir);
    expect(language.format('pageHeading')).toBe(heading);
    expect([root.lang, root.dir]).toEqual([lang, dir]);
  });

  it('follows the dashboard at run time: en → he → de → ja (English) and keeps <html> in step', async () => {
    const { language, changes, root } = setUp('en');
    await language.start();
    const seen: string[] = [];
    for (const code of ['en', 'he', 'de', 'ja']) {
      changes.next(code);
      await flush();
      seen.push(`${language.language()} ${root.lang} ${root.dir} ${language.format('nextPage')}`);
    }
    expect(seen).toEqual(['en en ltr Next page', 'he he rtl העמוד הבא', 'de de ltr Nächste Seite', 'en en ltr Next page']);
  });

  it('the latest choice wins when an earlier language loads more slowly', async () => {
    const { language, changes } = setUp('en');
    await language.start();
    const real = languages.loadMessages;
    let releaseGerman: () => void = () => undefined;
    jest.spyOn(languages, 'loadMessages').mockImplementation((l) =>
      l === 'de' ? new Promise((resolve) => (releaseGerman = () => resolve(real('de')))) : real(l),
    );
    changes.next('de');
    changes.next('he');
    await flush();
    expect(language.language()).toBe('he');
    releaseGerman();
    await flush();
    expect(language.language()).toBe('he');
  });

  it('German that fails to load at start shows English; a language failing later leaves the page as it is', async () => {
    const real = languages.loadMessages;
    const load = jest.spyOn(languages, 'loadMessages').mockImplementation((l) => (l === 'en' ? real(l) : Promise.reject(new Error('chunk failed'))));
    const { language, changes, root } = setUp('de');
    await expect(language.start()).resolves.toBeUndefined();
    expect(load.mock.calls.map(([l]) => l)).toEqual(['de', 'en']);
    expect([language.language(), root.lang, root.dir, language.ready(), language.failed()]).toEqual(['en', 'en', 'ltr', true, false]);
    expect(language.format('nextPage')).toBe('Next page');
    changes.next('he');
    await flush();
    expect([language.language(), language.format('nextPage')]).toEqual(['en', 'Next page']);
  });

  it('when no language loads at all (the app\'s own files unreachable) it is ready and says it failed', async () => {
    jest.spyOn(languages, 'loadMessages').mockRejectedValue(new Error('chunk failed'));
    const { language, changes, root } = setUp('de');
    await expect(language.start()).resolves.toBeUndefined();
    expect([language.language(), root.lang, root.dir, language.ready(), language.failed()]).toEqual(['en', 'en', 'ltr', true, true]);
    changes.next('he');
    await flush();
    expect(language.language()).toBe('en');
  });

  it('formats dates for the language shown', async () => {
    const date = new Date(2026, 2, 5, 12);
    const { language, changes } = setUp('en');
    await language.start();
    const shown: string[] = [language.formatDate(date)];
    for (const code of ['de', 'he']) {
      changes.next(code);
      await flush();
      shown.push(language.formatDate(date));
    }
    expect(shown).toEqual(['Mar 5, 2026', '05.03.2026', '5 במרץ 2026']);
  });
});
