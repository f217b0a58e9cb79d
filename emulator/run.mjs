// `npm run emulator -- [flags]`: bundles the TypeScript emulator into .emulator-build/ and runs it in this
// process. The host page script is bundled by the emulator itself on first request. Works from a clean
// checkout after `npm ci`.
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundleForNode } from './bundle-node.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outfile = await bundleForNode(join(root, 'emulator', 'main.ts'), join(root, '.emulator-build', 'main.cjs'), {
  sourcemap: true,
});
await import(pathToFileURL(outfile).href);
