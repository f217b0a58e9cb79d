import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { PAGE_SIZES, ProductPage } from '../catalog/product';
import { CatalogLabels } from './catalog-labels';

/** First/previous/next/last, the range as a live region, and the page size, for one page of results. */
@Component({
  selector: 'cm-paginator',
  templateUrl: './paginator.html',
  styleUrl: './paginator.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { role: 'group', '[attr.aria-label]': 'labels.pagination' },
})
export class Paginator {
  protected readonly labels = inject(CatalogLabels);
  protected readonly sizes = PAGE_SIZES;

  /** The page on screen: its number, size, rows, total and neighbours. */
  readonly page = input.required<ProductPage>();
  /** While a page loads the buttons stay focusable but do nothing new. */
  readonly busy = input(false);

  /** The merchant asked for page N. */
  readonly pageChange = output<number>();
  /** The merchant chose another page size. */
  readonly pageSizeChange = output<number>();

  protected readonly range = computed(() => {
    const page = this.page();
    return this.labels.rangeLabel(page.page, page.pageSize, page.items.length, page.total);
  });

  /**
   * Buttons at the ends are aria-disabled rather than disabled: a disabled button drops the keyboard
   * focus to the page body, so a person paging with Enter would lose their place.
   */
  protected go(target: number, enabled: boolean): void {
    if (enabled && !this.busy() && target !== this.page().page) this.pageChange.emit(target);
  }

  protected changeSize(value: string): void {
    this.pageSizeChange.emit(Number(value));
  }
}
