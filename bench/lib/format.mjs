/** Numbers to text, statistics, and the aligned tables the bench prints. */

/** The value at percentile p (0–100) of the numbers, nearest-rank; null for none. */
export function percentile(values, p) {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export const median = (values) => percentile(values, 50);

/** 253,501 → "253.5 kB" (1 kB = 1,000 bytes, as Angular's build output and toolchain.md count). */
export function kB(bytes) {
  if (bytes === null || bytes === undefined) return '—';
  return `${(bytes / 1000).toFixed(bytes < 10_000 ? 2 : 1)} kB`;
}

/** 12.345 → "12 ms", 1.2 → "1.2 ms". */
export function ms(value) {
  if (value === null || value === undefined) return '—';
  return `${value < 10 ? value.toFixed(1) : Math.round(value).toLocaleString('en-US')} ms`;
}

export function mb(bytes) {
  if (bytes === null || bytes === undefined) return '—';
  return `${(bytes / 1e6).toFixed(2)} MB`;
}

/** 0.0954 → "0.095×" (how many times the reference). */
export function ratio(value) {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  if (value === 0) return '0×';
  return `${value < 0.1 ? value.toFixed(3) : value < 10 ? value.toFixed(2) : value.toFixed(0)}×`;
}

export const int = (n) => (n === null || n === undefined ? '—' : n.toLocaleString('en-US'));

/**
 * Prints a titled table: the first column left-aligned, the others right-aligned, widths fitted to the
 * content. A row that is a string is printed as it is (a note under the table); null prints a rule.
 */
export function printTable(title, header, rows) {
  const cells = rows.filter(Array.isArray).map((row) => row.map((c) => String(c ?? '—')));
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((row) => (row[i] ?? '').length)));
  const line = (row) =>
    row.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('   ').trimEnd();
  const rule = widths.map((w) => '─'.repeat(w)).join('───');
  const out = [`\n${title}`, line(header), rule];
  for (const row of rows) {
    if (row === null) out.push(rule);
    else if (typeof row === 'string') out.push(`  ${row}`);
    else out.push(line(row.map((c) => String(c ?? '—'))));
  }
  console.log(out.join('\n'));
}

/** A goal's verdict: "met" / "NOT met", or "n/a" when there is nothing to judge (null). */
export function goal(met) {
  if (met === null || met === undefined) return 'n/a';
  return met ? 'met' : 'NOT met';
}
