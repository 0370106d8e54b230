/** One CSV field (RFC 4180): dates as ISO 8601, objects as JSON, null as empty; quoted when it needs to be. */
export function csvField(value: unknown): string {
  let text: string;
  if (value === null || value === undefined) text = '';
  else if (value instanceof Date) text = value.toISOString();
  else if (typeof value === 'object') text = JSON.stringify(value);
  else if (typeof value === 'string') text = value;
  else text = `${value as number | boolean | bigint}`;
  // A leading = + - @ would make spreadsheets run the cell as a formula (CSV injection): prefix a quote.
  // Numbers (numeric columns arrive as strings, e.g. a ledger's "-5.000") are data, never formulas.
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text) && !/^[+-]?\d+(\.\d+)?$/.test(text))
    text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(values: unknown[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}
