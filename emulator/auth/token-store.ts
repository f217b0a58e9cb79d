import { randomBytes } from 'node:crypto';
import type { Role } from './roles';

/** What the emulator remembers about an issued token. */
export interface TokenInfo {
  readonly role: Role;
  /** Epoch ms. */
  readonly expiresAt: number;
}

/** A freshly issued token, as the host page receives it. */
export interface IssuedToken {
  readonly token: string;
  readonly expiresAt: number;
}

/** Why a request was not authenticated. */
export type AuthFailure = 'missing' | 'unknown' | 'expired';

// Expired tokens are remembered a while longer so the 401 can say "expired" rather than "unknown".
const FORGET_AFTER_MS = 60 * 60_000;
const PRUNE_ABOVE = 20_000;

/**
 * Opaque access tokens, one per `issue()` call, bound to a role and a short lifetime. Tokens are random and
 * meaningless outside this store (like the dashboard's): nothing can be read from them, and they are never logged.
 */
export class TokenStore {
  private readonly tokens = new Map<string, TokenInfo>();

  constructor(
    private ttlSeconds: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Changes the lifetime of tokens issued from now on. */
  setTtl(seconds: number): void {
    this.ttlSeconds = seconds;
  }

  /** Issues a token for `role`; role `expired` gets one that expired a second ago. */
  issue(role: Role): IssuedToken {
    const now = this.now();
    const expiresAt = role === 'expired' ? now - 1000 : now + this.ttlSeconds * 1000;
    const token = `emu.${randomBytes(24).toString('base64url')}`;
    if (this.tokens.size > PRUNE_ABOVE) this.prune(now);
    this.tokens.set(token, { role, expiresAt });
    return { token, expiresAt };
  }

  /**
   * Checks an Authorization header value. The dashboard's getAccessToken() string is sent as is (no "Bearer");
   * a "Bearer " prefix is tolerated.
   */
  verify(header: string | undefined): TokenInfo | AuthFailure {
    const token = header?.replace(/^Bearer\s+/i, '').trim();
    if (!token) return 'missing';
    const info = this.tokens.get(token);
    if (!info) return 'unknown';
    return info.expiresAt <= this.now() ? 'expired' : info;
  }

  private prune(now: number): void {
    for (const [token, info] of this.tokens) if (info.expiresAt + FORGET_AFTER_MS < now) this.tokens.delete(token);
  }
}
