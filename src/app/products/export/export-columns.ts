import type { ExportRow } from '../../catalog/export/export-row';
import type { CatalogLabels } from '../catalog-labels';
import type { ColumnChoice, ColumnId } from '../columns/product-columns';
import type { ExportHeader, ExportLabelSet } from './export-labels';
import type { CsvColumn } from './csv-writer';

/** Columns Wix sends only to roles that may see them (managers): the file has them only when Wix sends them. */
export const MERCHANT_COLUMNS: readonly ColumnId[] = ['cost', 'profit'];

/**
 * The file's columns: the product id and Name first (Name is always shown), then the table's visible columns in
 * the table's order (the image left out), each as one or more CSV columns with its value as a spreadsheet wants
 * it: the price as numbers with the price before a discount and the currency beside it, stock with its quantity
 * (as the table's cell shows both), dates as ISO 8601 (by the writer), collections or categories as their ids
 * (the table's names are read only for the products on screen; reading them for every product would cost calls).
 * Cost and profit (MERCHANT_COLUMNS) are numbers in the currency column when `merchantData` (Wix sends them to
 * this user); otherwise they are left out, never written as empty columns: the panel says so. Headers are in the
 * language of `headers` (the page's, as the table's headings are).
 */
export function exportColumns(headers: ExportLabelSet['exportColumns'], labels: CatalogLabels, choice: ColumnChoice, categories: boolean, merchantData = false): CsvColumn[] {
  const of: Record<ColumnId, ExportHeader[]> = {
    sku: ['sku'],
    price: ['price', 'priceBeforeDiscount', 'currency'],
    stock: ['stock', 'quantity'],
    visibility: ['visibility'],
    updated: ['updated'],
    collections: [categories ? 'categoryIds' : 'collectionIds'],
    productType: ['productType'],
    brand: ['brand'],
    ribbon: ['ribbon'],
    created: ['created'],
    quantity: ['quantity'],
    cost: merchantData ? ['cost'] : [],
    profit: merchantData ? ['profit'] : [],
  };
  // Each CSV column once (Stock brings the quantity, and Quantity may be shown too).
  const keys = [...new Set<ExportHeader>(['id', 'name', ...choice.flatMap((c) => of[c] ?? [])])];
  // Cost and profit are amounts in the product's currency: the currency goes last when Price did not bring it.
  if ((keys.includes('cost') || keys.includes('profit')) && !keys.includes('currency')) keys.push('currency');
  return keys.map((key) => ({ header: headers[key], value: valueOf(key, labels) }));
}

/** How a row fills the CSV column `key`. */
function valueOf(key: ExportHeader, labels: CatalogLabels): CsvColumn['value'] {
  switch (key) {
    case 'stock':
      return (r: ExportRow) => (r.stock === 'unknown' ? null : labels.stockLabel(r.stock));
    case 'visibility':
      return (r: ExportRow) => (r.visible ? labels.visible : labels.hidden);
    case 'updated':
      return (r: ExportRow) => r.lastUpdated;
    case 'productType':
      return (r: ExportRow) => (r.productType ? labels.productType(r.productType) : null);
    case 'collectionIds':
    case 'categoryIds':
      return (r: ExportRow) => (r.collectionIds?.length ? r.collectionIds.join(', ') : null);
    default:
      return (r: ExportRow) => r[key] ?? null;
  }
}

/** `products-<site>-<view>-<date>.csv`, every part file-safe; `text` null: the selected rows ("selected"). */
export function exportFileName(site: string, text: string | null, date: Date, filtered = false): string {
  const safe = (s: string) => s.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40);
  const view = text === null ? 'selected' : (text.trim() ? `search-${safe(text) || 'text'}` : 'all') + (filtered ? '-filtered' : '');
  const day = `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
  return ['products', safe(site), view, day].filter(Boolean).join('-') + '.csv';
}
