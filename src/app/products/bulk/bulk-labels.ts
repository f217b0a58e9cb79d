import { Injectable, inject } from '@angular/core';
import type { PriceChange, PriceRounding } from '../../catalog/bulk/bulk-plan';
import { PageLanguage } from '../filters/filter-context';
import { GERMAN_BULK_LABELS } from './bulk-labels.de';
import { HEBREW_BULK_LABELS } from './bulk-labels.he';
import { formatMoney, formatNumber } from './money';

/** A count as English writes it (1,204). */
const n = (count: number) => count.toLocaleString('en-US');
/** "1 product" / "3 products". */
const products = (count: number) => (count === 1 ? '1 product' : `${n(count)} products`);
/** An amount in the store's currency as English writes it ($1,204.50). */
const money = (amount: number, currency: string | null) => formatMoney('en-US', amount, currency);
/** How a relative change is rounded, as the confirm dialog says it. */
const ROUNDED: Record<PriceRounding, string> = { cents: 'rounded to the cent', whole: 'rounded to whole amounts', 'ninety-nine': 'rounded to .99' };

const ENGLISH_BULK_LABELS = {
  selectedOnPage: (count: number) => `${n(count)} selected on this page`,
  selectedAcrossPages: (count: number, onPage: number) => `${n(count)} selected (${n(onPage)} on this page)`,
  allMatchingSelected: (total: number | null) => (total === null ? 'All matching products selected' : `All ${n(total)} matching selected`),
  selectAllMatching: (total: number | null) => (total === null ? 'Select all matching' : `Select all ${n(total)} matching`),
  allMatchingLeft: (scope: string) => `“All matching” was cleared; ${scope}`,
  clearSelection: 'Clear selection',
  bulkActions: 'Bulk actions',
  showInStore: 'Show in store',
  hideFromStore: 'Hide from store',
  changePrice: 'Change price',
  applyPrice: 'Apply price change',
  priceMode: 'How',
  priceModes: { set: 'Set price to', percent: 'Adjust by %', amount: 'Adjust by amount' },
  priceValue: { set: 'New price', percent: 'Percent (+/−)', amount: 'Amount (+/−)' },
  priceInvalid: 'Enter a number (a new price must not be negative).',
  rounding: 'Rounding',
  roundings: { cents: 'To the cent', whole: 'To a whole amount', 'ninety-nine': 'To .99' },
  preview: 'Preview (before → after)',
  previewOnPage: 'Preview of the first products on this page (before → after)',
  money,
  /** The price change in full, for the confirm dialog: "Increase prices by 10 %, rounded to .99", "Set price to €12.00". */
  priceAction: (change: PriceChange, currency: string | null) => {
    if (change.mode === 'set') return `Set price to ${money(change.amount, currency)}`;
    const by = change.mode === 'percent' ? change.percent : change.delta;
    const size = change.mode === 'percent' ? `${formatNumber('en-US', Math.abs(by), null)} %` : money(Math.abs(by), currency);
    return `${by < 0 ? 'Decrease' : 'Increase'} prices by ${size}, ${ROUNDED[change.rounding]}`;
  },
  more: 'More',
  addTo: { collection: 'Add to collection…', category: 'Add to category…' },
  removeFrom: { collection: 'Remove from collection…', category: 'Remove from category…' },
  chooseTarget: { collection: 'Choose the collection', category: 'Choose the category' },
  chooseFirst: { collection: 'Choose a collection first.', category: 'Choose a category first.' },
  applyMembership: (member: boolean, name: string) => (member ? `Add to “${name}”` : `Remove from “${name}”`),
  membershipAction: (member: boolean, kind: 'collection' | 'category', name: string) =>
    `${member ? 'Add to' : 'Remove from'} ${kind === 'category' ? 'category' : 'collection'} “${name}”`,
  membershipDisabled: (kind: 'collection' | 'category', name: string, id: string) =>
    `Adding to or removing from ${kind === 'category' ? 'categories' : 'collections'} is unavailable: your role lacks the “${name}” permission (${id}). Ask the site owner to grant it.`,
  writesDisabled: (name: string, id: string) =>
    `Changing products is unavailable: your role lacks the “${name}” permission (${id}). Ask the site owner to grant it.`,
  confirmTitle: 'Confirm bulk change',
  confirmText: (action: string, scope: string) => `${action}: ${scope}. This changes these products in your store.`,
  confirm: 'Apply',
  cancel: 'Cancel',
  progressLabel: 'Products done',
  progress: (done: number, total: number | null) => (total === null ? `${n(done)} done…` : `${n(done)} of ${n(total)} done…`),
  finished: (ok: number, failed: number) => `Done: ${n(ok)} changed, ${n(failed)} not changed.`,
  stopRun: 'Stop',
  resultsTitle: 'Bulk change results',
  retryFailed: 'Retry failed',
  undo: 'Undo',
  viewDetails: 'View details',
  stoppedByPermission: (name: string, id: string, done: number) =>
    `Stopped: your role lacks the “${name}” permission (${id}). ${products(done)} changed before it stopped.`,
  stoppedByError: (done: number) => `Stopped: Wix did not accept more changes. ${products(done)} changed before it stopped.`,
  failureNoPrice: 'has no price to change',
  failureCostWithheld: (name: string, id: string) =>
    `not changed: your role can’t see this product’s cost, and changing its price would erase it (ask for the “${name}” permission, ${id}, to see cost and profit)`,
  failureNotAttempted: 'not attempted (the run stopped)',
  failureRejected: (code: string, description: string) => `refused by Wix (${code}${description ? `: ${description}` : ''})`,
  failureErrors: {
    'rate-limited': 'not changed: Wix was receiving too many requests',
    timeout: 'not changed: Wix did not answer in time',
    network: 'not changed: the connection to Wix failed',
    unavailable: 'not changed: Wix Stores could not be reached',
    session: 'not changed: your Wix session ended (reload the page)',
    permission: 'not changed: your role lacks the permission',
    other: 'not changed: Wix answered with an error',
  },
  finishedStopped: (ok: number, notAttempted: number) => `Stopped: ${n(ok)} changed, ${n(notAttempted)} not attempted.`,
  runRest: 'Run the rest',
  toastStopped: (ok: number, notAttempted: number) => `Stopped by you: ${products(ok)} changed, ${n(notAttempted)} not attempted.`,
  undoBusy: 'Undo is not possible while another bulk change is running. Try again when it has finished.',
  toastDone: (ok: number) => `${products(ok)} changed.`,
  toastPartial: (ok: number, failed: number) => `${products(ok)} changed, ${n(failed)} not changed.`,
  toastFailed: 'No products were changed.',
};

