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
 * (`{provide: CatalogLabels, useClass: MyLabels}`) for wording or translation. Exception: the labels of
 * the filter controls are `FilterLabels` (products/filters/filter-labels.ts), overridden the same way, so they
 * load with the filters' lazy chunk; translations must cover both.
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
  /** Prefix of the price after a discount where the column leads with the list price (Catalog V1). */
  readonly priceSale = 'Sale';

  /** Column headers of the results table. */
  readonly columns = {
    image: 'Image',
    name: 'Name',
    sku: 'SKU',
    price: 'Price',
    /** The Price column where the catalog sorts and filters by the price before discounts (Catalog V1). */
    listPrice: 'List price',
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
  /**
   * When filters match nothing. The filter controls' own labels are `FilterLabels` (filters/filter-labels.ts),
   * overridable the same way: they ship in the filters' lazy chunk, not in the initial bundle.
   */
  readonly noFilterMatches = 'No products match these filters';
  readonly noFilterMatchesHint = 'Remove a filter or clear them all to see more products.';
  readonly clearFilters = 'Clear all filters';

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
