import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { normalizeFilters } from '../../catalog/filter-rules';
import { PANEL_CONTEXT } from './filter-context';
import { FilterLabels } from './filter-labels';
import { CollectionPicker } from './collection-picker';

/**
 * The "More filters" panel: price range, collection (V1) or category (V3), last-updated range. A lazy chunk
 * (mounted by FilterBar when first opened, which also moves focus into it). Inline in the page rather than a modal, so the results stay in view and
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
  private readonly filterLabels = inject(FilterLabels);
  /** The labels in the page's language (a signal read: the view follows a switch). */
  protected get l() {
    return this.filterLabels.l;
  }

  protected readonly context = inject(PANEL_CONTEXT);
  protected readonly filters = this.context.filters;
  protected readonly support = this.context.support;

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
