import { DOCUMENT } from '@angular/common';
import { ApplicationRef, ChangeDetectionStrategy, Component, DestroyRef, ElementRef, EnvironmentInjector, Injector, OnInit, computed, createComponent, inject, input, output, signal } from '@angular/core';
import { Subscription } from 'rxjs';
import type { CatalogError } from '../../catalog/catalog-error';
import { CatalogExportReader, EXPORT_CHUNK, ExportSource } from '../../catalog/export/catalog-export-reader';
import { DashboardRequests } from '../../catalog/dashboard-requests';
import { DashboardSite } from '../../catalog/export/export-services';
import { BACKGROUND_CALLS_PER_MINUTE, SitePace } from '../../catalog/site-pace';
import { FILTER_CONTEXT, PAGE_CONTEXT } from '../filters/filter-context';
import { ExportLabels } from './export-labels';
import { CsvWriter } from './csv-writer';
import { MERCHANT_COLUMNS, exportColumns, exportFileName } from './export-columns';
import { ExportProgress, runExport } from './export-runner';

/** What the panel shows. */
type PanelState =
  | { readonly kind: 'asking' }
  | { readonly kind: 'confirm'; readonly total: number; readonly minutes: number }
  | { readonly kind: 'running'; readonly progress: Extract<ExportProgress, { status: 'running' }> }
  | { readonly kind: 'done'; readonly written: number; readonly fileName: string; readonly url: string }
  | { readonly kind: 'failed'; readonly written: number; readonly error: CatalogError };

/** Exports longer than this ask first (and say how long they take). */
const CONFIRM_ABOVE_MINUTES = 2;

/**
 * The export, from the merchant's click to the file: asks before a long one, shows progress (count, rate, time
 * left) with Cancel, downloads the file through an object URL, and says when it is done (a dashboard toast too).
 * A lazy chunk: the page loads it only when "Export" is clicked.
 */
@Component({
  selector: 'cm-export-panel',
  templateUrl: './export-panel.html',
  styleUrl: './export-panel.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { role: 'region', '[attr.aria-label]': 'labels.exportTitle' },
})
export class ExportPanel implements OnInit {
  protected readonly labels = inject(ExportLabels);
  /** The page's labels: error messages, stock and visibility words in the file. */
  protected readonly catalogLabels = inject(PAGE_CONTEXT).labels;
  /**
   * The columns the table shows (the chooser's choice) and the latest page, as the column chooser gets them:
   * from the page's context (handed over, not imported), so the first bundle does not grow.
   */
  private readonly table = inject(FILTER_CONTEXT).columns;
  private readonly reader = inject(CatalogExportReader);
  private readonly pace = inject(SitePace);
  private readonly dashboard = inject(DashboardRequests);
  private readonly site = inject(DashboardSite);
  private readonly element = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly document = inject(DOCUMENT);

  /** What to export: the current view's query ("all matching"), or the selected rows' ids. */
  readonly source = input.required<ExportSource>();
  /** How many products the view has (for progress and the time it takes), when known. */
  readonly total = input<number | null>(null);
  /** The panel is done with (cancelled, closed). */
  readonly closed = output<void>();

  protected readonly state = signal<PanelState>({ kind: 'asking' });
  /** What is exported, as the panel says it: "All 1,204 matching products" or "3 selected products". */
  protected readonly scope = computed(() => (this.source().kind === 'ids' ? this.labels.exportSelected(this.total() ?? 0) : this.labels.exportScope(this.total())));
  /** A cost or profit column is chosen: the export asks Wix for them (as the table's reads do). */
  private readonly merchantChosen = computed(() => this.table.columns.choice().some((c) => MERCHANT_COLUMNS.includes(c)));
  /**
   * Cost or profit is chosen but Wix withholds them from this user's role (the table leaves them out too): the
   * file leaves them out, and the panel says why rather than write empty columns.
   */
  protected readonly merchantDataLeftOut = computed(() => this.merchantChosen() && this.table.page()?.merchantData === 'withheld');
  private run: Subscription | null = null;
  private url: string | null = null;

