import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every TypeScript source of the app (specs and test helpers are exempt: they may wire real or fake edges). */
function sources(dir = __dirname): { file: string; text: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'testing' ? [] : sources(path);
    if (!entry.name.endsWith('.ts') || entry.name.endsWith('.spec.ts') || entry.name.endsWith('.d.ts')) return [];
    return [{ file: relative(__dirname, path).split(sep).join('/'), text: readFileSync(path, 'utf8') }];
  });
}

/** The module specifiers a file imports (static `import … from`, `export … from` and dynamic `import()`). */
const imports = (text: string) => [...text.matchAll(/(?:from\s+|import\s*\(\s*)['"]([^'"]+)['"]/g)].map((m) => m[1]);

const WIX_PACKAGE = /^@wix\/|^#wix-/;
const WIX_EDGE = /(^|\/)wix(\/|$)/;

describe('the layers: page → catalog domain → Wix edge', () => {
  const files = sources();

  it('only src/app/wix/ imports @wix/* (the SDK stays behind the edge)', () => {
    expect(files.length).toBeGreaterThan(50);
    const offenders = files.filter(({ file }) => !file.startsWith('wix/')).flatMap(({ file, text }) => imports(text).filter((m) => WIX_PACKAGE.test(m)).map((m) => `${file} → ${m}`));
    expect(offenders).toEqual([]);
  });

  it('the page (src/app/products/) never imports the Wix edge; it goes through the catalog domain', () => {
    const offenders = files.filter(({ file }) => file.startsWith('products/')).flatMap(({ file, text }) => imports(text).filter((m) => m.startsWith('.') && WIX_EDGE.test(m)).map((m) => `${file} → ${m}`));
    expect(offenders).toEqual([]);
  });

  it('the checks see what they look for', () => {
    const text = "import { x } from '@wix/sdk';\nconst m = await import('../../wix/v1-writes');\nexport { y } from '#wix-stores-v1-methods';";
    expect(imports(text)).toEqual(['@wix/sdk', '../../wix/v1-writes', '#wix-stores-v1-methods']);
    expect(imports(text).filter((m) => WIX_PACKAGE.test(m))).toHaveLength(2);
    expect(WIX_EDGE.test('../../wix/v1-writes')).toBe(true);
    expect(WIX_EDGE.test('./wixish')).toBe(false);
  });
});
