import { describe, expect, it } from 'vitest';
import {
  direction,
  formatChange,
  formatChangePercent,
  formatDateTime,
  formatMoney,
  formatPrice,
  formatQuantity,
} from '../src/format/display-format';

describe('formatMoney', () => {
  it('formats an amount in its currency with two decimals', () => {
    expect(formatMoney(1234.5, 'USD')).toBe('$1,234.50');
    expect(formatMoney(-12, 'EUR')).toBe('-€12.00');
  });

  it('shows the code after the number for a currency Intl does not know', () => {
    expect(formatMoney(10, 'NOT-A-CODE')).toBe('10.00 NOT-A-CODE');
  });

  it('shows a dash for values that are not finite numbers', () => {
    expect(formatMoney(Number.NaN, 'USD')).toBe('—');
    expect(formatMoney(null, 'USD')).toBe('—');
  });
});

describe('formatPrice and formatChange', () => {
  it('keeps the sign of a negative price', () => {
    expect(formatPrice(-36.98)).toBe('-36.98');
    expect(formatPrice(95.289)).toBe('95.29');
  });

  it('always signs a non-zero change and never signs zero', () => {
    expect(formatChange(1.2)).toBe('+1.20');
    expect(formatChange(-0.4)).toBe('-0.40');
    expect(formatChange(0)).toBe('0.00');
  });
});

describe('formatChangePercent', () => {
  it('relates the change to the previous price', () => {
    expect(formatChangePercent(101, 1)).toBe('+1.00%');
  });

  it('gives no percentage when the previous price was zero or negative', () => {
    expect(formatChangePercent(10, 46.98)).toBeNull();
    expect(formatChangePercent(5, 5)).toBeNull();
  });
});

describe('formatQuantity and direction', () => {
  it('groups whole lots', () => {
    expect(formatQuantity(12000)).toBe('12,000');
    expect(formatQuantity(-5)).toBe('-5');
  });

  it('calls a value up, down or flat', () => {
    expect(direction(3)).toBe('up');
    expect(direction(-0.01)).toBe('down');
    expect(direction(0)).toBe('flat');
    expect(direction(undefined)).toBe('flat');
  });
});

describe('formatDateTime', () => {
  it('formats an instant in the given time zone', () => {
    expect(formatDateTime('2026-01-15T09:05:03Z', 'UTC')).toBe('2026-01-15 09:05:03');
    expect(formatDateTime('2026-01-15T23:30:00Z', 'Asia/Dubai')).toBe('2026-01-16 03:30:00');
  });

  it('shows a bare trading date as it is', () => {
    expect(formatDateTime('2020-04-20', 'America/New_York')).toBe('2020-04-20');
  });

  it('shows a dash for a missing or malformed timestamp', () => {
    expect(formatDateTime(null)).toBe('—');
    expect(formatDateTime('yesterday')).toBe('—');
  });
});
