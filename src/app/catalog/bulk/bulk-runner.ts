import { Injectable, inject } from '@angular/core';
import { Observable, firstValueFrom } from 'rxjs';
import { WIX_CLIENT } from '../../wix/wix-client';
import { WixErrorMapping } from '../../wix/wix-error-mapping';
import { type CatalogError, type WixPermission, isCatalogError } from '../catalog-error';
import { CATALOG_GATEWAY } from '../catalog-gateway';
import { CatalogVersionResolver } from '../catalog-version';
import type { ProductQuery } from '../product';
import { SitePace } from '../site-pace';
import { V3_READ_ADMIN } from '../hidden-products';
import { V1_READ_PERMISSION } from '../v1-catalog-gateway';
import { v3ProductsByIds } from '../v3-by-ids';
import { V3_READ_PERMISSION, V3CatalogGateway } from '../v3-catalog-gateway';
import { type BulkAction, type ItemResult, type PlannedWrite, type ProductValues, reached, targetOf } from './bulk-plan';
import { ATTEMPTS, CANCELLED, DEFAULT_RETRY_AFTER_S, passes, readQuietly } from './bulk-attempts';
import type { VersionWriter } from './version-writer';
import { permissionFor, V1_WRITE_PERMISSION, v3MembershipPermission, V3_WRITE_PERMISSION, WritePermission } from './write-permission';

/** Which products a run acts on: chosen ids, or every product matching a query (walked page by page). */
export type BulkScope = { readonly kind: 'ids'; readonly ids: readonly string[] } | { readonly kind: 'query'; readonly query: ProductQuery };

/** What to do: an action (targets computed once from the values read before), or known plans (retry, undo). */
export interface BulkWork {
  readonly action?: BulkAction;
  /** Plans already computed: their targets are kept (products without one are planned from `action`). */
  readonly plans?: readonly PlannedWrite[];
}

/** A run's progress. `plans` holds the writes that succeeded, with their values before (for undo). */
export interface BulkProgress {
  readonly phase: 'running' | 'finished';
  readonly total: number | null;
  readonly results: readonly ItemResult[];
  readonly plans: readonly PlannedWrite[];
  /** All plans computed so far (so "Retry failed" re-sends the same absolute targets). */
  readonly planned: ReadonlyMap<string, PlannedWrite>;
  /** The error that stopped the run (a 403 names the missing permission). */
  readonly stoppedBy: CatalogError | null;
  /** Stopped by the merchant: the products it did not reach are `not-attempted` (not failures). */
  readonly cancelled: boolean;
  readonly calls: number;
}

/** The run's mutable tally (snapshots of it are what subscribers see). */
interface Tally {
  total: number | null;
  readonly results: ItemResult[];
  readonly plans: PlannedWrite[];
  readonly planned: Map<string, PlannedWrite>;
  calls: number;
}

/** How a batch ended: carry on (null), stopped by an error, or stopped by the merchant. */
type BatchEnd = CatalogError | null | typeof CANCELLED;

/**
 * Runs bulk writes: reads each batch's current values, computes absolute targets once, writes only what is not
 * already there, and after any failure that may or may not have been applied (timeout, reset, 5xx) reads again
 * before writing again, so nothing is applied twice. `stop` (the merchant's Stop) lets the call in flight finish
 * and makes no call after it; the last progress says `cancelled` and holds every answered write. Unsubscribing
 * also stops it before its next call.
 */
@Injectable({ providedIn: 'root' })
export class BulkRunner {
  private readonly client = inject(WIX_CLIENT);
  private readonly errors = inject(WixErrorMapping);
  private readonly versions = inject(CatalogVersionResolver);
  private readonly gateway = inject(CATALOG_GATEWAY);
  private readonly permission = inject(WritePermission);
  private readonly v3 = inject(V3CatalogGateway);
  private writer: Promise<LoadedWriter> | null = null;
  /** The site's one pace: runs share the budget with exports and leave the page its reserve (counted there too). */
  private readonly pace = inject(SitePace);

