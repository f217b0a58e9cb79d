// `npm run emulator -- [flags]`: bundles the TypeScript emulator with esbuild (Node 20 cannot run .ts) into
// .emulator-build/ and runs it in this process. The host page script is bundled by the emulator itself on
// first request. Works from a clean checkout after `npm ci`.
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outfile = join(root, '.emulator-build', 'main.cjs');

await build({
  entryPoints: [join(root, 'emulator', 'main.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: 'inline',
  // esbuild is loaded at run time to bundle the host page; everything else is bundled in.
  external: ['esbuild'],
  logLevel: 'warning',
});
await import(pathToFileURL(outfile).href);