  constructor() {
    inject(DestroyRef).onDestroy(() => this.stop());
  }

  ngOnInit(): void {
    const total = this.total();
    const minutes = total === null ? 0 : Math.ceil(total / EXPORT_CHUNK) / BACKGROUND_CALLS_PER_MINUTE;
    if (total === null || minutes <= CONFIRM_ABOVE_MINUTES) return this.start();
    this.state.set({ kind: 'confirm', total, minutes });
    // A modal <dialog>: the browser traps focus, makes the page inert and closes it on Escape. (The CDK dialog
    // would add ~6 kB of Angular core to the initial bundle, shared with this lazy chunk.)
    // Level with the Export button (in view: it was just clicked), not centred in a frame as tall as the page.
    const top = this.document.activeElement?.getBoundingClientRect().top ?? 0;
    queueMicrotask(() => {
      const dialog = this.element.nativeElement.querySelector('dialog');
      if (dialog) dialog.style.marginBlockStart = `${Math.max(16, top)}px`;
      dialog?.showModal();
    });
  }

  /** The merchant's answer to "this export takes about N minutes". */
  protected confirmed(ok: boolean): void {
    this.element.nativeElement.querySelector('dialog')?.close();
    if (ok) this.start();
    else this.closed.emit();
  }

  protected cancel(): void {
    this.stop();
    this.closed.emit();
  }

  protected close(): void {
    this.stop();
    this.closed.emit();
  }

  private start(): void {
    const merchantData = this.merchantChosen() && !this.merchantDataLeftOut();
    const source: ExportSource = merchantData ? { ...this.source(), merchantData: true } : this.source();
    const fileName = exportFileName(this.site.label(), source.kind === 'query' ? source.text : null, new Date(), source.kind === 'query' && !!source.filters);
    // The columns shown and the page's language when the export starts: one header line for the whole file.
    const categories = this.table.page()?.filterSupport?.collectionKind === 'category';
    const writer = new CsvWriter(exportColumns(this.labels.exportColumns, this.catalogLabels, this.table.columns.choice(), categories, merchantData));
    this.run = runExport(this.reader, source, this.total(), writer, this.pace).subscribe((progress) => {
      if (progress.status === 'running') this.state.set({ kind: 'running', progress });
      else if (progress.status === 'failed') this.state.set({ kind: 'failed', written: progress.written, error: progress.error });
      else {
        this.url = URL.createObjectURL(progress.file);
        this.download(this.url, fileName);
        this.state.set({ kind: 'done', written: progress.written, fileName, url: this.url });
        this.dashboard.toast({ message: this.labels.exportDone(progress.written, fileName), type: 'success' });
      }
    });
  }

  /** Saves through a temporary link: works inside the dashboard's iframe unless the frame forbids downloads. */
  private download(url: string, fileName: string): void {
    const link = this.document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.rel = 'noopener';
    this.document.body.appendChild(link);
    link.click();
    link.remove();
  }

  private stop(): void {
    this.run?.unsubscribe();
    this.run = null;
    if (this.url) URL.revokeObjectURL(this.url);
    this.url = null;
  }
}

/**
 * Opens the panel in `host` (an element of the page's template) with the page's injector, for what "Export"
 * exports now (`source`, `total`); calls `closed` when it is closed or cancelled, after destroying it. Created
 * with `createComponent` as lazy-component.ts does: no `@defer` or ViewContainerRef runtime in the initial bundle.
 */
export function openExportPanel(host: HTMLElement, injector: Injector, source: ExportSource, total: number | null, closed: () => void): void {
  const element = host.ownerDocument.createElement('cm-export-panel');
  host.appendChild(element);
  const ref = createComponent(ExportPanel, { environmentInjector: injector.get(EnvironmentInjector), elementInjector: injector, hostElement: element });
  ref.setInput('source', source);
  ref.setInput('total', total);
  const app = injector.get(ApplicationRef);
  app.attachView(ref.hostView);
  ref.instance.closed.subscribe(() => {
    app.detachView(ref.hostView);
    ref.destroy();
    element.remove();
    closed();
  });
}
