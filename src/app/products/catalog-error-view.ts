import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { CatalogError } from '../catalog/catalog-error';
import { CatalogLabels } from './catalog-labels';

/** One error state: what happened, what to do, the action, and the request id for support. */
@Component({
  selector: 'cm-catalog-error-view',
  templateUrl: './catalog-error-view.html',
  styleUrl: './catalog-error-view.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { role: 'alert', '[attr.data-kind]': 'error().kind' },
})
export class CatalogErrorView {
  protected readonly labels = inject(CatalogLabels);

  readonly error = input.required<CatalogError>();
  /** The merchant asked to load again. */
  readonly retry = output<void>();
  /** The merchant asked to reload the whole page (new session, new catalog version). */
  readonly reload = output<void>();

  protected readonly message = computed(() => this.labels.error(this.error()));
  protected readonly action = computed((): 'retry' | 'reload' | null => {
    switch (this.error().kind) {
      case 'unavailable':
      case 'rate-limited':
      case 'unknown':
      case 'invalid-query':
      case 'permission-denied':
        return 'retry';
      case 'unauthenticated':
      case 'catalog-version-mismatch':
        return 'reload';
      default:
        return null;
    }
  });
  protected readonly copied = signal(false);

  protected async copyRequestId(id: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(id);
      this.copied.set(true);
    } catch {
      // Clipboard access can be denied inside an iframe; the id stays selectable.
    }
  }
}
