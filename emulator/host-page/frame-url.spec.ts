/** @jest-environment node */
import { localeParam } from '../../src/app/wix/dashboard-locale';
import { frameContext, frameUrl } from './frame-url';

const site = { siteId: 'site-1', siteUrl: 'https://emulated.wixsite.com/store' };

describe('the frame URL, as Wix frames a dashboard page', () => {
  it.each(['en', 'de', 'he'])('carries the dashboard language %s as locale and in essentials', (language) => {
    const url = new URL(frameUrl('http://localhost:4200/', 'http://127.0.0.1:4300', frameContext(site, language)));
    expect(url.searchParams.get('locale')).toBe(language);
    expect(url.searchParams.get('viewMode')).toBe('dashboard');
    expect(url.searchParams.get('isPublish')).toBe('true');
    expect(url.searchParams.get('siteUrl')).toBe(site.siteUrl);
    expect(JSON.parse(decodeURIComponent(url.searchParams.get('essentials') ?? ''))).toMatchObject({ language });
    // What the app reads before its first paint when the host has no essentials.
    expect(localeParam(url.search)).toBe(language);
  });

});
