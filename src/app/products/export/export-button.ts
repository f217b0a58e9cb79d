import { ChangeDetectionStrategy, Component, Injector, inject } from '@angular/core';
import type { ExportSource } from '../../catalog/export/catalog-export-reader';
import { PAGE_CONTEXT } from '../filters/filter-context';

/** Panel hosts with an export open: one export at a time per page, whichever toolbar's button started it. */
const exporting = new WeakSet<HTMLElement>();

/**
 * "Export" (issue 13): the view on screen, as **all N matching**, or **the selected rows** while rows are
 * chosen ("all matching" selected exports the view). A lazy chunk in both toolbars: the page mounts it in the
 * search toolbar after the first render (like the filter bar), the bulk toolbar has it among its actions. The
 * panel (runner, CSV writer, confirmation) is another chunk, loaded on the click, and goes where the page keeps
 * such panels, so an export of selected rows goes on when the selection (and the bulk toolbar) goes away.
 */
@Component({
  selector: 'cm-export-button',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<button type="button" (click)="open()">{{ labels.exportButton }}</button>`,
  styles: `
    button { height: 36px; padding: 0 16px; border: 1px solid var(--cm-border-strong); border-radius: 18px; font: inherit; background: var(--cm-surface); color: var(--cm-text); cursor: pointer; }
  `,
})
export class ExportButton {
  private readonly context = inject(PAGE_CONTEXT);
  protected readonly labels = this.context.labels;
  private readonly injector = inject(Injector);

  protected async open(): Promise<void> {
    const context = this.context;
    const selection = context.selection;
    const host = context.panels();
    if (!host || exporting.has(host)) return;
    exporting.add(host);
    const ids = selection.all() ? [] : [...selection.ids()];
    const q = context.query();
    const source: ExportSource = ids.length
      ? { kind: 'ids', ids }
      : { kind: 'query', text: q.text, sort: q.sort, ...(q.filters && { filters: q.filters }) };
    const done = () => exporting.delete(host);
    // A chunk that fails to download (offline) leaves the button working for the next click.
    await import('./export-panel').then((m) => m.openExportPanel(host, this.injector, source, ids.length || (context.page()?.total ?? null), done), done);
  }
}
