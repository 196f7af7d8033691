// The instrument catalogue: what can be traded, its unit and its lot size.
// Lot sizes follow the standard NYMEX/ICE contract sizes (1,000 bbl for crude,
// 10,000 MMBtu for Henry Hub natural gas).

export const INSTRUMENT_SYMBOLS = ['BRENT', 'WTI', 'HH'] as const;
export type InstrumentSymbol = (typeof INSTRUMENT_SYMBOLS)[number];

export interface Instrument {
  symbol: InstrumentSymbol;
  name: string;
  unit: string;
  currency: 'USD';
  lotSize: number;
  quoteUnit: string;
}

export const INSTRUMENTS: readonly Instrument[] = Object.freeze([
  {
    symbol: 'BRENT',
    name: 'Brent crude oil',
    unit: 'bbl',
    currency: 'USD',
    lotSize: 1_000,
    quoteUnit: 'USD/bbl',
  },
  {
    symbol: 'WTI',
    name: 'WTI crude oil',
    unit: 'bbl',
    currency: 'USD',
    lotSize: 1_000,
    quoteUnit: 'USD/bbl',
  },
  {
    symbol: 'HH',
    name: 'Henry Hub natural gas',
    unit: 'MMBtu',
    currency: 'USD',
    lotSize: 10_000,
    quoteUnit: 'USD/MMBtu',
  },
]);

const BY_SYMBOL = new Map<string, Instrument>(INSTRUMENTS.map((i) => [i.symbol, i]));

export function isInstrumentSymbol(value: string): value is InstrumentSymbol {
  return BY_SYMBOL.has(value);
}

export function findInstrument(symbol: string): Instrument | undefined {
  return BY_SYMBOL.get(symbol);
}

export function instrument(symbol: InstrumentSymbol): Instrument {
  const found = BY_SYMBOL.get(symbol);
  if (found === undefined) throw new Error(`instrument ${symbol} is not in the catalogue`);
  return found;
}
