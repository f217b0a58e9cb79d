import { DashboardConnectionError } from './wix-errors';

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
  /** Whether the dashboard ever handed out a token: a later silence is then a timeout, not "outside it". */
  private everConnected = false;

  constructor(private readonly timeoutMs: number) {}

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
          timer = setTimeout(() => reject(new DashboardConnectionError(this.everConnected)), this.timeoutMs);
        });
        const headers = Promise.resolve(inner.getAuthHeaders(host)).then((result) => {
          this.everConnected = true;
          return result;
        });
        return Promise.race([headers, timeout]).finally(() => clearTimeout(timer));
      },
    };
  }
}
