import { signal } from '@angular/core';
import { DashboardConnectionError } from './wix-errors';

/** Whether the Wix dashboard around the page has answered yet. */
export type ConnectionStatus = 'connecting' | 'connected' | 'not-in-dashboard';

/** The part of an SDK auth strategy the client calls for every request. */
export interface AuthHeadersStrategy<H> {
  getAuthHeaders(host: H): Promise<{ headers: Record<string, string> }> | { headers: Record<string, string> };
}

/**
 * Is the dashboard answering? The SDK waits forever for a token when nobody answers the handshake
 * (page opened outside the dashboard, wrong origin), so every token request here races a timeout.
 * One place, because the auth strategy is called before every Wix request.
 */
export class DashboardConnection {
  private readonly state = signal<ConnectionStatus>('connecting');

  /** The latest known status, for the page. */
  readonly status = this.state.asReadonly();

  constructor(private readonly timeoutMs: number) {}

  /** The dashboard could not be reached at all (the host refused to start): every call fails at once. */
  markUnreachable(): void {
    this.state.set('not-in-dashboard');
  }

  /** An auth strategy that fails every call with DashboardConnectionError; used when the host could not start. */
  unreachableAuth<H>(): AuthHeadersStrategy<H> {
    return { getAuthHeaders: () => Promise.reject(new DashboardConnectionError(false)) };
  }

  /** Wraps the dashboard's auth strategy so a token request that is not answered in time rejects. */
  guard<H>(inner: AuthHeadersStrategy<H>): AuthHeadersStrategy<H> {
    return {
      getAuthHeaders: (host: H) => {
        let timer: ReturnType<typeof setTimeout> | undefined;
        const timeout = new Promise<never>((_, reject) => {
          timer = setTimeout(() => {
            const everConnected = this.state() === 'connected';
            if (!everConnected) this.state.set('not-in-dashboard');
            reject(new DashboardConnectionError(everConnected));
          }, this.timeoutMs);
        });
        const headers = Promise.resolve(inner.getAuthHeaders(host)).then((result) => {
          this.state.set('connected');
          return result;
        });
        return Promise.race([headers, timeout]).finally(() => clearTimeout(timer));
      },
    };
  }
}
