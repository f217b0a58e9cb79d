import { ChangeDetectionStrategy, Component, DestroyRef, inject, input, output, signal } from '@angular/core';
import { Subject, catchError, map, of, startWith, switchMap } from 'rxjs';
import { CollectionDirectory, CollectionOption } from '../../catalog/collection-directory';
import { FilterLabels } from './filter-labels';

/** What the list shows: options so far, where more would start, and the load state. */
interface PickerState {
  readonly items: readonly CollectionOption[];
  readonly next: string | null;
  readonly status: 'loading' | 'loaded' | 'failed';
}

/** One read of the list: the text, where to continue, and the options already on screen to keep. */
interface Read {
  readonly text: string;
  readonly next: string | null;
  readonly before: readonly CollectionOption[];
}

/**
 * The collection (V1) / category (V3) list of the "More filters" panel: loaded when the panel opens, a page at
 * a time ("Show more"), searchable by name (a store can have hundreds). Choosing is a native radio group:
 * arrow keys move between options. Only the latest read can render (switchMap).
 */
@Component({
  selector: 'cm-collection-picker',
  templateUrl: './collection-picker.html',
  styleUrl: './collection-picker.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CollectionPicker {
  private readonly filterLabels = inject(FilterLabels);
  /** The labels in the page's language (a signal read: the view follows a switch). */
  protected get l() {
    return this.filterLabels.l;
  }
  private readonly directory = inject(CollectionDirectory);

  readonly selected = input<string | null>(null);
  readonly kind = input<'collection' | 'category'>('collection');
  /** Whether "Any" (no collection) is offered: a filter's choice, not a bulk action's target. */
  readonly anyOption = input(true);
  /** Ids not offered (a bulk action leaves out V1's "All Products", which every product is in). */
  readonly exclude = input<readonly string[]>([]);
  readonly selectedChange = output<string | null>();

  protected readonly text = signal('');
  protected readonly state = signal<PickerState>({ items: [], next: null, status: 'loading' });
  private readonly reads = new Subject<Read>();
  /** The pending read of typed text: a read starts once typing pauses for 250 ms. */
  private typing: ReturnType<typeof setTimeout> | undefined;
  private searched = '';

  constructor() {
    const subscription = this.reads
      .pipe(
        switchMap((read) =>
          this.directory.list(read.text, read.next).pipe(
            map((page): PickerState => ({ items: [...read.before, ...page.items], next: page.next, status: 'loaded' })),
            catchError(() => of<PickerState>({ items: read.before, next: read.next, status: 'failed' })),
            startWith<PickerState>({ items: read.before, next: read.next, status: 'loading' }),
          ),
        ),
      )
      .subscribe((state) => this.state.set(state));
    // A timer and DestroyRef rather than debounceTime and takeUntilDestroyed: library code that only this
    // chunk uses would land in the first bundle (the library's module is reached from it).
    inject(DestroyRef).onDestroy(() => {
      clearTimeout(this.typing);
      subscription.unsubscribe();
    });
    this.reads.next({ text: '', next: null, before: [] });
  }

  protected search(text: string): void {
    this.text.set(text);
    clearTimeout(this.typing);
    this.typing = setTimeout(() => {
      if (text.trim() === this.searched) return;
      this.searched = text.trim();
      this.reads.next({ text: this.searched, next: null, before: [] });
    }, 250);
  }

  /** The next page after the options on screen; after a failure, the read that failed again. */
  protected more(): void {
    const { items, next } = this.state();
    this.reads.next({ text: this.text().trim(), next, before: items });
  }

  protected choose(option: CollectionOption | null): void {
    if (option) this.directory.remember(option);
    this.selectedChange.emit(option?.id ?? null);
  }
}
