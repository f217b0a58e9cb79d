import type { Contract } from './contract-setup';

/**
 * Records every token the emulator issues to the dashboard (the strings `getAccessToken()` hands the SDK), so a
 * test can look for them wherever they must never be. The emulator's own tokens, not test doubles: these are
 * exactly the values that travel in the Authorization header.
 */
export function recordIssuedTokens(contract: Contract): string[] {
  const issued: string[] = [];
  const store = contract.emulator.state.tokens;
  const issue = store.issue.bind(store);
  store.issue = (role) => {
    const token = issue(role);
    issued.push(token.token);
    return token;
  };
  return issued;
}

/** Every console method, recorded for the current test (jest restores the spies after it). */
export function recordConsole(): () => string {
  const methods = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const;
  const spies = methods.map((method) => jest.spyOn(console, method));
  return () => spies.flatMap((spy) => spy.mock.calls.map((args) => args.map((arg) => deepText(arg)).join(' '))).join('\n');
}

/**
 * Everything an object holds as text, own non-enumerable properties (an Error's message, stack, cause) and
 * nested objects included, so a token hidden anywhere in it is found.
 */
export function deepText(value: unknown, seen = new Set<unknown>()): string {
  if (value === null || value === undefined) return String(value);
  if (typeof value !== 'object' && typeof value !== 'function') return String(value);
  if (seen.has(value)) return '';
  seen.add(value);
  const parts: string[] = [];
  for (const key of Object.getOwnPropertyNames(value)) {
    let inner: unknown;
    try {
      inner = (value as Record<string, unknown>)[key];
    } catch {
      continue;
    }
    parts.push(key, deepText(inner, seen));
  }
  if (value instanceof Error) parts.push(value.message, value.stack ?? '', deepText(value.cause, seen));
  return parts.join(' ');
}

/** The tokens found in a text (none, if all is well). */
export function tokensIn(text: string, tokens: readonly string[]): string[] {
  return tokens.filter((token) => text.includes(token));
}
