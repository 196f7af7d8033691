// Local wall-clock time in a market's time zone, computed with Intl so that
// daylight-saving changes come from the IANA time zone database rather than
// from offsets written into the code.

export const WEEKDAYS = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export interface TradingSession {
  timeZone: string;
  /** Local opening time, HH:MM, inclusive. */
  open: string;
  /** Local closing time, HH:MM, exclusive. */
  close: string;
  weekend: readonly Weekday[];
}

export interface LocalTime {
  weekday: Weekday;
  /** Minutes since local midnight. */
  minutes: number;
  /** HH:MM */
  text: string;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

export function localTime(instant: Date, timeZone: string): LocalTime {
  const parts = formatterFor(timeZone).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((p) => p.type === type)?.value ?? '';

  const weekday = part('weekday') as Weekday;
  const hour = Number(part('hour'));
  const minute = Number(part('minute'));
  return { weekday, minutes: hour * 60 + minute, text: `${part('hour')}:${part('minute')}` };
}

export function minutesOfDay(hhmm: string): number {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(hhmm);
  if (match === null) throw new RangeError(`expected a time as HH:MM, got "${hhmm}"`);
  return Number(match[1]) * 60 + Number(match[2]);
}

export function isWithinHours(local: LocalTime, session: TradingSession): boolean {
  return minutesOfDay(session.open) <= local.minutes && local.minutes < minutesOfDay(session.close);
}

export function isWeekend(local: LocalTime, session: TradingSession): boolean {
  return session.weekend.includes(local.weekday);
}

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      weekday: 'long',
      hour: '2-digit',
      minute: '2-digit',
      // h23 gives 00:30, where hour12: false can print 24:30 at midnight.
      hourCycle: 'h23',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}
