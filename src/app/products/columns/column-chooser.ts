import { ApplicationRef, ChangeDetectionStrategy, Component, ElementRef, computed, effect, inject, signal } from '@angular/core';
import { CollectionDirectory } from '../../catalog/collection-directory';
import { FILTER_CONTEXT } from '../filters/filter-context';
import { ColumnLabels } from './column-labels';
import type { ColumnChoice, ColumnId } from './product-columns';

/** Why a column cannot be switched on: the catalog cannot give it, the role may not see it, or not known yet. */
type ColumnBlock = 'catalog' | 'role' | 'checking';

/**
 * The column chooser: a "Columns" button that opens a native modal `<dialog>` (focus trap, Escape and an inert
 * page for free, no overlay code in the first bundle) listing every column with a checkbox and "move up" /
 * "move down" buttons; Name is always shown, first. Changes apply at once and are kept by `ProductColumns`.
 * Also reads the names of the collections on screen while that column is shown. In the filter bar's lazy chunk,
 * at the end of its row.
 */
@Component({
  selector: 'cm-column-chooser',
  templateUrl: './column-chooser.html',
  styleUrl: './column-chooser.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ColumnChooser {
  private readonly columnLabels = inject(ColumnLabels);
  /** The chooser's labels in the page's language (a signal read: the view follows a switch). */
  protected get l() {
    return this.columnLabels.l;
  }
  // Handed over by the page, not imported: see ColumnContext.
  private readonly context = inject(FILTER_CONTEXT).columns;
  protected readonly labels = this.context.labels;
  private readonly columns = this.context.columns;
  private readonly directory = inject(CollectionDirectory);
  private readonly appRef = inject(ApplicationRef);
  // No queries (viewChild): their code would weigh on the initial bundle. Elements come as template references.
  private readonly element: HTMLElement = inject(ElementRef).nativeElement;

  /** Every column in the dialog's order: the shown ones as shown, then the others. */
  protected readonly order = signal<readonly ColumnId[]>([]);
  protected readonly announcement = signal('');
  /** What a one-product read asking for cost and profit said, where no page has said it yet (Catalog V3). */
  private readonly probed = signal<'sent' | 'withheld' | 'checking' | null>(null);
  private readonly merchantData = computed(() => this.context.page()?.merchantData ?? this.probed());
  private readonly categories = computed(() => this.context.page()?.filterSupport?.collectionKind === 'category');
  /** Every column, each once, in a list order: the shown ones first as shown, then the others. */
  private readonly listed = (first: ColumnChoice) => [...first, ...this.columns.all.filter((c) => !first.includes(c))];

  constructor() {
    effect((onCleanup) => {
      // The collections column shows names; products carry ids: one read for the ids on screen not known yet.
      if (!this.columns.choice().includes('collections')) return;
      const known = this.columns.names();
      const ids = (this.context.page()?.items ?? []).flatMap((p) => p.collectionIds ?? []).filter((id) => !known.has(id));
      if (ids.length === 0) return;
      const read = this.directory.lookupAll(ids).subscribe({
        next: (found) => this.columns.names.update((names) => new Map([...names, ...found])),
        // A failed read leaves "…" in those cells; the next page of products asks again.
        error: () => undefined,
      });
      onCleanup(() => read.unsubscribe());
    });
  }

  protected shown(column: ColumnId): boolean {
    return this.columns.choice().includes(column);
  }

  /** A column's name, as its heading says it (V1's price column is the list price, V3's collections categories). */
  protected name(column: ColumnId | 'name'): string {
    const support = this.context.page()?.filterSupport;
    return this.labels.column(column === 'collections' && this.categories() ? 'categories' : column === 'price' && support?.pricedBy === 'list' ? 'listPrice' : column);
  }

  protected block(column: ColumnId): ColumnBlock | null {
    // Catalog V3 keeps quantities in inventory items, which its product reads do not carry.
    if (column === 'quantity' && this.categories()) return 'catalog';
    if (column !== 'cost' && column !== 'profit') return null;
    const data = this.merchantData();
    return data === 'withheld' ? 'role' : data === 'checking' ? 'checking' : null;
  }

  protected reason(block: ColumnBlock): string {
    return block === 'catalog' ? this.l.notAvailable : block === 'role' ? this.l.managersOnly : this.l.checking;
  }

  protected open(dialog: HTMLDialogElement, opener: HTMLElement): void {
    this.order.set(this.listed(this.columns.choice()));
    this.announcement.set('');
    // Render the list first: opening focuses the dialog's first control, which should be the first column.
    this.appRef.tick();
    dialog.showModal();
    // Under its button, not centred: the dashboard sizes this frame to its content, so the frame's centre can be
    // far below what the merchant sees. In page coordinates (the dialog is absolutely positioned).
    const button = opener.getBoundingClientRect();
    const view = dialog.ownerDocument.defaultView!;
    const rtl = view.getComputedStyle(dialog).direction === 'rtl';
    dialog.style.top = `${button.bottom + view.scrollY + 8}px`;
    dialog.style.left = `${Math.max(8, rtl ? button.left : button.right - dialog.offsetWidth) + view.scrollX}px`;
    if (this.merchantData() === null) this.probe();
  }

  protected toggle(column: ColumnId): void {
    this.apply(this.order(), column);
  }

  /** Moves a column one place up (-1) or down (+1); focus stays on the button pressed. */
  protected move(index: number, step: -1 | 1, button: HTMLElement): void {
    const order = [...this.order()];
    const to = index + step;
    if (to < 0 || to >= order.length) return;
    [order[index], order[to]] = [order[to], order[index]];
    this.order.set(order);
    this.apply(order);
    this.announcement.set(this.l.moved(this.name(order[to]), to + 2, order.length + 1));
    // The row's buttons were moved in the DOM, which drops the focus: render, then give it back.
    this.appRef.tick();
    this.element.querySelector<HTMLElement>(`#${button.id}`)?.focus();
  }

  protected reset(): void {
    this.order.set(this.listed(this.columns.defaults));
    this.save(this.columns.defaults);
  }

  /** Shows the checked columns in the dialog's order (`flip`: the one whose checkbox was just used). */
  private apply(order: readonly ColumnId[], flip?: ColumnId): void {
    this.save(order.filter((c) => (c === flip ? !this.shown(c) : this.shown(c))));
  }

  /** Shows these columns, and remembers them for the site unless a saved view is applied. */
  private save(choice: ColumnChoice): void {
    this.columns.choice.set(choice);
    try {
      if (this.columns.remember) localStorage.setItem(this.columns.key, JSON.stringify({ v: 1, value: choice }));
    } catch {
      // Full or blocked storage: the choice lasts for this visit.
    }
  }

  /**
   * One product, asking for cost and profit: Catalog V3 says nothing about them unless asked, and refuses the
   * asking to a role that may not see them, so the chooser offers them only after this answer.
   */
  private probe(): void {
    this.probed.set('checking');
    const query = { text: '', sort: 'updated-desc', pageSize: 1, page: 1, merchantData: true } as const;
    this.context.gateway.search(query).subscribe({
      next: (page) => this.probed.set(page.merchantData ?? null),
      // Not known: offered; the catalog itself still sends cost only to whom it may.
      error: () => this.probed.set(null),
    });
  }
}
