import { ChangeDetectionStrategy, Component, ElementRef, computed, effect, inject, signal, untracked } from '@angular/core';
import type { CatalogError } from '../../catalog/catalog-error';
import { ProductDetailsReader } from '../../catalog/details/product-details-reader';
import type { ProductDetails } from '../../catalog/details/product-details';
import type { Product } from '../../catalog/product';
import { DETAILS_CONTEXT } from '../filters/filter-context';
import { DetailsLabels } from './details-labels';

/** The details shown, or on their way, or why they could not be read. */
type Loaded = { readonly id: string; readonly details?: ProductDetails; readonly error?: CatalogError };

/** Tallest the panel gets (CSS px); less when the frame is lower. */
const MAX_HEIGHT = 760;

/**
 * The product details side panel: a native modal `<dialog>` (the page behind inert, Escape closes it, Tab
 * kept inside by `wrap`: WAI-ARIA's dialog pattern without a dependency), mounted from its lazy chunk when a
 * row is first opened. It shows the row at once and reads the rest through ProductDetailsReader (Wix's getProduct).
 * Previous/next move within the rows on screen; at either end the button is unavailable and the panel says
 * why, rather than turning the page behind it (the row to return to must be on screen when it closes).
 * Closing gives the focus back to the name of the product shown last.
 */
@Component({
  selector: 'cm-product-details',
  templateUrl: './product-details-panel.html',
  styleUrl: './product-details-panel.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProductDetailsPanel {
  private readonly context = inject(DETAILS_CONTEXT);
  private readonly reader = inject(ProductDetailsReader);
  protected readonly labels = this.context.labels;
  private readonly detailsLabels = inject(DetailsLabels);
  private readonly element: HTMLElement = inject(ElementRef).nativeElement;

  /** The panel's own labels in the page's language (a signal read: the view follows a switch). */
  protected get l() {
    return this.detailsLabels.l;
  }

  protected readonly rows = computed<readonly Product[]>(() => this.context.table()?.page.items ?? []);
  protected readonly index = computed(() => this.rows().findIndex((p) => p.id === this.context.open()));
  protected readonly previous = computed(() => (this.index() > 0 ? this.rows()[this.index() - 1] : null));
  protected readonly next = computed(() => (this.index() >= 0 ? (this.rows()[this.index() + 1] ?? null) : null));
  /** The row opened, as the table shows it (kept if the rows change under the open panel). */
  protected readonly shown = signal<Product | null>(null);
  protected readonly loaded = signal<Loaded | null>(null);
  /** Why "Open in Wix" did not go (outside the dashboard); cleared by the next product. */
  protected readonly openFailure = signal<CatalogError | null>(null);
  private readonly cache = new Map<string, ProductDetails>();
  /** Bumped by every read and by closing: an answer for an older one is dropped. */
  private ticket = 0;

  constructor() {
    effect(() => {
      const id = this.context.open();
      untracked(() => (id === null ? this.hide() : this.show(id)));
    });
  }

  /** Shows another product of the page (previous or next); unavailable at the page's ends. */
  protected go(product: Product | null): void {
    if (product) this.context.open.set(product.id);
  }

  protected close(): void {
    this.dialog().close();
  }

  protected retry(): void {
    const id = this.context.open();
    if (id !== null) this.load(id);
  }

  protected openInWix(): void {
    const id = this.context.open();
    if (id !== null) this.reader.openInWix(id).catch((error: CatalogError) => this.openFailure.set(error));
  }

  /**
   * Tab and Shift+Tab go round inside the panel, as WAI-ARIA's dialog pattern asks: a native modal dialog keeps
   * the page behind inert but lets the focus leave at its ends (out of the dashboard's frame, here).
   */
  protected wrap(event: KeyboardEvent): void {
    if (event.key !== 'Tab') return;
    const tabbable = [...this.dialog().querySelectorAll<HTMLElement>('button,[href],input,select,textarea,[tabindex="0"]')];
    const [first, last] = [tabbable[0], tabbable[tabbable.length - 1]];
    const at = event.target as HTMLElement;
    if (event.shiftKey ? at === first || !tabbable.includes(at) : at === last) {
      event.preventDefault();
      (event.shiftKey ? last : first).focus();
    }
  }

  /** A click on the backdrop (outside the panel's content, which fills the dialog) closes it. */
  protected backdrop(event: MouseEvent): void {
    if (event.target === this.dialog()) this.close();
  }

  /** The dialog closed (Escape, the close button, the backdrop): the page learns it, the row gets the focus. */
  protected closed(): void {
    const id = this.loaded()?.id ?? null;
    this.context.open.set(null);
    this.rowOf(id)?.querySelector<HTMLElement>('th[scope=row] button')?.focus();
  }

  /** The panel's dialog, found in the component's own element (no `viewChild`: see SearchBox.clear). */
  private dialog(): HTMLDialogElement {
    return this.element.querySelector('dialog')!;
  }

  /** The table row of a product on screen (the rows are in the page's order), else undefined. */
  private rowOf(id: string | null): HTMLElement | undefined {
    const rows = this.dialog().ownerDocument.querySelectorAll<HTMLElement>('cm-product-table tbody tr:not(.skeleton)');
    return rows[this.rows().findIndex((p) => p.id === id)];
  }

  private show(id: string): void {
    this.shown.set(this.rows().find((p) => p.id === id) ?? this.shown());
    this.openFailure.set(null);
    const dialog = this.dialog();
    if (!dialog.open) {
      this.place(dialog, id);
      dialog.showModal();
    }
    this.load(id);
  }

  private hide(): void {
    this.ticket++;
    this.cache.clear();
    const dialog = this.dialog();
    if (dialog.open) dialog.close();
  }

  /** The product's details: from this opening's cache, else one read (an answer for another product is dropped). */
  private load(id: string): void {
    const cached = this.cache.get(id);
    const ticket = ++this.ticket;
    this.loaded.set(cached ? { id, details: cached } : { id });
    if (cached) return;
    this.reader.read(id).then(
      (details) => {
        this.cache.set(id, details);
        if (ticket === this.ticket) this.loaded.set({ id, details });
      },
      (error: CatalogError) => ticket === this.ticket && this.loaded.set({ id, error }),
    );
  }

  /**
   * Beside the opened row: a dashboard frame grows with its content (the dashboard scrolls, not the frame), so a
   * panel as high as the frame's viewport could open far above what the merchant sees.
   */
  private place(dialog: HTMLDialogElement, id: string): void {
    const doc = dialog.ownerDocument;
    const height = Math.min(MAX_HEIGHT, doc.defaultView?.innerHeight ?? MAX_HEIGHT);
    const row = this.rowOf(id);
    const top = (row?.getBoundingClientRect().top ?? 0) + (doc.defaultView?.scrollY ?? 0) - 16;
    dialog.style.top = `${Math.max(0, Math.min(top, doc.documentElement.scrollHeight - height))}px`;
    dialog.style.height = `${height}px`;
  }
}
