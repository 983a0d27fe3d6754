const LONG_DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "2018-05-15" → "15 May 2018", the GOV.UK date style. */
export function formatDate(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? iso : LONG_DATE.format(date);
}

const WHOLE = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const TWO_PLACES = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const ONE_PLACE = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });

export function formatCount(value: number): string {
  return WHOLE.format(value);
}

export function formatRatio(value: number): string {
  return TWO_PLACES.format(value);
}

export function formatTenths(value: number): string {
  return ONE_PLACE.format(value);
}

/** "+12" or "−94", with a true minus sign. */
export function formatSigned(value: number, format: (n: number) => string = formatCount): string {
  if (value === 0) return format(0);
  return `${value > 0 ? '+' : '−'}${format(Math.abs(value))}`;
}

/** A p-value as people read it: "0.22", "0.003", "< 0.001". */
export function formatPValue(p: number): string {
  if (p < 0.001) return 'p < 0.001';
  return `p = ${p < 0.01 ? p.toFixed(3) : p.toFixed(2)}`;
}

/** "2016-03" → "Mar 2016". */
export function formatMonth(code: string): string {
  const date = new Date(`${code}-01T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? code : MONTH.format(date);
}
