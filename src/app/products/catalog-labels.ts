import { Injectable, inject } from '@angular/core';
import { CatalogError } from '../catalog/catalog-error';
import { PRODUCT_SORTS, ProductSort, TextMatch } from '../catalog/product';
import type { MessageKey } from '../i18n/languages';
import { PageLanguage } from '../i18n/page-language';

/** A message for one error state: what happened and what the merchant can do. */
export interface ErrorMessage {
  readonly title: string;
  readonly detail: string;
}

/** Unicode first-strong isolate … pop: a search text keeps its own direction inside a sentence. */
/** The ways a catalog matches text, each with its own hint. */
const TEXT_MATCHES: readonly TextMatch[] = ['prefix', 'words'];

/** The stock states a product can be in, each with a label "stock.<state>". */
const STOCK_STATES = ['in-stock', 'out-of-stock', 'partially-out-of-stock', 'unknown'] as const;

const isolate = (text: string) => `\u2068${text}\u2069`;

/**
 * Labels that are one message each, without values, named as their message in `messages.en.json`: their
 * getters are defined in a loop over this list (a getter each would repeat every name twice in the initial
 * bundle), so a new plain label is one line in each messages file and one name here (a spec checks the list
 * against the English file, which is a lazy chunk like every language's).
 */
export const PLAIN_LABELS = [
  'pageHeading', 'resultsHeading', 'loadingProducts', 'searchLabel', 'searchPlaceholder', 'clearSearch',
  'sortLabel', 'pageSizeLabel', 'pagination', 'firstPage', 'previousPage', 'nextPage', 'lastPage',
  'tryAgain', 'reloadPage', 'requestId', 'copy', 'copied', 'missing', 'hidden', 'visible', 'tableCaption',
  // Prefix of a crossed-out price, read by screen readers only.
  'priceWas',
  // Prefix of the price after a discount where the column leads with the list price (Catalog V1).
  'priceSale',
  'emptyCatalog', 'emptyCatalogHint', 'pastEnd', 'storesNotInstalled', 'storesNotInstalledHint', 'goToLastPage',
  // When filters match nothing (the filter controls' own labels are FilterLabels, in the filters' lazy chunk).
  'noFilterMatches', 'noFilterMatchesHint', 'clearFilters',
  // The Export button (the export's own labels: ExportLabels, in its lazy chunk).
  'exportButton',
  // The selection's header checkbox and the notice when a new query cleared it (the bulk toolbar's: BulkLabels).
  'selectPage', 'selectionCleared',
] as const satisfies readonly MessageKey[];
type PlainLabel = (typeof PLAIN_LABELS)[number];

// Declaration merging: the class below has these properties (its static block defines their getters).
export interface CatalogLabels extends Readonly<Record<PlainLabel, string>> {}

/**
 * Every user-facing label of the catalog page in one place, so a team can override it
 * (`{provide: CatalogLabels, useClass: MyLabels}`) for wording. The words live in the message catalogs
 * (`src/app/i18n/messages.<language>.json`, English the source); every label reads the page's language, a
 * signal, so the templates follow a change of the dashboard's language without a reload. Exception: the labels
 * of the filter controls are `FilterLabels` (products/filters/filter-labels.ts), overridden the same way, so
 * they load with the filters' lazy chunk. Lazy features keep their strings beside them like that: the bulk
 * actions' are `BulkLabels` (products/bulk/bulk-labels.ts); here they would grow the initial bundle.
 */
@Injectable({ providedIn: 'root' })
export class CatalogLabels {
  private readonly language = inject(PageLanguage);
  private readonly t = (key: MessageKey, values?: Record<string, string | number>) => this.language.format(key, values);

  /** `{name: message "prefix.name"}` for each name: a family of labels, such as the columns. */
  private group<N extends string>(prefix: string, names: readonly N[]): Record<N, string> {
    return Object.fromEntries(names.map((name) => [name, this.t(`${prefix}.${name}` as MessageKey)])) as Record<N, string>;
  }

  static {
    for (const key of PLAIN_LABELS) {
      Object.defineProperty(this.prototype, key, {
        get(this: CatalogLabels) {
          return this.t(key);
        },
      });
    }
  }

  /** A row's selection checkbox. */
  selectRow(name: string): string {
    return this.t('selectRow', { name });
  }

