const formatters = new Map<string, Intl.NumberFormat | null>();

/** A price as the store displays it ("$22.50", "€9.99"); unknown currency codes fall back to "22.50 XYZ". */
export function formatMoney(amount: number, currency: string): string {
  let formatter = formatters.get(currency);
  if (formatter === undefined) {
    try {
      formatter = new Intl.NumberFormat('en-US', { style: 'currency', currency });
    } catch {
      formatter = null;
    }
    formatters.set(currency, formatter);
  }
  return formatter ? formatter.format(amount) : `${amount.toFixed(2)} ${currency}`;
}

/** A decimal amount as V3 sends it: a string, no float noise ("22.5", "10"). */
export function decimalAmount(amount: number): string {
  return String(Math.round(amount * 100) / 100);
}

/** Rounds to cents. */
export function cents(amount: number): number {
  return Math.round(amount * 100) / 100;
}
