import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './config.mjs';

/**
 * The production response headers (hosting/headers.json, the single source of truth), the two hosting formats
 * that ship them (hosting/_headers for Netlify / Cloudflare Pages, hosting/nginx.conf), and the same headers
 * with the e2e set-up's origins put in place of Wix's, which the `csp` emulator serves the e2e build with.
 */
export const HOSTING = join(ROOT, 'hosting');
const read = (name) => readFileSync(join(HOSTING, name), 'utf8');

/** hosting/headers.json: header name → value. */
export function productionHeaders() {
  return JSON.parse(read('headers.json'));
}

/** "a b; c d" → Map {a → [b], c → [d]} (directive names lower-cased, in order). */
export function parsePolicy(policy) {
  const directives = new Map();
  const duplicates = [];
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
    if (!name) continue;
    const key = name.toLowerCase();
    // Browsers ignore a repeated directive; a policy that repeats one does not say what it seems to.
    if (directives.has(key)) duplicates.push(key);
    else directives.set(key, sources);
  }
  return Object.assign(directives, { duplicates });
}

export function formatPolicy(directives) {
  return [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/**
 * The only sources the e2e policy may change, per directive: Wix's origins, which the emulator stands in for.
 * Everything else is served exactly as it ships.
 */
const WIX_SOURCES = {
  'connect-src': { 'https://www.wixapis.com': 'api' },
  'img-src': { 'https://static.wixstatic.com': 'media' },
  'frame-ancestors': { 'https://manage.wix.com': 'dashboard', 'https://*.manage.wix.com': 'dashboard' },
};

/**
 * hosting/headers.json with the e2e origins substituted: `{api, media, dashboard}` (the emulator's origin for all
 * three: it answers the Stores API, serves the product thumbnails and is the dashboard host page).
 */
export function e2eHeaders(origins) {
  const headers = productionHeaders();
  const policy = parsePolicy(headers['Content-Security-Policy']);
  for (const [directive, swaps] of Object.entries(WIX_SOURCES)) {
    const sources = policy.get(directive) ?? [];
    const replaced = sources.map((source) => (swaps[source] ? origins[swaps[source]] : source));
    policy.set(directive, [...new Set(replaced)]);
  }
  return { ...headers, 'Content-Security-Policy': formatPolicy(policy) };
}

/** `_headers`: `{path: {name: value}}` (Netlify / Cloudflare Pages syntax: a path line, then indented headers). */
export function parseHeadersFile(text) {
  const rules = {};
  let current = null;
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      current = rules[line.trim()] ??= {};
      continue;
    }
    const colon = line.indexOf(':');
    if (!current || colon < 0) throw new Error(`_headers: cannot read the line ${JSON.stringify(line)}`);
    current[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return rules;
}

/** nginx.conf: every `location` block with its `add_header`s (`{name: {value, always}}`) and `try_files`. */
export function parseNginx(text) {
  const source = text.replace(/#[^\n]*/g, '');
  const blocks = [];
  for (const match of source.matchAll(/location\s+([^{]+?)\s*\{([^}]*)\}/g)) {
    const headers = {};
    for (const header of match[2].matchAll(/add_header\s+(\S+)\s+"([^"]*)"(\s+always)?\s*;/g)) {
      headers[header[1]] = { value: header[2], always: !!header[3] };
    }
    const tryFiles = /try_files\s+([^;]+);/.exec(match[2])?.[1].trim() ?? null;
    blocks.push({ location: match[1].trim(), headers, tryFiles });
  }
  return blocks;
}

const STRICT_REFERRER_POLICIES = ['no-referrer', 'same-origin', 'strict-origin', 'strict-origin-when-cross-origin'];
const SECURITY_HEADERS = ['Content-Security-Policy', 'X-Content-Type-Options', 'Referrer-Policy'];

/**
 * Problems with the hosting configuration: the policy in headers.json says what the issue asks (and nothing
 * that would undo it), and _headers and nginx.conf send exactly those headers. Empty when all is well.
 */
export function hostingProblems() {
  const problems = [];
  const check = (ok, message) => ok || problems.push(message);
  const headers = productionHeaders();
  const names = Object.keys(headers);
  for (const name of SECURITY_HEADERS) check(names.includes(name), `headers.json has no ${name}`);

  const policy = parsePolicy(headers['Content-Security-Policy'] ?? '');
  const sources = (directive) => policy.get(directive) ?? null;
  check(policy.duplicates.length === 0, `the policy repeats ${policy.duplicates.join(', ')} (browsers ignore the repeat)`);
  check(sources('default-src')?.join(' ') === "'none'", "default-src is 'none' (everything not listed is refused)");
  const scripts = sources('script-src') ?? [];
  check(scripts.length > 0, 'script-src is given');
  for (const bad of ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", "'wasm-unsafe-eval'", 'data:', 'blob:', '*', 'http:', 'https:']) {
    check(!scripts.includes(bad), `script-src allows ${bad}`);
  }
  for (const directive of ['script-src-elem', 'script-src-attr', 'worker-src', 'object-src']) {
    check(!policy.has(directive), `${directive} is left to the stricter default (it would widen script-src)`);
  }
  check(sources('connect-src')?.join(' ') === 'https://www.wixapis.com', 'connect-src is exactly https://www.wixapis.com');
  // A wildcard matches subdomains only: "https://*.manage.wix.com" does not match the dashboard itself,
  // https://manage.wix.com, so both are listed.
  check(
    sources('frame-ancestors')?.join(' ') === 'https://manage.wix.com https://*.manage.wix.com',
    'frame-ancestors is exactly https://manage.wix.com https://*.manage.wix.com',
  );
  check(sources('img-src')?.join(' ') === 'https://static.wixstatic.com', 'img-src is exactly https://static.wixstatic.com (Wix media)');
  check(sources('base-uri') !== null, 'base-uri is given (it does not fall back to default-src)');
  check(sources('form-action') !== null, 'form-action is given (it does not fall back to default-src)');
  check(headers['X-Content-Type-Options'] === 'nosniff', 'X-Content-Type-Options is nosniff');
  check(STRICT_REFERRER_POLICIES.includes(headers['Referrer-Policy']), `Referrer-Policy is one of ${STRICT_REFERRER_POLICIES.join(', ')}`);

  // _headers: one rule for every path, with exactly these headers.
  const rules = parseHeadersFile(read('_headers'));
  check(JSON.stringify(Object.keys(rules)) === '["/*"]', `_headers has one rule, for /* (has ${Object.keys(rules).join(', ')})`);
  const rule = rules['/*'] ?? {};
  check(JSON.stringify(Object.keys(rule).sort()) === JSON.stringify(names.slice().sort()), `_headers /* sends ${Object.keys(rule).join(', ')}; headers.json has ${names.join(', ')}`);
  for (const name of names) check(rule[name] === headers[name], `_headers /* ${name} differs from headers.json`);

  // nginx.conf: every location sends exactly these headers, always; "/" falls back to index.html.
  const blocks = parseNginx(read('nginx.conf'));
  check(blocks.some((b) => b.location === '/' && /\/index\.html$/.test(b.tryFiles ?? '')), 'nginx.conf: location / falls back to /index.html');
  for (const block of blocks) {
    for (const name of names) {
      const header = block.headers[name];
      check(header?.value === headers[name], `nginx.conf location ${block.location}: ${name} ${header ? 'differs from headers.json' : 'is missing'}`);
      check(!header || header.always, `nginx.conf location ${block.location}: ${name} lacks "always" (error answers would go without it)`);
    }
    const extra = Object.keys(block.headers).filter((n) => !names.includes(n) && n !== 'Cache-Control');
    check(extra.length === 0, `nginx.conf location ${block.location}: headers not in headers.json: ${extra.join(', ')}`);
  }
  check(blocks.length > 0, 'nginx.conf has location blocks');
  return problems;
}
