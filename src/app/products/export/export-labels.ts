import { Injectable, inject } from '@angular/core';
import { PageLanguage } from '../filters/filter-context';
import { GERMAN_EXPORT_LABELS } from './export-labels.de';
import { HEBREW_EXPORT_LABELS } from './export-labels.he';

/** A count as English writes it (1,204). */
const n = (count: number) => count.toLocaleString('en-US');

/** "45 s", "3 min", "1 h 5 min". */
function duration(seconds: number): string {
  const s = Math.max(1, Math.round(seconds));
  if (s < 60) return `${s} s`;
  const minutes = Math.round(s / 60);
  return minutes < 60 ? `${minutes} min` : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

const ENGLISH_EXPORT_LABELS = {
  exportTitle: 'Export to CSV',
  exportCancel: 'Cancel export',
  exportClose: 'Close',
  exportStart: 'Export',
  exportKeep: 'Don’t export',
  exportDownloadAgain: 'Download the file again',
  exportBlockedHint:
    'If no download started, this dashboard frame may not allow downloads: use the link to save the file, or open Catalog Manager in its own tab.',
  /** Said while the cost or profit column is chosen but Wix withholds them from this user's role: the file leaves them out. */
  exportNoMerchantData: 'Cost and profit are not exported: your role can’t see them.',
  /** The file's header line, in the page's language as the table's headings are. */
  exportColumns: {
    id: 'Product ID',
    name: 'Name',
    sku: 'SKU',
    price: 'Price',
    priceBeforeDiscount: 'Price before discount',
    currency: 'Currency',
    stock: 'Stock',
    quantity: 'Quantity',
    visibility: 'Visibility',
    updated: 'Last updated',
    created: 'Created',
    brand: 'Brand',
    ribbon: 'Ribbon',
    productType: 'Product type',
    collectionIds: 'Collection IDs',
    categoryIds: 'Category IDs',
    cost: 'Cost',
    profit: 'Profit',
  },
  /** What the export will take, asked before a long one starts. */
  exportConfirm: (total: number, minutes: number) =>
    `Exporting ${n(total)} products takes about ${duration(minutes * 60)} (Wix answers at most 200 requests a minute). Keep this page open until it finishes.`,
  exportScope: (total: number | null) => (total === null ? 'All matching products' : `All ${n(total)} matching products`),
  exportSelected: (count: number) => (count === 1 ? '1 selected product' : `${n(count)} selected products`),
  exportProgress: (written: number, total: number | null, rowsPerSecond: number | null, etaSeconds: number | null) =>
    (total === null ? `${n(written)} products` : `${n(written)} of ${n(total)} products`) +
    (rowsPerSecond === null ? '' : ` · ${n(Math.round(rowsPerSecond))} per second`) +
    (etaSeconds === null ? '' : ` · about ${duration(etaSeconds)} left`),
  exportWaiting: (seconds: number) => `Wix asked us to slow down: continuing in ${seconds} s…`,
  exportDone: (written: number, fileName: string) => `Exported ${n(written)} products to ${fileName}.`,
  exportFailed: (written: number) => `The export stopped after ${n(written)} products. No file was saved.`,
};

/** The export's labels in one language. */
export type ExportLabelSet = typeof ENGLISH_EXPORT_LABELS;

/** The file's column headers (keys of `exportColumns`). */
export type ExportHeader = keyof ExportLabelSet['exportColumns'];

const EXPORT_LABELS_BY_LANGUAGE: Record<'en' | 'de' | 'he', ExportLabelSet> = {
  en: ENGLISH_EXPORT_LABELS,
  de: GERMAN_EXPORT_LABELS,
  he: HEBREW_EXPORT_LABELS,
};

/**
 * Labels of the export panel (issue 13) and the file's column headers in the page's language: CatalogLabels'
 * counterpart for the export's lazy chunk (in the message catalogs they would grow the initial bundle), as
 * BulkLabels is for the bulk actions'. All three languages ride in the export panel's chunk. Each label is a
 * getter that reads the page's language (a signal), so the panel follows a switch at run time; a file takes the
 * headers of the language shown when it starts. The page's "Export" button itself is in CatalogLabels.
 * Override like CatalogLabels: `{provide: ExportLabels, useClass: MyExportLabels}`.
 */
@Injectable({ providedIn: 'root' })
export class ExportLabels {
  private readonly language = inject(PageLanguage);

  static {
    for (const key of Object.keys(ENGLISH_EXPORT_LABELS)) {
      Object.defineProperty(this.prototype, key, {
        get(this: ExportLabels) {
          return EXPORT_LABELS_BY_LANGUAGE[this.language.language()][key as keyof ExportLabelSet];
        },
      });
    }
  }
}

// Declaration merging: the class has a getter for each label (defined in its static block).
export interface ExportLabels extends Readonly<ExportLabelSet> {}
