import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { APP_DIR, ROOT } from './config.mjs';

/** Newest modification time under `path` (a file or a folder, recursively). */
function newest(path) {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((max, entry) => Math.max(max, newest(join(path, entry))), stat.mtimeMs);
}

/**
 * Builds the e2e configuration (`npm run build:e2e`) when CI is set, when the build is missing, or when
 * anything it is built from is newer than it (E2E_NO_BUILD=1 reuses an existing build regardless).
 * Returns what it did, for the log.
 */
export function ensureAppBuild() {
  const index = join(APP_DIR, 'index.html');
  if (process.env.E2E_NO_BUILD && existsSync(index)) return 'reused dist/catalog-manager-e2e as it is (E2E_NO_BUILD)';
  const inputs = ['src', 'angular.json', 'package.json', 'tsconfig.json', 'tsconfig.app.json'].map((p) => join(ROOT, p));
  const reason = process.env.CI
    ? 'CI is set'
    : !existsSync(index)
      ? 'no build yet'
      : Math.max(...inputs.map(newest)) > statSync(index).mtimeMs
        ? 'sources changed since the last build'
        : null;
  if (!reason) return 'reused dist/catalog-manager-e2e (up to date)';
  const started = Date.now();
  // NG_BUILD_OPTIMIZE_CHUNKS=1 as in package.json's scripts: the journeys test the initial files production ships.
  const env = { ...process.env, NG_BUILD_OPTIMIZE_CHUNKS: '1' };
  const result = spawnSync('npm', ['run', 'build:e2e'], { cwd: ROOT, env, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) throw new Error(`npm run build:e2e failed (exit ${result.status ?? result.signal})`);
  return `built the e2e app (${reason}) in ${((Date.now() - started) / 1000).toFixed(1)} s`;
}
