import type { ServerResponse } from 'node:http';
import type { FieldViolation } from '../query/query-error';

/**
 * CORS for an app on another origin calling the emulator with the SDK's headers. `*` is enough (no cookies),
 * but it does not cover `authorization`: that must be listed in Allow-Headers explicitly.
 */
export const CORS_HEADERS: Readonly<Record<string, string>> = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, PATCH, OPTIONS',
  'Access-Control-Allow-Headers': 'authorization, content-type, x-wix-bi-gateway, x-wix-consistent',
  'Access-Control-Expose-Headers': 'X-Wix-Request-Id, Retry-After',
  'Access-Control-Max-Age': '600',
};

/** A Wix error body: `{message, details: {applicationError | validationError}}`. */
export interface WixErrorBody {
  readonly message: string;
  readonly details:
    | { readonly applicationError: { readonly code: string; readonly description: string; readonly data: Record<string, unknown> } }
    | { readonly validationError: { readonly fieldViolations: readonly FieldViolation[] } };
}

/** An application error body (the SDK surfaces code/description/data as `e.details.applicationError`). */
export function applicationError(code: string, description: string, data: Record<string, unknown> = {}): WixErrorBody {
  return { message: description, details: { applicationError: { code, description, data } } };
}

/** A validation error body (the SDK surfaces it as `e.details.validationError.fieldViolations`). */
export function validationError(violations: readonly FieldViolation[]): WixErrorBody {
  const message = violations.map((v) => `${v.field} ${v.description}`).join(', ');
  return { message, details: { validationError: { fieldViolations: violations } } };
}

/** Sends a JSON body (responses are never cached: the catalog and switches change under the same URL). */
export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  if (res.writableEnded || res.destroyed) return;
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'Content-Length': Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}

/** Sends a text body with a content type. */
export function sendText(res: ServerResponse, status: number, body: string, type: string, headers: Record<string, string> = {}): void {
  if (res.writableEnded || res.destroyed) return;
  res.writeHead(status, { 'Content-Type': type, 'Content-Length': Buffer.byteLength(body), ...headers });
  res.end(body);
}

/** An error answer raised deep in a handler (permission checks, faults). */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: WixErrorBody,
    readonly headers: Record<string, string> = {},
  ) {
    super(body.message);
    this.name = 'HttpError';
  }
}

/** 403 PERMISSION_DENIED naming the missing permission. */
export function permissionDenied(permission: string): HttpError {
  return new HttpError(
    403,
    applicationError('PERMISSION_DENIED', `Permission denied: the signed-in user's role lacks ${permission}`, { permission }),
  );
}
