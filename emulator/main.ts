/** `npm run emulator`: starts the emulator from the command line and stops it on Ctrl-C. */
import { performance } from 'node:perf_hooks';
import { ROLE_LABELS } from './auth/roles';
import { CatalogFileError } from './catalog/catalog-file';
import { parseArgs, USAGE } from './cli-args';
import { startEmulator } from './server';

async function main(argv: readonly string[]): Promise<void> {
  let args;
  try {
    args = parseArgs(argv);
  } catch (e) {
    console.error(`emulator: ${(e as Error).message}\n\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  if (args.help) {
    console.log(USAGE);
    return;
  }
  const started = performance.now();
  const log = args.quiet ? undefined : (line: string) => console.log(`${new Date().toISOString().slice(11, 23)} ${line}`);
  const emulator = await startEmulator({ ...args.options, log });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const rssMb = Math.round(process.memoryUsage().rss / 1e6);
  const { config, catalog, site } = emulator.state;
  const localUrl = emulator.url.replace('127.0.0.1', 'localhost');
  console.log(
    [
      `Wix emulator ready in ${seconds}s (${catalog.size.toLocaleString('en-US')} products, ${rssMb} MB RSS)`,
      `  Dashboard:   ${localUrl}/   (${site.siteName}, framing ${emulator.appUrl})`,
      `  Stores API:  ${localUrl}/stores-reader/v1/... and /stores/v3/...`,
      `  Admin:       ${localUrl}/_emulator/{token,config,reset,stats}`,
      `  Site:        Catalog ${config.catalogVersion}, signed in as ${ROLE_LABELS[config.role]}`,
    ].join('\n'),
  );
  const stop = () => {
    console.log('\nstopping the emulator');
    emulator.close().then(() => process.exit(0), () => process.exit(1));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main(process.argv.slice(2)).catch((e: unknown) => {
  if (e instanceof CatalogFileError) console.error(`emulator: ${e.message}`);
  else if ((e as NodeJS.ErrnoException).code === 'EADDRINUSE') {
    console.error(`emulator: ${(e as Error).message} (is another emulator running? try --port)`);
  }
  else console.error(e);
  process.exit(1);
});
