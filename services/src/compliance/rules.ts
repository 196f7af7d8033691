// The compliance rule set per jurisdiction, as configuration with defaults.
// Trading hours and weekends are the platform's regional desk hours (not an
// exchange's session times); regulators are the bodies each region's energy
// trading answers to. Confirm both with local counsel before going live.
// Limitation: public holidays are not modelled; a desk holiday is a trading day.

import type { JurisdictionCode } from '../identity/vocabulary.js';
import { JURISDICTION_NAMES } from '../identity/vocabulary.js';
import type { InstrumentSymbol } from '../market-data/instruments.js';
import type { TradingSession } from './trading-hours.js';

export interface Regulator {
  abbreviation: string;
  name: string;
  remit: string;
}

export interface JurisdictionRules extends TradingSession {
  code: JurisdictionCode;
  name: string;
  regulators: readonly Regulator[];
  /** No short selling and no sale of what is not held (AAOIFI Shari'ah Standard No. 20). */
  shariaScreen: boolean;
}

export type RuleBook = Readonly<Record<JurisdictionCode, JurisdictionRules>>;

/** Largest absolute net position per instrument, in lots. */
export type PositionLimits = Readonly<Record<InstrumentSymbol, number>>;

// Desk-sized defaults, far below the federal spot-month limits for the NYMEX
// CL and NG contracts (17 CFR part 150, Appendix E).
export const DEFAULT_POSITION_LIMITS: PositionLimits = Object.freeze({
  BRENT: 1_000,
  WTI: 1_000,
  HH: 500,
});

const SAT_SUN = ['Saturday', 'Sunday'] as const;

export const DEFAULT_RULE_BOOK: RuleBook = Object.freeze({
  ME: {
    code: 'ME',
    name: JURISDICTION_NAMES.ME,
    timeZone: 'Asia/Dubai',
    open: '08:00',
    close: '16:00',
    // The UAE moved government work to Saturday–Sunday in 2022, but much of the
    // region's energy business still keeps the Friday–Saturday weekend.
    weekend: ['Friday', 'Saturday'],
    regulators: [
      {
        abbreviation: 'DFSA',
        name: 'Dubai Financial Services Authority',
        remit: 'financial services in the Dubai International Financial Centre',
      },
      {
        abbreviation: 'SCA',
        name: 'Securities and Commodities Authority',
        remit: 'securities and commodity markets of the United Arab Emirates',
      },
    ],
    shariaScreen: true,
  },
  US: {
    code: 'US',
    name: JURISDICTION_NAMES.US,
    timeZone: 'America/New_York',
    open: '09:30',
    close: '16:00',
    weekend: SAT_SUN,
    regulators: [
      {
        abbreviation: 'CFTC',
        name: 'Commodity Futures Trading Commission',
        remit: 'energy futures, options and swaps (Commodity Exchange Act)',
      },
      {
        abbreviation: 'FERC',
        name: 'Federal Energy Regulatory Commission',
        remit: 'interstate natural gas and electricity markets, market manipulation',
      },
    ],
    shariaScreen: false,
  },
  UK: {
    code: 'UK',
    name: JURISDICTION_NAMES.UK,
    timeZone: 'Europe/London',
    open: '08:00',
    close: '16:30',
    weekend: SAT_SUN,
    regulators: [
      {
        abbreviation: 'FCA',
        name: 'Financial Conduct Authority',
        remit: 'commodity derivatives and position limits (UK MiFID)',
      },
      {
        abbreviation: 'Ofgem',
        name: 'Office of Gas and Electricity Markets',
        remit: 'wholesale gas and power market integrity (UK REMIT)',
      },
    ],
    shariaScreen: false,
  },
  EU: {
    code: 'EU',
    name: JURISDICTION_NAMES.EU,
    timeZone: 'Europe/Amsterdam',
    open: '09:00',
    close: '17:30',
    weekend: SAT_SUN,
    regulators: [
      {
        abbreviation: 'ACER',
        name: 'European Union Agency for the Cooperation of Energy Regulators',
        remit: 'wholesale energy market monitoring (REMIT, Regulation (EU) No 1227/2011)',
      },
      {
        abbreviation: 'NRAs',
        name: 'National regulatory authorities',
        remit: 'REMIT enforcement in each member state',
      },
      {
        abbreviation: 'ESMA',
        name: 'European Securities and Markets Authority',
        remit: 'commodity derivatives and position limits (MiFID II)',
      },
    ],
    shariaScreen: false,
  },
  GY: {
    code: 'GY',
    name: JURISDICTION_NAMES.GY,
    timeZone: 'America/Guyana',
    open: '08:00',
    close: '16:00',
    weekend: SAT_SUN,
    regulators: [
      {
        abbreviation: 'GEA',
        name: 'Guyana Energy Agency',
        remit: 'import, storage and sale of petroleum products (Guyana Energy Agency Act 1997)',
      },
      {
        abbreviation: 'GSC',
        name: 'Guyana Securities Council',
        remit: 'securities markets (Securities Industry Act 1998)',
      },
    ],
    shariaScreen: false,
  },
});
