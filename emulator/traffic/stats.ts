/** One Stores API call as `GET /_emulator/stats` reports it. */
export interface RecentCall {
  readonly method: string;
  readonly path: string;
  /** HTTP status; 0 while a hung call never answers. */
  readonly status: number;
  /** The decoded `.r` parameter or POST body (the query the SDK sent). */
  readonly payload: unknown;
  readonly ms: number;
  readonly requestId: string;
  readonly at: string;
}

/** One change a write applied to the catalog (`GET /_emulator/stats` → `writes`). */
export interface AppliedWrite {
  readonly at: string;
  readonly requestId: string;
  /** `METHOD /path` of the call that applied it. */
  readonly endpoint: string;
  readonly productId: string;
  /** `visible`, `price`, `collections`. */
  readonly field: string;
  readonly before: unknown;
  readonly after: unknown;
}

/** The stats snapshot. */
export interface StatsSnapshot {
  readonly requests: number;
  readonly byEndpoint: Record<string, number>;
  readonly byStatus: Record<string, number>;
  readonly recent: readonly RecentCall[];
  /** Every change applied by a write since the last reset, oldest first (at most 20,000). */
  readonly writes: readonly AppliedWrite[];
}

const RECENT = 50;
const WRITES = 20_000;

/** Counts Stores API calls since start or the last reset (CORS preflights, admin and media calls excluded). */
export class Stats {
  private requests = 0;
  private byEndpoint: Record<string, number> = {};
  private byStatus: Record<string, number> = {};
  private recent: RecentCall[] = [];
  private writes: AppliedWrite[] = [];

  /** Counts a call as it arrives (so hung calls count too). */
  arrived(method: string, path: string): void {
    this.requests++;
    const key = `${method} ${path}`;
    this.byEndpoint[key] = (this.byEndpoint[key] ?? 0) + 1;
  }

  /** Records how a call ended. */
  finished(call: RecentCall): void {
    const status = String(call.status);
    this.byStatus[status] = (this.byStatus[status] ?? 0) + 1;
    this.recent.push(call);
    if (this.recent.length > RECENT) this.recent.shift();
  }

  /** Logs a change a write applied (so tests can prove nothing was applied twice). */
  applied(write: AppliedWrite): void {
    this.writes.push(write);
    if (this.writes.length > WRITES) this.writes.shift();
  }

  /** A copy of the counters. */
  snapshot(): StatsSnapshot {
    return { requests: this.requests, byEndpoint: { ...this.byEndpoint }, byStatus: { ...this.byStatus }, recent: [...this.recent], writes: [...this.writes] };
  }

  /** Starts counting from zero. */
  reset(): void {
    this.requests = 0;
    this.byEndpoint = {};
    this.byStatus = {};
    this.recent = [];
    this.writes = [];
  }
}
