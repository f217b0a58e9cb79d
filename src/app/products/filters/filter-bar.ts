import { ApplicationRef, ChangeDetectionStrategy, Component, ElementRef, Injector, computed, effect, inject, signal, untracked } from '@angular/core';
import { CollectionDirectory } from '../../catalog/collection-directory';
import { HiddenProducts } from '../../catalog/hidden-products';
import type { FilterBlock, FilterName, ProductFilters } from '../../catalog/product-filters';
import { NO_FILTERS, PRODUCT_TYPE_FILTERS, STOCK_FILTERS, VISIBILITY_FILTERS, normalizeFilters, supportedFilters } from '../../catalog/filter-rules';
import { ColumnChooser } from '../columns/column-chooser';
import { FilterLabels } from './filter-labels';
import { FilterChip, filterChips, panelFilterCount } from './filter-chips';
import { FILTER_CONTEXT, PANEL_CONTEXT, PanelContext } from './filter-context';

/**
 * The filter row: stock, product type and visibility inline (at most three, Wix's table guidance), the rest in
 * a "More filters" panel whose code is a lazy chunk, and the active filters as removable chips with "Clear
 * all". A control the catalog cannot run is disabled with its reason; nothing is filtered in the browser.
 */
@Component({
  selector: 'cm-filter-bar',
  imports: [ColumnChooser],
  templateUrl: './filter-bar.html',
  styleUrl: './filter-bar.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FilterBar {
  private readonly filterLabels = inject(FilterLabels);
  /** The labels in the page's language (a signal read: the view follows a switch). */
  protected get l() {
    return this.filterLabels.l;
  }
  private readonly directory = inject(CollectionDirectory);
  protected readonly stockValues = STOCK_FILTERS;
  protected readonly typeValues = PRODUCT_TYPE_FILTERS;
  protected readonly visibilityValues = VISIBILITY_FILTERS;

  private readonly context = inject(FILTER_CONTEXT);
  protected readonly filters = computed(() => this.context.filters() ?? NO_FILTERS);
  private readonly hiddenProducts = inject(HiddenProducts);
  private readonly hiddenAccess = this.hiddenProducts.access;
  /** What the catalog can filter on, with "Hidden" blocked for a role Wix said may not see hidden products. */
  protected readonly support = computed(() => {
    const support = this.context.support();
    return support?.hidden === null && this.hiddenAccess() === 'denied' ? { ...support, hidden: 'role' as const } : support;
  });
  private readonly currency = this.context.currency;

  protected readonly panelOpen = signal(false);
  protected readonly panelReady = signal(false);
  /** The bar's own element: the panel's host and the "More filters" button are found in it (no `viewChild`, see SearchBox.clear). */
  private readonly element: HTMLElement = inject(ElementRef).nativeElement;
  private readonly panelHost = () => this.element.querySelector<HTMLElement>('.panel-host');
  private readonly injector = inject(Injector);
  private readonly appRef = inject(ApplicationRef);
  private panel: Promise<void> | null = null;
  /** Bumped when a collection name becomes known, so the chips recompute. */
  private readonly namesSeen = signal(0);
  protected readonly chips = computed(() => {
    this.namesSeen();
    const currency = this.currency();
    const money = (n: number) => (currency ? new Intl.NumberFormat('en-US', { style: 'currency', currency }).format(n) : n.toFixed(2));
    return filterChips(this.filters(), this.support(), this.l, (id) => this.directory.nameOf(id), money);
  });
  protected readonly panelCount = computed(() => panelFilterCount(this.filters()));
  protected readonly any = computed(() => this.context.filters() !== null);

  constructor() {
    effect((onCleanup) => {
      // A collection filter from the URL (reload, deep link) names an id: its chip asks Wix for the name once.
      const id = this.filters().collection;
      if (!id || this.directory.nameOf(id) !== null) return;
      const read = this.directory.lookup(id).subscribe({ next: () => this.namesSeen.update((n) => n + 1), error: () => undefined });
      onCleanup(() => read.unsubscribe());
    });
    effect(() => {
      // A filter this catalog cannot run (a deep link made on another store) is dropped, never applied in the browser.
      const support = this.support();
      const filters = this.filters();
      if (!support) return;
      const runnable = supportedFilters(filters, support);
      if (JSON.stringify(runnable) !== JSON.stringify(filters)) untracked(() => this.context.set(runnable));
      // Hidden products asked for from outside (a link, a saved view): learn whether this role may see them.
      else if (filters.visibility === 'hidden' && support.visibility === null) void this.hiddenProducts.check();
    });
  }

  /** Why a control is disabled, or null when it works. */
  protected block(name: 'visibility' | 'stock' | 'productType'): FilterBlock | null {
    return this.support()?.[name] ?? null;
  }

  protected hiddenBlocked(): boolean {
    return (this.support()?.hidden ?? null) !== null;
  }

  /** The visibility control is about to be used: learn now whether this role may see hidden products. */
  protected askHidden(): void {
    if (this.support()?.visibility === null) void this.hiddenProducts.check();
  }

  /**
   * "Hidden" chosen before Wix has said whether this role may see hidden products: asked first, so a role that
   * may not gets the option disabled with the reason instead of an empty list.
   */
  protected setVisibility(select: HTMLSelectElement): void {
    if (select.value !== 'hidden' || this.hiddenAccess() !== 'unknown') return this.set('visibility', select.value);
    void this.hiddenProducts.check().then((access) => {
      if (access !== 'denied') this.set('visibility', 'hidden');
      else select.value = this.filters().visibility ?? '';
    });
  }

  protected set(name: FilterName, value: unknown): void {
    this.context.set(normalizeFilters({ ...this.filters(), [name]: value === '' ? null : value }));
  }

  protected setMany(next: ProductFilters): void {
    this.namesSeen.update((n) => n + 1);
    this.context.set(normalizeFilters(next));
  }

  protected remove(chip: FilterChip): void {
    const next: Record<string, unknown> = { ...this.filters() };
    for (const name of chip.clears) next[name] = null;
    this.context.set(normalizeFilters(next));
  }

  protected clearAll(): void {
    this.context.set(NO_FILTERS);
  }

  protected togglePanel(): void {
    this.panelOpen.update((open) => !open);
    if (this.panelOpen()) void this.openPanel();
  }

  /** Mounts the panel from its chunk the first time it opens; it stays mounted (hidden) after that. */
  private openPanel(): Promise<unknown> {
    const host = this.panelHost();
    if (!host) return Promise.resolve();
    const context: PanelContext = { filters: this.filters, support: this.support, set: (f) => this.setMany(f), close: () => this.closePanel() };
    const injector = Injector.create({ providers: [{ provide: PANEL_CONTEXT, useValue: context }], parent: this.injector });
    this.panel ??= this.context.mount(host, 'cm-more-filters', injector, () => import('./more-filters').then((m) => m.MoreFilters)).then(
      () => this.panelReady.set(true),
      (error: unknown) => {
        this.panel = null;
        throw error;
      },
    );
    return this.panel.then(() => this.focusPanel(), () => undefined);
  }

  /** Opening the panel moves focus into it, so keyboard users land on its first control. */
  private focusPanel(): void {
    if (!this.panelOpen()) return;
    // Render first: the panel is `hidden` until this view updates, and hidden controls cannot take focus.
    this.appRef.tick();
    this.panelHost()?.querySelector<HTMLElement>('input:enabled, button:enabled')?.focus();
  }

  private closePanel(): void {
    this.panelOpen.set(false);
    // Back to the button that opened the panel, so keyboard users do not lose their place.
    this.element.querySelector<HTMLElement>('button.more')?.focus();
  }
}
