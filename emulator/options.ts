import type { Role } from './auth/roles';

/** The site's catalog version as the control bar and admin API name it. */
export type CatalogVersion = 'V1' | 'V3' | 'NONE';
export const CATALOG_VERSIONS: readonly CatalogVersion[] = ['V1', 'V3', 'NONE'];

/** Statuses "fail the next N calls" can answer with. */
export type FailStatus = 429 | 500 | 503;
export const FAIL_STATUSES: readonly FailStatus[] = [429, 500, 503];

/** Statuses "answer the next N calls with an error" (`errorNext`) can use, each with Wix's error body for it. */
export type ErrorStatus = 400 | 401 | 403 | 404 | 428 | 429 | 500 | 502 | 503;
export const ERROR_STATUSES: readonly ErrorStatus[] = [400, 401, 403, 404, 428, 429, 500, 502, 503];

/** How `malformNext` spoils the next product reads' 200 answers (see README, "Fault injection"). */
export type MalformShape = 'invalid-json' | 'no-products' | 'total-as-string' | 'missing-fields' | 'extra-item' | 'empty-page';
export const MALFORM_SHAPES: readonly MalformShape[] = [
  'invalid-json',
  'no-products',
  'total-as-string',
  'missing-fields',
  'extra-item',
  'empty-page',
];

/** How the emulator is started (CLI flags and `startEmulator()` options). */
export interface EmulatorOptions {
  /** Port of the host page + Stores API; 0 picks a free one. */
  port: number;
  /** Interface to listen on. */
  host: string;
  /** Size of the generated catalog (ignored with `catalogFile`). */
  products: number;
  /** Seed of the generated catalog. */
  seed: number;
  /** A JSON file of V1 products to serve instead of a generated catalog. */
  catalogFile?: string;
  /** Currency of generated prices (ISO 4217). */
  currency: string;
  catalogVersion: CatalogVersion;
  /** The signed-in user's role in the host page. */
  role: Role;
  /** Extra latency added to every Stores API call. */
  latencyMs: number;
  /** Lifetime of issued tokens. */
  tokenTtlSeconds: number;
  /** Stores API calls allowed per minute for the site (0 = unlimited). */
  rateLimitPerMinute: number;
  /** V1 queries may page up to this many items by offset (offset + limit); 0 = no limit (see README). */
  offsetWindow: number;
  /** Origin (and optional path) of the app the host page frames. */
  appUrl: string;
  /** Serve a built app from this folder on `appPort` (and frame it). */
  appDir?: string;
  appPort: number;
  /** Extra response headers for the served app (e.g. a production CSP). */
  appHeaders?: Readonly<Record<string, string>>;
  /** Site name shown in the host page. */
  siteName: string;
  /** Start with the handshake dropped. */
  dropHandshake: boolean;
  /** Dashboard language reported to the app (observeState, essentials). */
  language: string;
  /** Start failing / hanging calls (as the admin API would). */
  failNext?: { count: number; status: FailStatus };
  hangNext?: number;
  /** Build every sort index at start-up (slower start, no slow first query). */
  warmIndexes: boolean;
  /** One line per Stores API call (never includes tokens); default: silent. */
  log?: (line: string) => void;
}

/** Defaults (see README). */
export const DEFAULT_OPTIONS: EmulatorOptions = {
  port: 4300,
  host: '127.0.0.1',
  products: 5000,
  seed: 42,
  currency: 'USD',
  catalogVersion: 'V1',
  role: 'owner',
  latencyMs: 0,
  tokenTtlSeconds: 300,
  rateLimitPerMinute: 200,
  offsetWindow: 10_000,
  appUrl: 'http://localhost:4200',
  appPort: 4301,
  siteName: 'Emulated Store',
  dropHandshake: false,
  language: 'en',
  warmIndexes: true,
};

/** The switches that can change while the emulator runs (control bar, POST /_emulator/config). */
export interface EmulatorConfig {
  catalogVersion: CatalogVersion;
  role: Role;
  latencyMs: number;
  rateLimitPerMinute: number;
  /** V1 offset paging refuses offset + limit beyond this (Wix's 10,000-item window); 0 = off. */
  offsetWindow: number;
  tokenTtlSeconds: number;
  failNext: { count: number; status: FailStatus };
  /** The next `count` Stores calls answer `status` with Wix's error body; `retryAfter` seconds, or no header. */
  errorNext: { count: number; status: ErrorStatus; retryAfter: number | null };
  hangNext: number;
  /** The next N Stores calls have their connection destroyed without an answer (a connection reset). */
  resetNext: number;
  /** The next `count` product reads that would answer 200 send a spoiled answer instead. */
  malformNext: { count: number; shape: MalformShape };
  /** The next `count` writes are applied, then their answer is lost: the connection `reset`, or never sent (`hang`). */
  failAfterApplyNext: { count: number; how: 'reset' | 'hang' };
  /** Product ids whose writes are refused (a per-item failure in bulk calls; 400 for single updates). */
  failWritesFor: readonly string[];
  /** Write calls still allowed before the role loses its write permission (403), as when it is revoked midway; null = never. */
  revokeWritesAfter: number | null;
  dropHandshake: boolean;
  /** Dashboard language reported through observeState. */
  language: string;
}

/** The runtime config a set of options starts with (and `reset` returns to). */
export function initialConfig(o: EmulatorOptions): EmulatorConfig {
  return {
    catalogVersion: o.catalogVersion,
    role: o.role,
    latencyMs: o.latencyMs,
    rateLimitPerMinute: o.rateLimitPerMinute,
    offsetWindow: o.offsetWindow,
    tokenTtlSeconds: o.tokenTtlSeconds,
    failNext: { count: o.failNext?.count ?? 0, status: o.failNext?.status ?? 503 },
    errorNext: { count: 0, status: 503, retryAfter: null },
    hangNext: o.hangNext ?? 0,
    resetNext: 0,
    malformNext: { count: 0, shape: 'invalid-json' },
    failAfterApplyNext: { count: 0, how: 'reset' },
    failWritesFor: [],
    revokeWritesAfter: null,
    dropHandshake: o.dropHandshake,
    language: o.language,
  };
}
