/** @jest-environment node */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from './cli-args';

describe('emulator command line', () => {
  it('maps every flag to an option', () => {
    const args = parseArgs([
      '--port', '0', '--products=1000000', '--seed', '9', '--catalog-version', 'v3', '--role', 'viewer', '--latency', '250',
      '--token-ttl', '60', '--rate-limit', '0', '--fail-next', '2', '--fail-status', '429', '--hang-next', '1',
      '--drop-handshake', '--language', 'he', '--app-url', 'http://localhost:4201/', '--currency', 'eur', '--quiet',
    ]);
    expect(args.options).toEqual({
      port: 0, products: 1_000_000, seed: 9, catalogVersion: 'V3', role: 'viewer', latencyMs: 250, tokenTtlSeconds: 60,
      rateLimitPerMinute: 0, failNext: { count: 2, status: 429 }, hangNext: 1, dropHandshake: true, language: 'he',
      appUrl: 'http://localhost:4201', currency: 'EUR',
    });
    expect(args.quiet).toBe(true);
  });

  it('reads --app-headers from a JSON file', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'emu-')), 'headers.json');
    writeFileSync(file, JSON.stringify({ 'Content-Security-Policy': "default-src 'self'" }));
    expect(parseArgs(['--app-dir', 'dist/x', '--app-headers', file]).options).toEqual({
      appDir: 'dist/x',
      appHeaders: { 'Content-Security-Policy': "default-src 'self'" },
    });
    writeFileSync(file, '["not", "an object"]');
    expect(() => parseArgs(['--app-headers', file])).toThrow(/expected a JSON object/);
  });

  it('explains bad input', () => {
    expect(() => parseArgs(['--products', 'many'])).toThrow('--products must be an integer >= 0, got "many"');
    expect(() => parseArgs(['--role', 'admin'])).toThrow(/--role must be one of owner, store-manager/);
    expect(() => parseArgs(['--catalog-version', 'V2'])).toThrow(/use V1, V3, NONE/);
    expect(() => parseArgs(['--fail-status', '404'])).toThrow(/use 429, 500, 503/);
    expect(() => parseArgs(['--port'])).toThrow('--port needs a value');
    expect(() => parseArgs(['--app-url', 'localhost'])).toThrow(/absolute URL/);
    expect(() => parseArgs(['--verbose'])).toThrow('unknown option "--verbose"');
  });
});
