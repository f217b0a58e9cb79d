import { Injectable, computed, inject, signal } from '@angular/core';
import type { Subscription } from 'rxjs';
import { type BulkAction, undoPlan } from '../../catalog/bulk/bulk-plan';
import { type BulkProgress, type BulkScope, type BulkWork, BulkRunner } from '../../catalog/bulk/bulk-runner';
import { CollectionDirectory } from '../../catalog/collection-directory';
import { DashboardRequests } from '../../catalog/dashboard-requests';
import { BulkLabels } from './bulk-labels';

/**
 * The bulk run of this session and its outcome (lazy chunk, with the toolbar). It outlives the toolbar, so
 * Undo from the toast works after the selection was cleared. Every run ends with a re-read of the page on
 * screen (`reload`), so no row that a write changed is shown as fresh with its old values.
 */
@Injectable({ providedIn: 'root' })
export class BulkSession {
  private readonly runner = inject(BulkRunner);
  private readonly dashboard = inject(DashboardRequests);
  private readonly labels = inject(BulkLabels);
  private readonly directory = inject(CollectionDirectory);
  private run: Subscription | null = null;
  private last: { action: BulkAction | null; reload: () => void } | null = null;

  /** The latest run's progress (null before the first). */
  readonly progress = signal<BulkProgress | null>(null);
  readonly running = computed(() => this.progress()?.phase === 'running');
  readonly failures = computed(() => this.progress()?.results.filter((r) => !r.ok) ?? []);
  readonly successes = computed(() => this.progress()?.results.filter((r) => r.ok).length ?? 0);
  /** Whether the latest run changes collection/category membership (its own permission on V3). */
  readonly membershipRun = signal(false);
  /** Asks the page to show the results (the toast's "View details"). */
  readonly detailsRequested = signal(0);

  /** Starts a run; `reload` re-reads the page when it ends. */
  start(scope: BulkScope, work: BulkWork, reload: () => void): void {
    this.run?.unsubscribe();
    this.last = { action: work.action ?? null, reload };
    this.membershipRun.set(work.action?.kind === 'membership' || (work.plans ?? []).some((p) => p.target.membership));
    this.progress.set({ phase: 'running', total: scope.kind === 'ids' ? scope.ids.length : null, results: [], plans: [], planned: new Map(), stoppedBy: null, calls: 0 });
    this.run = this.runner.run(scope, work).subscribe({
      next: (p) => {
        this.progress.set(p);
        if (p.phase === 'finished') this.finish(p);
      },
      error: (stoppedBy) => {
        const p = this.progress();
        if (p) this.finish({ ...p, phase: 'finished', stoppedBy });
      },
    });
  }

  /** Cancel: no call after this one; what was done stays done and is reported. */
  stop(): void {
    this.run?.unsubscribe();
    this.run = null;
    const p = this.progress();
    if (p?.phase === 'running') this.finish({ ...p, phase: 'finished' });
  }

  /** Retries only the failed products: known absolute targets again, the others planned from the same action. */
  retryFailed(): void {
    const p = this.progress();
    if (!p || !this.last) return;
    const ids = this.failures().map((r) => r.id);
    const plans = ids.map((id) => p.planned.get(id)).filter((x) => x !== undefined);
    this.start({ kind: 'ids', ids }, { plans, action: this.last.action ?? undefined }, this.last.reload);
  }

  /** Restores the values read before the last run, as absolute values, for the products it changed. */
  undo(): void {
    const p = this.progress();
    if (!p || !this.last || p.plans.length === 0) return;
    this.start({ kind: 'ids', ids: p.plans.map((x) => x.id) }, { plans: undoPlan(p.plans) }, this.last.reload);
  }

  private finish(p: BulkProgress): void {
    this.run = null;
    this.progress.set(p);
    // Collection/category counts changed: the lists (filter, More) read them again when next opened.
    if (this.membershipRun()) this.directory.forgetLists();
    this.last?.reload();
    const l = this.labels;
    const ok = p.results.filter((r) => r.ok).length;
    const failed = p.results.length - ok + (p.total !== null ? Math.max(0, p.total - p.results.length) : 0);
    if (failed === 0 && ok > 0) {
      void this.dashboard.toast({ message: l.toastDone(ok), type: 'success', action: p.plans.length > 0 ? { text: l.undo, onClick: () => this.undo() } : undefined });
    } else if (ok > 0) {
      void this.dashboard.toast({ message: l.toastPartial(ok, failed), type: 'warning', action: { text: l.viewDetails, onClick: () => this.detailsRequested.update((n) => n + 1) } });
    } else {
      void this.dashboard.toast({ message: l.toastFailed, type: 'error' });
    }
  }
}
