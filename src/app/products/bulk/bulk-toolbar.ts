import { ChangeDetectionStrategy, Component, ElementRef, Injector, computed, effect, inject, signal, untracked } from '@angular/core';
import type { BulkAction } from '../../catalog/bulk/bulk-plan';
import type { BulkScope } from '../../catalog/bulk/bulk-runner';
import { WritePermission } from '../../catalog/bulk/write-permission';
import { BulkLabels } from './bulk-labels';
import { FILTER_CONTEXT, PAGE_CONTEXT } from '../filters/filter-context';
import { BulkResults } from './bulk-results';
import { BulkSession } from './bulk-session';
import { ExportButton } from '../export/export-button';
import { ConfirmDialog } from './confirm-dialog';
import { MembershipForm, type MembershipTarget } from './membership-form';
import { PriceChangeForm } from './price-change-form';

/**
 * The bulk toolbar (a lazy chunk: the page loads it when something is first selected) that replaces the
 * search toolbar while rows are selected: what is selected, "Select all N matching", Show / Hide / Change
 * price, More → Add to / Remove from collection (V3: category) (each confirmed), Export (the selected rows, or all matching); progress and results go in the page's panels host. After a refused write (403) the actions stay unavailable for the
 * session and say which permission is missing.
 */
@Component({
  selector: 'cm-bulk-toolbar',
  imports: [PriceChangeForm, MembershipForm, ConfirmDialog, ExportButton],
  // Mounted once, on the first selection: hidden (and its open form or dialog dropped) while nothing is selected.
  host: { '[hidden]': '!selection.active()' },
  templateUrl: './bulk-toolbar.html',
  styleUrl: './bulk-toolbar.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BulkToolbar {
  /** How long the "selection was cleared" notice stays (specs shorten it). */
  static clearedNoticeMs = 10_000;
  protected readonly labels = inject(BulkLabels);
  private readonly host = inject(ElementRef<HTMLElement>);
  private readonly context = inject(PAGE_CONTEXT);
  protected readonly selection = this.context.selection;
  protected readonly session = inject(BulkSession);
  private readonly permission = inject(WritePermission);
  protected readonly denied = this.permission.denied;
  protected readonly membershipDenied = this.permission.membershipDenied;

  protected readonly pricing = signal(false);
  /** A row's checkbox just left "all matching" (the toolbar then says so). */
  private readonly leftAll = signal(false);
  /** Add, then remove (a field: an array literal in the template costs a core helper in the first load). */
  protected readonly directions = [true, false] as const;
  /** Whether "More" shows its actions. */
  protected readonly moreOpen = signal(false);
  /** The open membership form: adding (true) or removing (false); null while none is open. */
  protected readonly membership = signal<boolean | null>(null);
  /** V1 collections or V3 categories, as the page's catalog has them. */
  protected readonly kind = computed(() => this.context.page()?.filterSupport?.collectionKind ?? 'collection');
  protected readonly membershipUnavailable = computed(() => this.membershipDenied() !== null || this.session.running());
  /** The message that says why the membership actions are unavailable. */
  protected readonly deniedMessageId = computed(() => (this.denied() ? 'cm-writes-denied' : this.membershipDenied() ? 'cm-membership-denied' : null));
  protected readonly emptySet: ReadonlySet<string> = new Set();
  /**
   * The ids the price form previews: the chosen ones, or for "all matching" (the riskiest scope) the first rows on
   * screen, which match by definition.
   */
  protected readonly selectedIds = computed(() => (this.selection.all() ? (this.context.page()?.items ?? []).map((p) => p.id) : [...this.selection.ids()]));
  /** The store's currency, as the table's rows carry it (null until a row does). */
  protected readonly currency = computed(() => this.context.page()?.items.find((p) => p.currency)?.currency ?? null);
  protected readonly unavailable = computed(() => this.denied() !== null || this.session.running());
  protected readonly total = computed(() => this.context.page()?.total ?? null);
  /**
   * "25 selected on this page" / "30 selected (5 on this page)" / "All 1,204 matching selected"; after a row's
   * checkbox left "all matching": "“All matching” was cleared; 24 selected on this page".
   */
  protected readonly scopeText = computed(() => {
    const l = this.labels;
    if (this.selection.all()) return l.allMatchingSelected(this.total());
    const ids = this.selection.ids();
    const n = ids.size;
    const onPage = (this.context.page()?.items ?? []).filter((p) => ids.has(p.id)).length;
    const scope = onPage === n ? l.selectedOnPage(n) : l.selectedAcrossPages(n, onPage);
    return this.leftAll() ? l.allMatchingLeft(scope) : scope;
  });
  /** "Select all N matching" is offered while the result holds more than the rows selected. */
  protected readonly offerAll = computed(() => {
    const page = this.context.page();
    if (!page || this.selection.all()) return false;
    return page.hasNext || page.hasPrevious || (page.total ?? 0) > this.selection.ids().size;
  });

  constructor() {
    // The count, spoken by the page's selection live region: it exists (empty) before this lazy toolbar, so even
    // the first count is heard (a region created holding its text is not announced; a line added to one is).
    // Added and written here, as text (never HTML), so the page carries no code for it.
    const region = (this.host.nativeElement as HTMLElement).closest('.card')?.querySelector('.selection-status');
    const line = region?.ownerDocument.createElement('span');
    if (region && line) {
      line.className = 'visually-hidden count';
      region.append(line);
    }
    effect(() => {
      const text = this.selection.active() ? this.scopeText() : '';
      if (line && line.textContent !== text) line.textContent = text;
    });
    // The "selection was cleared" notice is said once (when it appears), then leaves after a while rather than
    // staying over every later search. A selection is cleared only after one was made, so this toolbar is there.
    effect((onCleanup) => {
      if (!this.selection.cleared()) return;
      const timer = setTimeout(() => this.selection.cleared.set(false), BulkToolbar.clearedNoticeMs);
      onCleanup(() => clearTimeout(timer));
    });
    // "All matching" left by a row's checkbox (the selection is then that page's rows): said until the next change.
    let wasAll = false;
    effect(() => {
      const all = this.selection.all();
      const size = this.selection.ids().size;
      untracked(() => this.leftAll.set(wasAll && !all && size > 0));
      wasAll = all;
    });
    effect(() => {
      if (this.selection.active()) return;
      this.pricing.set(false);
      this.pending.set(null);
      this.moreOpen.set(false);
      this.membership.set(null);
    });
    // Progress and results go in the page's panels host: they outlive this toolbar's hiding (the selection
    // cleared, the query changed), so Stop stays in reach and "View details" focuses what is on screen.
    // The page's `mountLazy`, handed over (FILTER_CONTEXT) rather than imported: an import would split it into
    // a first-load chunk of its own.
    const panels = this.context.panels();
    if (panels) void inject(FILTER_CONTEXT).mount(panels, 'cm-bulk-results', inject(Injector), async () => BulkResults);
  }

  protected act(kind: 'show' | 'hide'): void {
    if (this.unavailable()) return;
    this.confirmAndRun(kind === 'show' ? this.labels.showInStore : this.labels.hideFromStore, { kind: 'visibility', visible: kind === 'show' });
  }

  protected togglePricing(): void {
    if (this.unavailable()) return;
    this.membership.set(null);
    this.pricing.update((open) => !open);
  }

  protected toggleMore(): void {
    this.moreOpen.update((open) => !open);
    if (!this.moreOpen()) this.membership.set(null);
  }

  /** Escape in the disclosed actions: close them (and the form they opened), focus back on More. */
  protected closeMore(more: HTMLElement): void {
    this.moreOpen.set(false);
    this.membership.set(null);
    more.focus();
  }

  protected toggleMembership(member: boolean): void {
    if (this.membershipUnavailable()) return;
    this.pricing.set(false);
    this.membership.update((open) => (open === member ? null : member));
  }

  protected changeMembership(member: boolean, target: MembershipTarget): void {
    if (this.membershipUnavailable()) return;
    this.confirmAndRun(this.labels.membershipAction(member, this.kind(), target.name), { kind: 'membership', membership: { id: target.id, member } });
  }

  protected changePrice(action: BulkAction): void {
    if (this.unavailable()) return;
    // The change in full ("Increase prices by 10 %, rounded to .99"), not just "Change price": the merchant confirms what will be written.
    this.confirmAndRun(action.kind === 'price' ? this.labels.priceAction(action.change, this.currency()) : this.labels.changePrice, action);
  }

  /** The action waiting for the merchant's confirmation (the confirm dialog is open while set). */
  protected readonly pending = signal<{ name: string; action: BulkAction } | null>(null);

  private confirmAndRun(name: string, action: BulkAction): void {
    this.pending.set({ name, action });
  }

  protected confirmed(ok: boolean): void {
    const pending = this.pending();
    this.pending.set(null);
    if (!ok || !pending) return;
    const action = pending.action;
    this.pricing.set(false);
    this.membership.set(null);
    const scope: BulkScope = this.selection.all() ? { kind: 'query', query: this.context.query() } : { kind: 'ids', ids: [...this.selection.ids()] };
    const names = new Map((this.context.page()?.items ?? []).map((p) => [p.id, p.name]));
    this.session.start(scope, { action }, this.context.reload, names);
  }
}
