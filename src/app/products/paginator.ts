import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { PAGE_SIZES } from '../catalog/product';
import { CatalogLabels } from './catalog-labels';

/** First/previous/next/last, the range as a live region, and the page size. */
@Component({
  selector: 'cm-paginator',
  templateUrl: './paginator.html',
  styleUrl: './paginator.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { role: 'group', '[attr.aria-label]': '"Pagination"' },
})
export class Paginator {
  protected readonly labels = inject(CatalogLabels);
  protected readonly sizes = PAGE_SIZES;

  readonly page = input.required<number>();
  readonly pageSize = input.required<number>();
  /** Rows on the current page. */
  readonly shown = input.required<number>();
  /** Null when the catalog cannot count. */
  readonly total = input.required<number | null>();
  readonly pageCount = input.required<number | null>();
  readonly hasNext = input.required<boolean>();
  readonly hasPrevious = input.required<boolean>();
  /** While a page loads the buttons stay focusable but do nothing new. */
  readonly busy = input(false);

  readonly pageChange = output<number>();
  readonly pageSizeChange = output<number>();

  protected readonly range = computed(() =>
    this.labels.rangeLabel(this.page(), this.pageSize(), this.shown(), this.total()),
  );

  /**
   * Buttons at the ends are aria-disabled rather than disabled: a disabled button drops the keyboard
   * focus to the page body, so a person paging with Enter would lose their place.
   */
  protected go(page: number, enabled: boolean): void {
    if (enabled && !this.busy() && page !== this.page()) this.pageChange.emit(page);
  }

  protected changeSize(value: string): void {
    this.pageSizeChange.emit(Number(value));
  }
}