  /** Runs `work` on `scope`; emits progress after every call and completes with `phase: 'finished'`. */
  run(scope: BulkScope, work: BulkWork, stop?: AbortSignal): Observable<BulkProgress> {
    return new Observable<BulkProgress>((subscriber) => {
      const cancel = new AbortController();
      const onStop = () => cancel.abort(CANCELLED);
      if (stop?.aborted) onStop();
      else stop?.addEventListener('abort', onStop, { once: true });
      const state: Tally = { total: null, results: [], plans: [], planned: new Map(), calls: 0 };
      for (const p of work.plans ?? []) state.planned.set(p.id, p);
      const snapshot = (phase: BulkProgress['phase'], end: BatchEnd = null): BulkProgress => ({
        phase, total: state.total, results: [...state.results], plans: [...state.plans], planned: new Map(state.planned),
        stoppedBy: end === CANCELLED ? null : end, cancelled: end === CANCELLED, calls: state.calls,
      });
      const emit = () => subscriber.next(snapshot('running'));
      const beforeCall = async () => {
        await this.pace.take(cancel.signal);
        if (cancel.signal.aborted) throw CANCELLED; // cancelled as its turn came: still no call
        state.calls++;
      };
      let readPermission = V1_READ_PERMISSION;
      (async () => {
        const loaded = await this.load();
        readPermission = loaded.read;
        let end: BatchEnd = null;
        let batches: string[][] = [];
        try {
          batches = await this.batchesOf(scope, loaded, beforeCall, (n) => (state.total = n));
        } catch (e) {
          if (e !== CANCELLED && !isCatalogError(e)) throw e;
          end = e as BatchEnd; // stopped while listing, or the listing failed after its attempts
        }
        if (end === null) emit();
        for (const ids of end === null ? batches : []) {
          end = await this.runBatch(ids, work, loaded, beforeCall, state, emit);
          if (end !== null) break;
          emit();
        }
        if (end !== null) {
          const done = new Set(state.results.map((r) => r.id));
          for (const id of batches.flat()) {
            if (!done.has(id)) state.results.push({ id, name: state.planned.get(id)?.name ?? '', ok: false, failure: { kind: 'not-attempted' } });
          }
        }
        subscriber.next(snapshot('finished', end));
        subscriber.complete();
      })().catch((error: unknown) => {
        if (error !== CANCELLED) subscriber.error(this.errors.toCatalogError(error, readPermission));
      });
      return () => {
        stop?.removeEventListener('abort', onStop);
        cancel.abort(CANCELLED);
      };
    });
  }

  /** Current values of a few products (the price preview), read through the version's writer. */
  async preview(ids: readonly string[]): Promise<ProductValues[]> {
    if (ids.length === 0) return [];
    const { writer } = await this.load();
    this.pace.record(); // the merchant waits for it, as for the page's reads: counted, never queued
    return writer.read(ids);
  }

  /** One batch, attempted until every product has an outcome; returns what must stop the run (null: go on). */
  private async runBatch(ids: readonly string[], work: BulkWork, loaded: LoadedWriter, beforeCall: () => Promise<void>, state: Tally, emit: () => void): Promise<BatchEnd> {
    const writer = loaded.writer;
    let pending = [...ids];
    for (let attempt = 1; pending.length > 0; attempt++) {
      let error: CatalogError;
      try {
        await beforeCall();
        const values = await writer.read(pending);
        const found = new Map(values.map((v) => [v.id, v]));
        const toSend: PlannedWrite[] = [];
        for (const id of pending) {
          const now = found.get(id);
          const known = state.planned.get(id);
          if (!now) {
            state.results.push({ id, name: known?.name ?? '', ok: false, failure: { kind: 'rejected', code: 'NOT_FOUND', description: '' } });
            continue;
          }
          // The target is computed once, from the values read before the first write: never again.
          const plan = known ?? (work.action ? planOf(now, work.action) : null);
          if (!plan) {
            state.results.push({ id, name: now.name, ok: false, failure: { kind: 'no-price' } });
            continue;
          }
          state.planned.set(id, plan);
          if (reached(now, plan.target)) this.succeed(state, plan);
          else toSend.push({ ...plan, before: now }); // fresh revision and variants for the call itself
        }
        pending = [];
        if (toSend.length === 0) return null;
        // Successes count as each call answers (V1 writes visibility one product a call): Stop loses none.
        const counted = new Set<string>();
        const batch = await writer.write(toSend, beforeCall, (answered) => {
          for (const o of answered) {
            if (!o.ok || counted.has(o.id)) continue;
            counted.add(o.id);
            this.succeed(state, state.planned.get(o.id)!);
          }
          emit();
        });
        const cancelled = batch.error === CANCELLED;
        // After Stop no call is made: a refusal stays as Wix answered it.
        const refused = batch.outcomes.filter((o) => !o.ok && !('withheld' in o)).map((o) => o.id);
        const now = cancelled ? new Map<string, ProductValues>() : await readQuietly(refused, writer, beforeCall);
        for (const o of batch.outcomes) {
          if (counted.has(o.id)) continue;
          const plan = state.planned.get(o.id)!;
          const values = now.get(o.id);
          if (o.ok || (values && reached(values, plan.target))) this.succeed(state, plan);
          else if ('withheld' in o) state.results.push({ id: o.id, name: plan.name, ok: false, failure: { kind: 'cost-withheld', permission: V3_READ_ADMIN } });
          else state.results.push({ id: o.id, name: plan.name, ok: false, failure: { kind: 'rejected', code: o.code, description: o.description } });
        }
        if (cancelled) return CANCELLED;
        if (batch.error === undefined) return null;
        const answered = new Set(batch.outcomes.map((o) => o.id));
        pending = toSend.map((p) => p.id).filter((id) => !answered.has(id));
        error = this.errors.toCatalogError(batch.error, permissionFor(toSend, loaded.write, loaded.membership));
      } catch (e) {
        if (e === CANCELLED) return CANCELLED;
        error = this.errors.toCatalogError(e, loaded.read);
      }
      if (error.kind === 'permission-denied') {
        this.permission.deny(error.permission);
        return error;
      }
      this.pauseOn(error);
      const fatal = error.kind === 'unauthenticated' || error.kind === 'not-in-dashboard';
      if (!passes(error) || attempt >= ATTEMPTS) {
        // The last answer was lost or refused as a whole: one final read, so a write that was applied before its
        // answer was lost is reported done (and undoable), not failed.
        const now = fatal ? new Map<string, ProductValues>() : await readQuietly(pending, writer, beforeCall);
        for (const id of pending) {
          const plan = state.planned.get(id);
          const values = now.get(id);
          if (plan && values && reached(values, plan.target)) this.succeed(state, plan);
          else state.results.push({ id, name: plan?.name ?? '', ok: false, failure: { kind: 'error', error } });
        }
        return fatal ? error : null;
      }
      // Loop: read again first, so a write that was applied before its answer was lost is not sent again.
    }
    return null;
  }

