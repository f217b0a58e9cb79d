import { DOCUMENT, PlatformLocation } from '@angular/common';
import { ApplicationRef, ChangeDetectionStrategy, Component, DestroyRef, ElementRef, computed, effect, inject, signal } from '@angular/core';
import { HiddenProducts } from '../../catalog/hidden-products';
import { PageLanguage } from '../../i18n/page-language';
import { BUILT_IN_VIEWS, offered } from './built-in-views';
import type { ColumnId } from '../columns/product-columns';
import { copyText, linkSearch, takeParam } from './share-link';
import { VIEWS_CONTEXT } from './view-context';
import { ViewLabels } from './view-labels';
import { ScreenState, ViewTab, sameColumns, selectedTab, showsView, viewQuery } from './view-state';
import { ViewDialog } from './view-dialog';
import { MAX_VIEWS, NO_VIEWS, SavedView, SavedViews, StoreProblem, ViewStore, defaultSearch, nameTaken, newViewId, updated, without } from './view-store';

/**
 * The saved views as tabs above the toolbar (WAI-ARIA tabs with manual activation: arrow keys, Home and End
 * move between tabs, Enter or Space shows one, so browsing the tabs by keyboard asks the catalog nothing).
 * Built-ins ("All products", "Out of stock", "Hidden" where the catalog and role allow) and the merchant's own
 * views, stored per site in this browser; a "modified" mark and Save / Save as new when the screen differs
 * from the selected view; rename, delete, open by default, and a dashboard link to share.
 */
