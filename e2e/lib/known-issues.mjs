import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { APP_DIR } from './config.mjs';

/**
 * App bugs the journeys found, both fixed since. Each is detected from its cause (the build output, the request
 * the app sent), never from the symptom; a journey that meets one fails as a regression (Session.knownIssue).
 */
export const KNOWN_ISSUES = {
  'critical-css-loader': {
    what:
      'the production build loads its global stylesheet with an inline event handler (index.html: <link rel="stylesheet" ' +
      'media="print" onload="this.media=\'all\'">, from Angular\'s critical-CSS inlining). The shipped CSP (no inline ' +
      'script) blocks the handler, so styles-*.css stays media="print": .visually-hidden, :focus-visible and ' +
      'button.primary never apply',
    fix:
      'angular.json, configurations "production" and "e2e": "optimization": {"scripts": true, "styles": {"minify": true, ' +
      '"inlineCritical": false}, "fonts": true}',
    /** The cause: the loader attribute in the built index.html. */
    present: () => /onload="this\.media='all'"/.test(readFileSync(join(APP_DIR, 'index.html'), 'utf8')),
  },
  'v3-search-sku': {
    what:
      'on Catalog V3 sites the SKU column shows "—" on every row listed through products/search (any search text, ' +
      'and browsing by name or price): search results carry no variantsInfo, and the app does not ask for ' +
      'MIN_PRICE_VARIANT, the only field that carries a SKU there. A search that matched by SKU shows rows whose ' +
      'name does not start with the text and whose SKU is hidden',
    fix: "src/app/catalog/v3-catalog-reader.ts: const FIELDS: WixV3Field[] = ['CURRENCY', 'THUMBNAIL', 'MIN_PRICE_VARIANT']",
    /** The cause: a products/search request the app sent without MIN_PRICE_VARIANT in `fields`. */
    presentIn: (call) => call.path === '/stores/v3/products/search' && !(call.payload?.fields ?? []).includes('MIN_PRICE_VARIANT'),
  },
};

/** Issue id → the journeys that met it during this run (for the summary). */
export const issuesSeen = new Map();

export function recordIssue(id, journey) {
  if (!KNOWN_ISSUES[id]) throw new Error(`unknown issue ${id}`);
  if (!issuesSeen.has(id)) issuesSeen.set(id, new Set());
  issuesSeen.get(id).add(journey);
}
