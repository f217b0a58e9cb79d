import type { ConfigPatch } from './admin/config-patch';
import { TokenStore } from './auth/token-store';
import type { Catalog } from './catalog/catalog';
import { slugify } from './catalog/generator';
import { type EmulatorConfig, type EmulatorOptions, initialConfig, type MalformShape } from './options';
import { CatalogIndexes } from './query/catalog-indexes';
import type { FieldRegistry } from './query/field';
import { v1Fields } from './query/fields-v1';
import { v3QueryFields, v3SearchFields } from './query/fields-v3';
import { type SearchableText, v3SearchableTexts } from './query/v3-search';
import { RateLimiter } from './traffic/rate-limiter';
import { Stats } from './traffic/stats';

/** Identity of the emulated site. */
export interface SiteIdentity {
  readonly siteId: string;
  readonly siteName: string;
  readonly siteUrl: string;
}

/** Everything one running emulator knows: its catalog, switches, tokens, throttle and counters. */
export class EmulatorState {
  readonly indexes: CatalogIndexes;
  readonly fields: {
    readonly v1: FieldRegistry;
    readonly v3Query: FieldRegistry;
    readonly v3Search: FieldRegistry;
    /** What `products/search`'s free text can match (`search.search.fields`). */
    readonly v3Searchable: ReadonlyMap<string, SearchableText>;
  };
  readonly tokens: TokenStore;
  readonly limiter: RateLimiter;
  readonly stats = new Stats();
  readonly site: SiteIdentity;
  private current: EmulatorConfig;

  constructor(
    readonly options: EmulatorOptions,
    readonly catalog: Catalog,
  ) {
    this.current = initialConfig(options);
    this.indexes = new CatalogIndexes(catalog);
    this.fields = {
      v1: v1Fields(this.indexes),
      v3Query: v3QueryFields(this.indexes),
      v3Search: v3SearchFields(this.indexes),
      v3Searchable: v3SearchableTexts(catalog),
    };
    this.tokens = new TokenStore(options.tokenTtlSeconds);
    this.limiter = new RateLimiter(options.rateLimitPerMinute);
    this.site = {
      siteId: '6d1ae5c4-3e0b-4a39-9f0e-2d1c5b7a8e01',
      siteName: options.siteName,
      siteUrl: `https://${slugify(options.siteName)}.wixsite.com/store`,
    };
  }

  /** The current switches (a copy). */
  get config(): EmulatorConfig {
    const c = this.current;
    return { ...c, failNext: { ...c.failNext }, errorNext: { ...c.errorNext }, malformNext: { ...c.malformNext }, failAfterApplyNext: { ...c.failAfterApplyNext } };
  }

  /** Applies a validated patch. */
  update(patch: ConfigPatch): EmulatorConfig {
    this.current = { ...this.current, ...patch };
    if (patch.rateLimitPerMinute !== undefined) this.limiter.setLimit(patch.rateLimitPerMinute);
    if (patch.tokenTtlSeconds !== undefined) this.tokens.setTtl(patch.tokenTtlSeconds);
    return this.config;
  }

  /** Back to the start-up switches; counters, faults and the throttle window cleared. Issued tokens stay valid. */
  reset(): EmulatorConfig {
    this.current = initialConfig(this.options);
    this.limiter.setLimit(this.current.rateLimitPerMinute);
    this.limiter.reset();
    this.tokens.setTtl(this.current.tokenTtlSeconds);
    this.stats.reset();
    return this.config;
  }

  /** Consumes one "fail next" fault, returning its status. */
  takeFailure(): number | null {
    if (this.current.failNext.count <= 0) return null;
    this.current.failNext = { ...this.current.failNext, count: this.current.failNext.count - 1 };
    return this.current.failNext.status;
  }

  /** Consumes one "error next" fault, returning the status and Retry-After to answer with. */
  takeError(): Omit<EmulatorConfig['errorNext'], 'count'> | null {
    const { count, status, retryAfter } = this.current.errorNext;
    if (count <= 0) return null;
    this.current.errorNext = { count: count - 1, status, retryAfter };
    return { status, retryAfter };
  }

  /** Consumes one "reset next" fault. */
  takeReset(): boolean {
    if (this.current.resetNext <= 0) return false;
    this.current.resetNext--;
    return true;
  }

  /** Consumes one "malform next" fault, returning how to spoil the answer. */
  takeMalform(): MalformShape | null {
    const { count, shape } = this.current.malformNext;
    if (count <= 0) return null;
    this.current.malformNext = { count: count - 1, shape };
    return shape;
  }

  /** Consumes one "apply, then fail the answer" fault (writes only), returning how the answer is lost. */
  takeFailAfterApply(): 'reset' | 'hang' | null {
    const { count, how } = this.current.failAfterApplyNext;
    if (count <= 0) return null;
    this.current.failAfterApplyNext = { count: count - 1, how };
    return how;
  }

  /** Whether a write call may still write (`revokeWritesAfter`); counts the call. */
  takeWriteAllowance(): boolean {
    const left = this.current.revokeWritesAfter;
    if (left === null) return true;
    if (left <= 0) return false;
    this.current.revokeWritesAfter = left - 1;
    return true;
  }

  /** Consumes one "hang next" fault. */
  takeHang(): boolean {
    if (this.current.hangNext <= 0) return false;
    this.current.hangNext--;
    return true;
  }
}
