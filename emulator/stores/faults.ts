import type { Permission } from '../auth/roles';
import { applicationError, HttpError, permissionDenied } from '../http/wire';
import type { CatalogVersion, ErrorStatus, MalformShape } from '../options';
import { VERSION_NAMES } from './v3-endpoints';

/*
 * The faults of POST /_emulator/config beyond failNext/hangNext: any error status on demand (`errorNext`) and
 * spoiled 200 answers (`malformNext`). Bodies are Wix's, so the SDK turns them into the errors it turns real
 * ones into; the wording says the fault was injected, so a log reader is not misled.
 */

const ERROR_BODIES: Readonly<Record<Exclude<ErrorStatus, 403 | 428>, [code: string, description: string]>> = {
  400: ['INVALID_ARGUMENT', 'Invalid request (fault injected by the emulator)'],
  401: ['UNAUTHENTICATED', 'Access token expired: ask the dashboard for a new one (fault injected by the emulator)'],
  404: ['NOT_FOUND', 'Entity not found (fault injected by the emulator)'],
  429: ['RESOURCE_EXHAUSTED', 'Too many requests (fault injected by the emulator)'],
  500: ['INTERNAL', 'Internal server error (fault injected by the emulator)'],
  502: ['BAD_GATEWAY', 'Bad gateway (fault injected by the emulator)'],
  503: ['UNAVAILABLE', 'Service unavailable (fault injected by the emulator)'],
};

/** The answer of an `errorNext` fault: the status, Wix's body for it, and Retry-After when asked for. */
export function injectedError(
  fault: { readonly status: ErrorStatus; readonly retryAfter: number | null },
  permission: Permission,
  catalogVersion: CatalogVersion,
): HttpError {
  const headers: Record<string, string> = fault.retryAfter === null ? {} : { 'Retry-After': String(fault.retryAfter) };
  switch (fault.status) {
    case 403:
      return new HttpError(403, permissionDenied(permission).body, headers);
    case 428: {
      const description = 'This site’s catalog changed version (fault injected by the emulator)';
      const data = { catalogVersion: VERSION_NAMES[catalogVersion] };
      return new HttpError(428, applicationError('CATALOG_VERSION_MISMATCH', description, data), headers);
    }
    default: {
      const [code, description] = ERROR_BODIES[fault.status];
      return new HttpError(fault.status, applicationError(code, description), headers);
    }
  }
}

/** Product fields `missing-fields` removes from the first product (V1 and V3 names). */
const PRICE_AND_NAME = ['name', 'priceData', 'price', 'actualPriceRange', 'compareAtPriceRange'];

/**
 * The text of a spoiled 200 answer of a product read. `extra-item` is not here: the endpoint already sent one
 * product more than the limit (see ApiContext.extraItems).
 */
export function spoiledAnswer(body: Record<string, unknown>, shape: MalformShape): string {
  const products = Array.isArray(body['products']) ? (body['products'] as Record<string, unknown>[]) : [];
  const metadata = body['metadata'] as Record<string, unknown> | undefined;
  const paging = body['pagingMetadata'] as Record<string, unknown> | undefined;
  switch (shape) {
    case 'invalid-json': {
      const text = JSON.stringify(body);
      // Cut in the middle: an object opened and never closed is never valid JSON.
      return text.slice(0, Math.max(1, Math.floor(text.length / 2)));
    }
    case 'no-products': {
      const rest = { ...body };
      delete rest['products'];
      return JSON.stringify(rest);
    }
    case 'total-as-string':
      if (metadata && typeof metadata['total'] === 'number') metadata['total'] = String(metadata['total']);
      return JSON.stringify(body);
    case 'missing-fields':
      for (const key of PRICE_AND_NAME) delete products[0]?.[key];
      return JSON.stringify(body);
    case 'empty-page':
      // Offset, total and cursors stay as computed: the answer claims more products than it sends.
      if (metadata) metadata['count'] = 0;
      if (paging) paging['count'] = 0;
      return JSON.stringify({ ...body, products: [] });
    case 'extra-item':
      return JSON.stringify(body);
  }
}
