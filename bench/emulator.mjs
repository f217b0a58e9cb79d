// `npm run bench:emulator [-- --quick]`: bundles bench/emulator-bench.ts with esbuild (Node 20 cannot run .ts)
// into .emulator-build/ and runs it in this process.
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outfile = join(root, '.emulator-build', 'emulator-bench.cjs');

await build({
  entryPoints: [join(root, 'bench', 'emulator-bench.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  external: ['esbuild'],
  logLevel: 'warning',
});
await import(pathToFileURL(outfile).href);
