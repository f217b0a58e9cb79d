import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { ROOT } from '../../e2e/lib/config.mjs';
import { bundleForNode } from '../../emulator/bundle-node.mjs';

/** Where each build goes (all under dist/ or .emulator-build/, both git-ignored). */
export const OUT = {
  production: join(ROOT, 'dist', 'catalog-manager-bench-production'),
  bench: join(ROOT, 'dist', 'catalog-manager-bench'),
  seedPage: join(ROOT, 'dist', 'bench-seed-page'),
  floorPage: join(ROOT, 'dist', 'bench-floor-page'),
  emulator: join(ROOT, '.emulator-build', 'bench-emulator.cjs'),
};

/** Runs a command, keeping its output; rejects with that output when it fails. */
function run(command, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '0', NG_CLI_ANALYTICS: 'false' } });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve(output) : reject(new Error(`${command} ${args.join(' ')} failed (exit ${code}):\n${output}`))));
  });
}

const ng = (...args) => run(join(ROOT, 'node_modules', '.bin', 'ng'), ['build', ...args]);

/**
 * The production build with its esbuild metafile (`stats.json`), built fresh every run: the budgets in
 * angular.json make it fail when the initial bundle outgrows them, and then the bench fails too.
 */
export async function buildProduction() {
  rmSync(OUT.production, { recursive: true, force: true });
  const started = Date.now();
  const output = await ng('--configuration', 'production', '--stats-json', '--output-path', OUT.production);
  return { dir: OUT.production, seconds: (Date.now() - started) / 1000, warnings: budgetLines(output) };
}

/**
 * The bench configuration: production optimisation, emulator wiring, render marks (environment.bench.ts).
 * With its metafile, so the bench can tell which hashed chunk holds what (`chunkFor`).
 */
export async function buildBench() {
  const started = Date.now();
  await ng('--configuration', 'bench', '--stats-json');
  return { dir: join(OUT.bench, 'browser'), seconds: (Date.now() - started) / 1000 };
}

/**
 * Where the bench build put `source` (e.g. `src/app/i18n/messages.he.json`): {file, lazy: true} when it is
 * the entry point of a chunk of its own (loaded by a dynamic import), {file, lazy: false} when it is bundled
 * into a chunk with other code (for the messages: the initial bundle), null without the build's metafile.
 */
export function chunkFor(source) {
  const stats = join(OUT.bench, 'stats.json');
  if (!existsSync(stats)) return null;
  const { outputs } = JSON.parse(readFileSync(stats, 'utf8'));
  const entries = Object.entries(outputs).filter(([name]) => name.endsWith('.js'));
  const own = entries.find(([, o]) => o.entryPoint === source);
  if (own) return { file: own[0], lazy: true };
  const holder = entries.find(([, o]) => source in (o.inputs ?? {}));
  return holder ? { file: holder[0], lazy: false } : null;
}

/** Lines of the build log that mention a budget (warnings; errors fail the build). */
function budgetLines(output) {
  return output.split('\n').filter((line) => /budget/i.test(line)).map((line) => line.trim());
}

/**
 * The seed's-way page (bench/seed-page/), minified like a production bundle, with the real Wix packages.
 * Served by an emulator's --app-dir.
 */
export async function buildSeedPage() {
  const bytes = await bundlePage('seed-page', OUT.seedPage);
  copyFileSync(join(ROOT, 'bench', 'seed-page', 'index.html'), join(OUT.seedPage, 'index.html'));
  return { dir: OUT.seedPage, bytes };
}

/** Bundles bench/<page>/main.ts into `out`/main.js (a fresh folder), minified for the browser; its bytes. */
async function bundlePage(page, out) {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const result = await build({
    entryPoints: [join(ROOT, 'bench', page, 'main.ts')],
    outfile: join(out, 'main.js'),
    bundle: true,
    minify: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    metafile: true,
    logLevel: 'warning',
  });
  return Object.values(result.metafile.outputs).reduce((sum, o) => sum + o.bytes, 0);
}

/**
 * The floor page (bench/floor-page/), minified like the seed's-way page. Its CSS is the app's: the bench
 * build's global stylesheet (`styles-*.css`, copied as built) and the product table's component CSS
 * (`src/app/products/product-table.css`, with `:host` turned into the `.cm-table-host` wrapper the page
 * uses, since the floor has no component and no view encapsulation). Needs the bench build in dist/.
 * Returns {dir, bytes, gzip}: the page's JS, minified, raw and gzip -9.
 */
export async function buildFloorPage() {
  const bytes = await bundlePage('floor-page', OUT.floorPage);
  const browser = join(OUT.bench, 'browser');
  const styles = readdirSync(browser).find((f) => /^styles.*\.css$/.test(f));
  if (!styles) throw new Error(`floor page: no styles-*.css in ${browser} (build the bench configuration first)`);
  copyFileSync(join(browser, styles), join(OUT.floorPage, 'styles.css'));
  const table = readFileSync(join(ROOT, 'src', 'app', 'products', 'product-table.css'), 'utf8').replace(/:host\(([^)]*)\)/g, '.cm-table-host$1').replace(/:host/g, '.cm-table-host');
  writeFileSync(join(OUT.floorPage, 'table.css'), table);
  copyFileSync(join(ROOT, 'bench', 'floor-page', 'index.html'), join(OUT.floorPage, 'index.html'));
  // gzip -9 like section 1, for the goals table's floor column.
  const gzip = gzipSync(readFileSync(join(OUT.floorPage, 'main.js')), { level: 9 }).length;
  return { dir: OUT.floorPage, bytes, gzip };
}

/**
 * The emulator CLI bundled once into its own file, so the bench's emulators start without re-bundling and
 * never race `npm run emulator` or `npm run e2e` for .emulator-build/main.cjs.
 */
export async function buildEmulator() {
  await bundleForNode(join(ROOT, 'emulator', 'main.ts'), OUT.emulator);
  if (!existsSync(OUT.emulator)) throw new Error(`emulator bundle missing: ${OUT.emulator}`);
  return OUT.emulator;
}