  /** Column headers of the results table. */
  get columns() {
    return this.group('columns', ['image', 'name', 'sku', 'price', 'listPrice', 'stock', 'visibility', 'updated'] as const);
  }

  /**
   * One column's header, message `columns.<column>` (every column of the chooser: sku, price, collections,
   * categories, productType, brand, ribbon, created, quantity, cost, profit…), without building them all.
   */
  column(column: string): string {
    return this.t(`columns.${column}` as MessageKey);
  }

  /** A product type as the Product type column shows it. */
  productType(type: 'physical' | 'digital'): string {
    return this.t(`productType.${type}`);
  }

  /** What the search box does on this store's catalog (Catalog V1 and V3 match text differently). */
  get searchHint(): Record<TextMatch, string> {
    return this.group('searchHint', TEXT_MATCHES);
  }

  get sorts(): Record<ProductSort, string> {
    return this.group('sorts', PRODUCT_SORTS);
  }

  get stock() {
    return this.group('stock', STOCK_STATES);
  }

  /** One stock state's label: what a row or an exported line needs, without formatting the other three. */
  stockLabel(state: (typeof STOCK_STATES)[number]): string {
    return this.t(`stock.${state}`);
  }

  /** Why nothing matched, as the catalog matches text. */
  get noMatchesHint(): Record<TextMatch, string> {
    return this.group('noMatchesHint', TEXT_MATCHES);
  }

  /** "1–25 of 1,234"; without a known total, "Page 3". Numbers as the page's language writes them. */
  rangeLabel(page: number, pageSize: number, shown: number, total: number | null): string {
    if (total === 0) return this.t('rangeEmpty', { total: 0 });
    if (total === null) return this.t('rangePage', { page });
    const first = (page - 1) * pageSize + 1;
    const last = first + Math.max(shown, 1) - 1;
    return this.t('range', { first, last: Math.min(last, total), total });
  }

  searchCapped(max: number): string {
    return this.t('searchCapped', { max });
  }

  noMatches(text: string): string {
    // In a right-to-left sentence a Latin search text would otherwise pull the punctuation around it.
    return this.t('noMatches', { text: this.language.dir() === 'rtl' ? isolate(text) : text });
  }

  /** A Catalog V1 page past Wix's 10,000-product offset window that no neighbouring page leads to yet. */
  unreachable(page: number): string {
    return this.t('unreachable', { page });
  }

  goToPage(page: number): string {
    return this.t('goToPage', { page });
  }

  retrying(seconds: number): string {
    return this.t('retrying', { seconds });
  }

  /** A stock quantity, "(1,234)". */
  quantity(quantity: number): string {
    return this.t('quantity', { quantity });
  }

  /** A count as the page's language writes it, "1,234". */
  count(count: number): string {
    return this.t('count', { count });
  }

  /** A date as the dashboard's language writes it. */
  date(value: Date): string {
    return this.language.formatDate(value);
  }

  error(error: CatalogError): ErrorMessage {
    // Each error kind has "error.<kind>.title" and "error.<kind>.detail"; some pick a variant of either.
    const message = (detail = 'detail', values?: Record<string, string | number>, title = 'title'): ErrorMessage => ({
      title: this.t(`error.${error.kind}.${title}` as MessageKey),
      detail: this.t(`error.${error.kind}.${detail}` as MessageKey, values),
    });
    switch (error.kind) {
      case 'permission-denied':
        return message('detail', { permission: error.permission.name, permissionId: error.permission.id });
      case 'stores-not-installed':
        return { title: this.storesNotInstalled, detail: this.storesNotInstalledHint };
      case 'rate-limited':
        return error.retryAfterSeconds === null ? message() : message('detailSeconds', { seconds: error.retryAfterSeconds });
      case 'invalid-query':
        // Wix's own words about the fields it rejected, as it sent them.
        return error.violations.length
          ? { title: this.t('error.invalid-query.title'), detail: error.violations.map((v) => `${v.field}: ${v.description}`).join('; ') }
          : message();
      case 'unavailable':
        return message(error.reason === 'network' ? 'detailNetwork' : 'detail', {}, error.reason === 'timeout' ? 'titleTimeout' : 'title');
      case 'unknown':
        return message(error.requestId ? 'detailRequestId' : 'detail');
      default:
        return message();
    }
  }
}
