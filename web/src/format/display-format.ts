/**
 * How numbers and times read on screen. One fixed locale (en-US) so a price
 * reads the same on every desk and in every test; amounts keep two decimals
 * because the instruments quote in cents. Anything not finite renders as an
 * em dash rather than "NaN".
 */

export const EMPTY_VALUE = '—';
const LOCALE = 'en-US';
const formatters = new Map<string, Intl.NumberFormat>();

function numberFormat(key: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const cached = formatters.get(key);
  if (cached !== undefined) return cached;

  const created = new Intl.NumberFormat(LOCALE, options);
  formatters.set(key, created);
  return created;
}

function isNumber(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** A money amount in its ISO 4217 currency, e.g. "$1,234.50" or "-€12.00". */
export function formatMoney(value: number | null | undefined, currency: string): string {
  if (!isNumber(value)) return EMPTY_VALUE;

  try {
    const options = { style: 'currency', currency, minimumFractionDigits: 2 } as const;
    return numberFormat(`money:${currency}`, options).format(value);
  } catch {
    // An unknown currency code makes Intl throw a RangeError: show the code instead.
    return `${formatPrice(value)} ${currency}`;
  }
}

/** A price with grouping and two decimals; negative prices keep their sign. */
export function formatPrice(value: number | null | undefined, decimals = 2): string {
  if (!isNumber(value)) return EMPTY_VALUE;
  const options = { minimumFractionDigits: decimals, maximumFractionDigits: decimals };
  return numberFormat(`price:${decimals}`, options).format(value);
}

/** A change with an explicit sign: "+1.25", "-0.40", "0.00". */
export function formatChange(value: number | null | undefined, decimals = 2): string {
  if (!isNumber(value)) return EMPTY_VALUE;
  const options = {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    signDisplay: 'exceptZero',
  } as const;
  return numberFormat(`change:${decimals}`, options).format(value);
}

/**
 * The change as a percentage of the previous price, or null when that price
 * is zero or negative (a percentage of a negative price means nothing).
 */
export function formatChangePercent(price: number, change: number): string | null {
  const previous = price - change;
  if (!isNumber(previous) || previous <= 0 || !isNumber(change)) return null;
  const options = {
    style: 'percent',
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
    signDisplay: 'exceptZero',
  } as const;
  return numberFormat('percent', options).format(change / previous);
}

/** A whole number of lots with grouping. */
export function formatQuantity(value: number | null | undefined): string {
  if (!isNumber(value)) return EMPTY_VALUE;
  return numberFormat('quantity', { maximumFractionDigits: 0 }).format(value);
}

/** Whether a value is a gain, a loss or neither, for colouring. */
export function direction(value: number | null | undefined): 'up' | 'down' | 'flat' {
  if (!isNumber(value) || value === 0) return 'flat';
  return value > 0 ? 'up' : 'down';
}

/**
 * An ISO timestamp as "YYYY-MM-DD HH:MM:SS" in the given (default: local)
 * time zone. A bare date is a trading day, not an instant, and is shown as is.
 */
export function formatDateTime(iso: string | null | undefined, timeZone?: string): string {
  if (typeof iso !== 'string') return EMPTY_VALUE;
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;

  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return EMPTY_VALUE;

  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes): string =>
    parts.find((item) => item.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}:${part('second')}`;
}
