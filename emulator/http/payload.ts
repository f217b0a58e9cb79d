import type { IncomingMessage } from 'node:http';
import { isPlainObject, violation } from '../query/query-error';

const MAX_BODY_BYTES = 1_000_000;

/**
 * The request payload of a Wix REST read, however the SDK sent it:
 * - GET with `.r`: the JSON payload in base64url (the SDK's encoding for nested payloads);
 * - POST, PATCH: the JSON body (the SDK falls back to POST when the encoded params exceed 4000 characters);
 * - GET with plain params: `a.b=1&a.b=2` unflattened into `{a: {b: ['1', '2']}}` (flat payloads).
 */
export async function readPayload(req: IncomingMessage, url: URL): Promise<Record<string, unknown>> {
  if (req.method === 'POST' || req.method === 'PATCH') return parseJson(await readBody(req), 'body');
  const encoded = url.searchParams.get('.r');
  if (encoded !== null) return parseJson(decodeBase64Url(encoded), '.r');
  return unflatten(url.searchParams);
}

/** Decodes base64url (`-`/`_`, no padding) to UTF-8 text. */
export function decodeBase64Url(value: string): string {
  if (!/^[A-Za-z0-9_-]*$/.test(value)) throw violation('.r', 'is not base64url', 'FORMAT');
  return Buffer.from(value, 'base64url').toString('utf8');
}

/** Encodes a payload the way the SDK does (for tests and the bench). */
export function encodeDotR(payload: unknown): string {
  return Buffer.from(JSON.stringify(payload), 'utf8').toString('base64url');
}

function parseJson(text: string, where: string): Record<string, unknown> {
  if (text.trim() === '') return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw violation(where, 'is not valid JSON', 'FORMAT');
  }
  if (!isPlainObject(value)) throw violation(where, 'must be a JSON object', 'FORMAT');
  return value;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(violation('body', `must be at most ${MAX_BODY_BYTES} bytes`, 'MAX', { threshold: MAX_BODY_BYTES }));
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function unflatten(params: URLSearchParams): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    const parts = key.split('.');
    let node = out;
    for (const part of parts.slice(0, -1)) {
      if (!isPlainObject(node[part])) node[part] = {};
      node = node[part] as Record<string, unknown>;
    }
    node[parts[parts.length - 1]] = values.length > 1 ? values : values[0];
  }
  return out;
}
