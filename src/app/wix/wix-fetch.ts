import { WixBadResponseError, WixNetworkError, WixTimeoutError } from './wix-errors';

/** What the fetch seam remembers of a response: the headers the SDK throws away. */
export interface ResponseMeta {
  readonly requestId: string | null;
  readonly status: number;
  readonly retryAfterSeconds: number | null;
}

/** Options of the fetch seam passed to `createClient({fetch})`. */
export interface WixFetchOptions {
  /** Abort a request that has not answered within this many milliseconds. */
  readonly timeoutMs: number;
  /** Development only: send `https://*.wixapis.com` requests to this origin (the local emulator). */
  readonly apiBaseUrl?: string;
  /** The underlying fetch; the global one by default. */
  readonly fetch?: typeof fetch;
}

const WIX_API_HOST = /^https:\/\/([a-z0-9-]+\.)*wixapis\.com(?=\/|$)/i;
/** Only responses that carried Retry-After are kept, and only the latest few. */
const REMEMBERED_RESPONSES = 50;

/**
 * The SDK's only hook into the network. It adds the timeout the SDK lacks (for the answer and its body), keeps
 * the headers the SDK drops (Retry-After by request id), tells a failed network (WixNetworkError) from an answer
 * that is not JSON (WixBadResponseError), which the SDK reports alike, and in development points Wix API calls
 * at the emulator.
 */
export class WixFetch {
  private readonly recent = new Map<string, ResponseMeta>();
  private lastThrottled: ResponseMeta | null = null;

  constructor(private readonly options: WixFetchOptions) {}

  /** The function handed to `createClient`; bound so the SDK can call it detached. */
  readonly fetch: typeof fetch = (input, init) => this.send(input, init);

  /** Retry-After seconds of the response with this request id, else of the latest 429 without one. */
  retryAfterFor(requestId: string | null): number | null {
    const meta = requestId ? this.recent.get(requestId) : this.lastThrottled;
    return meta?.retryAfterSeconds ?? null;
  }

  private async send(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
    const target = this.rewrite(input);
    const controller = new AbortController();
    const outer = init?.signal ?? (isRequest(input) ? input.signal : null);
    const onOuterAbort = () => controller.abort(outer?.reason);
    if (outer?.aborted) onOuterAbort();
    else outer?.addEventListener('abort', onOuterAbort, { once: true });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, this.options.timeoutMs);
    const failure = (error: unknown) =>
      // A caller's abort stays the caller's; anything else that kept the answer from arriving is the network.
      timedOut ? new WixTimeoutError(this.options.timeoutMs) : outer?.aborted ? error : new WixNetworkError(error);
    try {
      const response = await (this.options.fetch ?? fetch)(target, { ...init, signal: controller.signal }).catch((e: unknown) => {
        throw failure(e);
      });
      this.remember(response);
      // Read the body before the timer stops: a body that stalls is as hung as an answer that never comes.
      const body = await response.text().catch((e: unknown) => {
        throw failure(e);
      });
      return withBody(response, body);
    } finally {
      clearTimeout(timer);
      outer?.removeEventListener('abort', onOuterAbort);
    }
  }

  private rewrite(input: RequestInfo | URL): RequestInfo | URL {
    const base = this.options.apiBaseUrl;
    if (!base) return input;
    if (typeof input === 'string') return input.replace(WIX_API_HOST, base.replace(/\/$/, ''));
    const origin = base.replace(/\/$/, '');
    if (!isRequest(input)) return new URL(input.href.replace(WIX_API_HOST, origin));
    return new Request(input.url.replace(WIX_API_HOST, origin), input);
  }

  private remember(response: Response): void {
    const meta: ResponseMeta = {
      requestId: response.headers.get('x-wix-request-id'),
      status: response.status,
      retryAfterSeconds: parseRetryAfter(response.headers.get('retry-after')),
    };
    if (meta.status === 429) this.lastThrottled = meta;
    if (!meta.requestId || meta.retryAfterSeconds === null) return;
    this.recent.set(meta.requestId, meta);
    if (this.recent.size > REMEMBERED_RESPONSES) {
      this.recent.delete(this.recent.keys().next().value as string);
    }
  }
}

/**
 * The response with its body already read: `text()` gives it, `json()` parses it and throws
 * WixBadResponseError (with the request id) when it is not JSON. Everything else is the response's own.
 */
function withBody(response: Response, body: string): Response {
  const text = async () => body;
  const json = async () => {
    try {
      return JSON.parse(body) as unknown;
    } catch {
      throw new WixBadResponseError(response.status, response.headers.get('x-wix-request-id'));
    }
  };
  return new Proxy(response, {
    get(target, key) {
      if (key === 'text') return text;
      if (key === 'json') return json;
      // Response getters and methods check their receiver: call them on the response itself.
      const value: unknown = Reflect.get(target, key, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

function isRequest(input: RequestInfo | URL): input is Request {
  return typeof input === 'object' && !(input instanceof URL) && 'signal' in input;
}

/** Retry-After is either delay-seconds or an HTTP date; anything else is unknown. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | null {
  if (value === null || value.trim() === '') return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - now) / 1000));
}
