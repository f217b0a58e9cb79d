import { isRole } from '../auth/roles';
import {
  CATALOG_VERSIONS,
  type CatalogVersion,
  type EmulatorConfig,
  ERROR_STATUSES,
  type ErrorStatus,
  FAIL_STATUSES,
  type FailStatus,
  MALFORM_SHAPES,
  type MalformShape,
} from '../options';
import { isPlainObject } from '../query/query-error';

/** A change to the running config, as POST /_emulator/config accepts it (any subset). */
export type ConfigPatch = Partial<EmulatorConfig>;

/** The result of checking a patch: the patch, or the list of problems. */
export type PatchResult = { readonly ok: true; readonly patch: ConfigPatch } | { readonly ok: false; readonly errors: string[] };

const MAX_LATENCY_MS = 120_000;
const MAX_RETRY_AFTER_S = 86_400;

/**
 * Validates a JSON config patch. Keys: catalogVersion (V1|V3|NONE), latencyMs, failNext {count, status
 * 429|500|503}, errorNext {count, status, retryAfter}, hangNext, resetNext, malformNext {count, shape},
 * failAfterApplyNext {count, how reset|hang}, failWritesFor [ids], revokeWritesAfter n|null, rateLimitPerMinute (0 = unlimited), offsetWindow (0 = off), role, tokenTtlSeconds, dropHandshake, language.
 * Unknown keys are errors, so a typo in a test does not silently change nothing.
 */
export function parseConfigPatch(body: unknown): PatchResult {
  if (!isPlainObject(body)) return { ok: false, errors: ['body must be a JSON object'] };
  const errors: string[] = [];
  const patch: ConfigPatch = {};
  for (const [key, value] of Object.entries(body)) {
    switch (key) {
      case 'catalogVersion':
        if (CATALOG_VERSIONS.includes(value as CatalogVersion)) patch.catalogVersion = value as CatalogVersion;
        else errors.push(`catalogVersion must be one of ${CATALOG_VERSIONS.join(', ')}`);
        break;
      case 'latencyMs':
      case 'hangNext':
      case 'resetNext':
      case 'rateLimitPerMinute':
      case 'offsetWindow':
      case 'tokenTtlSeconds': {
        const min = key === 'tokenTtlSeconds' ? 1 : 0;
        const max = key === 'latencyMs' ? MAX_LATENCY_MS : 1_000_000_000;
        if (Number.isInteger(value) && (value as number) >= min && (value as number) <= max) patch[key] = value as number;
        else errors.push(`${key} must be an integer from ${min} to ${max}`);
        break;
      }
      case 'failNext': {
        const v = isPlainObject(value) ? value : null;
        const count = v?.['count'];
        const status = v?.['status'] ?? 503;
        if (!Number.isInteger(count) || (count as number) < 0) errors.push('failNext.count must be an integer >= 0');
        else if (!FAIL_STATUSES.includes(status as FailStatus)) errors.push(`failNext.status must be one of ${FAIL_STATUSES.join(', ')}`);
        else patch.failNext = { count: count as number, status: status as FailStatus };
        break;
      }
      case 'errorNext': {
        const v = isPlainObject(value) ? value : null;
        const count = v?.['count'];
        const status = v?.['status'] ?? 503;
        const retryAfter = v?.['retryAfter'] ?? null;
        if (!Number.isInteger(count) || (count as number) < 0) errors.push('errorNext.count must be an integer >= 0');
        else if (!ERROR_STATUSES.includes(status as ErrorStatus)) errors.push(`errorNext.status must be one of ${ERROR_STATUSES.join(', ')}`);
        else if (retryAfter !== null && !(Number.isInteger(retryAfter) && (retryAfter as number) >= 0 && (retryAfter as number) <= MAX_RETRY_AFTER_S)) {
          errors.push(`errorNext.retryAfter must be null or an integer from 0 to ${MAX_RETRY_AFTER_S}`);
        } else patch.errorNext = { count: count as number, status: status as ErrorStatus, retryAfter: retryAfter as number | null };
        break;
      }
      case 'malformNext': {
        const v = isPlainObject(value) ? value : null;
        const count = v?.['count'];
        const shape = v?.['shape'];
        if (!Number.isInteger(count) || (count as number) < 0) errors.push('malformNext.count must be an integer >= 0');
        else if (!MALFORM_SHAPES.includes(shape as MalformShape)) errors.push(`malformNext.shape must be one of ${MALFORM_SHAPES.join(', ')}`);
        else patch.malformNext = { count: count as number, shape: shape as MalformShape };
        break;
      }
      case 'failAfterApplyNext': {
        const v = isPlainObject(value) ? value : null;
        const count = v?.['count'];
        const how = v?.['how'] ?? 'reset';
        if (!Number.isInteger(count) || (count as number) < 0) errors.push('failAfterApplyNext.count must be an integer >= 0');
        else if (how !== 'reset' && how !== 'hang') errors.push('failAfterApplyNext.how must be "reset" or "hang"');
        else patch.failAfterApplyNext = { count: count as number, how };
        break;
      }
      case 'failWritesFor':
        if (Array.isArray(value) && value.length <= 1000 && value.every((v) => typeof v === 'string')) patch.failWritesFor = value as string[];
        else errors.push('failWritesFor must be a list of at most 1000 product ids');
        break;
      case 'revokeWritesAfter':
        if (value === null || (Number.isInteger(value) && (value as number) >= 0)) patch.revokeWritesAfter = value as number | null;
        else errors.push('revokeWritesAfter must be null or an integer >= 0');
        break;
      case 'role':
        if (isRole(value)) patch.role = value;
        else errors.push('role must be one of owner, store-manager, viewer, staff, expired');
        break;
      case 'dropHandshake':
        if (typeof value === 'boolean') patch.dropHandshake = value;
        else errors.push('dropHandshake must be true or false');
        break;
      case 'language':
        if (typeof value === 'string' && /^[a-z]{2}(-[A-Za-z]{2})?$/.test(value)) patch.language = value;
        else errors.push('language must be a language code such as "en" or "he"');
        break;
      default:
        errors.push(`unknown setting "${key}"`);
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, patch };
}
