import { Injectable, computed, inject, signal } from '@angular/core';
import { type BulkAction, type PlannedWrite, undoPlan } from '../../catalog/bulk/bulk-plan';
import { type BulkProgress, type BulkScope, type BulkWork, BulkRunner } from '../../catalog/bulk/bulk-runner';
import { WritePermission } from '../../catalog/bulk/write-permission';
import { CollectionDirectory } from '../../catalog/collection-directory';
import { DashboardRequests } from '../../catalog/dashboard-requests';
import { BulkLabels } from './bulk-labels';

/** One bulk change as the merchant asked for it: its first run and its "Retry failed" / "Run the rest" runs. */
interface Operation {
  readonly action: BulkAction | null;
  readonly reload: () => void;
  readonly membership: boolean;
  /** Every write its runs did (values before kept): Undo restores them all, not only the latest run's. */
  readonly done: PlannedWrite[];
  /** Every target computed once: a later run of the same change re-sends these, never computes anew. */
  readonly planned: Map<string, PlannedWrite>;
  /** Names of the products as the page showed them: a product whose read failed is still named, not shown by id. */
  readonly names: ReadonlyMap<string, string>;
}

/**
 * The bulk run of this session and its outcome (lazy chunk, with the toolbar). It outlives the toolbar, so
 * Undo from the toast works after the selection was cleared. Every run ends, after its last call answered, with
 * a re-read of the page on screen (`reload`), so no row that a write changed is shown as fresh with old values.
 */
@Injectable({ providedIn: 'root' })
export class BulkSession {
  private readonly runner = inject(BulkRunner);
  private readonly dashboard = inject(DashboardRequests);
  private readonly labels = inject(BulkLabels);
  private readonly directory = inject(CollectionDirectory);
  private readonly permission = inject(WritePermission);
  private stopper: AbortController | null = null;
  private operation: Operation | null = null;

  /** The latest run's progress (null before the first). */
  readonly progress = signal<BulkProgress | null>(null);
  readonly running = computed(() => this.progress()?.phase === 'running');
  /** Products not changed for a reason (not the ones a Stop left out: those are `notAttempted`). */
  readonly failures = computed(() =>
    (this.progress()?.results ?? [])
      .filter((r) => !r.ok && !(this.progress()!.cancelled && r.failure.kind === 'not-attempted'))
      .map((r) => (r.name ? r : { ...r, name: this.operation?.names.get(r.id) ?? '' })),
  );
  /** Products the merchant's Stop left out ("Run the rest" runs them). */
  readonly notAttempted = computed(() => (this.progress()?.cancelled ? this.progress()!.results.filter((r) => !r.ok && r.failure.kind === 'not-attempted') : []));
  readonly successes = computed(() => this.progress()?.results.filter((r) => r.ok).length ?? 0);
  /** What Undo restores: every write of the latest change, across its retries. */
  readonly undoable = signal<readonly PlannedWrite[]>([]);
  /** Whether the latest run changes collection/category membership (its own permission on V3). */
  readonly membershipRun = signal(false);
  /** Asks the page to show the results (the toast's "View details"). */
  readonly detailsRequested = signal(0);

  /** Starts a change; `reload` re-reads the page when it ends; `names` as the page shows them. Refused (false) while a run is going. */
  start(scope: BulkScope, work: BulkWork, reload: () => void, names: ReadonlyMap<string, string> = new Map()): boolean {
    if (this.running()) return false;
    const membership = work.action?.kind === 'membership' || (work.plans ?? []).some((p) => p.target.membership !== undefined);
    this.operation = { action: work.action ?? null, reload, membership, done: [], planned: new Map(), names };
    this.undoable.set([]);
    this.launch(scope, work);
    return true;
  }

  /** Stop: the call in flight finishes, no call follows; what was done is reported and stays undoable. */
  stop(): void {
    this.stopper?.abort();
  }

  /** Retries only the failed products: known absolute targets again, the others planned from the same action. */
  retryFailed(): void {
    this.resume(this.failures().map((r) => r.id));
  }

  /** Runs the products a Stop left out, with the targets planned before (the same absolute values). */
  runRest(): void {
    this.resume(this.notAttempted().map((r) => r.id));
  }

  /**
   * Restores values as they were read before, as absolute values: `plans` (the toast captures its own change's),
   * else the latest change's. Refused with a message while another run is going or writes are refused.
   */
  undo(plans: readonly PlannedWrite[] = this.undoable()): void {
    if (plans.length === 0 || !this.operation) return;
    const membership = plans.some((p) => p.target.membership !== undefined);
    const denied = membership ? this.permission.membershipDenied() : this.permission.denied();
    const refusal = this.running() ? this.labels.undoBusy : denied ? this.labels.writesDisabled(denied.name, denied.id) : null;
    if (refusal) {
      void this.dashboard.toast({ message: refusal, type: 'error' });
      return;
    }
    this.start({ kind: 'ids', ids: plans.map((x) => x.id) }, { plans: undoPlan(plans) }, this.operation.reload, new Map(plans.map((p) => [p.id, p.name])));
  }

  /** Another run of the latest change (its done writes are kept for Undo). */
  private resume(ids: readonly string[]): void {
    const op = this.operation;
    if (!op || ids.length === 0 || this.running()) return;
    const plans = ids.map((id) => op.planned.get(id)).filter((x) => x !== undefined);
    this.launch({ kind: 'ids', ids }, { plans, action: op.action ?? undefined });
  }

  private launch(scope: BulkScope, work: BulkWork): void {
    this.membershipRun.set(this.operation!.membership);
    this.progress.set({ phase: 'running', total: scope.kind === 'ids' ? scope.ids.length : null, results: [], plans: [], planned: new Map(), stoppedBy: null, cancelled: false, calls: 0 });
    const stopper = (this.stopper = new AbortController());
    this.runner.run(scope, work, stopper.signal).subscribe({
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

  private finish(p: BulkProgress): void {
    this.stopper = null;
    this.progress.set(p);
    const op = this.operation!;
    op.done.push(...p.plans);
    for (const [id, plan] of p.planned) op.planned.set(id, plan);
    this.undoable.set([...op.done]);
    // Collection/category counts changed: the lists (filter, More) read them again when next opened.
    if (op.membership) this.directory.forgetLists();
    op.reload();
    const l = this.labels;
    const ok = this.successes();
    // The toast's Undo restores this change as it stands now, whatever runs later.
    const undo = [...op.done];
    const details = { text: l.viewDetails, onClick: () => this.detailsRequested.update((n) => n + 1) };
    if (p.cancelled) {
      void this.dashboard.toast({ message: l.toastStopped(ok, this.notAttempted().length), type: 'standard', action: details });
      return;
    }
    const failed = this.failures().length + (p.total !== null ? Math.max(0, p.total - p.results.length) : 0);
    if (failed === 0 && ok > 0) {
      void this.dashboard.toast({ message: l.toastDone(ok), type: 'success', action: undo.length > 0 ? { text: l.undo, onClick: () => this.undo(undo) } : undefined });
    } else if (ok > 0) {
      void this.dashboard.toast({ message: l.toastPartial(ok, failed), type: 'warning', action: details });
    } else {
      void this.dashboard.toast({ message: l.toastFailed, type: 'error' });
    }
  }
}
