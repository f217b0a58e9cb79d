import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { V1_ALL_PRODUCTS_COLLECTION } from '../../catalog/bulk/bulk-plan';
import { CollectionDirectory } from '../../catalog/collection-directory';
import { CollectionPicker } from '../filters/collection-picker';
import { BulkLabels } from './bulk-labels';

/** The collection (V1) or category (V3) a membership change targets. */
export interface MembershipTarget {
  readonly id: string;
  readonly name: string;
}

/**
 * "Add to collection…" / "Remove from collection…" (V3: category): the merchant picks the target from the
 * list the collection filter uses (the same directory, a page at a time, searchable by name prefix; a radio
 * group, so arrow keys move between options), then applies; the confirm dialog follows.
 */
@Component({
  selector: 'cm-membership-form',
  imports: [CollectionPicker],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="membership" [attr.aria-label]="labels.chooseTarget[kind()]" (submit)="$event.preventDefault(); submit()">
      <p class="title">{{ labels.chooseTarget[kind()] }}</p>
      <cm-collection-picker [kind]="kind()" [anyOption]="false" [exclude]="allProducts" [selected]="chosen()?.id ?? null" (selectedChange)="choose($event)" />
      <button type="submit" class="primary" [attr.aria-disabled]="chosen() === null">
        {{ chosen() ? labels.applyMembership(member(), chosen()!.name) : member() ? labels.addTo[kind()] : labels.removeFrom[kind()] }}
      </button>
      @if (nudged() && chosen() === null) {
        <p class="invalid" role="alert">{{ labels.chooseFirst[kind()] }}</p>
      }
    </form>
  `,
  styles: `
    .membership { display: flex; flex-direction: column; gap: 8px; max-width: 420px; padding: 12px 0 0; }
    .title { margin: 0; font-size: 13px; font-weight: 600; color: var(--cm-text-muted); }
    button { align-self: flex-start; height: 32px; padding: 0 14px; border: 1px solid var(--cm-accent); border-radius: 16px; background: var(--cm-accent); color: #fff; font: inherit; cursor: pointer; }
    button[aria-disabled='true'] { background: var(--cm-surface); color: var(--cm-text-muted); border-color: var(--cm-border-strong); cursor: not-allowed; }
    .invalid { margin: 0; color: #8a1414; }
  `,
})
export class MembershipForm {
  protected readonly labels = inject(BulkLabels);
  private readonly directory = inject(CollectionDirectory);

  /** Which list: V1 collections or V3 categories. */
  readonly kind = input.required<'collection' | 'category'>();
  /** true: add to the target; false: remove from it. */
  readonly member = input.required<boolean>();
  /** The merchant chose a target and applied. */
  readonly apply = output<MembershipTarget>();

  /** V1's "All Products": every product is in it and none can leave it, so it is no target. */
  protected readonly allProducts = [V1_ALL_PRODUCTS_COLLECTION];
  private readonly chosenId = signal<string | null>(null);
  /** Apply was pressed before a target was chosen: say what is missing. */
  protected readonly nudged = signal(false);
  protected readonly chosen = computed<MembershipTarget | null>(() => {
    const id = this.chosenId();
    return id === null ? null : { id, name: this.directory.nameOf(id) ?? id };
  });

  protected choose(id: string | null): void {
    this.chosenId.set(id);
  }

  protected submit(): void {
    const target = this.chosen();
    if (target) this.apply.emit(target);
    else this.nudged.set(true);
  }
}
