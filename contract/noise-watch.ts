/**
 * Watches a test for noise the page must never make: console errors and warnings. Unhandled rejections need no
 * watcher here: Jest 30 fails the test during which one happens; `quiet()` waits a moment first, so a rejection
 * that a late timer or socket would cause still lands inside the test that caused it.
 */
export function watchConsole() {
  const error = jest.spyOn(console, 'error');
  const warn = jest.spyOn(console, 'warn');
  return {
    /** Lets pending callbacks run, then asserts nothing was logged at warn or error. */
    async quiet(): Promise<void> {
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(error.mock.calls).toEqual([]);
      expect(warn.mock.calls).toEqual([]);
    },
  };
}
