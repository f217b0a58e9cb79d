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

/** The stats snapshot. */
export interface StatsSnapshot {
  readonly requests: number;
  readonly byEndpoint: Record<string, number>;
  readonly byStatus: Record<string, number>;
  readonly recent: readonly RecentCall[];
}

const RECENT = 50;

/** Counts Stores API calls since start or the last reset (CORS preflights, admin and media calls excluded). */
export class Stats {
  private requests = 0;
  private byEndpoint: Record<string, number> = {};
  private byStatus: Record<string, number> = {};
  private recent: RecentCall[] = [];

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

  /** A copy of the counters. */
  snapshot(): StatsSnapshot {
    return { requests: this.requests, byEndpoint: { ...this.byEndpoint }, byStatus: { ...this.byStatus }, recent: [...this.recent] };
  }

  /** Starts counting from zero. */
  reset(): void {
    this.requests = 0;
    this.byEndpoint = {};
    this.byStatus = {};
    this.recent = [];
  }
}
