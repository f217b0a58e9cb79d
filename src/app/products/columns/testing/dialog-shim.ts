/**
 * jsdom has `<dialog>` but not `showModal()`/`close()`. The part the column chooser relies on, as browsers do
 * it: `open`, the focus moving to the first focusable control inside, a `close` event, and Escape closing a
 * modal dialog (the browser's `cancel`). Installed by the chooser's specs only; the journeys run the real thing.
 */
export function shimModalDialogs(): void {
  const proto = HTMLDialogElement.prototype as HTMLDialogElement & { __shimmed?: boolean };
  if (proto.__shimmed) return;
  Object.defineProperty(proto, '__shimmed', { value: true });
  proto.showModal = function (this: HTMLDialogElement) {
    this.open = true;
    this.querySelector<HTMLElement>('input:not(:disabled), button:not(:disabled), select, [tabindex]')?.focus();
    this.ownerDocument.addEventListener('keydown', escape);
  };
  proto.close = function (this: HTMLDialogElement) {
    if (!this.open) return;
    this.open = false;
    this.ownerDocument.removeEventListener('keydown', escape);
    this.dispatchEvent(new Event('close'));
  };
  function escape(event: KeyboardEvent): void {
    if (event.key === 'Escape') (event.target as Element | null)?.closest?.('dialog')?.close();
  }
}
