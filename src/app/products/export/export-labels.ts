import { Injectable } from '@angular/core';

/**
 * Labels of the export panel (issue 13): its confirmation, progress, outcome and the file's column headers.
 * CatalogLabels' counterpart for the export's lazy chunk, as FilterLabels is for the filters' (in the message
 * catalogs they would add ~1.6 kB to the initial bundle, past its budget). English only so far: the German
 * and Hebrew sets are not written yet. The page's "Export" button itself is in CatalogLabels (`exportButton`).
 * Override like CatalogLabels: `{provide: ExportLabels, useClass: MyExportLabels}`.
 */
@Injectable({ providedIn: 'root' })
export class ExportLabels {
  readonly exportTitle = 'Export to CSV';
  readonly exportCancel = 'Cancel export';
  readonly exportClose = 'Close';
  readonly exportStart = 'Export';
  readonly exportKeep = 'Don’t export';
  readonly exportDownloadAgain = 'Download the file again';
  readonly exportBlockedHint =
    'If no download started, this dashboard frame may not allow downloads: use the link to save the file, or open Catalog Manager in its own tab.';
  readonly exportColumns = {
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
  } as const;

  /** What the export will take, asked before a long one starts. */
  exportConfirm(total: number, minutes: number): string {
    return `Exporting ${total.toLocaleString('en-US')} products takes about ${this.duration(minutes * 60)} (Wix answers at most 200 requests a minute). Keep this page open until it finishes.`;
  }

  exportScope(total: number | null): string {
    return total === null ? 'All matching products' : `All ${total.toLocaleString('en-US')} matching products`;
  }

  exportSelected(count: number): string {
    return count === 1 ? '1 selected product' : `${count.toLocaleString('en-US')} selected products`;
  }

  exportProgress(written: number, total: number | null, rowsPerSecond: number | null, etaSeconds: number | null): string {
    const count = total === null ? `${written.toLocaleString('en-US')} products` : `${written.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} products`;
    const rate = rowsPerSecond === null ? '' : ` · ${Math.round(rowsPerSecond).toLocaleString('en-US')} per second`;
    const eta = etaSeconds === null ? '' : ` · about ${this.duration(etaSeconds)} left`;
    return count + rate + eta;
  }

  exportWaiting(seconds: number): string {
    return `Wix asked us to slow down: continuing in ${seconds} s…`;
  }

  exportDone(written: number, fileName: string): string {
    return `Exported ${written.toLocaleString('en-US')} products to ${fileName}.`;
  }

  exportFailed(written: number): string {
    return `The export stopped after ${written.toLocaleString('en-US')} products. No file was saved.`;
  }

  /** "45 s", "3 min", "1 h 5 min". */
  duration(seconds: number): string {
    const s = Math.max(1, Math.round(seconds));
    if (s < 60) return `${s} s`;
    const minutes = Math.round(s / 60);
    return minutes < 60 ? `${minutes} min` : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
  }
}
