/**
 * The ICU MessageFormat subset the page's messages use, on the browser's own `Intl`:
 * `{name}`, `{name, number}`, `{name, plural, =0 {…} one {… # …} other {…}}`, `{name, select, a {…} other {…}}`
 * (no apostrophe quoting: an apostrophe is text, as ICU reads one not followed by a brace or #; a literal brace
 * is not supported, and a stray one is a syntax error).
 *
 * Why our own: the libraries that do this cost more than the 2 kB gzip budget for the whole feature
 * (measured, esbuild minified + gzip -9: intl-messageformat 10.0 kB, i18next 16.1 kB, @lingui/core 2.2 kB and a
 * compile step); this file is about 0.8 kB. Anything outside the subset is a syntax error, caught by the specs.
 */

/** An argument of a message; `plural` and `select` carry their branches. */
export type IcuArgument =
  | { readonly kind: 'simple' | 'number'; readonly name: string }
  | { readonly kind: 'plural' | 'select'; readonly name: string; readonly branches: Readonly<Record<string, IcuPart[]>> };

/** A parsed message: text, arguments, and `#` (the plural's number) inside a plural branch. */
export type IcuPart = string | IcuArgument | { readonly kind: 'pound' };

/** The values a message is formatted with. */
export type IcuValues = Readonly<Record<string, string | number>>;

/** The locale's formatters; built once per language by the caller. */
export interface IcuLocale {
  readonly plurals: Intl.PluralRules;
  readonly numbers: Intl.NumberFormat;
}

/** Parses a message; throws a SyntaxError naming the first token it could not place. */
export function parseIcu(message: string): IcuPart[] {
  // Braces, commas and # are the syntax; everything between them is text, or a name or key once trimmed.
  const tokens = message.match(/[{}#,]|[^{}#,]+/g) ?? [];
  let at = 0;
  const fail = (): never => {
    throw new SyntaxError(`ICU message: unexpected token ${at} in "${message}"`);
  };
  const skipSpace = () => {
    while (tokens[at]?.trim() === '') at++;
  };
  const word = (): string => {
    skipSpace();
    const token = tokens[at]?.trim() ?? '';
    if (!/^[^\s{}#,]+$/.test(token)) fail();
    at++;
    return token;
  };
  const expect = (token: string) => {
    skipSpace();
    if (tokens[at] !== token) fail();
    at++;
  };

  /** Text and arguments up to the end of the message, or of a branch (its closing brace is left for the caller). */
  const parts = (inPlural: boolean, nested: boolean): IcuPart[] => {
    const out: IcuPart[] = [];
    for (let token = tokens[at]; token !== undefined && token !== '}'; token = tokens[at]) {
      at++;
      if (token === '{') out.push(argument(inPlural));
      else if (token === '#' && inPlural) out.push({ kind: 'pound' });
      else if (typeof out[out.length - 1] === 'string') out[out.length - 1] += token;
      else out.push(token);
    }
    if ((tokens[at] === '}') !== nested) fail();
    return out;
  };

  const argument = (inPlural: boolean): IcuArgument => {
    const name = word();
    skipSpace();
    if (tokens[at] === '}') return at++, { kind: 'simple', name };
    expect(',');
    const kind = word();
    if (kind === 'number') return expect('}'), { kind, name };
    if (kind !== 'plural' && kind !== 'select') fail();
    expect(',');
    const branches: Record<string, IcuPart[]> = {};
    for (skipSpace(); tokens[at] !== '}'; skipSpace()) {
      const key = word();
      if (kind === 'plural' && !/^(=\d+|zero|one|two|few|many|other)$/.test(key)) fail();
      expect('{');
      // # in a select inside a plural is still the plural's number.
      branches[key] = parts(inPlural || kind === 'plural', true);
      at++;
    }
    at++;
    if (!branches['other']) fail();
    return { kind: kind as 'plural' | 'select', name, branches };
  };

  return parts(false, false);
}

/** Formats parsed parts; a missing value shows as `{name}` so it cannot pass unnoticed. */
export function formatIcu(parts: readonly IcuPart[], values: IcuValues, locale: IcuLocale, pound?: number): string {
  let out = '';
  for (const part of parts) {
    if (typeof part === 'string') {
      out += part;
      continue;
    }
    if (part.kind === 'pound') {
      out += pound === undefined ? '#' : locale.numbers.format(pound);
      continue;
    }
    const value = values[part.name];
    if (value === undefined) {
      out += `{${part.name}}`;
    } else if (part.kind === 'simple') {
      out += String(value);
    } else if (part.kind === 'number') {
      out += typeof value === 'number' ? locale.numbers.format(value) : value;
    } else if (part.kind === 'plural') {
      const n = Number(value);
      const branch = part.branches[`=${n}`] ?? part.branches[locale.plurals.select(n)] ?? part.branches['other'];
      out += formatIcu(branch, values, locale, n);
    } else if (part.kind === 'select') {
      out += formatIcu(part.branches[String(value)] ?? part.branches['other'], values, locale, pound);
    }
  }
  return out;
}

/** Every argument a message uses, by name, with its kind: what a translation must keep. */
export function icuArguments(parts: readonly IcuPart[], into = new Map<string, IcuArgument['kind']>()): Map<string, string> {
  for (const part of parts) {
    if (typeof part === 'string' || part.kind === 'pound') continue;
    into.set(part.name, part.kind);
    if (part.kind === 'plural' || part.kind === 'select') {
      for (const branch of Object.values(part.branches)) icuArguments(branch, into);
    }
  }
  return into;
}
