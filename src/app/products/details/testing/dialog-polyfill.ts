/**
 * jsdom has no `HTMLDialogElement.showModal()`/`close()`. This stands in for what a browser does that the panel
 * relies on: `open` set and removed, focus moved to the `[autofocus]` element on opening (the dialog focusing
 * steps), Escape firing a cancelable `cancel` and then closing, and `close` fired afterwards as a queued task.
 * The browser's own behaviour (focus trap, inert page, top layer) is checked by the e2e journeys.
 */
export function installDialogPolyfill(): void {
  const proto = HTMLDialogElement.prototype as HTMLDialogElement & { __polyfilled?: boolean };
  if (typeof proto.showModal === 'function' || proto.__polyfilled) return;
  proto.__polyfilled = true;
  const escape = (event: KeyboardEvent) => {
    const dialog = event.currentTarget as HTMLDialogElement;
    if (event.key !== 'Escape' || !dialog.open) return;
    if (dialog.dispatchEvent(new Event('cancel', { cancelable: true }))) dialog.close();
  };
  proto.showModal = function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
    this.addEventListener('keydown', escape);
    this.querySelector<HTMLElement>('[autofocus]')?.focus();
  };
  proto.close = function (this: HTMLDialogElement) {
    if (!this.open) return;
    this.removeAttribute('open');
    this.removeEventListener('keydown', escape);
    setTimeout(() => this.dispatchEvent(new Event('close')));
  };
  Object.defineProperty(proto, 'open', {
    configurable: true,
    get(this: HTMLDialogElement) {
      return this.hasAttribute('open');
    },
  });
}
