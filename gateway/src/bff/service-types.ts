/**
 * The shapes the reference services answer with, as far as the gateway
 * reads them. Kept in one place so a change of a service contract shows up
 * as a type error in every route that depends on it.
 */
export interface Instrument {
  symbol: string;
  name: string;
  unit: string;
  currency: string;
  lotSize: number;
  quoteUnit: string;
}

export interface Quote {
  symbol: string;
  price: number;
  asOf: string;
  previousClose?: number;
  change?: number;
}

export interface Position {
  instrument: string;
  quantity: number;
  averagePrice: number;
  realizedPnl: number;
}

export interface Order {
  id: string;
  instrument: string;
  side: 'buy' | 'sell';
  quantity: number;
  type: 'market' | 'limit';
  limitPrice: number | null;
  status: string;
  fillPrice: number | null;
  createdAt: string;
  filledAt: string | null;
}

export interface ValueAtRisk {
  var95: number;
  var99: number;
  cvar95?: number;
  cvar99?: number;
  horizonDays: number;
  currency: string;
}

export interface RuleOutcome {
  rule: string;
  message: string;
}

export interface RiskVerdict {
  approved: boolean;
  reasons: RuleOutcome[];
  var99After?: number;
}

export interface ComplianceVerdict {
  approved: boolean;
  failures: RuleOutcome[];
}
