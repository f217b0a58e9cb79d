// Node 20 cannot run .ts: the emulator's entry points (its CLI, the emulator bench) are bundled with esbuild
// into one CommonJS file each. esbuild itself stays external: the emulator loads it at run time to bundle
// the host page script.
import { build } from 'esbuild';

/** Bundles a TypeScript entry for Node 20 into `outfile`. */
export async function bundleForNode(entry, outfile, { sourcemap = false } = {}) {
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: sourcemap ? 'inline' : false,
    external: ['esbuild'],
    logLevel: 'warning',
  });
  return outfile;
}
