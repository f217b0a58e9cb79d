/** @jest-environment node */
import { RateLimiter } from '../traffic/rate-limiter';
import { hasPermission, PERMISSIONS, ROLES } from './roles';
import { TokenStore } from './token-store';

describe('TokenStore', () => {
  let clock = 1_000_000;
  const store = new TokenStore(300, () => clock);

  it('issues opaque, distinct tokens bound to a role until they expire', () => {
    const a = store.issue('owner');
    const b = store.issue('owner');
    expect(a.token).not.toBe(b.token);
    expect(a.token).toMatch(/^emu\.[A-Za-z0-9_-]{32}$/);
    expect(a.token).not.toContain('owner');
    expect(a.expiresAt).toBe(clock + 300_000);
    expect(store.verify(a.token)).toEqual({ role: 'owner', expiresAt: a.expiresAt });
    clock += 299_999;
    expect(store.verify(a.token)).toMatchObject({ role: 'owner' });
    clock += 1;
    expect(store.verify(a.token)).toBe('expired');
  });

  it('tells missing, unknown and expired apart, and tolerates a Bearer prefix', () => {
    expect(store.verify(undefined)).toBe('missing');
    expect(store.verify('')).toBe('missing');
    expect(store.verify('emu.not-issued')).toBe('unknown');
    const t = store.issue('viewer').token;
    expect(store.verify(`Bearer ${t}`)).toMatchObject({ role: 'viewer' });
  });

  it('issues already-expired tokens to the expired role, every time', () => {
    for (let i = 0; i < 3; i++) expect(store.verify(store.issue('expired').token)).toBe('expired');
  });

  it('applies a new lifetime to tokens issued afterwards', () => {
    store.setTtl(5);
    const t = store.issue('staff');
    expect(t.expiresAt).toBe(clock + 5000);
  });
});

describe('roles', () => {
  it('owner and store manager read and manage products in V1 and V3', () => {
    for (const role of ['owner', 'store-manager'] as const) {
      expect(hasPermission(role, PERMISSIONS.v1Read)).toBe(true);
      expect(hasPermission(role, PERMISSIONS.v1Manage)).toBe(true);
      expect(hasPermission(role, PERMISSIONS.v3Read)).toBe(true);
      expect(hasPermission(role, PERMISSIONS.v3ReadAdmin)).toBe(true);
    }
  });

  it('viewer reads but cannot manage (no hidden products, no merchant data)', () => {
    expect(hasPermission('viewer', PERMISSIONS.v1Read)).toBe(true);
    expect(hasPermission('viewer', PERMISSIONS.v3Read)).toBe(true);
    expect(hasPermission('viewer', PERMISSIONS.v1Manage)).toBe(false);
    expect(hasPermission('viewer', PERMISSIONS.v3ReadAdmin)).toBe(false);
  });

  it('editor updates V3 products and categories but may not read merchant data', () => {
    expect(hasPermission('editor', PERMISSIONS.v3Update)).toBe(true);
    expect(hasPermission('editor', PERMISSIONS.categoryAddItem)).toBe(true);
    expect(hasPermission('editor', PERMISSIONS.v3ReadAdmin)).toBe(false);
    expect(hasPermission('editor', PERMISSIONS.v1Manage)).toBe(false);
  });

  it('staff may ask the catalog version but not read products', () => {
    expect(hasPermission('staff', PERMISSIONS.catalogVersion)).toBe(true);
    expect(hasPermission('staff', PERMISSIONS.v1Read)).toBe(false);
    expect(hasPermission('staff', PERMISSIONS.v3Read)).toBe(false);
  });

  it('every role may ask the catalog version', () => {
    expect(ROLES.filter((r) => !hasPermission(r, PERMISSIONS.catalogVersion))).toEqual([]);
  });
});

describe('RateLimiter', () => {
  it('allows the limit per sliding minute, then answers how long to wait', () => {
    let now = 0;
    const limiter = new RateLimiter(3, () => now);
    expect([limiter.take(), limiter.take()]).toEqual([0, 0]);
    now = 20_000;
    expect(limiter.take()).toBe(0);
    expect(limiter.take()).toBe(40);
    now = 59_999;
    expect(limiter.take()).toBe(1);
    now = 60_000;
    // The two calls made at t=0 have left the window.
    expect([limiter.take(), limiter.take(), limiter.take()]).toEqual([0, 0, 20]);
  });

  it('does not count rejected calls, and 0 means unlimited', () => {
    let now = 0;
    const limiter = new RateLimiter(1, () => now);
    limiter.take();
    for (let i = 0; i < 5; i++) expect(limiter.take()).toBe(60);
    now = 60_000;
    expect(limiter.take()).toBe(0);
    limiter.setLimit(0);
    for (let i = 0; i < 1000; i++) expect(limiter.take()).toBe(0);
  });
});
