import { ChangeDetectionStrategy, Component, ElementRef, computed, effect, inject, untracked } from '@angular/core';
import { WritePermission } from '../../catalog/bulk/write-permission';
import type { ItemResult } from '../../catalog/bulk/bulk-plan';
import type { CatalogError } from '../../catalog/catalog-error';
import { BulkLabels } from './bulk-labels';
import { BulkSession } from './bulk-session';

/**
 * A run's progress (with Stop) and, when it ended, its results per product with Run the rest, Retry failed and
 * Undo. The bulk toolbar mounts it in the page's panels host, not inside itself: the toolbar hides while nothing
 * is selected, and a run (its Stop, its report) must stay in reach when the selection goes.
 */
@Component({
  selector: 'cm-bulk-results',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (session.progress(); as p) {
      <section id="cm-bulk-results" class="results" tabindex="-1" [attr.aria-label]="labels.resultsTitle">
        <progress [max]="p.total ?? 1" [value]="done()" [attr.aria-label]="labels.progressLabel"></progress>
        <p role="status">{{ summary() }}</p>
        @if (p.phase === 'running') {
          <button type="button" (click)="session.stop()">{{ labels.stopRun }}</button>
        } @else {
          @if (stoppedBy(); as why) {
            <p role="alert">{{ why }}</p>
          }
          @if (session.failures().length > 0) {
            <ul class="failed">
              @for (f of session.failures(); track f.id) {
                <li><span dir="auto">{{ f.name || f.id }}</span>: {{ reason(f) }}</li>
              }
            </ul>
          }
          @if (session.notAttempted().length > 0 && !denied()) {
            <button type="button" (click)="session.runRest()">{{ labels.runRest }}</button>
          }
          @if (session.failures().length > 0 && !denied()) {
            <button type="button" (click)="session.retryFailed()">{{ labels.retryFailed }}</button>
          }
          @if (session.undoable().length > 0 && !denied()) {
            <button type="button" (click)="session.undo()">{{ labels.undo }}</button>
          }
        }
      </section>
    }
  `,
  styles: `
    .results { display: flex; flex-wrap: wrap; gap: 8px 12px; align-items: center; padding: 12px 0 0; }
    progress { flex-basis: 100%; height: 8px; }
    p { margin: 0; }
    .failed { flex-basis: 100%; margin: 0; padding-inline-start: 20px; max-height: 160px; overflow: auto; }
    button { height: 32px; padding: 0 14px; border: 1px solid var(--cm-border-strong); border-radius: 16px; background: var(--cm-surface); color: var(--cm-text); font: inherit; cursor: pointer; }
  `,
})
export class BulkResults {
  protected readonly labels = inject(BulkLabels);
  protected readonly session = inject(BulkSession);
  private readonly permission = inject(WritePermission);
  /** Refused for this kind of run: no Retry or Undo (they would be refused again). */
  protected readonly denied = computed(() => (this.session.membershipRun() ? this.permission.membershipDenied() : this.permission.denied()));
  protected readonly done = computed(() => this.session.progress()?.results.length ?? 0);
  /** "3 of 10 done…", "Done: 3 changed, 1 not changed.", "Stopped: 3 changed, 7 not attempted." */
  protected readonly summary = computed(() => {
    const p = this.session.progress();
    const l = this.labels;
    if (!p) return '';
    if (p.phase === 'running') return l.progress(this.done(), p.total);
    if (p.cancelled) return l.finishedStopped(this.session.successes(), this.session.notAttempted().length);
    return l.finished(this.session.successes(), this.session.failures().length);
  });
  private readonly element = inject<ElementRef<HTMLElement>>(ElementRef);

  constructor() {
    // The toast's "View details": bring the results into view and focus (each request once, not on mounting).
    const seen = this.session.detailsRequested();
    effect(() => {
      if (this.session.detailsRequested() === seen) return;
      untracked(() => this.element.nativeElement.querySelector<HTMLElement>('#cm-bulk-results')?.focus());
    });
  }
  protected readonly stoppedBy = computed(() => {
    const error = this.session.progress()?.stoppedBy;
    if (!error) return null;
    if (error.kind === 'permission-denied') return this.labels.stoppedByPermission(error.permission.name, error.permission.id, this.session.successes());
    return this.labels.stoppedByError(this.session.successes());
  });

  protected reason(result: ItemResult): string {
    if (result.ok) return '';
    const f = result.failure;
    const l = this.labels;
    switch (f.kind) {
      case 'no-price':
        return l.failureNoPrice;
      case 'cost-withheld':
        return l.failureCostWithheld(f.permission.name, f.permission.id);
      case 'not-attempted':
        return l.failureNotAttempted;
      case 'rejected':
        return l.failureRejected(f.code, f.description);
      case 'error':
        return l.failureErrors[failureKey(f.error)];
    }
  }
}

/** Which sentence says why a call failed (the kinds a write or its read can end with). */
function failureKey(error: CatalogError): keyof BulkLabels['failureErrors'] {
  switch (error.kind) {
    case 'rate-limited':
      return 'rate-limited';
    case 'unavailable':
      return error.reason === 'server' ? 'unavailable' : error.reason;
    case 'unauthenticated':
    case 'not-in-dashboard':
      return 'session';
    case 'permission-denied':
      return 'permission';
    default:
      return 'other';
  }
}
