import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { Subject, catchError, debounceTime, distinctUntilChanged, map, of, startWith, switchMap } from 'rxjs';
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
  protected readonly l = inject(FilterLabels).l;
  private readonly directory = inject(CollectionDirectory);

  readonly selected = input<string | null>(null);
  readonly kind = input<'collection' | 'category'>('collection');
  readonly selectedChange = output<string | null>();

  protected readonly text = signal('');
  protected readonly state = signal<PickerState>({ items: [], next: null, status: 'loading' });
  private readonly reads = new Subject<Read>();
  private readonly typed = new Subject<string>();

  constructor() {
    this.reads
      .pipe(
        switchMap((read) =>
          this.directory.list(read.text, read.next).pipe(
            map((page): PickerState => ({ items: [...read.before, ...page.items], next: page.next, status: 'loaded' })),
            catchError(() => of<PickerState>({ items: read.before, next: read.next, status: 'failed' })),
            startWith<PickerState>({ items: read.before, next: read.next, status: 'loading' }),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((state) => this.state.set(state));
    this.typed
      .pipe(debounceTime(250), distinctUntilChanged(), takeUntilDestroyed())
      .subscribe((text) => this.reads.next({ text, next: null, before: [] }));
    this.reads.next({ text: '', next: null, before: [] });
  }

  protected search(text: string): void {
    this.text.set(text);
    this.typed.next(text.trim());
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
