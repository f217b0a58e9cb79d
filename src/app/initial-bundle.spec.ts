import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every source file of the app (not specs, not test helpers), with its text. */
function sources(dir = __dirname): { file: string; text: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'testing' ? [] : sources(path);
    if (!/\.(ts|html)$/.test(entry.name) || entry.name.endsWith('.spec.ts')) return [];
    return [{ file: relative(__dirname, path), text: readFileSync(path, 'utf8') }];
  });
}

/**
 * Angular features whose run-time code lands in the initial bundle as soon as any chunk uses them, lazy or not:
 * esbuild keeps each Angular module file in one shared chunk with every export some chunk uses. Measured with
 * `npx ng build` (initial raw): queries (`viewChild` and kin) cost 9.9 kB, `@defer` about 13 kB. Use a template
 * reference passed to the handler, or the component's own element (`inject(ElementRef)`) and querySelector,
 * and `mountLazy` for lazy components.
 */
const COSTLY = [
  { name: 'a query (viewChild, viewChildren, contentChild, contentChildren, @ViewChild…)', pattern: /\b(viewChild|viewChildren|contentChild|contentChildren)\s*(\.required)?\s*[<(]|@(ViewChild|ViewChildren|ContentChild|ContentChildren)\(/ },
  { name: '@defer', pattern: /@defer\b/ },
];

describe('the initial bundle', () => {
  it('no source uses an Angular feature whose code would weigh on the initial bundle from any chunk', () => {
    const files = sources();
    expect(files.length).toBeGreaterThan(30);
    const found = files.flatMap(({ file, text }) =>
      COSTLY.filter(({ pattern }) => pattern.test(text.replace(/^\s*(\/\/|\*|\/\*\*).*$/gm, ''))).map(({ name }) => `${file}: ${name}`),
    );
    expect(found).toEqual([]);
  });

  it('the check finds what it looks for', () => {
    const [query, defer] = COSTLY.map(({ pattern }) => pattern);
    expect(["readonly x = viewChild<ElementRef>('x');", 'readonly y = viewChild.required(Foo);', '@ViewChild(Foo) foo!: Foo;'].every((t) => query.test(t))).toBe(true);
    expect(defer.test('@defer (on idle) { <cm-panel /> }')).toBe(true);
    expect(query.test('no `viewChild`: see SearchBox.clear')).toBe(false);
  });
});
