import { WixBadResponseError, WixNetworkError, WixTimeoutError } from './wix-errors';
import { WixFetch, parseRetryAfter } from './wix-fetch';

interface Call {
  url: string;
  init?: RequestInit;
}

/** A stand-in for the network: records calls, answers from a queue, honours the abort signal. */
function network(answer: (call: Call) => Promise<Response> | 'hang') {
  const calls: Call[] = [];
  const fetchFn = ((input: RequestInfo | URL, init?: RequestInit) => {
    const call = { url: String(input), init };
    calls.push(call);
    const result = answer(call);
    if (result !== 'hang') return result;
    return new Promise<Response>((_, reject) => {
      init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
    });
  }) as typeof fetch;
  return { calls, fetchFn };
}

function response(status: number, headers: Record<string, string> = {}, body: string | (() => Promise<string>) = '{}'): Response {
  const lower = new Map(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
  return {
    status,
    headers: { get: (name: string) => lower.get(name.toLowerCase()) ?? null },
    text: typeof body === 'string' ? async () => body : body,
  } as unknown as Response;
}

describe('WixFetch', () => {
  afterEach(() => jest.useRealTimers());

  it('aborts a request that outlives the timeout with WixTimeoutError', async () => {
    jest.useFakeTimers();
    const net = network(() => 'hang');
    const seam = new WixFetch({ timeoutMs: 1000, fetch: net.fetchFn });
    const pending = seam.fetch('https://www.wixapis.com/x');
    const outcome = pending.then(
      () => 'resolved',
      (e: unknown) => e,
    );
    jest.advanceTimersByTime(999);
    await Promise.resolve();
    expect(net.calls[0].init?.signal?.aborted).toBe(false);
    jest.advanceTimersByTime(1);
    const error = await outcome;
    expect(error).toBeInstanceOf(WixTimeoutError);
    expect((error as WixTimeoutError).timeoutMs).toBe(1000);
    expect(net.calls[0].init?.signal?.aborted).toBe(true);
  });

  it('clears the timer when the response arrives in time', async () => {
    jest.useFakeTimers();
    const net = network(async () => response(200));
    const seam = new WixFetch({ timeoutMs: 1000, fetch: net.fetchFn });
    await expect(seam.fetch('https://www.wixapis.com/x')).resolves.toMatchObject({ status: 200 });
    expect(jest.getTimerCount()).toBe(0);
  });

  it('passes a caller abort through and reports it as the caller’s, not a timeout', async () => {
    const net = network(() => 'hang');
    const seam = new WixFetch({ timeoutMs: 60_000, fetch: net.fetchFn });
    const caller = new AbortController();
    const pending = seam.fetch('https://www.wixapis.com/x', { signal: caller.signal });
    caller.abort();
    const error = await pending.catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(WixTimeoutError);
    expect((error as DOMException).name).toBe('AbortError');
  });

  it('rewrites Wix API URLs to the configured base and leaves everything else alone', async () => {
    const net = network(async () => response(200));
    const seam = new WixFetch({ timeoutMs: 1000, apiBaseUrl: 'http://localhost:4300/', fetch: net.fetchFn });
    await seam.fetch('https://www.wixapis.com/stores-reader/v1/products/query-platformized?.r=abc');
    await seam.fetch('https://edge.wixapis.com/path');
    await seam.fetch('https://example.com/www.wixapis.com/x');
    expect(net.calls.map((c) => c.url)).toEqual([
      'http://localhost:4300/stores-reader/v1/products/query-platformized?.r=abc',
      'http://localhost:4300/path',
      'https://example.com/www.wixapis.com/x',
    ]);
  });

  it('does not rewrite when no base is configured (production)', async () => {
    const net = network(async () => response(200));
    const seam = new WixFetch({ timeoutMs: 1000, fetch: net.fetchFn });
    await seam.fetch('https://www.wixapis.com/stores/v3/products/query');
    expect(net.calls[0].url).toBe('https://www.wixapis.com/stores/v3/products/query');
  });

  it('keeps Retry-After by request id, which the SDK drops', async () => {
    const answers = [
      response(429, { 'X-Wix-Request-Id': 'req-1', 'Retry-After': '7' }),
      response(429, { 'X-Wix-Request-Id': 'req-2', 'Retry-After': '2' }),
      response(200, { 'X-Wix-Request-Id': 'req-3' }),
    ];
    const net = network(async () => answers.shift()!);
    const seam = new WixFetch({ timeoutMs: 1000, fetch: net.fetchFn });
    for (let i = 0; i < 3; i++) await seam.fetch('https://www.wixapis.com/x');
    expect(seam.retryAfterFor('req-1')).toBe(7);
    expect(seam.retryAfterFor('req-2')).toBe(2);
    expect(seam.retryAfterFor('req-3')).toBeNull();
    expect(seam.retryAfterFor('unknown')).toBeNull();
    // Without a request id, the latest throttled response is the best guess.
    expect(seam.retryAfterFor(null)).toBe(2);
  });
});

describe('WixFetch: telling a failed network from an unreadable answer', () => {
  afterEach(() => jest.useRealTimers());

  it('a fetch that rejects (reset, DNS, offline) → WixNetworkError keeping the cause', async () => {
    const reset = new TypeError('fetch failed');
    const seam = new WixFetch({ timeoutMs: 1000, fetch: network(() => Promise.reject(reset)).fetchFn });
    const error = await seam.fetch('https://www.wixapis.com/x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WixNetworkError);
    expect((error as WixNetworkError).cause).toBe(reset);
  });

  it('a body cut off while it is read → WixNetworkError', async () => {
    const answer = response(200, {}, () => Promise.reject(new TypeError('terminated')));
    const seam = new WixFetch({ timeoutMs: 1000, fetch: network(async () => answer).fetchFn });
    await expect(seam.fetch('https://www.wixapis.com/x')).rejects.toBeInstanceOf(WixNetworkError);
  });

  it('a body that stalls past the timeout → WixTimeoutError, like a missing answer', async () => {
    jest.useFakeTimers();
    let signal: AbortSignal | undefined;
    const stalled = response(200, {}, () => new Promise((_, reject) => signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))));
    const net = network(async (call) => ((signal = call.init?.signal ?? undefined), stalled));
    const seam = new WixFetch({ timeoutMs: 1000, fetch: net.fetchFn });
    const outcome = seam.fetch('https://www.wixapis.com/x').catch((e: unknown) => e);
    await jest.advanceTimersByTimeAsync(1000);
    expect(await outcome).toBeInstanceOf(WixTimeoutError);
  });

  it('json() of a body that is not JSON → WixBadResponseError with the status and request id; text() still reads it', async () => {
    const answer = response(200, { 'X-Wix-Request-Id': 'req-bad' }, '{"products": [');
    const seam = new WixFetch({ timeoutMs: 1000, fetch: network(async () => answer).fetchFn });
    const read = await seam.fetch('https://www.wixapis.com/x');
    expect(read.status).toBe(200);
    expect(read.headers.get('x-wix-request-id')).toBe('req-bad');
    await expect(read.text()).resolves.toBe('{"products": [');
    const error = await read.json().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WixBadResponseError);
    expect(error).toMatchObject({ status: 200, requestId: 'req-bad' });
  });

  it('json() of a JSON body parses it, as often as asked', async () => {
    const seam = new WixFetch({ timeoutMs: 1000, fetch: network(async () => response(200, {}, '{"a":[1]}')).fetchFn });
    const read = await seam.fetch('https://www.wixapis.com/x');
    await expect(read.json()).resolves.toEqual({ a: [1] });
    await expect(read.json()).resolves.toEqual({ a: [1] });
  });
});

describe('parseRetryAfter', () => {
  it('reads delay-seconds and HTTP dates, and rejects anything else', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(parseRetryAfter('30', now)).toBe(30);
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:05 GMT', now)).toBe(5);
    expect(parseRetryAfter('Wed, 31 Dec 2025 00:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter('', now)).toBeNull();
    expect(parseRetryAfter(null, now)).toBeNull();
  });
});
