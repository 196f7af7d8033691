// Public surface of @qenergyz/services: the in-process starter, each service's
// app factory, the stores behind them and the shared vocabulary and types.

export { startServices } from './start-services.js';
export type { RunningServices, StartServicesOptions } from './start-services.js';
export { ConfigError, DEFAULTS, loadSettings } from './config.js';
export type { ServicesSettings } from './config.js';

export { buildMarketApp } from './market/app.js';
export type { MarketAppDeps } from './market/app.js';
export { buildTradingApp } from './trading/app.js';
export type { TradingAppDeps } from './trading/app.js';
export { buildRiskApp } from './risk/app.js';
export type { RiskAppDeps } from './risk/app.js';
export { buildComplianceApp } from './compliance/app.js';
export type { ComplianceAppDeps } from './compliance/app.js';
export { buildAccountsApp } from './accounts/app.js';
export type { AccountsAppDeps } from './accounts/app.js';
export type { ServiceAppOptions } from './http/create-service-app.js';

export { ERROR_CATALOGUE } from './http/error-catalogue.js';
export type { ErrorCode } from './http/error-catalogue.js';
export { ProblemError, PROBLEM_CONTENT_TYPE } from './http/problem.js';
export type { ProblemDocument } from './http/problem.js';

export { AssertionError, createAssertionVerifier } from './identity/verify-assertion.js';
export type { AssertionVerifier, Identity, IdentityOptions } from './identity/verify-assertion.js';
export {
  JURISDICTION_CODES,
  JURISDICTION_NAMES,
  ROLES,
  SERVICE_NAMES,
  TIERS,
} from './identity/vocabulary.js';
export type { JurisdictionCode, Role, ServiceName, Tier } from './identity/vocabulary.js';

export { INSTRUMENTS, INSTRUMENT_SYMBOLS, findInstrument } from './market-data/instruments.js';
export type { Instrument, InstrumentSymbol } from './market-data/instruments.js';
export { loadEiaCsv, PriceFileError } from './market-data/eia-csv-loader.js';
export type { PriceFile, PricePoint } from './market-data/eia-csv-loader.js';
export { EIA_FILE_NAMES, loadPriceHistory } from './market-data/load-market-data.js';
export type { MarketDataSource } from './market-data/load-market-data.js';
export { PriceHistory } from './market-data/price-history.js';
export type { PriceRange } from './market-data/price-history.js';
export { simulatePriceSeries } from './market-data/price-simulation.js';
export { QuoteSource } from './market-data/quote-source.js';
export type { Quote, QuoteListener } from './market-data/quote-source.js';
export { startTickStream } from './market-data/tick-stream.js';
export type { TickStream, TickStreamOptions } from './market-data/tick-stream.js';
export { clockFrom, clockStartingAt, systemClock } from './market-data/market-clock.js';
export type { MarketClock } from './market-data/market-clock.js';

export type { AccountStore, UserProfile } from './storage/account-store.js';
export { SqliteAccountStore } from './storage/sqlite-account-store.js';
export type { Order, Position, TradingStore } from './storage/trading-store.js';
export { ClientOrderIdTakenError } from './storage/trading-store.js';
export { SqliteTradingStore } from './storage/sqlite-trading-store.js';

export { DEFAULT_POSITION_LIMITS, DEFAULT_RULE_BOOK } from './compliance/rules.js';
export { marketsOpenAt, nextOpening } from './compliance/market-status.js';
export type { JurisdictionRules, PositionLimits, Regulator, RuleBook } from './compliance/rules.js';
export { DEFAULT_RISK_LIMITS, DEFAULT_VAR_WINDOW_DAYS } from './risk/risk-limits.js';
export type { RiskLimits } from './risk/risk-limits.js';
export { historicalVar } from './risk/historical-var.js';
export type { VarSummary } from './risk/historical-var.js';
export type { Holding, OrderIntent } from './portfolio/holdings.js';
