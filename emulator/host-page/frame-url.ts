import type { PageLayout, SiteInfo } from '@wix/dashboard/provider';

/** What the dashboard tells a page through its URL. */
export interface FrameContext {
  readonly siteInfo: SiteInfo;
  readonly pageLayout: PageLayout;
  /** Read by `@wix/essentials` (language, locale, timezone) and by the SDK (passThroughHeaders). */
  readonly essentials: { readonly language: string; readonly locale: string; readonly timezone: string };
}

/** The context the emulated dashboard hands the app. */
export function frameContext(site: { siteUrl: string; siteId: string }, language: string): FrameContext {
  return {
    siteInfo: {
      wixEditorAvailable: true,
      wixEditorActive: false,
      editorUrl: `https://manage.wix.com/editor/${site.siteId}`,
      siteUrl: site.siteUrl,
      published: true,
    },
    pageLayout: { type: 'desktop' as PageLayout['type'] },
    essentials: { language, locale: language === 'en' ? 'en-us' : language, timezone: 'UTC' },
  };
}

/**
 * The iframe URL: the app URL plus the query of the page's relative URL (`relativeSearch`, its view), plus what Wix adds to a dashboard iframe ("iframe Query Parameters for Dashboard
 * Extensions": `locale`, the two-letter language, `viewMode=dashboard`, `isPublish`, `siteUrl`; not the signed
 * `instance`, which the emulator cannot sign and the app never reads, nor the random `cacheKiller`), `origin`
 * (the host page's own origin) and `siteInfo`, `pageLayout`, `essentials` as JSON. The SDK decodes those three
 * twice (URLSearchParams, then decodeURIComponent), so they are encodeURIComponent-ed once here and once more
 * by URLSearchParams.
 */
export function frameUrl(appUrl: string, hostOrigin: string, context: FrameContext, relativeSearch = ''): string {
  const url = new URL(appUrl);
  // The page's relative URL (its view) first, as the dashboard loads a page at its deep link; then the context.
  new URLSearchParams(relativeSearch).forEach((value, name) => url.searchParams.append(name, value));
  url.searchParams.set('locale', context.essentials.language.slice(0, 2));
  url.searchParams.set('viewMode', 'dashboard');
  url.searchParams.set('isPublish', String(context.siteInfo.published));
  if (context.siteInfo.siteUrl) url.searchParams.set('siteUrl', context.siteInfo.siteUrl);
  url.searchParams.set('origin', hostOrigin);
  url.searchParams.set('siteInfo', encodeURIComponent(JSON.stringify(context.siteInfo)));
  url.searchParams.set('pageLayout', encodeURIComponent(JSON.stringify(context.pageLayout)));
  url.searchParams.set('essentials', encodeURIComponent(JSON.stringify(context.essentials)));
  return url.toString();
}
