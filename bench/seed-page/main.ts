/**
 * The seed's way, for `npm run bench` only (never shipped): the products page as a Wix template writes it.
 * Every keystroke and every paging click calls `queryProducts().startsWith(...).find()` at once: no
 * debounce, no cancel, no cache, and every answer is rendered when it arrives, in whatever order.
 *
 * It runs in the emulator's dashboard host page with the same development wiring as the app
 * (`emulatorClientOptions`: the host origin override and postMessage forwarding, API calls sent to the
 * emulator), and marks each render as the bench build of the app does (`cm:results`, `cm:rendered`,
 * `cm:painted`) so one recorder counts both pages' renders.
 */
import { emulatedWixClient } from '../pages/emulated-wix-client';

const PAGE_SIZE = 25;

const client = emulatedWixClient();

const search = document.querySelector('input') as HTMLInputElement;
const rows = document.querySelector('tbody') as HTMLTableSectionElement;
const status = document.querySelector('[role=status]') as HTMLElement;
const [previous, next] = Array.from(document.querySelectorAll('button'));
let page = 1;

/** What the bench reads: how many queries were sent and how many answers were rendered. */
const counters = { requests: 0, renders: 0, errors: 0 };
(window as unknown as { seedPage: typeof counters }).seedPage = counters;

function load(): void {
  const text = search.value;
  const asked = page;
  counters.requests++;
  let query = client.products.queryProducts();
  if (text) query = query.startsWith('name', text);
  query
    .limit(PAGE_SIZE)
    .skip((asked - 1) * PAGE_SIZE)
    .find()
    .then(
      (result) => render(text, asked, result.items),
      () => counters.errors++,
    );
}

function render(text: string, asked: number, items: { name?: string | null; sku?: string | null; price?: { formatted?: { price?: string | null } | null } | null }[]): void {
  const detail = { text: text.trim(), page: asked, pageSize: PAGE_SIZE, rows: items.length };
  const start = performance.mark('cm:results', { detail }).startTime;
  rows.replaceChildren(
    ...items.map((p) => {
      const tr = document.createElement('tr');
      for (const value of [p.name, p.sku, p.price?.formatted?.price]) {
        const td = document.createElement('td');
        td.textContent = value ?? '—';
        tr.append(td);
      }
      return tr;
    }),
  );
  status.textContent = `Page ${asked}`;
  counters.renders++;
  performance.mark('cm:rendered', { detail });
  requestAnimationFrame(() =>
    setTimeout(() => {
      const end = performance.mark('cm:painted', { detail }).startTime;
      performance.measure('cm:render', { start, end, detail });
    }),
  );
}

search.addEventListener('input', () => {
  page = 1;
  load();
});
previous.addEventListener('click', () => {
  if (page > 1) {
    page--;
    load();
  }
});
next.addEventListener('click', () => {
  page++;
  load();
});
load();
