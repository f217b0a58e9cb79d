import { ChangeDetectionStrategy, Component, computed, inject, input, model } from '@angular/core';
import { MAX_SEARCH_LENGTH, TextMatch } from '../catalog/product';
import { CatalogLabels } from './catalog-labels';

/** The labelled search field with a clear button; the text is two-way bound. */
@Component({
  selector: 'cm-search-box',
  template: `
    <label class="label" for="cm-search">{{ labels.searchLabel }}</label>
    <div class="field">
      <svg class="icon" aria-hidden="true" viewBox="0 0 24 24" width="18" height="18">
        <path d="M10 4a6 6 0 1 0 3.7 10.7l4.8 4.8 1.4-1.4-4.8-4.8A6 6 0 0 0 10 4Zm0 2a4 4 0 1 1 0 8 4 4 0 0 1 0-8Z" />
      </svg>
      <input
        #input
        id="cm-search"
        type="search"
        autocomplete="off"
        spellcheck="false"
        [placeholder]="labels.searchPlaceholder"
        [value]="text()"
        (input)="text.set(input.value)"
        (keydown.escape)="clear(input)"
        [attr.aria-describedby]="describedBy()"
      />
      @if (text()) {
        <button type="button" class="clear" [attr.aria-label]="labels.clearSearch" (click)="clear(input)">
          <svg aria-hidden="true" viewBox="0 0 24 24" width="16" height="16">
            <path d="m6.4 5 5.6 5.6L17.6 5 19 6.4 13.4 12l5.6 5.6-1.4 1.4-5.6-5.6L6.4 19 5 17.6l5.6-5.6L5 6.4Z" />
          </svg>
        </button>
      }
    </div>
    @if (textMatch(); as match) {
      <p id="cm-search-hint" class="hint">{{ labels.searchHint[match] }}</p>
    }
    @if (capped()) {
      <p id="cm-search-capped" class="hint" role="status">{{ labels.searchCapped(maxLength) }}</p>
    }
  `,
  styleUrl: './search-box.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SearchBox {
  protected readonly labels = inject(CatalogLabels);
  protected readonly maxLength = MAX_SEARCH_LENGTH;

  /** The search text as typed. */
  readonly text = model('');
  /** How this store's catalog matches the text, once known; the box then says so under the field. */
  readonly textMatch = input<TextMatch | null>(null);

  protected readonly capped = computed(() => this.text().trim().length > MAX_SEARCH_LENGTH);
  protected readonly describedBy = computed(
    () => [this.textMatch() ? 'cm-search-hint' : '', this.capped() ? 'cm-search-capped' : ''].filter(Boolean).join(' ') || null,
  );

  /**
   * Empties the field and keeps the focus in it. The field comes from the template's reference, not a
   * `viewChild`: no component of the app uses a query, which keeps Angular's query code (about 10 kB) out of
   * the initial bundle.
   */
  protected clear(input: HTMLInputElement): void {
    this.text.set('');
    input.focus();
  }
}
