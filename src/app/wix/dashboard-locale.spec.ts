import type { Host } from '@wix/dashboard';
import { firstValueFrom, take, toArray } from 'rxjs';
import { localeParam } from './dashboard-locale';
import { ObserveState, wixDashboardLocale } from './wix-dashboard-locale';

/** A dashboard host as `@wix/dashboard` builds it from the iframe URL: only the essentials it parsed matter here. */
const hostWith = (essentials?: { language?: string }) => ({ essentials }) as unknown as Host;

describe("the dashboard's language at start", () => {
  it("prefers the account language in the host's essentials over Wix's locale parameter (the browser's)", () => {
    expect(wixDashboardLocale(hostWith({ language: 'he' }), '?locale=en', null).initial).toBe('he');
  });

  it('uses locale when the essentials have no language, and when there is no host', () => {
    expect(wixDashboardLocale(hostWith({}), '?instance=x&locale=de&viewMode=dashboard', null).initial).toBe('de');
    expect(wixDashboardLocale(hostWith({ language: '  ' }), '?locale=de', null).initial).toBe('de');
    expect(wixDashboardLocale(undefined, '?locale=he', null).initial).toBe('he');
  });

  it('has none when neither says anything', () => {
    expect(wixDashboardLocale(hostWith(), '?locale=%20', null).initial).toBeNull();
    expect(localeParam('')).toBeNull();
    expect(localeParam('?locale= de ')).toBe('de');
  });
});

describe('the dashboard language at run time (observeState)', () => {
  /** A stand-in for the dashboard's observeState: calls back like the proxied observer. */
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

  it('gives every language observeState reports, until unsubscribed', async () => {
    const fake = fakeObserveState();
    const locale = wixDashboardLocale(hostWith({ language: 'de' }), '', fake.observeState);
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
    const locale = wixDashboardLocale(undefined, '?locale=he');
    await expect(firstValueFrom(locale.changes().pipe(toArray()))).resolves.toEqual([]);
  });
});
