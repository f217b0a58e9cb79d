import { ChangeDetectionStrategy, Component, ElementRef, afterNextRender, inject } from '@angular/core';
import { normalizeFilters } from '../../catalog/product-filters';
import { PANEL_CONTEXT } from './panel-context';
import { FilterLabels } from './filter-labels';
import { CollectionPicker } from './collection-picker';

/**
 * The "More filters" panel: price range, collection (V1) or category (V3), last-updated range. A lazy chunk
 * (loaded by FilterBar's `@defer`). Inline in the page rather than a modal, so the results stay in view and
 * each change applies at once (one request per change).
 */
@Component({
  selector: 'cm-more-filters',
  imports: [CollectionPicker],
  templateUrl: './more-filters.html',
  styleUrl: './more-filters.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { role: 'region', '[attr.aria-label]': 'l.moreFilters' },
})
export class MoreFilters {
  protected readonly l = inject(FilterLabels).l;
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly context = inject(PANEL_CONTEXT);
  protected readonly filters = this.context.filters;
  protected readonly support = this.context.support;

  constructor() {
    // Opening the panel moves focus into it, so keyboard users land on its first control.
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>('input:not([disabled]), button')?.focus());
  }

  protected priceLabel(): string {
    return this.support()?.pricedBy === 'list' ? this.l.listPrice : this.l.price;
  }

  protected applyPrice(min: string, max: string): void {
    this.emit({ priceMin: min, priceMax: max });
  }

  protected setCollection(id: string | null): void {
    this.emit({ collection: id });
  }

  protected setUpdated(from: string, to: string): void {
    this.emit({ updatedFrom: from || null, updatedTo: to || null });
  }

  private emit(patch: Record<string, unknown>): void {
    const next = normalizeFilters({ ...this.filters(), ...patch });
    if (JSON.stringify(next) !== JSON.stringify(this.filters())) this.context.set(next);
  }
}
