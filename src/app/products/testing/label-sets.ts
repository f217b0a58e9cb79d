import { Type } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Subject } from 'rxjs';
import { PageLanguage } from '../../i18n/page-language';
import { DASHBOARD_LOCALE } from '../../wix/dashboard-locale';

/** Lets a language change that was just sent reach the labels (the next macrotask). */
export const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Every label of a set as text: plain strings as they are, value maps as `key.entry`, and functions called
 * with `sample` (the spec's sample arguments). `variants` calls some functions again with other arguments,
 * under `key` + the variant's suffix, e.g. `{ '(null)': { exportScope: [null] } }` gives `exportScope(null)`.
 */
export function labelTexts(
  set: object,
  sample: readonly unknown[],
  variants: Record<string, Partial<Record<string, readonly unknown[]>>> = {},
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(set) as [string, unknown][]) {
    if (typeof value === 'string') out[key] = value;
    else if (typeof value === 'function') {
      const call = (args: readonly unknown[]) => String((value as (...a: unknown[]) => unknown)(...args));
      out[key] = call(sample);
      for (const [suffix, samples] of Object.entries(variants)) {
        const args = samples[key];
        if (args) out[`${key}${suffix}`] = call(args);
      }
    } else for (const [k, v] of Object.entries(value as Record<string, string>)) out[`${key}.${k}`] = v;
  }
  return out;
}

/** A labels service whose getters live on its prototype, read into a plain set as the templates read them. */
export function prototypeSet<S>(labels: object): S {
  const names = Object.getOwnPropertyNames(Object.getPrototypeOf(labels)).filter((k) => k !== 'constructor');
  return Object.fromEntries(names.map((k) => [k, (labels as Record<string, unknown>)[k]])) as S;
}

/** The labels service `token` as the page would read it in `language` (its PageLanguage started there), and the dashboard's language changes. */
export async function labelsIn<T>(token: Type<T>, language: string): Promise<{ labels: T; changes: Subject<string> }> {
  const changes = new Subject<string>();
  TestBed.configureTestingModule({ providers: [{ provide: DASHBOARD_LOCALE, useValue: { initial: language, changes: () => changes } }] });
  await TestBed.inject(PageLanguage).start();
  return { labels: TestBed.inject(token), changes };
}
