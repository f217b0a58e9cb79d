import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './config.mjs';

/** The translators' files: what the page must say, per language (e2e reads them, it does not restate them). */
export const MESSAGES = Object.fromEntries(
  ['en', 'de', 'he'].map((l) => [l, JSON.parse(readFileSync(join(ROOT, 'src/app/i18n', `messages.${l}.json`), 'utf8'))]),
);
const LOCALES = { en: 'en-US', de: 'de-DE', he: 'he-IL' };

/** The paginator's range for a CatalogOracle page, in `language` ("1–25 מתוך 5,000", "Seite 2"). */
export function localRange(expected, language) {
  const n = (x) => x.toLocaleString(LOCALES[language]);
  const words = { en: ['of', 'Page'], de: ['von', 'Seite'], he: ['מתוך', 'עמוד'] }[language];
  if (expected.total === 0) return `0 ${words[0]} 0`;
  if (expected.total === null) return `${words[1]} ${n(expected.page)}`;
  return `${n(expected.first)}–${n(expected.first + expected.products.length - 1)} ${words[0]} ${n(expected.total)}`;
}

/** Labels a person finds controls by, in `language`. */
export function controls(app, language) {
  const m = MESSAGES[language];
  return {
    heading: app.getByRole('heading', { level: 1, name: m.pageHeading }),
    search: app.getByRole('searchbox', { name: m.searchLabel }),
    // At the journeys' 1280 px the table's headers sort (the "Sort by" select is for narrow frames).
    sortByName: app.getByRole('button', { name: m['columns.name'], exact: true }),
    pageSize: app.getByRole('combobox', { name: m.pageSizeLabel }),
    table: app.getByRole('table', { name: m.tableCaption }),
    pagination: app.getByRole('group', { name: m.pagination }),
    first: app.getByRole('button', { name: m.firstPage, exact: true }),
    previous: app.getByRole('button', { name: m.previousPage, exact: true }),
    next: app.getByRole('button', { name: m.nextPage, exact: true }),
    range: app.locator('cm-paginator [role=status]'),
    names: app.locator('cm-product-table tbody th[scope=row]'),
  };
}

/** The page's own words: its text without the rows' product data (names, SKUs, prices are the merchant's). */
export function pageWords(app) {
  return app.locator('cm-products-page').evaluate((page) => {
    const copy = page.cloneNode(true);
    copy.querySelectorAll('tbody').forEach((body) => body.remove());
    const labels = [...page.querySelectorAll('[aria-label]')].map((e) => e.getAttribute('aria-label'));
    return `${copy.textContent.replace(/\s+/g, ' ')} ${labels.join(' ')}`;
  });
}

/** English words of the page (messages of at least two letters, none a name or code), to look for elsewhere. */
export const ENGLISH_WORDS = ['Products', 'Sort by', 'Search products', 'Name or SKU', 'Products per page', 'Pagination',
  'First page', 'Previous page', 'Next page', 'Last updated', 'Price', 'Stock', 'Visibility', 'Image', ' of '];

/** Where things are on screen in the app frame, and how the paging icons are drawn. */
export async function layout(frame) {
  return frame.evaluate(() => {
    const box = (el) => el.getBoundingClientRect();
    const toolbar = box(document.querySelector('.toolbar'));
    const search = box(document.querySelector('input[type=search]'));
    const sort = box(document.querySelector('#cm-sort'));
    const filter = box(document.querySelector('cm-filter-bar select'));
    const buttons = [...document.querySelectorAll('cm-paginator button')].map((b) => ({ name: b.getAttribute('aria-label'), x: box(b).x }));
    const headers = [...document.querySelectorAll('cm-product-table thead th')].map((th) => box(th).x);
    const icon = getComputedStyle(document.querySelector('cm-paginator button svg')).transform;
    return {
      lang: document.documentElement.lang,
      dir: document.documentElement.dir,
      searchFromStart: document.documentElement.dir === 'rtl' ? toolbar.right - search.right : search.left - toolbar.left,
      // The table fits: the compact "Sort by" select is hidden, the first filter starts the toolbar's next row.
      sortHidden: sort.width === 0,
      filterFromStart: document.documentElement.dir === 'rtl' ? toolbar.right - filter.right : filter.left - toolbar.left,
      buttonsX: buttons.map((b) => b.x),
      imageColumnX: headers[0],
      nameColumnX: headers[1],
      icon,
      namesAuto: [...document.querySelectorAll('cm-product-table tbody th[scope=row] [dir=auto]')].length,
      rows: document.querySelectorAll('cm-product-table tbody tr:not(.skeleton)').length,
    };
  });
}

/**
 * Context init script: the first heading the app frame shows, checked just before every frame is painted
 * (requestAnimationFrame), and the document language then. The app may build its page hidden while its
 * messages load; what counts is the first heading a person could see.
 */
export function recordFirstHeading() {
  if (window === window.top) return;
  const check = () => {
    const h1 = document.querySelector('cm-products-page h1');
    if (h1 && h1.textContent.trim() && h1.checkVisibility({ visibilityProperty: true, opacityProperty: true })) {
      window.__e2eFirstHeading = { text: h1.textContent.trim(), lang: document.documentElement.lang, dir: document.documentElement.dir };
      return;
    }
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}
