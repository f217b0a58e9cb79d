import { createReadStream, type Stats, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/**
 * Serves a built single-page app from `dir` (for browser journeys against a production build): files as they
 * are, unknown paths without an extension fall back to index.html, and `headers` (e.g. a CSP) are added to
 * every response.
 */
export function createAppServer(dir: string, headers: Readonly<Record<string, string>> = {}): Server {
  const root = resolve(dir);
  return createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://app.local').pathname);
    let file = resolve(join(root, pathname));
    if (file !== root && !file.startsWith(root + sep)) {
      res.writeHead(403, headers).end();
      return;
    }
    let stat = statOrNull(file);
    if (stat?.isDirectory()) {
      file = join(file, 'index.html');
      stat = statOrNull(file);
    }
    if (!stat && extname(pathname) === '') {
      file = join(root, 'index.html');
      stat = statOrNull(file);
    }
    if (!stat || (req.method !== 'GET' && req.method !== 'HEAD')) {
      res.writeHead(stat ? 405 : 404, { 'Content-Type': 'text/plain; charset=utf-8', ...headers });
      res.end(stat ? 'Method not allowed' : 'Not found');
      return;
    }
    const isIndex = file.endsWith('index.html');
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Content-Length': stat.size,
      // Hashed bundles can be cached; index.html must be re-read after every build.
      'Cache-Control': isIndex ? 'no-cache' : 'public, max-age=3600',
      ...headers,
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  });
}

function statOrNull(file: string): Stats | null {
  try {
    const stat = statSync(file);
    return stat.isFile() || stat.isDirectory() ? stat : null;
  } catch {
    return null;
  }
}
