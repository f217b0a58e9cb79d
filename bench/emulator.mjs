// `npm run bench:emulator [-- --quick]`: bundles bench/emulator-bench.ts into .emulator-build/ and runs it
// in this process.
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundleForNode } from '../emulator/bundle-node.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outfile = await bundleForNode(join(root, 'bench', 'emulator-bench.ts'), join(root, '.emulator-build', 'emulator-bench.cjs'));
await import(pathToFileURL(outfile).href);
