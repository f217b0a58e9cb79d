import type { ExportRow } from '../../catalog/export/export-row';
import type { CatalogLabels } from '../catalog-labels';
import type { ExportLabels } from './export-labels';
import type { CsvColumn } from './csv-writer';

/**
 * The file's columns: the table's visible columns (the image left out), the product id first, and the currency
 * beside the prices. When the page gets a column chooser, this takes its visible set.
 */
export function exportColumns(exportLabels: ExportLabels, labels: CatalogLabels): CsvColumn[] {
  const h = exportLabels.exportColumns;
  return [
    { header: h.id, value: (r: ExportRow) => r.id },
    { header: h.name, value: (r: ExportRow) => r.name },
    { header: h.sku, value: (r: ExportRow) => r.sku },
    { header: h.price, value: (r: ExportRow) => r.price },
    { header: h.priceBeforeDiscount, value: (r: ExportRow) => r.priceBeforeDiscount },
    { header: h.currency, value: (r: ExportRow) => r.currency },
    { header: h.stock, value: (r: ExportRow) => (r.stock === 'unknown' ? null : labels.stock[r.stock]) },
    { header: h.quantity, value: (r: ExportRow) => r.quantity },
    { header: h.visibility, value: (r: ExportRow) => (r.visible ? labels.visible : labels.hidden) },
    { header: h.updated, value: (r: ExportRow) => r.lastUpdated },
  ];
}

/** `products-<site>-<view>-<date>.csv`, every part file-safe; `text` null: the selected rows ("selected"). */
export function exportFileName(site: string, text: string | null, date: Date, filtered = false): string {
  const safe = (s: string) => s.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40);
  const view = text === null ? 'selected' : (text.trim() ? `search-${safe(text) || 'text'}` : 'all') + (filtered ? '-filtered' : '');
  const day = `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
  return ['products', safe(site), view, day].filter(Boolean).join('-') + '.csv';
}