  private succeed(state: Tally, plan: PlannedWrite): void {
    state.results.push({ id: plan.id, name: plan.name, ok: true });
    state.plans.push(plan);
  }

  /**
   * The ids in batches: given ones, or every product matching the query (100 a page, through the gateway), each
   * page attempted like a write (Retry-After through the site's pace). Rejects with the CatalogError that ended
   * the listing, or CANCELLED.
   */
  private async batchesOf(scope: BulkScope, loaded: LoadedWriter, beforeCall: () => Promise<void>, total: (n: number) => void): Promise<string[][]> {
    const size = loaded.writer.batchSize;
    let ids: string[];
    if (scope.kind === 'ids') ids = [...scope.ids];
    else {
      ids = [];
      for (let page = 1; ; page++) {
        const result = await this.attempted(() => firstValueFrom(this.gateway.search({ ...scope.query, pageSize: size, page })), beforeCall, loaded.read);
        ids.push(...result.items.map((p) => p.id));
        if (!result.hasNext || result.items.length === 0) break;
      }
    }
    total(ids.length);
    const batches: string[][] = [];
    for (let i = 0; i < ids.length; i += size) batches.push(ids.slice(i, i + size));
    return batches;
  }

  /** A read, attempted up to ATTEMPTS times while its failure passes (a 429 pauses the site's pace first). */
  private async attempted<T>(call: () => Promise<T>, beforeCall: () => Promise<void>, permission: WixPermission): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      await beforeCall();
      try {
        return await call();
      } catch (e) {
        const error = this.errors.toCatalogError(e, permission);
        this.pauseOn(error);
        if (!passes(error) || attempt >= ATTEMPTS) throw error;
      }
    }
  }

  /** A 429 pauses every caller of the site's pace for its Retry-After. */
  private pauseOn(error: CatalogError): void {
    if (error.kind === 'rate-limited') this.pace.pauseFor(error.retryAfterSeconds ?? DEFAULT_RETRY_AFTER_S);
  }

  /** The version's writer, from its lazy chunk (with the SDK's write functions). Protected: a spec's seam. */
  protected load(): Promise<LoadedWriter> {
    this.writer ??= firstValueFrom(this.versions.current()).then(async (version) => {
      if (version === 'v3') {
        const [{ createV3Writer }, reader] = await Promise.all([import('./v3-catalog-writer'), this.v3.loadReader()]);
        // With merchant data: a variant is sent back whole, and its cost must not be lost. Withheld (403, now or
        // earlier): the reader remembers, and the writer refuses price changes on what it read.
        const writer = createV3Writer(this.client, async (ids) => {
          const products = await v3ProductsByIds(reader, ids, true);
          return { products, merchantData: !reader.merchantWithheld };
        });
        return { writer, read: V3_READ_PERMISSION, write: V3_WRITE_PERMISSION, membership: v3MembershipPermission };
      }
      if (version === 'v1') {
        const { createV1Writer } = await import('./v1-catalog-writer');
        return { writer: createV1Writer(this.client), read: V1_READ_PERMISSION, write: V1_WRITE_PERMISSION, membership: () => V1_WRITE_PERMISSION };
      }
      throw { kind: 'stores-not-installed', requestId: null } satisfies CatalogError;
    });
    this.writer.catch(() => (this.writer = null));
    return this.writer;
  }
}

/** A version's writer with the permissions its reads, product writes and membership writes need. */
export interface LoadedWriter {
  readonly writer: VersionWriter;
  readonly read: WixPermission;
  readonly write: WixPermission;
  /** V1: the product-write permission; V3: the categories API's own, for adding or removing. */
  readonly membership: (member: boolean) => WixPermission;
}

function planOf(values: PlannedWrite['before'], action: BulkAction): PlannedWrite | null {
  const target = targetOf(values, action);
  return target && { id: values.id, name: values.name, before: values, target };
}
