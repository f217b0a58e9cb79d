/**
 * Amounts and percentages for the bulk labels, in the page's language (`locale`) and the store's currency: the
 * price form's preview and the confirm dialog say "€12.00" / "12,00 €" as the table does, not "12.00".
 */
export function formatMoney(locale: string, amount: number, currency: string | null): string {
  if (currency) {
    try {
      return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amount);
    } catch {
      // A currency code Intl does not know: the amount, then the code (never a blank).
      return `${formatNumber(locale, amount, 2)} ${currency}`;
    }
  }
  return formatNumber(locale, amount, 2);
}

/** A number in `locale` with exactly `digits` decimals (2: 12.00), or up to 2 when `digits` is null (10, 2.5). */
export function formatNumber(locale: string, value: number, digits: number | null): string {
  const options = digits === null ? { maximumFractionDigits: 2 } : { minimumFractionDigits: digits, maximumFractionDigits: digits };
  return new Intl.NumberFormat(locale, options).format(value);
}
