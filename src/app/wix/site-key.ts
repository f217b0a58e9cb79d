/**
 * Which site the dashboard opened this page for, as far as the page can tell without credentials: the
 * dashboard's iframe URL carries `siteInfo` (JSON, URI-encoded; `@wix/dashboard` reads it the same way) whose
 * `editorUrl` ends with the site's id, and whose `siteUrl` names the published site. The signed `instance`
 * parameter is deliberately not used: it is a credential, and nothing derived from it is stored.
 * '' when the URL says nothing (the page is then keyed by its origin alone, which localStorage already is).
 */
export function siteKeyFrom(search: string): string {
  const raw = new URLSearchParams(search).get('siteInfo');
  if (!raw) return '';
  try {
    const info = JSON.parse(decodeURIComponent(raw)) as { editorUrl?: unknown; siteUrl?: unknown } | null;
    const editorUrl = typeof info?.editorUrl === 'string' ? info.editorUrl : '';
    const siteId = /\/editor\/([0-9a-zA-Z-]{1,64})(?:[/?#]|$)/.exec(editorUrl)?.[1];
    if (siteId) return siteId;
    return typeof info?.siteUrl === 'string' ? info.siteUrl.slice(0, 200) : '';
  } catch {
    return '';
  }
}
