/** @jest-environment node */
import type { IncomingMessage } from 'node:http';
import { Readable } from 'node:stream';
import { type ProductsQueryBuilder, queryProducts } from '@wix/auto_sdk_stores_products';
import { createClient } from '@wix/sdk';
import fc from 'fast-check';
import { QueryError } from '../query/query-error';
import { decodeBase64Url, encodeDotR, readPayload } from './payload';

/** A request as the emulator's handler sees it: the method, and a body stream for POST. */
function incoming(method: string, body = ''): IncomingMessage {
  return Object.assign(Readable.from(body ? [Buffer.from(body, 'utf8')] : []), { method }) as unknown as IncomingMessage;
}

let posts = 0;

/** What the emulator decodes from a request the real SDK sent (GET `.r`, or the POST fallback). */
async function decodedBySdk(build: (q: ProductsQueryBuilder) => ProductsQueryBuilder): Promise<unknown> {
  let sent: { url: URL; method: string; body: string } | null = null;
  const client = createClient({
    auth: { getAuthHeaders: async () => ({ headers: { Authorization: 'property-token' } }) },
    modules: { products: { queryProducts } },
    fetch: (async (input: RequestInfo | URL, init?: RequestInit) => {
      sent = { url: new URL(String(input)), method: init?.method ?? 'GET', body: typeof init?.body === 'string' ? init.body : '' };
      const body = JSON.stringify({ products: [], metadata: { count: 0, offset: 0, total: 0 } });
      return { status: 200, statusText: 'OK', headers: new Headers(), json: async () => JSON.parse(body), text: async () => body };
    }) as typeof fetch,
  });
  await build(client.products.queryProducts()).find();
  const request = sent as unknown as { url: URL; method: string; body: string };
  const encoded = request.url.searchParams.get('.r');
  // The SDK's encoding is base64url without padding: nothing a URL would re-encode.
  if (encoded !== null) expect(encoded).toMatch(/^[A-Za-z0-9_-]*$/);
  if (request.method === 'POST') posts++;
  return readPayload(incoming(request.method, request.body), request.url);
}

/** JSON as it survives JSON itself (-0 becomes 0). */
const asJson = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

const jsonObject = fc.dictionary(fc.string({ unit: 'binary', maxLength: 12 }), fc.jsonValue({ maxDepth: 4 }), { maxKeys: 6 });
/** Search texts the app may send: any code point, and the ones that look like syntax. */
const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 100 }),
  fc.string({ unit: fc.constantFrom('{', '}', '"', '\\', '$', '%', '*', '\u0000', '\n', '+', '/', '=', '😀', '\u200D', '\u05D0'), maxLength: 40 }),
);

describe('the emulator’s `.r` decoding (properties)', () => {
  it('decodes what encodeDotR encodes, for any JSON object', async () => {
    await fc.assert(
      fc.asyncProperty(jsonObject, async (payload) => {
        const url = new URL(`http://emu/x?.r=${encodeDotR(payload)}`);
        expect(await readPayload(incoming('GET'), url)).toEqual(asJson(payload));
      }),
    );
  });

  it('decodes exactly what the real SDK sends for a prefix search, whatever the text', async () => {
    await fc.assert(
      fc.asyncProperty(text, fc.integer({ min: 1, max: 100 }), fc.integer({ min: 0, max: 10_000 }), async (prefix, limit, offset) => {
        const decoded = await decodedBySdk((q) => q.startsWith('name', prefix).limit(limit).skip(offset));
        expect(decoded).toEqual({ query: { filter: { name: { $startsWith: prefix } }, paging: { limit, offset } } });
      }),
      { numRuns: 150 },
    );
  });

  it('decodes long `in` lists the SDK moves to a POST body', async () => {
    posts = 0;
    // fast-check keeps arrays small by default: ask for long ones too, so some pass the SDK's 4000-character limit.
    const lists = fc.oneof(fc.array(text, { minLength: 1, maxLength: 10 }), fc.array(text, { minLength: 150, maxLength: 300, size: 'max' }));
    await fc.assert(
      fc.asyncProperty(lists, async (names) => {
        const decoded = await decodedBySdk((q) => q.in('name', names));
        expect(decoded).toEqual({ query: { filter: { name: { $in: names } }, paging: { limit: 50, offset: 0 } } });
      }),
      { numRuns: 40 },
    );
    expect(posts).toBeGreaterThan(0);
  });

  it('answers any `.r` at all with a payload object or a FORMAT violation (a 400), never anything else', async () => {
    const junk = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.uint8Array({ maxLength: 60 }).map((bytes) => Buffer.from(bytes).toString('base64url')),
      fc.jsonValue().map((v) => Buffer.from(JSON.stringify(v) ?? '', 'utf8').toString('base64url')),
      fc.string({ unit: 'binary', maxLength: 30 }).map((s) => Buffer.from(s, 'utf8').toString('base64')),
    );
    await fc.assert(
      fc.asyncProperty(junk, async (encoded) => {
        const url = new URL('http://emu/x');
        url.searchParams.set('.r', encoded);
        const outcome = await readPayload(incoming('GET'), url).then(
          (payload) => ({ payload }),
          (error: unknown) => ({ error }),
        );
        if ('payload' in outcome) {
          expect(typeof outcome.payload === 'object' && outcome.payload !== null && !Array.isArray(outcome.payload)).toBe(true);
        } else {
          expect(outcome.error).toBeInstanceOf(QueryError);
          expect((outcome.error as QueryError).violation).toMatchObject({ field: '.r', violatedRule: 'FORMAT' });
        }
      }),
    );
  });

  it('decodeBase64Url inverts base64url for any bytes that are UTF-8 text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(decodeBase64Url(Buffer.from(s, 'utf8').toString('base64url'))).toBe(s);
      }),
    );
  });
});
