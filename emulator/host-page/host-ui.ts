import type { ToastConfig } from '@wix/dashboard/provider';

const TOAST_MS = 6000;

/** Calls a function proxied from the iframe; its result is a promise that may reject once the app is gone. */
function callApp(fn: (() => unknown) | undefined): void {
  if (fn) Promise.resolve().then(fn).catch(() => undefined);
}

function button(text: string, className?: string): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = text;
  if (className) b.className = className;
  return b;
}

/**
 * Renders a dashboard toast. Everything the app sends is set as text (never HTML): a product name in a toast
 * stays a name. `timeout: 'none'` keeps the toast until closed.
 */
export function renderToast(container: HTMLElement, toast: ToastConfig): { remove(): void } {
  const el = document.createElement('div');
  el.className = `toast ${toast.type ?? 'standard'}`;
  el.setAttribute('role', toast.type === 'error' ? 'alert' : 'status');
  el.dataset['testid'] = 'toast';
  el.dataset['type'] = toast.type ?? 'standard';
  const text = document.createElement('span');
  text.textContent = toast.message;
  el.append(text);
  if (toast.type === 'error' && toast.details?.requestId) {
    const id = document.createElement('small');
    id.textContent = ` (request ${toast.details.requestId})`;
    text.append(id);
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const remove = () => {
    clearTimeout(timer);
    el.remove();
  };
  const action = toast.action;
  if (action) {
    const b = button(action.text);
    b.dataset['testid'] = 'toast-action';
    b.addEventListener('click', () => {
      callApp(action.onClick);
      if (action.removeToastOnClick) remove();
    });
    el.append(b);
  }
  const close = button('×', 'close');
  close.setAttribute('aria-label', 'Close');
  close.addEventListener('click', () => {
    callApp(toast.onCloseClick);
    remove();
  });
  el.append(close);
  container.append(el);
  callApp(toast.onToastSeen);
  if (toast.timeout !== 'none') timer = setTimeout(remove, TOAST_MS);
  return { remove };
}

/**
 * Records a toast in the host page's toast log (`#toast-log`, a hidden list): one item per toast the app asked
 * for, in order, with its text and `data-type` / `data-action` (the action button's text). Toasts themselves go
 * after 6 s; the log lasts as long as the host page, so a test can tell which toasts were shown, and that none was.
 */
export function logToast(log: HTMLElement, toast: ToastConfig): void {
  const item = document.createElement('li');
  item.textContent = toast.message;
  item.dataset['type'] = toast.type ?? 'standard';
  if (toast.action) item.dataset['action'] = toast.action.text;
  log.append(item);
}

/** Renders a stand-in for a dashboard modal: its id, its params, and a Close button. */
export function renderModal(layer: HTMLElement, modalId: string, params: unknown, close: (data?: unknown) => void): { dismiss(): void } {
  const box = document.createElement('div');
  box.className = 'modal';
  box.setAttribute('role', 'dialog');
  box.setAttribute('aria-modal', 'true');
  box.dataset['testid'] = 'modal';
  const title = document.createElement('h2');
  title.textContent = `Dashboard modal "${modalId}"`;
  box.setAttribute('aria-label', title.textContent);
  const body = document.createElement('pre');
  body.textContent = JSON.stringify(params ?? {}, null, 2);
  const ok = button('Close');
  ok.addEventListener('click', () => close());
  box.append(title, body, ok);
  layer.append(box);
  ok.focus();
  return { dismiss: () => box.remove() };
}
