import { readFileSync } from 'node:fs';
import { isRole, ROLES } from './auth/roles';
import { CATALOG_VERSIONS, type CatalogVersion, type EmulatorOptions, FAIL_STATUSES, type FailStatus } from './options';

/** Usage text for --help. */
export const USAGE = `Usage: npm run emulator -- [options]

  --port N               host page + Stores API port (default 4300; 0 = any free port)
  --host ADDR            interface to listen on (default 127.0.0.1)
  --products N           size of the generated catalog (default 5000)
  --seed N               seed of the generated catalog (default 42)
  --currency CODE        currency of generated prices (default USD)
  --catalog FILE         serve a JSON file of Wix V1 products instead (see emulator/catalogs/hostile.json)
  --catalog-version V    V1 | V3 | NONE (Stores not installed) (default V1)
  --role R               ${ROLES.join(' | ')} (default owner)
  --latency MS           extra latency on every Stores API call (default 0)
  --token-ttl S          lifetime of issued tokens in seconds (default 300)
  --rate-limit N         Stores API calls per minute (default 200; 0 = unlimited)
  --offset-window N      V1 offset paging up to N items, 400 beyond (default 10000; 0 = off)
  --fail-next N          fail the next N Stores API calls ...
  --fail-status S        ... with 429 | 500 | 503 (default 503)
  --hang-next N          never answer the next N Stores API calls
  --drop-handshake       the host page ignores the app's SDK handshake
  --language CODE        dashboard language reported to the app (default en)
  --app-url URL          the app the host page frames (default http://localhost:4200)
  --app-dir DIR          serve a built app from DIR on --app-port and frame it
  --app-port N           port for --app-dir (default 4301)
  --app-headers FILE     JSON object of extra response headers for --app-dir (e.g. a CSP)
  --lazy-indexes         build sort indexes on first use instead of at start
  --quiet                no per-request log lines
  --help                 this text`;

/** Parsed command line: options plus CLI-only switches. */
export interface CliArgs {
  readonly options: Partial<EmulatorOptions>;
  readonly help: boolean;
  readonly quiet: boolean;
}

/** Parses `--flag value` / `--flag=value` arguments; throws an Error with a readable message on bad input. */
export function parseArgs(argv: readonly string[]): CliArgs {
  const o: Partial<EmulatorOptions> = {};
  let help = false;
  let quiet = false;
  let failCount: number | undefined;
  let failStatus: FailStatus = 503;
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s, 2);
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || (inline === undefined && v.startsWith('--'))) throw new Error(`${flag} needs a value`);
      return v;
    };
    const int = (min: number): number => {
      const v = value();
      const n = Number(v);
      if (!Number.isInteger(n) || n < min) throw new Error(`${flag} must be an integer >= ${min}, got "${v}"`);
      return n;
    };
    switch (flag) {
      case '--port': o.port = int(0); break;
      case '--host': o.host = value(); break;
      case '--products': o.products = int(0); break;
      case '--seed': o.seed = int(0); break;
      case '--currency': o.currency = oneOf(flag, value().toUpperCase(), null, /^[A-Z]{3}$/); break;
      case '--catalog': o.catalogFile = value(); break;
      case '--catalog-version': o.catalogVersion = oneOf(flag, value().toUpperCase(), CATALOG_VERSIONS) as CatalogVersion; break;
      case '--role': {
        const role = value();
        if (!isRole(role)) throw new Error(`--role must be one of ${ROLES.join(', ')}, got "${role}"`);
        o.role = role;
        break;
      }
      case '--latency': o.latencyMs = int(0); break;
      case '--token-ttl': o.tokenTtlSeconds = int(1); break;
      case '--rate-limit': o.rateLimitPerMinute = int(0); break;
      case '--offset-window': o.offsetWindow = int(0); break;
      case '--fail-next': failCount = int(0); break;
      case '--fail-status': failStatus = Number(oneOf(flag, value(), FAIL_STATUSES.map(String))) as FailStatus; break;
      case '--hang-next': o.hangNext = int(0); break;
      case '--drop-handshake': o.dropHandshake = true; break;
      case '--language': o.language = oneOf(flag, value(), null, /^[a-z]{2}(-[A-Za-z]{2})?$/); break;
      case '--app-url': o.appUrl = url(value()); break;
      case '--app-dir': o.appDir = value(); break;
      case '--app-port': o.appPort = int(0); break;
      case '--app-headers': o.appHeaders = headersFile(value()); break;
      case '--lazy-indexes': o.warmIndexes = false; break;
      case '--quiet': quiet = true; break;
      case '--help': case '-h': help = true; break;
      default: throw new Error(`unknown option "${flag}" (see --help)`);
    }
  }
  if (failCount !== undefined) o.failNext = { count: failCount, status: failStatus };
  return { options: o, help, quiet };
}

function oneOf(flag: string, v: string, allowed: readonly string[] | null, pattern?: RegExp): string {
  if (allowed ? !allowed.includes(v) : !pattern?.test(v)) {
    throw new Error(`${flag}: "${v}" is not valid${allowed ? ` (use ${allowed.join(', ')})` : ''}`);
  }
  return v;
}

function url(v: string): string {
  try {
    return new URL(v).toString().replace(/\/$/, '');
  } catch {
    throw new Error(`--app-url must be an absolute URL, got "${v}"`);
  }
}

function headersFile(path: string): Record<string, string> {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new Error(`--app-headers ${path}: ${(e as Error).message}`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data) || !Object.values(data).every((v) => typeof v === 'string')) {
    throw new Error(`--app-headers ${path}: expected a JSON object of header names to string values`);
  }
  return data as Record<string, string>;
}
