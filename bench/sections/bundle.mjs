import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { ROOT } from '../../e2e/lib/config.mjs';
import { kB, printTable, ratio } from '../lib/format.mjs';

/**
 * The same products page built the usual Wix way, in React 18 (shared/design/toolchain.md, measured
 * 2026-11, esbuild, minified, gzip -9): JS loaded up front and CSS, in bytes.
 */
export const REFERENCE = {
  patterns: { label: '@wix/patterns CollectionPage', jsGzip: 859_000, cssGzip: 122_000 },
  designSystem: { label: '@wix/design-system only', jsGzip: 239_000, cssGzip: 117_000 },
};

const sizes = (buffer) => ({
  raw: buffer.length,
  gzip: gzipSync(buffer, { level: 9 }).length,
  brotli: brotliCompressSync(buffer, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT },
  }).length,
});
const sum = (files, key) => files.reduce((total, f) => total + f[key], 0);

/** "node_modules/@wix/sdk/node_modules/jose/dist/x.js" → "jose"; app sources → "(app) src/". */
function packageOf(input) {
  const at = input.lastIndexOf('node_modules/');
  if (at < 0) return input.startsWith('src/') ? '(app) src/' : '(angular generated)';
  const parts = input.slice(at + 'node_modules/'.length).split('/');
  return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
}

/** Files the browser loads before the app runs: the entry points and everything they statically import. */
function initialFiles(outputs) {
  const seen = new Set();
  const visit = (name) => {
    if (seen.has(name) || !outputs[name]) return;
    seen.add(name);
    for (const i of outputs[name].imports ?? []) if (i.kind === 'import-statement') visit(i.path);
  };
  for (const [name, output] of Object.entries(outputs)) {
    if (output.entryPoint === 'src/main.ts' || output.entryPoint?.startsWith('angular:styles/global')) visit(name);
  }
  return seen;
}

/** Production budgets from angular.json, in bytes. */
function budgets() {
  const config = JSON.parse(readFileSync(join(ROOT, 'angular.json'), 'utf8'));
  const list = config.projects['catalog-manager'].architect.build.configurations.production.budgets ?? [];
  const bytes = (v) => (v ? Number.parseFloat(v) * (/mb$/i.test(v) ? 1e6 : /kb$/i.test(v) ? 1e3 : 1) : null);
  return list.map((b) => ({ ...b, warning: bytes(b.maximumWarning), error: bytes(b.maximumError) }));
}

/** Section 1: sizes of the production build from its files and its esbuild metafile (stats.json). */
export function measureBundle(dir) {
  const { outputs } = JSON.parse(readFileSync(join(dir, 'stats.json'), 'utf8'));
  const initial = initialFiles(outputs);
  const emitted = Object.entries(outputs).filter(([, o]) => !('ng-component' in o));
  const file = ([name, o]) => ({
    name,
    chunk: !o.entryPoint ? '(shared)' : o.entryPoint.includes('node_modules/') ? packageOf(o.entryPoint) : basename(o.entryPoint, '.ts'),
    ...sizes(readFileSync(join(dir, 'browser', name))),
  });
  const initialJs = emitted.filter(([n]) => initial.has(n) && n.endsWith('.js')).map(file).sort((a, b) => b.raw - a.raw);
  const lazyJs = emitted.filter(([n]) => !initial.has(n) && n.endsWith('.js')).map(file).sort((a, b) => b.raw - a.raw);
  const css = emitted.filter(([n]) => n.endsWith('.css')).map(file);
  const componentCss = Object.values(outputs).filter((o) => 'ng-component' in o).reduce((t, o) => t + o.bytes, 0);

  const byPackage = new Map();
  for (const name of initial) {
    for (const [input, { bytesInOutput }] of Object.entries(outputs[name].inputs ?? {})) {
      if (!name.endsWith('.js')) continue;
      const pkg = packageOf(input);
      const entry = byPackage.get(pkg) ?? { bytes: 0, copies: new Set() };
      entry.bytes += bytesInOutput;
      const at = input.lastIndexOf('node_modules/');
      if (at >= 0) entry.copies.add(input.slice(0, at + 'node_modules/'.length + pkg.length));
      byPackage.set(pkg, entry);
    }
  }
  const packages = [...byPackage]
    .map(([name, e]) => ({ name, bytes: e.bytes, copies: Math.max(1, e.copies.size) }))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, 10);

  const total = (files) => ({ raw: sum(files, 'raw'), gzip: sum(files, 'gzip'), brotli: sum(files, 'brotli') });
  const initialTotal = total([...initialJs, ...css]);
  return {
    initialJs,
    initialJsTotal: total(initialJs),
    lazyJs,
    lazyJsTotal: total(lazyJs),
    css,
    cssTotal: total(css),
    componentCssInJs: componentCss,
    initialTotal,
    packages,
    budgets: budgets().map((b) => ({ type: b.type, name: b.name, warning: b.warning, error: b.error })),
    reference: REFERENCE,
  };
}

/** Prints section 1. */
export function printBundle(b) {
  const row = (label, kind, f) => [label, kind, kB(f.raw), kB(f.gzip), kB(f.brotli)];
  printTable('1. Bundle: production build (gzip -9, brotli q11; 1 kB = 1,000 bytes)', ['file', 'chunk', 'raw', 'gzip', 'brotli'], [
    ...b.initialJs.map((f) => row(f.name, 'initial', f)),
    row('initial JS total', '', b.initialJsTotal),
    null,
    ...b.lazyJs.map((f) => row(f.name, `lazy: ${f.chunk}`, f)),
    row('lazy JS total', '', b.lazyJsTotal),
    null,
    ...b.css.map((f) => row(f.name, 'initial', f)),
    ['component styles (inside the JS above)', '', kB(b.componentCssInJs), '', ''],
    row('initial total (JS + CSS)', '', b.initialTotal),
  ]);

  const js = b.initialJsTotal.gzip;
  const refs = Object.values(b.reference);
  printTable('   Beside the same page built the Wix way (toolchain.md; JS loaded up front, gzip)', ['page', 'JS gzip', 'ours ÷ it', 'CSS gzip', 'ours ÷ it'], [
    ['Catalog Manager', kB(js), '', kB(b.cssTotal.gzip), ''],
    ...refs.map((r) => [r.label, kB(r.jsGzip), `${ratio(js / r.jsGzip)} (${(r.jsGzip / js).toFixed(1)}× smaller)`, kB(r.cssGzip), ratio(b.cssTotal.gzip / r.cssGzip)]),
  ]);

  const shareOf = b.initialJsTotal.raw;
  printTable('   10 largest packages in the initial JS (minified bytes in the output, before compression)', ['package', 'raw', 'share', 'copies'], b.packages.map((p) => [
    p.name, kB(p.bytes), `${((p.bytes / shareOf) * 100).toFixed(1)} %`, p.copies > 1 ? String(p.copies) : '',
  ]));

  const lines = b.budgets.filter((x) => x.type === 'initial' || x.type === 'bundle').map((x) => {
    const actual = x.type === 'initial' ? b.initialTotal.raw : b.lazyJs.find((f) => f.chunk.includes(x.name))?.raw;
    const state = actual > x.error ? 'OVER ERROR' : actual > x.warning ? 'over warning' : 'ok';
    return [x.type === 'initial' ? 'initial (raw)' : `bundle ${x.name} (raw)`, kB(actual), kB(x.warning), kB(x.error), state];
  });
  printTable('   Budgets (angular.json, production; `ng build` fails past the error budget)', ['budget', 'now', 'warning', 'error', ''], lines);
}
