import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root, e2e folder, build output and screenshot folder. */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const E2E = join(ROOT, 'e2e');
export const APP_DIR = join(ROOT, 'dist', 'catalog-manager-e2e', 'browser');
export const ARTIFACTS = join(E2E, 'artifacts');
export const HOSTILE_CATALOG = join(ROOT, 'emulator', 'catalogs', 'hostile.json');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The timeouts the e2e build was compiled with, read from its environment file so the journeys follow it. */
function e2eTimeout(name) {
  const source = readFileSync(join(ROOT, 'src', 'environments', 'environment.e2e.ts'), 'utf8');
  const match = new RegExp(`${name}:\\s*([\\d_]+)`).exec(source);
  if (!match) throw new Error(`environment.e2e.ts does not set ${name}`);
  return Number(match[1].replaceAll('_', ''));
}
export const REQUEST_TIMEOUT_MS = e2eTimeout('requestTimeoutMs');
export const CONNECTION_TIMEOUT_MS = e2eTimeout('connectionTimeoutMs');

/** The app's debounce of typing (src/app/catalog/product-search.ts), used to type faster than it. */
export const KEYSTROKE_DELAY_MS = 60;
/** Slack on top of a configured timeout for the browser to render the message (2-core CI machine). */
export const RENDER_SLACK_MS = 1_500;
/** How long a state may take to appear before a journey fails. */
export const STATE_TIMEOUT_MS = 10_000;
