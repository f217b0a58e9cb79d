import type { PlatformLocation } from '@angular/common';

/**
 * Puts text on the clipboard, as far as the frame allows: the Clipboard API first; a dashboard frame without
 * the `clipboard-write` permission rejects it (Wix does not document its iframe's permissions), so then the
 * copy command on a selected, off-screen field, which needs only the click that started it. False when both
 * are refused: the caller then shows the link in a field to copy by hand. Focus is given back where it was.
 */
export async function copyText(document: Document, text: string): Promise<boolean> {
  try {
    const clipboard = document.defaultView?.navigator.clipboard;
    if (clipboard) {
      await clipboard.writeText(text);
      return true;
    }
  } catch {
    // Refused by the frame's permissions policy or the browser: try the copy command.
  }
  const focused = document.activeElement as HTMLElement | null;
  const field = document.createElement('textarea');
  field.value = text;
  field.setAttribute('readonly', '');
  field.style.position = 'fixed';
  field.style.insetBlockStart = '-1000px';
  document.body.appendChild(field);
  try {
    field.focus();
    field.select();
    return document.execCommand?.('copy') === true;
  } catch {
    return false;
  } finally {
    field.remove();
    focused?.focus();
  }
}

/**
 * The query string a link carries: the view's parameters ("All products" as `view=all`, so a teammate with a
 * default view of their own still lands on it) and, when columns other than the default are shown,
 * `columns=<id>,<id>…` (PRODUCT_COLUMNS reads it at start).
 */
export function linkSearch(search: string, columns: readonly string[] | undefined): string {
  const params = new URLSearchParams(search || 'view=all');
  if (columns) params.set('columns', columns.join(','));
  return params.toString();
}

/** A parameter of the frame's URL, taken out of it (its history entry replaced, none added); null when absent. */
export function takeParam(platform: PlatformLocation, name: string): string | null {
  const params = new URLSearchParams(platform.search);
  const value = params.get(name);
  if (value === null) return null;
  params.delete(name);
  const search = params.toString();
  platform.replaceState(platform.getState(), '', `${platform.pathname}${search ? `?${search}` : ''}${platform.hash}`);
  return value;
}
