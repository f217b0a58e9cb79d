/** A small seeded PRNG (mulberry32): the same seed always yields the same catalog. */
export class Prng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0 || 0x9e3779b9;
  }

  /** Next float in [0, 1). */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [min, max] (inclusive). */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }
}

const HEX_CODES = Array.from('0123456789abcdef', (ch) => ch.charCodeAt(0));
const DASH = 45;
// One reused scratch buffer: Buffer#toString gives a flat one-byte string, far smaller than sliced/concatenated
// strings when a million ids are kept.
const scratch = Buffer.alloc(36);

/** A random Wix-style GUID (8-4-4-4-12 lower-case hex). */
export function randomGuid(rng: Prng): string {
  let pos = 0;
  for (let word = 0; word < 4; word++) {
    const value = (rng.next() * 4294967296) >>> 0;
    for (let nibble = 7; nibble >= 0; nibble--) {
      if (pos === 8 || pos === 13 || pos === 18 || pos === 23) scratch[pos++] = DASH;
      scratch[pos++] = HEX_CODES[(value >>> (nibble * 4)) & 15];
    }
  }
  return scratch.toString('latin1', 0, 36);
}
