// No Angular here: the lazily loaded V3 mapping imports this file, and anything it shares with the initial
// bundle is split into a chunk of its own (one Angular import here cost 1.5 kB gzip of initial JS).

/**
 * Wix media URLs, built by hand in the documented forms instead of with `@wix/sdk`'s `media` helper (which would
 * bring its module into the initial bundle for two string formats):
 * - `wix:image://v1/<id>/<name>#originWidth=…` (what V3 products carry when the image has a media id) →
 *   `https://static.wixstatic.com/media/<id>` (SDK `media.getImageUrl()`);
 * - `https://static.wixstatic.com/media/<file>` → `…/media/<file>/v1/fill/w_<w>,h_<h>,al_c,q_80,enc_auto/<file>`
 *   ("URL-Based Image Transformation Reference", dev.wix.com/docs/api-reference/assets/media/media-manager/
 *   url-image-transformation; the form `@wix/image-kit` and `media.getScaledToFillImageUrl()` build).
 */

/** Where Wix serves media; the only origin whose URLs take the transform in production. */
export const WIX_MEDIA_ORIGIN = 'https://static.wixstatic.com';

/** A media file name as Wix and the emulator name them (no path, no `..`, no query, no scheme tricks). */
const FILE = /^[\w~-][\w.~-]{0,199}$/;
const WIX_IMAGE = /^wix:image:\/\/v1\/([^/#?]+)/;

/** The http(s) URL of a `wix:image://v1/…` id, or null when the value is not one. */
export function wixImageUrl(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const id = WIX_IMAGE.exec(value.trim())?.[1];
  return id && FILE.test(id) ? `${WIX_MEDIA_ORIGIN}/media/${id}` : null;
}

/**
 * The URL of the image resized to fill `width`×`height` px (cropped to the centre), when it is a media file of
 * one of `origins` (`<origin>/…/media/<file>`, or that with a transform); any other URL is returned as it is (it cannot be
 * resized, and is still the already-checked http(s) URL).
 */
export function scaledToFill(url: string, width: number, height: number, origins: readonly string[]): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }
  if (!origins.includes(parsed.origin) || parsed.search || parsed.hash) return url;
  // A URL already transformed (Wix's own 50 px thumbnails are `…/v1/fit/w_50,h_50,q_90/<name>`) gets ours instead.
  const match = /^(.*\/media)\/([^/]+)(?:\/v1\/(?:fill|fit|crop)\/[^/]+\/[^/]+)?$/.exec(parsed.pathname);
  if (!match || !FILE.test(match[2])) return url;
  return `${parsed.origin}${match[1]}/${match[2]}/v1/fill/w_${width},h_${height},al_c,q_80,enc_auto/${match[2]}`;
}
