import { Buffer } from 'node:buffer';
import { request } from 'node:http';
import { MessageChannel } from 'node:worker_threads';

/*
 * Import first in a jsdom contract spec (before contract-setup): jsdom lacks the MessageChannel the dashboard
 * handshake uses and the fetch the SDK, the fetch seam and the emulator's admin calls use. Both come from Node
 * here, so a rendered page can talk to an in-process emulator while its storage, cookies and URL are jsdom's.
 * The fetch is only what these tests need: http:// to the loopback emulator, string bodies, abort.
 */

/** A Response-like answer: the parts the SDK, the fetch seam and the tests read. */
function answer(status: number, statusText: string, headers: Map<string, string>, body: string): Response {
  return {
    status,
    statusText,
    ok: status >= 200 && status < 300,
    headers: { get: (name: string) => headers.get(name.toLowerCase()) ?? null },
    text: async () => body,
    json: async () => JSON.parse(body) as unknown,
  } as unknown as Response;
}

/** fetch over node:http for loopback URLs. Rejects with a TypeError on a network failure, as fetch does. */
export const nodeHttpFetch = ((input: RequestInfo | URL, init: RequestInit = {}) =>
  new Promise<Response>((resolve, reject) => {
    const url = new URL(String(input));
    if (url.protocol !== 'http:') return reject(new TypeError(`jsdom bridge fetch: only http:// (got ${url.protocol})`));
    const headers: Record<string, string> = {};
    new Map(Object.entries((init.headers as Record<string, string>) ?? {})).forEach((v, k) => (headers[k] = v));
    const req = request(url, { method: init.method ?? 'GET', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', (e) => reject(new TypeError('network error', { cause: e })));
      res.on('end', () => {
        const lower = new Map(Object.entries(res.headers).map(([k, v]) => [k.toLowerCase(), String(v)]));
        resolve(answer(res.statusCode ?? 0, res.statusMessage ?? '', lower, Buffer.concat(chunks).toString('utf8')));
      });
    });
    req.on('error', (e: Error) => reject(e.name === 'AbortError' ? e : new TypeError('fetch failed', { cause: e })));
    // jsdom's AbortSignal is not Node's, so node:http cannot take it: abort by hand.
    const signal = init.signal;
    if (signal?.aborted) req.destroy(new DOMException('The operation was aborted.', 'AbortError'));
    signal?.addEventListener('abort', () => req.destroy(new DOMException('The operation was aborted.', 'AbortError')), { once: true });
    if (typeof init.body === 'string') req.write(init.body);
    req.end();
  })) as typeof fetch;

Object.assign(globalThis, { MessageChannel, fetch: nodeHttpFetch, Buffer: globalThis.Buffer ?? Buffer });
