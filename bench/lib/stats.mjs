import { median, percentile } from './format.mjs';

/**
 * Paired comparisons for figures measured as interleaved pairs (the same thing in two variants, back to back):
 * the median of the per-pair values and a 95 % bootstrap confidence interval for it, resampling whole pairs.
 * A pair keeps its two loads together, so whatever slowed the machine during a pair slows both sides of it.
 */

/** A small seeded generator (mulberry32): the same samples give the same interval in every run. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * {value, low, high}: the median of `values` and its 95 % percentile-bootstrap interval (`resamples` draws
 * of as many values, with replacement). With fewer than 3 values the interval is null: nothing to resample.
 */
export function medianWithInterval(values, { resamples = 4000, seed = 14 } = {}) {
  const list = values.filter((v) => Number.isFinite(v));
  if (list.length === 0) return { value: null, low: null, high: null, n: 0 };
  if (list.length < 3) return { value: median(list), low: null, high: null, n: list.length };
  const next = random(seed);
  const medians = [];
  for (let r = 0; r < resamples; r++) {
    const draw = Array.from({ length: list.length }, () => list[Math.floor(next() * list.length)]);
    medians.push(median(draw));
  }
  return { value: median(list), low: percentile(medians, 2.5), high: percentile(medians, 97.5), n: list.length };
}

/**
 * For pairs [a, b] of samples (objects with numeric `key`s): b ÷ a and b − a per pair, each as
 * {value, low, high}, the median and its 95 % bootstrap interval.
 */
export function pairedComparison(pairs, key) {
  const usable = pairs.filter(([a, b]) => Number.isFinite(a[key]) && Number.isFinite(b[key]));
  return {
    ratio: medianWithInterval(usable.filter(([a]) => a[key] > 0).map(([a, b]) => b[key] / a[key])),
    difference: medianWithInterval(usable.map(([a, b]) => b[key] - a[key])),
  };
}

/** Whether an interval lies wholly above zero (a cost), wholly below (a saving), or contains it (noise). */
export function beyondNoise(interval) {
  if (interval.low === null || interval.high === null) return 'too few pairs';
  if (interval.low > 0) return 'costs more';
  if (interval.high < 0) return 'costs less';
  return 'within noise';
}
