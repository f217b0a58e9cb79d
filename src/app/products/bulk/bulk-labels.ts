import { Injectable } from '@angular/core';

/**
 * English labels of the bulk toolbar, the price form, the confirm dialog and the results: CatalogLabels'
 * counterpart for the bulk actions' lazy chunk (in CatalogLabels they add ~2 kB raw to the initial bundle).
 * Override like CatalogLabels: `{provide: BulkLabels, useClass: MyBulkLabels}`.
 */
@Injectable({ providedIn: 'root' })
export class BulkLabels {
  readonly selectedOnPage = (n: number) => `${count(n)} selected on this page`;
  readonly selectedAcrossPages = (n: number, onPage: number) => `${count(n)} selected (${count(onPage)} on this page)`;
  readonly allMatchingSelected = (n: number | null) => (n === null ? 'All matching products selected' : `All ${count(n)} matching selected`);
  readonly selectAllMatching = (n: number | null) => (n === null ? 'Select all matching' : `Select all ${count(n)} matching`);
  readonly clearSelection = 'Clear selection';
  readonly bulkActions = 'Bulk actions';
  readonly showInStore = 'Show in store';
  readonly hideFromStore = 'Hide from store';
  readonly changePrice = 'Change price';
  readonly applyPrice = 'Apply price change';
  readonly priceMode = 'How';
  readonly priceModes = { set: 'Set price to', percent: 'Adjust by %', amount: 'Adjust by amount' } as const;
  readonly priceValue = { set: 'New price', percent: 'Percent (+/−)', amount: 'Amount (+/−)' } as const;
  readonly priceInvalid = 'Enter a number (a new price must not be negative).';
  readonly rounding = 'Rounding';
  readonly roundings = { cents: 'To the cent', whole: 'To a whole amount', 'ninety-nine': 'To .99' } as const;
  readonly preview = 'Preview (before → after)';
  readonly writesDisabled = (name: string, id: string) =>
    `Changing products is unavailable: your role lacks the “${name}” permission (${id}). Ask the site owner to grant it.`;
  readonly confirmTitle = 'Confirm bulk change';
  readonly confirmText = (action: string, scope: string) => `${action}: ${scope}. This changes these products in your store.`;
  readonly confirm = 'Apply';
  readonly cancel = 'Cancel';
  readonly progressLabel = 'Products done';
  readonly progress = (done: number, total: number | null) => (total === null ? `${count(done)} done…` : `${count(done)} of ${count(total)} done…`);
  readonly finished = (ok: number, failed: number) => `Done: ${count(ok)} changed, ${count(failed)} not changed.`;
  readonly stopRun = 'Stop';
  readonly resultsTitle = 'Bulk change results';
  readonly retryFailed = 'Retry failed';
  readonly undo = 'Undo';
  readonly viewDetails = 'View details';
  readonly stoppedByPermission = (name: string, id: string, done: number) =>
    `Stopped: your role lacks the “${name}” permission (${id}). ${count(done)} products were changed before it stopped.`;
  readonly stoppedByError = (done: number) => `Stopped: Wix did not accept more changes. ${count(done)} products were changed before it stopped.`;
  readonly failureNoPrice = 'has no price to change';
  readonly failureNotAttempted = 'not attempted (the run stopped)';
  readonly failureRejected = (code: string, description: string) => `refused by Wix (${code}${description ? `: ${description}` : ''})`;
  readonly failureError = (kind: string) => `not changed (${kind})`;
  readonly toastDone = (n: number) => `${count(n)} products changed.`;
  readonly toastPartial = (ok: number, failed: number) => `${count(ok)} products changed, ${count(failed)} not changed.`;
  readonly toastFailed = 'No products were changed.';
}

/** A count as the labels write it (1,204). */
function count(n: number): string {
  return n.toLocaleString('en-US');
}
