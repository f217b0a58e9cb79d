/** @jest-environment node */
import type { Injector } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { englishLabels } from '../src/app/products/testing/english-labels';
import { CATALOG_VERSION_PERMISSION } from '../src/app/wix/catalog-versioning';
import { WixApi } from '../src/app/wix/wix-api';
import { Contract, connectToEmulator } from './contract-setup';
import { SearchSession } from './search-session';
import { deepText, recordConsole, recordIssuedTokens, tokensIn } from './token-hygiene-setup';

/*
 * Token hygiene below the page: the app's Wix edge with the real SDK, a real dashboard handshake and the
 * emulator's tokens. The token must travel in the Authorization header of Stores calls and nowhere else: not in
 * a request URL or another header, not in what the SDK rejects with (message, stack, details, cause), not in a
 * CatalogError or the message the page would show for it, not in anything logged, by the app or by the emulator.
 */

jest.setTimeout(30_000);

const labels = englishLabels();
const originalFetch = globalThis.fetch;

const FAULTS: [string, Record<string, unknown>][] = [
  ['401', { errorNext: { count: 1, status: 401 } }],
  ['403', { errorNext: { count: 1, status: 403 } }],
  ['404', { errorNext: { count: 1, status: 404 } }],
  ['428', { errorNext: { count: 1, status: 428 } }],
  ['429', { errorNext: { count: 1, status: 429, retryAfter: 1 } }],
  ['500', { errorNext: { count: 1, status: 500 } }],
  ['connection reset', { resetNext: 1 }],
  ['invalid JSON', { malformNext: { count: 1, shape: 'invalid-json' } }],
];

describe('token hygiene in the Wix edge (real SDK, real handshake, emulator tokens)', () => {
  const emulatorLog: string[] = [];
  let contract: Contract;
  let injector: Injector;
  let issued: string[];
  let logged: () => string;
  let sent: { url: string; headers: Record<string, string> }[];

  beforeAll(async () => {
    contract = await connectToEmulator({ emulator: { rateLimitPerMinute: 0, log: (line) => emulatorLog.push(line) } });
    issued = recordIssuedTokens(contract);
    injector = contract.injector;
  });
  afterAll(() => contract.close());
  beforeEach(async () => {
    await fetch(`${contract.emulator.url}/_emulator/reset`, { method: 'POST' });
    logged = recordConsole();
    // Every request the app's fetch seam sends (it calls the global fetch), with its headers.
    sent = [];
    jest.spyOn(globalThis, 'fetch').mockImplementation((input, init) => {
      sent.push({ url: String(input), headers: { ...(init?.headers as Record<string, string>) } });
      return originalFetch(input, init);
    });
  });

  const storesCalls = () => sent.filter((r) => /\/stores(-reader)?\//.test(new URL(r.url).pathname));

  /** What the SDK rejects with, raw, for one V1 query under a fault. */
  async function sdkRejection(fault: Record<string, unknown>): Promise<unknown> {
    await contract.configure(fault);
    return contract.client.products.queryProducts().limit(5).find().then(
      () => {
        throw new Error('expected the SDK to reject');
      },
      (e: unknown) => e,
    );
  }

  it('the token travels only in the Authorization header of Stores calls, as the dashboard gave it', async () => {
    const session = new SearchSession(injector);
    await session.ask({ text: 'Cl' });
    session.close();
    const calls = storesCalls();
    expect(calls.length).toBeGreaterThanOrEqual(2); // the version check and the search
    for (const call of calls) {
      expect(issued).toContain(call.headers['Authorization']);
      const { Authorization: _, ...others } = call.headers;
      expect(tokensIn(`${call.url} ${JSON.stringify(others)}`, issued)).toEqual([]);
    }
    expect(tokensIn(sent.map((r) => r.url).join(' '), issued)).toEqual([]);
  });

  it.each(FAULTS)('%s: the SDK’s rejection carries no token (message, stack, details, cause)', async (_, fault) => {
    const rejection = await sdkRejection(fault);
    expect(deepText(rejection).length).toBeGreaterThan(20);
    expect(tokensIn(deepText(rejection), issued)).toEqual([]);
  });

  it.each(FAULTS)('%s: the page’s states, CatalogError and message carry no token, and nothing logged does', async (_, fault) => {
    const session = new SearchSession(injector);
    await session.ask({});
    await contract.configure(fault);
    await session.reload();
    session.close();
    const errors = session.states.flatMap((s) => (s.status === 'failed' ? [s.error] : s.status === 'loading' && s.retry ? [s.retry.error] : []));
    const shown = errors.map((e) => `${labels.error(e).title} ${labels.error(e).detail} ${e.requestId}`).join('\n');
    expect(tokensIn(`${deepText(session.states)}\n${shown}`, issued)).toEqual([]);
    expect(tokensIn(logged(), issued)).toEqual([]);
  });

  it('a failed raw REST call (the catalog version check) rejects without a token too', async () => {
    await contract.configure({ errorNext: { count: 1, status: 401 } });
    const api = injector.get(WixApi);
    const error = await firstValueFrom(api.getJson('/stores/v3/provision/version', CATALOG_VERSION_PERMISSION)).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'unauthenticated' });
    expect(tokensIn(deepText(error), issued)).toEqual([]);
  });

  it('the emulator’s log, stats and config never hold a token', async () => {
    const session = new SearchSession(injector);
    await session.ask({ text: 'a' });
    session.close();
    const admin = await Promise.all(['stats', 'config', 'health'].map(async (p) => (await originalFetch(`${contract.emulator.url}/_emulator/${p}`)).text()));
    expect(emulatorLog.length).toBeGreaterThan(0);
    expect(tokensIn(`${emulatorLog.join('\n')}\n${admin.join('\n')}`, issued)).toEqual([]);
  });

  it('the checks are not blind: a token in any of these places is found', () => {
    const leaked = Object.assign(new Error(`token ${issued[0]}`), { cause: { header: issued[1] ?? issued[0] } });
    expect(tokensIn(deepText(leaked), issued).length).toBeGreaterThan(0);
    expect(tokensIn(deepText({ nested: [{ deeper: issued[0] }] }), issued)).toEqual([issued[0]]);
  });
});
