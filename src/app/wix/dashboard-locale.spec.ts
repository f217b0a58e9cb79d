import { firstValueFrom, take, toArray } from 'rxjs';
import { languageFromUrl } from './dashboard-locale';
import { ObserveState, wixDashboardLocale } from './wix-dashboard-locale';

/** `essentials` as the dashboard sends it: JSON, encodeURIComponent-ed, then URL-encoded again. */
const essentials = (value: unknown) => `essentials=${encodeURIComponent(encodeURIComponent(JSON.stringify(value)))}`;

describe('languageFromUrl', () => {
  it("prefers essentials' language (the Wix account language) over locale (the browser's)", () => {
    expect(languageFromUrl(`?locale=en&${essentials({ language: 'he', locale: 'he-il', timezone: 'UTC' })}`)).toBe('he');
  });

  it('uses locale when there are no essentials, or they have no language', () => {
    expect(languageFromUrl('?instance=x&locale=de&viewMode=dashboard')).toBe('de');
    expect(languageFromUrl(`?locale=de&${essentials({ timezone: 'UTC' })}`)).toBe('de');
  });

  it('ignores malformed essentials and blank values', () => {
    expect(languageFromUrl('?essentials=%7Bnot-json&locale=he')).toBe('he');
    expect(languageFromUrl(`?${essentials({ language: 42 })}`)).toBeNull();
    expect(languageFromUrl(`?${essentials({ language: '  ' })}&locale=%20`)).toBeNull();
    expect(languageFromUrl('')).toBeNull();
  });
});

describe('wixDashboardLocale', () => {
  /** A stand-in for the dashboard's observeState: calls back asynchronously, like the proxied observer. */
  function fakeObserveState() {
    const observers = new Set<(p: unknown, env: { language: string }) => void>();
    const disconnect = jest.fn(async () => undefined);
    const observeState = ((observer: (p: unknown, env: { language: string }) => void) => {
      observers.add(observer);
      return { disconnect: () => (observers.delete(observer), disconnect()) };
    }) as unknown as ObserveState;
    const report = (language: unknown) => observers.forEach((o) => o({}, { language } as { language: string }));
    return { observeState, report, observers, disconnect };
  }

  it('gives the URL language at once and every language observeState reports, until unsubscribed', async () => {
    const fake = fakeObserveState();
    const locale = wixDashboardLocale(`?${essentials({ language: 'de' })}`, fake.observeState);
    expect(locale.initial).toBe('de');
    const seen = firstValueFrom(locale.changes().pipe(take(3), toArray()));
    fake.report('de');
    fake.report(undefined); // a state without a language is not a change
    fake.report('he');
    fake.report('en');
    await expect(seen).resolves.toEqual(['de', 'he', 'en']);
    expect(fake.observers.size).toBe(0);
    expect(fake.disconnect).toHaveBeenCalledTimes(1);
  });

  it('outside the dashboard (no host) has no changes', async () => {
    const locale = wixDashboardLocale('?locale=he', null);
    expect(locale.initial).toBe('he');
    await expect(firstValueFrom(locale.changes().pipe(toArray()))).resolves.toEqual([]);
  });
});
