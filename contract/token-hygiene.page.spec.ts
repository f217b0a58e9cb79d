import './jsdom-node-bridge';
import { Contract, connectToEmulator } from './contract-setup';
import { ConnectedPage, renderConnectedPage } from './connected-page';
import { recordConsole, recordIssuedTokens, tokensIn } from './token-hygiene-setup';

/*
 * Token hygiene where a person could see or a script could read it: the products page rendered in jsdom, its
 * Wix client connected to an in-process emulator through a real dashboard handshake, real emulator tokens in
 * every request. After results and after every error state, no issued token may be in localStorage,
 * sessionStorage, cookies, the URL or history, the rendered DOM (text and attributes, the request id shown
 * for support included) or anything logged. (In a real browser: the e2e journeys.)
 */

jest.setTimeout(30_000);


describe('token hygiene on the rendered page (jsdom, real SDK, real dashboard handshake, emulator tokens)', () => {
  let contract: Contract;
  let issued: string[];
  let page: ConnectedPage;
  let logged: () => string;

  beforeAll(async () => {
    contract = await connectToEmulator({ emulator: { rateLimitPerMinute: 0 } });
    issued = recordIssuedTokens(contract);
  });
  afterAll(async () => {
    await contract.close();
    localStorage.clear();
    sessionStorage.clear();
  });

  beforeEach(async () => {
    await fetch(`${contract.emulator.url}/_emulator/reset`, { method: 'POST' });
    logged = recordConsole();
    page = renderConnectedPage(contract);
    await page.until(() => page.rows() > 0);
  });

  /** Every place a token must never be, as one text per place. */
  function everywhere(): { [place in 'localStorage' | 'sessionStorage' | 'cookies' | 'url' | 'dom' | 'console']: string } {
    const storage = (s: Storage) => Array.from({ length: s.length }, (_, i) => `${s.key(i)}=${s.getItem(s.key(i)!)}`).join('\n');
    return {
      localStorage: storage(localStorage),
      sessionStorage: storage(sessionStorage),
      cookies: document.cookie,
      url: `${page.path()} ${location.href} ${JSON.stringify(history.state)}`,
      dom: `${document.title} ${document.documentElement.outerHTML}`,
      console: logged(),
    };
  }

  function expectNoToken(): void {
    expect(issued.length).toBeGreaterThan(0); // the page did use real tokens
    const places = everywhere();
    const leaks = Object.entries(places).flatMap(([place, text]) => tokensIn(text, issued).map(() => place));
    expect(leaks).toEqual([]);
  }

  it('results on screen: no token anywhere', async () => {
    expect(page.rows()).toBe(25);
    await page.type('Cl');
    await page.until(() => page.path().includes('q=Cl'));
    expectNoToken();
  });

  it.each([
    ['401 throughout (reconnect state)', { errorNext: { count: 5, status: 401 } }, 'Your Wix session has ended', true],
    ['403', { errorNext: { count: 5, status: 403 } }, 'permission to view products', true],
    ['429 with a long Retry-After', { errorNext: { count: 5, status: 429, retryAfter: 120 } }, 'Try again in 120 seconds', true],
    ['500 throughout', { errorNext: { count: 5, status: 500 } }, 'can’t be reached', true],
    ['an answer that is not JSON', { malformNext: { count: 5, shape: 'invalid-json' } }, 'Something went wrong', true],
    ['a connection reset (no answer, so no request id)', { resetNext: 5 }, 'Check your internet connection', false],
  ])('%s: the error view shows the request id, never a token', async (_, fault, message, answered) => {
    await contract.configure(fault);
    await page.type('Cl');
    await page.until(() => (page.alert()?.textContent ?? '').includes(message));
    const shownId = page.alert()!.querySelector('.request-id code')?.textContent ?? null;
    const { recent } = await contract.stats();
    // The id offered for support is the X-Wix-Request-Id of the failed call.
    if (answered) expect(recent.map((r) => r.requestId)).toContain(shownId);
    else expect(shownId).toBeNull();
    expectNoToken();
  });

  it('the search would find a token that got there (the check is not blind)', () => {
    sessionStorage.setItem('leak', `Bearer ${issued[0]}`);
    expect(tokensIn(everywhere().sessionStorage, issued)).toEqual([issued[0]]);
    sessionStorage.removeItem('leak');
  });
});
