import { DOCUMENT } from '@angular/common';
import { Injectable, inject } from '@angular/core';

/**
 * The site as a file name can carry it. The dashboard tells a page its site's URL (`siteInfo`, in the frame's
 * query string) but not its display name: the name is taken from that URL (the path of a `*.wixsite.com`
 * address, else the domain). Empty when the page is not in a dashboard.
 */
@Injectable({ providedIn: 'root' })
export class DashboardSite {
  private readonly document = inject(DOCUMENT);

  /** A short, file-safe label for the site ("my-store"), or '' when unknown. */
  label(): string {
    try {
      const raw = new URLSearchParams(this.document.location.search).get('siteInfo');
      const info = raw ? (JSON.parse(decodeURIComponent(raw)) as { siteUrl?: unknown }) : null;
      if (typeof info?.siteUrl !== 'string') return '';
      const url = new URL(info.siteUrl);
      const path = url.pathname.split('/').filter(Boolean);
      const name = url.hostname.endsWith('.wixsite.com') ? (url.hostname.split('.')[0] + (path[0] ? `-${path[0]}` : '')) : url.hostname.replace(/^www\./, '');
      return name.toLowerCase().replace(/[^a-z0-9.-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60);
    } catch {
      return '';
    }
  }
}
