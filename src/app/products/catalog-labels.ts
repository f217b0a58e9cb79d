import { Injectable } from '@angular/core';
import { CatalogError } from '../catalog/catalog-error';
import { ProductSort, TextMatch } from '../catalog/product';

/** A message for one error state: what happened and what the merchant can do. */
export interface ErrorMessage {
  readonly title: string;
  readonly detail: string;
}

/**
 * Every user-facing label of the catalog page in one place, so a team can override it
 * (`{provide: CatalogLabels, useClass: MyLabels}`) for wording or translation.
 */
@Injectable({ providedIn: 'root' })
export class CatalogLabels {
  readonly pageHeading = 'Products';
  readonly resultsHeading = 'Product list';
  readonly loadingProducts = 'Loading products…';
  readonly searchLabel = 'Search products';
  readonly searchPlaceholder = 'Name or SKU';
  readonly clearSearch = 'Clear search';
  readonly sortLabel = 'Sort by';
  readonly pageSizeLabel = 'Products per page';
  readonly pagination = 'Pagination';
  readonly firstPage = 'First page';
  readonly previousPage = 'Previous page';
  readonly nextPage = 'Next page';
  readonly lastPage = 'Last page';
  readonly tryAgain = 'Try again';
  readonly reloadPage = 'Reload page';
  readonly requestId = 'Request ID';
  readonly copy = 'Copy';
  readonly copied = 'Copied';
  readonly missing = '—';
  readonly hidden = 'Hidden';
  readonly visible = 'Visible';
  readonly tableCaption = 'Products';
  /** Prefix of a crossed-out price, read by screen readers only. */
  readonly priceWas = 'was';

  /** Column headers of the results table. */
  readonly columns = {
    image: 'Image',
    name: 'Name',
    sku: 'SKU',
    price: 'Price',
    stock: 'Stock',
    visibility: 'Visibility',
    updated: 'Last updated',
  } as const;

  /** What the search box does on this store's catalog (Catalog V1 and V3 match text differently). */
  readonly searchHint: Record<TextMatch, string> = {
    prefix: 'Finds products whose name or SKU starts with what you type.',
    words: 'Finds products with every word you type in their name or SKU.',
  };

  readonly sorts: Record<ProductSort, string> = {
    'name-asc': 'Name (A–Z)',
    'name-desc': 'Name (Z–A)',
    'price-asc': 'Price (low to high)',
    'price-desc': 'Price (high to low)',
    'updated-desc': 'Last updated (newest)',
    'updated-asc': 'Last updated (oldest)',
  };

  readonly stock = {
    'in-stock': 'In stock',
    'out-of-stock': 'Out of stock',
    'partially-out-of-stock': 'Partially out of stock',
    unknown: '—',
  } as const;

  /** "1–25 of 1,234"; without a known total, "Page 3". */
  rangeLabel(page: number, pageSize: number, shown: number, total: number | null): string {
    if (total === 0) return '0 of 0';
    const first = (page - 1) * pageSize + 1;
    const last = first + Math.max(shown, 1) - 1;
    const format = (n: number) => n.toLocaleString('en-US');
    if (total === null) return `Page ${format(page)}`;
    return `${format(first)}–${format(Math.min(last, total))} of ${format(total)}`;
  }

  searchCapped(max: number): string {
    return `Search uses the first ${max} characters.`;
  }

  noMatches(text: string): string {
    return `No products match “${text}”.`;
  }

  /** Why nothing matched, as the catalog matches text. */
  readonly noMatchesHint: Record<TextMatch, string> = {
    prefix: 'Products are matched by the start of their name or SKU.',
    words: 'Products match when every word you typed starts a word of their name or SKU.',
  };
  readonly emptyCatalog = 'Your store has no products yet.';
  readonly emptyCatalogHint = 'Products you add in Wix Stores appear here.';
  readonly pastEnd = 'This page is past the end of the results.';
  readonly storesNotInstalled = 'Wix Stores is not installed on this site';
  readonly storesNotInstalledHint =
    'Catalog Manager shows the products of Wix Stores. Add Wix Stores to this site from your dashboard (Add Apps → App Market → Wix Stores), then reload this page.';
  readonly goToLastPage = 'Go to the last page';

  /** A Catalog V1 page past Wix's 10,000-product offset window that no neighbouring page leads to yet. */
  unreachable(page: number): string {
    return `Page ${page.toLocaleString('en-US')} can’t be opened directly.`;
  }
  readonly unreachableHint =
    'Wix opens at most the first 10,000 products of a list by page number, and the last 10,000 from the end. Go to the nearest page that opens, then use Next or Previous.';

  goToPage(page: number): string {
    return `Go to page ${page.toLocaleString('en-US')}`;
  }

  /** Export (issue 13): the button, the confirmation, the progress and the outcome. */
  readonly exportButton = 'Export';
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

  retrying(seconds: number): string {
    return `Wix is busy. Trying again in ${seconds} s…`;
  }

  error(error: CatalogError): ErrorMessage {
    switch (error.kind) {
      case 'not-in-dashboard':
        return {
          title: 'Open Catalog Manager from your Wix dashboard',
          detail: 'This page works inside the Wix dashboard of your site. Open your dashboard and choose Catalog Manager in the menu.',
        };
      case 'unauthenticated':
        return {
          title: 'Your Wix session has ended',
          detail: 'Reload the page to reconnect. If this keeps happening, sign out of Wix and sign in again.',
        };
      case 'permission-denied':
        return {
          title: 'You don’t have permission to view products',
          detail: `Your role on this site lacks the “${error.permission.name}” permission (${error.permission.id}). Ask the site owner or an admin to give your role the ${error.permission.name} permission in Settings → Roles & Permissions.`,
        };
      case 'stores-not-installed':
        return { title: this.storesNotInstalled, detail: this.storesNotInstalledHint };
      case 'not-found':
        return { title: 'The product catalog was not found', detail: 'Wix Stores may have been removed from this site.' };
      case 'catalog-version-mismatch':
        return {
          title: 'This site’s catalog changed version',
          detail: 'The store’s catalog was upgraded while the page was open. Reload the page to continue.',
        };
      case 'rate-limited':
        return {
          title: 'Wix is receiving too many requests',
          detail:
            error.retryAfterSeconds === null
              ? 'Wait a moment, then try again.'
              : `Try again in ${error.retryAfterSeconds} ${error.retryAfterSeconds === 1 ? 'second' : 'seconds'}.`,
        };
      case 'invalid-query':
        return {
          title: 'Wix could not run this search',
          detail: error.violations.length
            ? error.violations.map((v) => `${v.field}: ${v.description}`).join('; ')
            : 'Change the search text and try again.',
        };
      case 'unavailable':
        return {
          title: error.reason === 'timeout' ? 'Wix did not answer in time' : 'Wix Stores can’t be reached right now',
          detail:
            error.reason === 'network'
              ? 'Check your internet connection, then try again.'
              : 'This is usually brief. Try again in a moment.',
        };
      case 'unknown':
        return {
          title: 'Something went wrong loading products',
          detail: error.requestId
            ? 'Try again. If it keeps failing, contact support with the request ID below.'
            : 'Try again. If it keeps failing, contact support.',
        };
    }
  }
}
