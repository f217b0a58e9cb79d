import { ChangeDetectionStrategy, Component, ElementRef, type OnDestroy, type OnInit, inject, input, output } from '@angular/core';
import { BulkLabels } from './bulk-labels';

/**
 * The confirm step of every bulk write: the action, the scope and its count. A native modal `<dialog>`
 * (`showModal`): the rest of the page is inert, Escape cancels, and closing returns the focus to the control
 * that opened it (the platform's dialog focusing steps). Not the cdk Dialog: its overlay and portal code, which
 * esbuild places beside the Angular core it shares with the page, adds ~3 kB gzip to the page's first load
 * even when the dialog itself is lazy.
 */
@Component({
  selector: 'cm-bulk-confirm',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <dialog role="alertdialog" aria-labelledby="cm-confirm-title" aria-describedby="cm-confirm-text" (cancel)="$event.preventDefault(); close(false)">
      <h2 id="cm-confirm-title">{{ labels.confirmTitle }}</h2>
      <p id="cm-confirm-text">{{ labels.confirmText(action(), scope()) }}</p>
      <div class="actions">
        <!-- Cancel has the focus: a stray Enter must not change every selected product. -->
        <button type="button" class="cancel" autofocus (click)="close(false)">{{ labels.cancel }}</button>
        <button type="button" class="primary" (click)="close(true)">{{ labels.confirm }}</button>
      </div>
    </dialog>
  `,
  styles: `
    dialog { max-width: 440px; padding: 24px; border: 0; border-radius: 8px; background: var(--cm-surface); color: var(--cm-text); box-shadow: 0 8px 24px rgba(22, 45, 61, 0.3); }
    dialog::backdrop { background: rgba(22, 45, 61, 0.45); }
    h2 { margin: 0 0 8px; font-size: 18px; }
    p { margin: 0 0 20px; }
    .actions { display: flex; gap: 8px; justify-content: flex-end; }
    button { height: 36px; padding: 0 16px; border: 1px solid var(--cm-border-strong); border-radius: 18px; background: var(--cm-surface); color: var(--cm-text); font: inherit; cursor: pointer; }
    button.primary { border-color: var(--cm-accent); background: var(--cm-accent); color: #fff; }
  `,
})
export class ConfirmDialog implements OnInit, OnDestroy {
  protected readonly labels = inject(BulkLabels);
  private readonly host = inject(ElementRef<HTMLElement>);
  /** The action in full ("Hide from store", "Increase prices by 10 %, rounded to .99"). */
  readonly action = input.required<string>();
  /** What is selected, with the count ("3 selected on this page"). */
  readonly scope = input.required<string>();
  /** true: apply; false: cancelled (button or Escape). */
  readonly closed = output<boolean>();
  private answered = false;

  ngOnInit(): void {
    const dialog = this.dialog();
    // In the dashboard the frame is as tall as the page (the host sizes it to its content), so a modal centred
    // in it can sit far below what the merchant sees: open it level with the control that opened it, in view.
    const opener = (this.host.nativeElement as HTMLElement).ownerDocument.activeElement;
    dialog.style.marginBlockStart = `${Math.max(16, opener?.getBoundingClientRect().top ?? 0)}px`;
    // jsdom has no showModal: the open attribute keeps specs honest about what is shown.
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', '');
    // The dialog's focusing steps honour autofocus; said again for the engines that do not (and for jsdom).
    dialog.querySelector<HTMLElement>('button.cancel')?.focus();
  }

  ngOnDestroy(): void {
    if (this.dialog().open) this.dialog().close?.();
  }

  protected close(ok: boolean): void {
    if (this.answered) return;
    this.answered = true;
    this.dialog().close?.();
    this.closed.emit(ok);
  }

  private dialog(): HTMLDialogElement {
    return (this.host.nativeElement as HTMLElement).querySelector('dialog') as HTMLDialogElement;
  }
}