@Component({
  selector: 'cm-view-tabs',
  imports: [ViewDialog],
  templateUrl: './view-tabs.html',
  styleUrl: './view-tabs.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ViewTabs {
  private readonly context = inject(VIEWS_CONTEXT);
  private readonly viewLabels = inject(ViewLabels);
  private readonly language = inject(PageLanguage);
  private readonly document = inject(DOCUMENT);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly appRef = inject(ApplicationRef);
  private readonly hidden = inject(HiddenProducts);
  private readonly platform = inject(PlatformLocation);
  private readonly store = new ViewStore(() => this.document.defaultView?.localStorage, this.context.urls.site);

  /** The labels in the page's language (a signal read: the view follows a switch). */
  protected get l() {
    return this.viewLabels.l;
  }
  protected readonly maxViews = MAX_VIEWS;
  protected readonly support = this.context.support;
  protected readonly saved = signal<SavedViews>(NO_VIEWS);
  protected readonly problem = signal<StoreProblem | null>(null);
  /** Storage is blocked: nothing can be saved (and the save buttons are not offered). */
  protected readonly blocked = signal(false);
  private readonly hiddenAccess = this.hidden.access;
  private readonly chosenId = signal('all');
  protected readonly tabs = computed<ViewTab[]>(() => {
    const support = this.context.support();
    return [
      ...BUILT_IN_VIEWS.filter((view) => offered(view, support)).map((view) => ({ ...view, builtIn: true as const })),
      ...this.saved().views.map((view) => ({ ...view, builtIn: false as const })),
    ];
  });
  private readonly screen = computed<ScreenState>(() => ({
    search: this.context.urls.searchOf(viewQuery(this.context.query())),
    columns: this.context.columns?.choice(),
  }));
  protected readonly selected = computed(() => selectedTab(this.tabs(), this.chosenId(), this.screen()));
  protected readonly modified = computed(() => !showsView(this.selected(), this.screen()));
  protected readonly full = computed(() => this.saved().views.length >= MAX_VIEWS);
  /** Wix said this role may not see hidden products: the "Hidden" tab is disabled with the reason. */
  protected readonly hiddenBlocked = computed(() => this.hiddenAccess() === 'denied' || this.context.support()?.hidden === 'role');
  protected readonly optionsOpen = signal(false);
  /** What was just done, for everyone (a polite live region): saved, deleted, link copied. */
  protected readonly status = signal('');
  /** The link to copy by hand, when the frame may not use the clipboard. */
  protected readonly manualLink = signal<string | null>(null);
  private statusTimer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    // While one of the merchant's own views is selected, a column change is that view's ("modified", Save), not
    // the site's remembered choice; on a built-in view (which has no columns) the chooser remembers it.
    const columns = this.context.columns;
    if (columns) effect(() => (columns.remember = this.selected().builtIn));
    // A shared link's columns: shown once (over a view's), and out of the frame's URL, so a reload shows the
    // columns chosen since.
    const linked = takeParam(this.platform, 'columns');
    this.load(linked === null);
    if (linked !== null) this.showColumns(linked.split(','));
    // Another tab of this browser saved views for the site: show them here too.
    const onStorage = (event: StorageEvent) => event.key === this.store.key && this.load();
    const window = this.document.defaultView;
    window?.addEventListener('storage', onStorage);
    inject(DestroyRef).onDestroy(() => {
      window?.removeEventListener('storage', onStorage);
      clearTimeout(this.statusTimer);
    });
  }

  /** Shows a tab's view (one request); "Hidden" first asks whether this role may see hidden products. */
  protected async activate(tab: ViewTab): Promise<void> {
    if (tab.builtIn && tab.id === 'hidden' && (this.hiddenBlocked() || (await this.hidden.check()) === 'denied')) return;
    this.chosenId.set(tab.id);
    this.optionsOpen.set(false);
    const query = await this.context.urls.readAll(tab.search).catch(() => null);
    // Another tab may have been chosen while the filters' reader loaded; a reader that failed changes nothing.
    if (!query || this.chosenId() !== tab.id) return;
    this.context.query.set(viewQuery(query));
    if (tab.columns) this.showColumns(tab.columns);
  }

  /** Arrow keys (mirrored right to left), Home and End move the focus between tabs; Enter and Space show one. */
  protected onKey(event: KeyboardEvent, index: number): void {
    const tabs = Array.from(this.host.nativeElement.querySelectorAll<HTMLElement>('[role=tab]'));
    const [next, previous] = this.language.dir() === 'rtl' ? ['ArrowLeft', 'ArrowRight'] : ['ArrowRight', 'ArrowLeft'];
    const count = tabs.length;
    const to = { [next]: index + 1, [previous]: index - 1 + count, Home: 0, End: count - 1 }[event.key];
    if (to === undefined) return;
    event.preventDefault();
    tabs[to % count]?.focus();
  }

  /** The view that opens the page (none marked while that is "All products"). */
  protected isDefault(tab: ViewTab): boolean {
    return tab.id === this.saved().defaultId;
  }

  protected tabName(tab: ViewTab): string {
    return tab.builtIn ? this.l.builtIn[tab.id] : tab.name;
  }

  /** Save: the selected (own) view takes what is on screen. */
  protected saveOver(): void {
    const tab = this.selected();
    if (tab.builtIn) return;
    this.commit(updated(this.saved(), tab.id, this.screenToSave()), this.l.saved(tab.name));
  }

  /** Whether the selected view is the one that opens the page ("All products" when no other is). */
  protected opensByDefault(): boolean {
    const id = this.saved().defaultId;
    return this.selected().id === (id ?? 'all');
  }

  /** Makes the selected view open the page, or, pressed again, gives that back to "All products". */
  protected toggleDefault(): void {
    const id = this.selected().id;
    const defaultId = this.opensByDefault() || id === 'all' ? null : id;
    this.commit({ ...this.saved(), defaultId }, defaultId ? this.l.defaultSet : '');
  }

  /** Escape in the options closes them and gives the focus back to their button. */
  protected optionsKey(event: KeyboardEvent): void {
    if (event.key !== 'Escape') return;
    this.optionsOpen.set(false);
    this.host.nativeElement.querySelector<HTMLElement>('button[aria-controls=cm-view-options]')?.focus();
  }

  /** Copy link: the dashboard's URL of the page on what is on screen, on the clipboard or in a field to copy. */
  protected async copyLink(): Promise<void> {
    this.manualLink.set(null);
    const { search, columns } = this.screen();
    const defaults = this.context.columns?.defaults;
    const url = await this.context.urls.link(linkSearch(search, columns && defaults && sameColumns(columns, defaults) ? undefined : columns)).catch(() => null);
    if (!url) return this.say(this.l.noLink);
    if (await copyText(this.document, url)) return this.say(this.l.linkCopied);
    this.manualLink.set(url);
    this.appRef.tick();
    const field = this.host.nativeElement.querySelector<HTMLInputElement>('#cm-view-link');
    field?.focus();
    field?.select();
  }

  /** Save as new: asks for a name, then stores what is on screen as a new view and selects it. */
  protected openNew(dialog: ViewDialog): void {
    dialog.open({ kind: 'new', name: '' }, {
      taken: (name) => nameTaken(this.saved(), name, null),
      confirm: (name) => {
        const saved = this.saved();
        const view: SavedView = { id: newViewId(), name, ...this.screenToSave() };
        if (this.commit({ ...saved, views: [...saved.views, view] }, this.l.saved(name))) this.chosenId.set(view.id);
      },
      // "Save as new" is gone once the screen is the new view: its tab takes the focus.
      focusAfter: () => this.selectedTab(),
    });
  }

  protected openRename(dialog: ViewDialog): void {
    const tab = this.selected();
    if (tab.builtIn) return;
    dialog.open({ kind: 'rename', id: tab.id, name: tab.name }, {
      taken: (name) => nameTaken(this.saved(), name, tab.id),
      confirm: (name) => this.commit(updated(this.saved(), tab.id, { name }), this.l.saved(name)),
    });
  }

  protected openRemove(dialog: ViewDialog): void {
    const tab = this.selected();
    if (tab.builtIn) return;
    dialog.open({ kind: 'remove', id: tab.id, name: tab.name }, {
      taken: () => false,
      confirm: () => this.commit(without(this.saved(), tab.id), this.l.removed(tab.name)) && this.optionsOpen.set(false),
      // The deleted tab is gone: the selected tab takes the focus.
      focusAfter: () => this.selectedTab(),
    });
  }

  private selectedTab(): HTMLElement | null {
    return this.host.nativeElement.querySelector<HTMLElement>('[role=tab][aria-selected=true]');
  }

  /** The views from storage, their query strings as this build writes them (so equal views compare equal). */
  private load(opening = false): void {
    const { saved, problem } = this.store.read();
    this.problem.set(problem);
    this.blocked.set(problem === 'blocked');
    this.saved.set(saved);
    this.context.urls.setDefault(defaultSearch(saved));
    const urls = this.context.urls;
    Promise.all(saved.views.map((view) => urls.readAll(view.search).then((query) => ({ ...view, search: urls.searchOf(viewQuery(query)) })))).then(
      (views) => {
        if (this.saved() !== saved) return;
        this.saved.set({ ...saved, views });
        if (opening && this.context.urls.openedOnDefault) this.openedOn(views.find((v) => v.id === saved.defaultId));
      },
      () => undefined,
    );
  }

  /** The page opened on the merchant's default view: its tab is selected, and its columns shown (the first bundle starts on its query only). */
  private openedOn(view: SavedView | undefined): void {
    if (!view) return;
    this.chosenId.set(view.id);
    if (view.columns) this.showColumns(view.columns);
  }

  /** Shows these columns, those this page knows (a view saved by another version may name others). */
  private showColumns(ids: readonly string[]): void {
    const columns = this.context.columns;
    if (columns) columns.choice.set(ids.filter((id): id is ColumnId => (columns.all as readonly string[]).includes(id)));
  }

  /** Stores the views and shows them; on a refusal (full or blocked storage) nothing changes and a notice says so. */
  private commit(next: SavedViews, done: string): boolean {
    if (!this.store.write(next)) {
      this.problem.set('save-failed');
      return false;
    }
    this.problem.set(null);
    this.saved.set(next);
    this.context.urls.setDefault(defaultSearch(next));
    this.say(done);
    return true;
  }

  private screenToSave(): Pick<SavedView, 'search' | 'columns'> {
    const { search, columns } = this.screen();
    return columns === undefined ? { search } : { search, columns };
  }

  /** Says what was done in the live region, and clears it after a while so the same words can be said again. */
  private say(text: string): void {
    clearTimeout(this.statusTimer);
    this.status.set(text);
    this.statusTimer = setTimeout(() => this.status.set(''), 6000);
  }
}
