import type {
  Destination,
  EnvironmentState,
  NavigationOptions,
  PageLocation,
  ProviderAPI,
  StateObserver,
  ToastConfig,
} from '@wix/dashboard/provider';

/** A token as the emulator issues it to the host page. */
export interface HostToken {
  readonly token: string;
  readonly expiresInSeconds: number;
}

/** What the dashboard API needs from its surroundings (the DOM in the host page, fakes in tests). */
export interface DashboardApiDeps {
  /** A fresh token for the signed-in user (e.g. GET /_emulator/token?role=…). */
  fetchToken(): Promise<HostToken>;
  /** The dashboard's language/locale, reported through observeState. */
  environment(): EnvironmentState;
  /** The page's location in the dashboard's address (PageParams.location of observeState). */
  pageLocation?(): PageLocation;
  /** Subscribes to environment changes (language switch); returns an unsubscribe. */
  onEnvironmentChange?(listener: () => void): () => void;
  showToast?(toast: ToastConfig): { remove(): void };
  navigate?(url: string, options?: NavigationOptions): void;
  navigateBack?(): void;
  setPageTitle?(title: string | null): void;
  updateHeight?(px: number): void;
  /** Shows a modal; `close(data)` resolves its modalClosed. Returns how to take it down when the app closes it. */
  openModal?(modalId: string, params: unknown, close: (data?: unknown) => void): { dismiss(): void };
  beforeUnload?: BeforeUnloadRegistry;
  siteId?: string;
  now?(): number;
  /** Refresh a cached token this long before it expires (default: 30 s, or a fifth of its lifetime). */
  refreshMarginMs?: number;
}

/** The part of the dashboard's API the emulator implements (a real dashboard has more). */
export type EmulatedDashboardApi = Pick<
  ProviderAPI,
  | 'getAccessToken' | 'showToast' | 'navigate' | 'navigateBack' | 'getPageUrl' | 'setPageTitle' | 'updateHeight'
  | 'observeState' | 'onBeforeUnload' | 'openModal' | 'closeModal'
>;

/** The page's beforeunload handlers, so the host can ask the app before it reloads the frame. */
export class BeforeUnloadRegistry {
  private readonly handlers = new Set<(event: Event) => unknown>();

  /** Registers a handler (what the SDK's onBeforeUnload does once per host). */
  add(handler: (event: Event) => unknown): { remove(): void } {
    this.handlers.add(handler);
    return { remove: () => this.handlers.delete(handler) };
  }

  /** Runs every handler with a cancelable event; false if one called preventDefault (unsaved changes). */
  async mayLeave(): Promise<boolean> {
    let prevented = false;
    const event = { preventDefault: () => void (prevented = true), returnValue: undefined } as unknown as Event;
    await Promise.all([...this.handlers].map((h) => Promise.resolve(h(event)).catch(() => undefined)));
    return !prevented;
  }

  /** Forgets every handler (the frame was reloaded). */
  clear(): void {
    this.handlers.clear();
  }
}

/**
 * Routes of dashboard pages built by Wix, by page id, under `/dashboard/<siteId>/`: where `navigate()` and
 * `getPageUrl()` send a page id that is not an app's own. The Wix Stores Products page: its id from
 * `@wix/stores/dashboard`'s page builder `pages.productsList()`, its route and the product editor below it
 * (`wix-stores/products/product/{productId}`) from Wix's "Stores Dashboard Navigation" (see README, Host page).
 */
export const WIX_PAGE_ROUTES: Readonly<Record<string, string>> = {
  'c821a776-85a9-4340-ae94-e08876c99944': 'wix-stores/products',
};

interface OpenModal {
  finish: (data?: unknown) => void;
  dismiss: () => void;
}

/**
 * The object the host passes to `provideSDKApi({api, port})`. The token is cached until shortly before it
 * expires and then fetched again, as the real dashboard refreshes it; concurrent callers share one fetch.
 */
export function createDashboardApi(deps: DashboardApiDeps): EmulatedDashboardApi {
  const now = deps.now ?? Date.now;
  const siteId = deps.siteId ?? '6d1ae5c4-3e0b-4a39-9f0e-2d1c5b7a8e01';
  let cached: { token: string; refreshAt: number } | null = null;
  let inFlight: Promise<string> | null = null;
  const modals: OpenModal[] = [];
  const pageUrl = (to: string | Destination): string => {
    const dest = typeof to === 'string' ? { pageId: to } : to;
    const path = dest.relativeUrl ? `/${dest.relativeUrl.replace(/^\/+/, '')}` : '';
    const page = dest.pageId ?? 'catalog-manager';
    return `https://manage.wix.com/dashboard/${siteId}/${Object.hasOwn(WIX_PAGE_ROUTES, page) ? WIX_PAGE_ROUTES[page] : page}${path}`;
  };

  const getAccessToken = async (): Promise<string> => {
    if (cached && now() < cached.refreshAt) return cached.token;
    inFlight ??= deps
      .fetchToken()
      .then(({ token, expiresInSeconds }) => {
        const lifetime = expiresInSeconds * 1000;
        const margin = deps.refreshMarginMs ?? Math.min(30_000, lifetime / 5);
        cached = { token, refreshAt: now() + lifetime - margin };
        return token;
      })
      .finally(() => (inFlight = null));
    return inFlight;
  };

  return {
    getAccessToken,
    showToast: (toast) => deps.showToast?.(toast) ?? { remove: () => undefined },
    navigate: (to, options) => deps.navigate?.(pageUrl(to), options),
    navigateBack: () => deps.navigateBack?.(),
    getPageUrl: async (to) => pageUrl(to),
    setPageTitle: (title) => deps.setPageTitle?.(title),
    updateHeight: (px) => deps.updateHeight?.(px),
    observeState: (<P, E extends EnvironmentState>(observer: StateObserver<P, E>) => {
      // The observer is a function proxied from the iframe: calls are async and may fail once it is gone.
      // A dashboard page's componentParams are PageParams: its location (the relative URL) and display mode.
      const params = () => (deps.pageLocation ? { location: deps.pageLocation(), displayMode: 'main' } : {}) as P;
      const notify = () => Promise.resolve(observer(params(), deps.environment() as E)).catch(() => undefined);
      void notify();
      const unsubscribe = deps.onEnvironmentChange?.(() => void notify());
      return { disconnect: () => unsubscribe?.() };
    }) as ProviderAPI['observeState'],
    onBeforeUnload: (handler) => deps.beforeUnload?.add(handler) ?? { remove: () => undefined },
    openModal: (modalId, params) => {
      let resolveClosed: (data?: unknown) => void = () => undefined;
      const modalClosed = new Promise<unknown>((resolve) => (resolveClosed = resolve));
      const modal: OpenModal = { finish: () => undefined, dismiss: () => undefined };
      modal.finish = (data) => {
        const at = modals.indexOf(modal);
        if (at < 0) return;
        modals.splice(at, 1);
        modal.dismiss();
        resolveClosed(data);
      };
      modals.push(modal);
      modal.dismiss = deps.openModal?.(modalId, params, modal.finish).dismiss ?? (() => undefined);
      return { modalClosed: modalClosed as ReturnType<ProviderAPI['openModal']>['modalClosed'] };
    },
    closeModal: (data) => modals[modals.length - 1]?.finish(data),
  };
}