/** The bulk actions' labels in one language. */
export type BulkLabelSet = typeof ENGLISH_BULK_LABELS;

const BULK_LABELS_BY_LANGUAGE: Record<'en' | 'de' | 'he', BulkLabelSet> = {
  en: ENGLISH_BULK_LABELS,
  de: GERMAN_BULK_LABELS,
  he: HEBREW_BULK_LABELS,
};

/**
 * Labels of the bulk toolbar, the price form, the confirm dialog, the results and the toasts in the page's
 * language: CatalogLabels' counterpart for the bulk actions' lazy chunk (in the message catalogs they would
 * grow the initial bundle), as FilterLabels is for the filters'. All three languages ride in the bulk chunk.
 * Each label is a getter that reads the page's language (a signal), so templates follow a switch at run time.
 * Override like CatalogLabels: `{provide: BulkLabels, useClass: MyBulkLabels}`.
 */
@Injectable({ providedIn: 'root' })
export class BulkLabels {
  private readonly language = inject(PageLanguage);

  static {
    for (const key of Object.keys(ENGLISH_BULK_LABELS)) {
      Object.defineProperty(this.prototype, key, {
        get(this: BulkLabels) {
          return BULK_LABELS_BY_LANGUAGE[this.language.language()][key as keyof BulkLabelSet];
        },
      });
    }
  }
}

// Declaration merging: the class has a getter for each label (defined in its static block).
export interface BulkLabels extends Readonly<BulkLabelSet> {}
