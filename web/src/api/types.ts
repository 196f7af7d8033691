/**
 * The shapes of the gateway's front-end API (DESIGN.md section 5), as the
 * screens consume them. Money and prices are plain numbers in the currency
 * named beside them; dates are ISO 8601 strings.
 */

export type JurisdictionCode = 'ME' | 'US' | 'UK' | 'EU' | 'GY';

export interface User {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly roles: readonly string[];
  readonly tier: string;
  readonly jurisdiction: JurisdictionCode | null;
  readonly company: string | null;
  readonly onboarded: boolean;
}

export interface SessionInfo {
  readonly provider: string;
  readonly createdAt: string;
  readonly expiresAt: string;
  readonly idleExpiresAt: string;
}

export interface MeResponse {
  readonly user: User;
  readonly csrfToken: string;
  readonly session: SessionInfo;
}

export interface Provider {
  readonly id: string;
  readonly name: string;
}

export interface Jurisdiction {
  readonly code: JurisdictionCode;
  readonly name: string;
}

export interface OnboardingInfo {
  readonly termsVersion: string;
  readonly jurisdictions: readonly Jurisdiction[];
  readonly onboarded: boolean;
}

export interface OnboardingRequest {
  readonly company: string;
  readonly jurisdiction: JurisdictionCode;
  readonly termsVersion: string;
}

export interface Position {
  readonly instrument: string;
  readonly quantity: number;
  readonly averagePrice: number;
  readonly marketPrice: number;
  readonly unrealizedPnl: number;
  readonly realizedPnl: number;
  readonly currency: string;
}

export interface Pnl {
  readonly unrealized: number;
  readonly realized: number;
  readonly total: number;
  readonly currency: string;
}

export interface ValueAtRisk {
  readonly var95: number;
  readonly var99: number;
  readonly cvar95?: number;
  readonly cvar99?: number;
  readonly horizonDays: number;
  readonly currency: string;
}

export interface Quote {
  readonly symbol: string;
  readonly price: number;
  readonly asOf: string;
  readonly change: number;
}

export interface Dashboard {
  readonly positions: readonly Position[];
  readonly pnl: Pnl | null;
  readonly var: ValueAtRisk | null;
  readonly quotes: readonly Quote[];
  readonly missing: readonly string[];
}

export interface Instrument {
  readonly symbol: string;
  readonly name: string;
  readonly unit: string;
  readonly currency: string;
  readonly lotSize: number;
  readonly quoteUnit: string;
}

export interface PricePoint {
  readonly date: string;
  readonly price: number;
}

export interface PriceHistory {
  readonly symbol: string;
  readonly unit: string;
  readonly currency: string;
  readonly prices: readonly PricePoint[];
}

export type Side = 'buy' | 'sell';
export type OrderType = 'market' | 'limit';
export type OrderStatus = 'filled' | 'open' | 'cancelled' | 'rejected';

export interface TradeRequest {
  readonly instrument: string;
  readonly side: Side;
  readonly quantity: number;
  readonly type: OrderType;
  readonly limitPrice?: number;
}

export interface Order {
  readonly id: string;
  readonly instrument: string;
  readonly side: Side;
  readonly quantity: number;
  readonly type: OrderType;
  readonly limitPrice: number | null;
  readonly status: OrderStatus;
  readonly fillPrice: number | null;
  readonly createdAt: string;
  readonly filledAt: string | null;
}
