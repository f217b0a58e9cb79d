import { DashboardConnection } from './dashboard-connection';
import { DashboardConnectionError } from './wix-errors';

describe('DashboardConnection', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('passes the dashboard’s token through and marks the connection live', async () => {
    const connection = new DashboardConnection(8000);
    const auth = connection.guard({ getAuthHeaders: async () => ({ headers: { Authorization: 'token-1' } }) });
    await expect(auth.getAuthHeaders(undefined)).resolves.toEqual({ headers: { Authorization: 'token-1' } });
    expect(jest.getTimerCount()).toBe(0);
  });

  it('rejects after the timeout when the dashboard never answers, and says the page is outside it', async () => {
    const connection = new DashboardConnection(8000);
    const auth = connection.guard({ getAuthHeaders: () => new Promise<never>(() => undefined) });
    const outcome = Promise.resolve(auth.getAuthHeaders(undefined)).catch((e: unknown) => e);
    let settled = false;
    void outcome.then(() => (settled = true));
    jest.advanceTimersByTime(7999);
    await Promise.resolve();
    expect(settled).toBe(false);
    jest.advanceTimersByTime(1);
    const error = await outcome;
    expect(error).toBeInstanceOf(DashboardConnectionError);
    expect((error as DashboardConnectionError).everConnected).toBe(false);
  });

  it('after a first answer, a later silence is a timeout, not "outside the dashboard"', async () => {
    const connection = new DashboardConnection(1000);
    let answer = true;
    const auth = connection.guard({
      getAuthHeaders: () => (answer ? Promise.resolve({ headers: {} }) : new Promise<never>(() => undefined)),
    });
    await auth.getAuthHeaders(undefined);
    answer = false;
    const outcome = Promise.resolve(auth.getAuthHeaders(undefined)).catch((e: unknown) => e);
    jest.advanceTimersByTime(1000);
    expect(((await outcome) as DashboardConnectionError).everConnected).toBe(true);
  });

  it('an unreachable dashboard fails every call at once', async () => {
    const connection = new DashboardConnection(8000);
    const error = await Promise.resolve(connection.unreachableAuth().getAuthHeaders(undefined)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DashboardConnectionError);
    expect((error as DashboardConnectionError).everConnected).toBe(false);
  });
});
