import { ApplicationRef, ChangeDetectionStrategy, Component, ElementRef, inject, signal } from '@angular/core';
import { ViewLabels } from './view-labels';
import { MAX_NAME, cleanName } from './view-store';

/** What the dialog asks: a name for a new view, a new name for a view, or whether to delete one. */
export type ViewDialogRequest =
  | { readonly kind: 'new'; readonly name: string }
  | { readonly kind: 'rename'; readonly id: string; readonly name: string }
  | { readonly kind: 'remove'; readonly id: string; readonly name: string };

/** What the opener does with the answer. */
export interface ViewDialogHandlers {
  /** Whether another view has this name (compared without case). */
  taken(name: string): boolean;
  /** The merchant confirmed: the cleaned name (for a deletion, the view's name). False: keep the dialog open. */
  confirm(name: string): void;
  /** Where the focus goes once the dialog has closed; by default back to what opened it. */
  focusAfter?(): HTMLElement | null | undefined;
}

/**
 * The views' one dialog, a native `<dialog>` opened with showModal (a focus trap, Escape and an inert page
 * for free, without the CDK overlay's cost in the first bundle): the name of a view, or "delete this view?".
 */
@Component({
  selector: 'cm-view-dialog',
  templateUrl: './view-dialog.html',
  styleUrl: './view-dialog.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ViewDialog {
  private readonly viewLabels = inject(ViewLabels);
  private readonly appRef = inject(ApplicationRef);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly maxName = MAX_NAME;
  protected readonly request = signal<ViewDialogRequest | null>(null);
  protected readonly error = signal<string | null>(null);
  private handlers: ViewDialogHandlers | null = null;
  private opener: HTMLElement | null = null;

  protected get l() {
    return this.viewLabels.l;
  }

  /** Opens the dialog for `request`; the name field (or, to delete, Cancel) takes the focus. */
  open(request: ViewDialogRequest, handlers: ViewDialogHandlers): void {
    this.opener = this.host.nativeElement.ownerDocument.activeElement as HTMLElement | null;
    this.handlers = handlers;
    this.error.set(null);
    this.request.set(request);
    // Rendered now, so showModal finds the form's fields to focus.
    this.appRef.tick();
    const dialog = this.dialog();
    if (!dialog) return;
    // Browsers without <dialog> (and jsdom) get it shown as an ordinary open element.
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', '');
    const field = dialog.querySelector<HTMLInputElement>('input');
    if (field) {
      field.focus();
      field.select();
    } else {
      dialog.querySelector<HTMLElement>('button.cancel')?.focus();
    }
  }

  /** Closes the dialog without an answer. */
  protected cancel(): void {
    const dialog = this.dialog();
    if (dialog && typeof dialog.close === 'function') dialog.close();
    else this.closed();
  }

  /** The dialog closed (Cancel, Escape, or after an answer): the focus goes back. */
  protected closed(): void {
    const handlers = this.handlers;
    if (!handlers) return;
    this.handlers = null;
    this.dialog()?.removeAttribute('open');
    this.request.set(null);
    // Rendered first: the answer may have changed what can take the focus (a deleted view's tab is gone).
    this.appRef.tick();
    (handlers.focusAfter?.() ?? this.opener)?.focus();
  }

  protected submit(event: Event): void {
    // The form's own submission would close the dialog (method="dialog") before the name is checked.
    event.preventDefault();
    const request = this.request();
    const handlers = this.handlers;
    if (!request || !handlers) return;
    let name = request.name;
    if (request.kind !== 'remove') {
      const field = this.dialog()?.querySelector<HTMLInputElement>('input');
      name = cleanName(field?.value ?? '');
      const error = !name ? this.l.nameRequired : handlers.taken(name) ? this.l.nameTaken : null;
      if (error) {
        this.error.set(error);
        field?.focus();
        return;
      }
    }
    handlers.confirm(name);
    this.cancel();
  }

  private dialog(): HTMLDialogElement | null {
    return this.host.nativeElement.querySelector('dialog');
  }
}
