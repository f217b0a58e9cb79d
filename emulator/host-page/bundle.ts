import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

const ENTRY = join('emulator', 'host-page', 'host.ts');
let bundle: Promise<string> | null = null;

/**
 * The repository root: the nearest folder above this module holding emulator/host-page/host.ts. Works both
 * when the .ts files run directly (Jest) and from the esbuild bundle in .emulator-build/.
 */
export function repoRoot(from: string = __dirname): string {
  let dir = from;
  for (;;) {
    if (existsSync(join(dir, ENTRY))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`cannot find ${ENTRY} above ${from}`);
    dir = parent;
  }
}

/**
 * The host page script (host.ts with @wix/dashboard/provider and comlink 4.3.0), bundled by esbuild on first
 * request and kept in memory. Loaded lazily so API-only users (tests, the bench) never pay for it.
 */
export function hostBundle(): Promise<string> {
  bundle ??= (async () => {
    const esbuild = await import('esbuild');
    const root = repoRoot();
    const result = await esbuild.build({
      entryPoints: [join(root, ENTRY)],
      absWorkingDir: root,
      bundle: true,
      write: false,
      format: 'iife',
      platform: 'browser',
      target: 'es2020',
      sourcemap: 'inline',
      legalComments: 'none',
      logLevel: 'silent',
    });
    return result.outputFiles[0].text;
  })().catch((e: unknown) => {
    bundle = null;
    throw e;
  });
  return bundle;
}
