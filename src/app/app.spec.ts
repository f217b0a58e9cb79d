import { TestBed } from '@angular/core/testing';
import { Subject } from 'rxjs';
import { App } from './app';
import { CATALOG_GATEWAY } from './catalog/catalog-gateway';
import { PageLanguage, providePageLanguage } from './i18n/page-language';
import * as languages from './i18n/languages';
import { ScriptedGateway } from './products/testing/scripted-gateway';
import { DASHBOARD_LOCALE } from './wix/dashboard-locale';

describe('App', () => {
  it('asks Wix for the first rows at once, but shows nothing until the dashboard language is in', async () => {
    const real = languages.loadMessages;
    let release: () => void = () => undefined;
    jest.spyOn(languages, 'loadMessages').mockImplementation((l) => new Promise((resolve) => (release = () => resolve(real(l)))));
    const gateway = new ScriptedGateway();
    TestBed.configureTestingModule({
      providers: [
        providePageLanguage(),
        { provide: CATALOG_GATEWAY, useValue: gateway },
        { provide: DASHBOARD_LOCALE, useValue: { initial: 'de', changes: () => new Subject<string>() } },
      ],
    });
    const fixture = TestBed.createComponent(App);
    await fixture.whenStable();
    const host = fixture.nativeElement as HTMLElement;
    expect(host.hidden).toBe(true);
    expect(gateway.requests.length).toBe(1); // the query did not wait for the messages
    release();
    // The German chunk itself still loads (a require under jest, slow on a busy machine): wait for it, bounded.
    const language = TestBed.inject(PageLanguage);
    for (let waited = 0; !language.ready() && waited < 5_000; waited += 10) await new Promise((resolve) => setTimeout(resolve, 10));
    await fixture.whenStable();
    expect(host.hidden).toBe(false);
    expect(host.querySelector('h1')?.textContent?.trim()).toBe('Produkte');
  });

  it('when no language\'s messages load it says so in a sentence, not a wordless page', async () => {
    jest.spyOn(languages, 'loadMessages').mockRejectedValue(new Error('chunk failed'));
    TestBed.configureTestingModule({
      providers: [
        providePageLanguage(),
        { provide: CATALOG_GATEWAY, useValue: new ScriptedGateway() },
        { provide: DASHBOARD_LOCALE, useValue: { initial: 'en', changes: () => new Subject<string>() } },
      ],
    });
    const fixture = TestBed.createComponent(App);
    await new Promise((resolve) => setTimeout(resolve, 0));
    await fixture.whenStable();
    const host = fixture.nativeElement as HTMLElement;
    expect(host.hidden).toBe(false);
    expect(host.querySelector('[role="alert"]')?.textContent?.trim()).toBe('Catalog Manager could not load. Check your connection and reload the page.');
    expect(host.querySelector('cm-products-page')).toBeNull();
  });
});
