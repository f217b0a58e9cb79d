/**
 * Thumbnails the emulator draws itself, so no product image ever leaves the machine: a small SVG with a
 * colour and initials, addressed as `/_emulator/media/<hue>-<initials>.svg`. Like Wix media
 * (`https://static.wixstatic.com/media/<file>`), a file is also served resized through the documented URL
 * transform `<file>/v1/fill|fit/w_<w>,h_<h>[,…]/<name>` (Wix's "URL-Based Image Transformation Reference":
 * https://dev.wix.com/docs/api-reference/assets/media/media-manager/url-image-transformation), and bad
 * transform parameters answer 400 as Wix's do.
 */

/** Path prefix the server answers media requests under. */
export const MEDIA_PATH = '/_emulator/media/';
/** Pixel size reported for generated thumbnails (what Wix reports for its own 50px thumbnails). */
export const THUMBNAIL_SIZE = 50;
/** Pixel size reported for the full generated image. */
export const IMAGE_SIZE = 1000;

const KEY = /^(\d{1,3})-([A-Z0-9]{1,2})\.svg$/;

/** The media path of a product's generated image: colour from its id, initials from its name. */
export function generatedImagePath(id: string, name: string): string {
  let hash = 0;
  for (let i = 0; i < id.length; i++) hash = (hash * 31 + id.charCodeAt(i)) >>> 0;
  const initials = name
    .split(/\s+/)
    .filter((w) => /^[A-Za-z0-9]/.test(w))
    .slice(0, 2)
    .map((w) => w[0].toUpperCase())
    .join('');
  return `${MEDIA_PATH}${hash % 360}-${initials || 'P'}.svg`;
}

/** The largest side a transform may ask for (Wix refuses absurd sizes too). */
const MAX_SIDE = 5000;
const TRANSFORM = /^([^/]+)\/v1\/(fill|fit)\/([^/]+)\/([^/]+)$/;

/** What a media path (after MEDIA_PATH) asks for: a file, at its own size or resized; 'bad' for a bad transform. */
export function mediaRequest(path: string): { file: string; size: number | null } | 'bad' {
  const transform = TRANSFORM.exec(path);
  if (!transform) return { file: path, size: null };
  const params = new Map(transform[3].split(',').map((p) => [p.slice(0, p.indexOf('_')), p.slice(p.indexOf('_') + 1)]));
  const w = Number(params.get('w'));
  const h = Number(params.get('h'));
  const valid = (n: number) => Number.isInteger(n) && n >= 1 && n <= MAX_SIDE;
  if (!valid(w) || !valid(h)) return 'bad';
  // The generated images are square: fill and fit both give the smaller side.
  return { file: transform[1], size: Math.min(w, h) };
}

/** The SVG for a media file name (at `size` px, else its full size), or null when the emulator did not generate it. */
export function renderImage(fileName: string, size: number = IMAGE_SIZE): string | null {
  const match = KEY.exec(fileName);
  if (!match) return null;
  const hue = Number(match[1]) % 360;
  const initials = match[2];
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 100 100">` +
    `<rect width="100" height="100" fill="hsl(${hue} 55% 82%)"/>` +
    `<circle cx="50" cy="50" r="34" fill="hsl(${hue} 45% 62%)"/>` +
    `<text x="50" y="50" dy="0.35em" text-anchor="middle" font-family="Helvetica, Arial, sans-serif" ` +
    `font-size="28" font-weight="700" fill="hsl(${hue} 60% 22%)">${initials}</text></svg>`
  );
}
