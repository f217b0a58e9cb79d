import type { Injector } from '@angular/core';
import type { SearchState } from '../src/app/catalog/product-search';
import { englishLabels } from '../src/app/products/testing/english-labels';
import { PageView, tableOf, toView } from '../src/app/products/products-page';
import type { Contract } from './contract-setup';
import { SearchSession } from './search-session';

const labels = englishLabels();

/** What a person sees for a search state, as the page derives it (`toView`, `tableOf`, the labels). */
export interface Seen {
  readonly view: PageView['kind'];
  /** The error's kind, when the view is an error. */
  readonly error: string | null;
  /** The error title and detail the page shows, when the view is an error. */
  readonly message: string | null;
  /** The request id the error view offers for support. */
  readonly requestId: string | null;
  /** Rows on screen (fresh or kept), or null when the page shows no table. */
  readonly rows: number | null;
  /** The rows on screen are older than the query (a failed refresh keeps them, marked stale). */
  readonly stale: boolean;
}

/** What a person sees for a state. */
export function seen(state: SearchState): Seen {
  const view = toView(state);
  const table = tableOf(view);
  const error = view.kind === 'error' ? view.error : null;
  const message = error ? labels.error(error) : null;
  return {
    view: view.kind,
    error: error?.kind ?? null,
    message: message ? `${message.title}. ${message.detail}` : null,
    requestId: error?.requestId ?? null,
    rows: table ? table.page.items.length : null,
    stale: table?.stale ?? false,
  };
}

/** The outcome of one fault: the settled state, what the page shows, and how many Stores requests it cost. */
export interface FaultOutcome {
  readonly state: SearchState;
  readonly seen: Seen;
  /** Stores API calls the emulator counted between arming the fault and the settled state. */
  readonly requests: number;
  /** The automatic retries the page announced on the way (their delays, in ms). */
  readonly retryDelays: readonly number[];
}

/** Arms a fault (a `POST /_emulator/config` patch), then lets `act` make the page ask Wix; measures what happened. */
export async function underFault(
  contract: Contract,
  session: SearchSession,
  patch: Record<string, unknown>,
  act: (session: SearchSession) => Promise<SearchState> = (s) => s.reload(),
): Promise<FaultOutcome> {
  await contract.configure(patch);
  const before = (await contract.stats()).requests;
  const mark = session.states.length;
  const state = await act(session);
  const requests = (await contract.stats()).requests - before;
  const retryDelays = session
    .since(mark)
    .flatMap((s) => (s.status === 'loading' && s.retry ? [s.retry.delayMs] : []));
  return { state, seen: seen(state), requests, retryDelays };
}

/** A session that has shown the first page of the catalog (the state a refresh starts from). */
export async function sessionWithResults(injector: Injector): Promise<SearchSession> {
  const session = new SearchSession(injector);
  const first = await session.ask({});
  if (first.status !== 'loaded' || first.page.items.length === 0) throw new Error(`first page did not load: ${JSON.stringify(seen(first))}`);
  return session;
}
