/**
 * The floor, for `npm run bench` only (never shipped): the least a dashboard page must do to show 100
 * products. The dashboard handshake and token (`@wix/dashboard` host + auth through `@wix/sdk`'s
 * createClient), one `queryProducts` call (Catalog V1, name ascending, 100 products: the app's first load at
 * `?size=100`), and 100 rows written with plain DOM calls. No framework, no state, no error handling.
 *
 * Rows come from the app's own pure mapping (`fromV1Product`), so they hold the same text and the same
 * thumbnail URLs; the page uses the app's global stylesheet and the product table's CSS (bench/lib/build.mjs
 * copies both at build time). "Next page" asks for the following 100 (for the bench's page-flip timings and
 * trace). It sets the same marks as the bench build of the app (`cm:results`, `cm:rendered`, `cm:painted`,
 * measure `cm:render`), so one recorder times both.
 */
import { fromV1Product } from '../../src/app/catalog/v1-product-mapping';
import type { Product } from '../../src/app/catalog/product';
import { emulatedWixClient } from '../pages/emulated-wix-client';

const PAGE_SIZE = 100;

const client = emulatedWixClient();

const rows = document.querySelector('tbody') as HTMLTableSectionElement;
const next = document.querySelector('button') as HTMLButtonElement;
const dates = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const STOCK: Record<Product['stock'], string> = {
  'in-stock': 'In stock',
  'out-of-stock': 'Out of stock',
  'partially-out-of-stock': 'Partially out of stock',
  unknown: '—',
};
let page = 1;

function cell(tr: HTMLTableRowElement, text: string | null, className?: string): HTMLElement {
  const td = document.createElement('td');
  if (className) td.className = className;
  td.textContent = text ?? '—';
  tr.append(td);
  return td;
}

function row(p: Product): HTMLTableRowElement {
  const tr = document.createElement('tr');
  const thumb = document.createElement('td');
  if (p.thumbnailUrl) {
    const img = document.createElement('img');
    img.className = 'thumb';
    img.src = p.thumbnailUrl;
    img.alt = '';
    img.width = 40;
    img.height = 40;
    img.loading = 'lazy';
    img.referrerPolicy = 'no-referrer';
    thumb.append(img);
  }
  tr.append(thumb);
  const name = document.createElement('th');
  name.scope = 'row';
  name.className = 'name';
  const clamp = document.createElement('span');
  clamp.className = 'clamp';
  clamp.textContent = p.name || '—';
  name.append(clamp);
  tr.append(name);
  cell(tr, p.sku, 'sku');
  cell(tr, p.price, 'num');
  const stock = cell(tr, null);
  const badge = document.createElement('span');
  badge.className = `badge ${p.stock}`;
  badge.textContent = STOCK[p.stock];
  stock.replaceChildren(badge);
  cell(tr, p.visible ? 'Visible' : 'Hidden');
  cell(tr, p.lastUpdated ? dates.format(p.lastUpdated) : null);
  return tr;
}

async function load(asked: number): Promise<void> {
  const result = await client.products
    .queryProducts()
    .ascending('name')
    .limit(PAGE_SIZE)
    .skip((asked - 1) * PAGE_SIZE)
    .find();
  const products = result.items.map(fromV1Product);
  const detail = { text: '', page: asked, pageSize: PAGE_SIZE, rows: products.length };
  const start = performance.mark('cm:results', { detail }).startTime;
  rows.replaceChildren(...products.map(row));
  performance.mark('cm:rendered', { detail });
  requestAnimationFrame(() =>
    setTimeout(() => {
      const end = performance.mark('cm:painted', { detail }).startTime;
      performance.measure('cm:render', { start, end, detail });
    }),
  );
}

next.addEventListener('click', () => void load(++page));
void load(page);
