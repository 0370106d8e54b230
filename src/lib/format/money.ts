/**
 * An amount in minor units (cents, as prices and invoices store it) as "$49.00". An unknown currency code
 * still shows the amount, with the code after it, rather than failing the page.
 */
export function formatMoney(minor: number, currency = 'USD'): string {
  try {
    return new Intl.NumberFormat('en-US', { style: 'currency', currency }).format(minor / 100);
  } catch {
    return `${(minor / 100).toFixed(2)} ${currency}`;
  }
}
