// The time the services believe it is. Production uses the system clock; a
// demo or an end-to-end test can start the market at a chosen instant
// (MARKET_CLOCK) and let it run on in real time, to land inside or outside
// trading hours at will. Identity assertions are always checked against the
// real clock, because the gateway signs them in real time.

export interface MarketClock {
  now(): Date;
}

export const systemClock: MarketClock = { now: () => new Date() };

export function clockFrom(now: () => Date): MarketClock {
  return { now };
}

/** A clock that reads `start` now and advances with the real clock from here. */
export function clockStartingAt(start: Date, realNow: () => number = Date.now): MarketClock {
  const offset = start.getTime() - realNow();
  return { now: () => new Date(realNow() + offset) };
}
