/** @jest-environment node */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type RunningEmulator, startEmulator } from '../server';

describe('--app-dir: the emulator serving a built app', () => {
  let emu: RunningEmulator;
  const dir = mkdtempSync(join(tmpdir(), 'emu-app-'));

  beforeAll(async () => {
    writeFileSync(join(dir, 'index.html'), '<!doctype html><cm-root></cm-root>');
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'main-ABC.js'), 'console.log(1)');
    emu = await startEmulator({ port: 0, appPort: 0, appDir: dir, appHeaders: { 'Content-Security-Policy': "default-src 'self'" }, products: 5, warmIndexes: false });
  });
  afterAll(() => emu.close());

  it('frames the served app and adds the configured headers', async () => {
    expect(emu.appUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(emu.appUrl).not.toBe(emu.url);
    expect(await (await fetch(`${emu.url}/`)).text()).toContain(`"appUrl":"${emu.appUrl}"`);
    const js = await fetch(`${emu.appUrl}/main-ABC.js`);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(js.headers.get('content-security-policy')).toBe("default-src 'self'");
  });

  it('falls back to index.html for app routes, not for missing files, and stays inside the folder', async () => {
    expect(await (await fetch(`${emu.appUrl}/products?q=mug`)).text()).toContain('<cm-root>');
    expect((await fetch(`${emu.appUrl}/missing.js`)).status).toBe(404);
    expect((await fetch(`${emu.appUrl}/%2e%2e%2f%2e%2e%2fetc%2fpasswd`)).status).toBe(403);
  });
});
