/**
 * Every way a Wix call can fail, as the page needs to explain it. Decided from the SDK rejection's
 * `status` and `details`: the SDK's own error class is not exported, so nothing here uses instanceof on it.
 */

/** A permission the user's role needs, by its Wix id and the name the site owner sees in Roles & Permissions. */
export interface WixPermission {
  readonly id: string;
  readonly name: string;
}

/** One field the server rejected, from `details.validationError.fieldViolations`. */
export interface FieldViolation {
  readonly field: string;
  readonly description: string;
}

interface ErrorBase {
  /** `X-Wix-Request-Id` of the failed response, for support; null when no response came back. */
  readonly requestId: string | null;
}

/** The discriminated union the catalog domain and the page work with. */
export type CatalogError =
  | (ErrorBase & { readonly kind: 'not-in-dashboard' })
  | (ErrorBase & { readonly kind: 'unauthenticated' })
  | (ErrorBase & { readonly kind: 'permission-denied'; readonly permission: WixPermission; readonly code: string })
  | (ErrorBase & { readonly kind: 'not-found' })
  | (ErrorBase & { readonly kind: 'catalog-version-mismatch' })
  /** `getCatalogVersion` answered STORES_NOT_INSTALLED: there is no catalog to read until Wix Stores is added. */
  | (ErrorBase & { readonly kind: 'stores-not-installed' })
  | (ErrorBase & { readonly kind: 'rate-limited'; readonly retryAfterSeconds: number | null })
  | (ErrorBase & { readonly kind: 'invalid-query'; readonly violations: readonly FieldViolation[] })
  | (ErrorBase & { readonly kind: 'unavailable'; readonly reason: 'server' | 'network' | 'timeout' })
  | (ErrorBase & { readonly kind: 'unknown'; readonly status: number | null });

/** Thrown by the fetch seam when a request outlives its timeout (the SDK keeps the error object it is given). */
export class WixTimeoutError extends Error {
  override readonly name = 'WixTimeoutError';
  constructor(readonly timeoutMs: number) {
    super(`No answer from Wix within ${timeoutMs} ms`);
  }
}

/**
 * Thrown by the fetch seam when no answer arrived (connection refused or reset, DNS, offline, a body cut off).
 * Only the seam knows this for sure: the SDK reports a body it could not parse with the same `code` and class
 * of error as a failed fetch.
 */
export class WixNetworkError extends Error {
  override readonly name = 'WixNetworkError';
  constructor(cause: unknown) {
    super('No answer from Wix (network failure)', { cause });
  }
}

/** Thrown by the fetch seam when an answer's body is not JSON: Wix answered, with something unreadable. */
export class WixBadResponseError extends Error {
  override readonly name = 'WixBadResponseError';
  constructor(
    readonly status: number,
    readonly requestId: string | null,
  ) {
    super(`Wix answered ${status} with a body that is not JSON`);
  }
}

/** An answer Wix gave that cannot be shown (unreadable body, a shape that contradicts itself); not retried. */
export function malformedAnswer(requestId: string | null = null): CatalogError {
  return { kind: 'unknown', status: 200, requestId };
}

/** Thrown by the guarded auth strategy when the dashboard is absent or does not answer. */
export class DashboardConnectionError extends Error {
  override readonly name = 'DashboardConnectionError';
  constructor(readonly everConnected: boolean) {
    super(everConnected ? 'The Wix dashboard stopped answering' : 'Not running inside the Wix dashboard');
  }
}

/** What the mapping needs besides the rejection itself. */
export interface ErrorContext {
  /** The permission the failed call needs (named in the permission-denied state). */
  readonly permission: WixPermission;
  /** Retry-After seconds the fetch seam saw for a request id (the SDK drops response headers). */
  readonly retryAfterFor?: (requestId: string | null) => number | null;
}

interface SdkRejection {
  status?: unknown;
  requestId?: unknown;
  details?: {
    applicationError?: { code?: unknown; description?: unknown };
    validationError?: { fieldViolations?: unknown };
  };
}

/** Maps any rejection from a Wix call (SDK error, our fetch seam's errors, our own timeout) to a CatalogError. */
export function toCatalogError(error: unknown, context: ErrorContext): CatalogError {
  if (isCatalogError(error)) return error;
  if (error instanceof DashboardConnectionError) {
    return error.everConnected
      ? { kind: 'unavailable', reason: 'timeout', requestId: null }
      : { kind: 'not-in-dashboard', requestId: null };
  }
  if (error instanceof WixTimeoutError) return { kind: 'unavailable', reason: 'timeout', requestId: null };
  if (error instanceof WixNetworkError) return { kind: 'unavailable', reason: 'network', requestId: null };
  if (error instanceof WixBadResponseError) return malformedAnswer(error.requestId);
  const rejection = (typeof error === 'object' && error !== null ? error : {}) as SdkRejection;
  const status = typeof rejection.status === 'number' ? rejection.status : null;
  const requestId = typeof rejection.requestId === 'string' ? rejection.requestId : null;
  const appError = rejection.details?.applicationError;
  // No status and not from the fetch seam: the SDK failed on an answer it could read but not map (a product
  // that is null…). Not a network failure, so not retried: asking again gets the same answer.
  if (status === null) return { kind: 'unknown', status: null, requestId };
  switch (status) {
    case 400:
      return { kind: 'invalid-query', violations: violationsOf(rejection), requestId };
    case 401:
      return { kind: 'unauthenticated', requestId };
    case 403:
      return {
        kind: 'permission-denied',
        permission: context.permission,
        code: typeof appError?.code === 'string' ? appError.code : 'PERMISSION_DENIED',
        requestId,
      };
    case 404:
      return { kind: 'not-found', requestId };
    case 428:
      return { kind: 'catalog-version-mismatch', requestId };
    case 429:
      return { kind: 'rate-limited', retryAfterSeconds: context.retryAfterFor?.(requestId) ?? null, requestId };
  }
  if (status >= 500) return { kind: 'unavailable', reason: 'server', requestId };
  return { kind: 'unknown', status, requestId };
}

/** True for values that are already a CatalogError (so mapping twice is harmless). */
export function isCatalogError(value: unknown): value is CatalogError {
  return typeof value === 'object' && value !== null && 'kind' in value && 'requestId' in value && !(value instanceof Error);
}

function violationsOf(rejection: SdkRejection): FieldViolation[] {
  const raw = rejection.details?.validationError?.fieldViolations;
  if (!Array.isArray(raw)) return [];
  return raw.map((v: { field?: unknown; description?: unknown }) => ({
    // The SDK renames request paths to argument names; a query builder has none, so "query." becomes "undefined.".
    field: String(v?.field ?? '').replace(/^undefined\./, ''),
    description: String(v?.description ?? ''),
  }));
}
