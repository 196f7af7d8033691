import { describe, expect, it } from 'vitest';
import { ConfigError, loadSettings } from '../src/config.js';

function problems(env: Record<string, string>): readonly string[] {
  try {
    loadSettings(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).problems;
  }
  throw new Error('expected a ConfigError');
}

describe('loadSettings', () => {
  it('applies the documented defaults to an empty environment', () => {
    expect(loadSettings({})).toEqual({
      host: '127.0.0.1',
      ports: { market: 4101, trading: 4102, risk: 4103, compliance: 4104, accounts: 4105 },
      dataDir: './data',
      priceDataDir: null,
      priceSimulationSeed: 42,
      tickIntervalMs: 0,
      gatewayJwksUrl: 'http://localhost:8080/.well-known/jwks.json',
      gatewayIssuer: 'qenergyz-gateway',
      marketClockStart: null,
      logLevel: 'info',
      riskVarWindowDays: 500,
      riskLimits: { free: 50_000, basic: 250_000, premium: 1_000_000, enterprise: 5_000_000 },
      positionLimits: { BRENT: 1_000, WTI: 1_000, HH: 500 },
      termsVersion: '2026-01',
    });
  });

  it('reads every variable', () => {
    const settings = loadSettings({
      SERVICES_HOST: '0.0.0.0',
      MARKET_PORT: '5101',
      ACCOUNTS_PORT: '0',
      SERVICES_DATA_DIR: '/var/lib/qenergyz',
      PRICE_DATA_DIR: '/data/prices',
      PRICE_SIMULATION_SEED: '7',
      MARKET_TICK_INTERVAL_MS: '1000',
      GATEWAY_JWKS_URL: 'https://gateway.internal/.well-known/jwks.json',
      GATEWAY_ISSUER: 'gw',
      MARKET_CLOCK: '2026-03-09T14:00:00+01:00',
      LOG_LEVEL: 'debug',
      RISK_VAR_WINDOW_DAYS: '250',
      RISK_LIMITS_JSON: '{"basic": 300000}',
      COMPLIANCE_POSITION_LIMITS_JSON: '{"HH": 800}',
      ACCOUNTS_TERMS_VERSION: '2026-07',
    });

    expect(settings).toMatchObject({
      host: '0.0.0.0',
      ports: { market: 5101, trading: 4102, accounts: 0 },
      dataDir: '/var/lib/qenergyz',
      priceDataDir: '/data/prices',
      priceSimulationSeed: 7,
      tickIntervalMs: 1000,
      gatewayJwksUrl: 'https://gateway.internal/.well-known/jwks.json',
      gatewayIssuer: 'gw',
      marketClockStart: new Date('2026-03-09T13:00:00Z'),
      logLevel: 'debug',
      riskVarWindowDays: 250,
      riskLimits: { free: 50_000, basic: 300_000 },
      positionLimits: { BRENT: 1_000, HH: 800 },
      termsVersion: '2026-07',
    });
  });

  it('treats an empty variable as unset', () => {
    expect(loadSettings({ PRICE_DATA_DIR: '', MARKET_PORT: '' })).toMatchObject({
      priceDataDir: null,
      ports: { market: 4101 },
    });
  });

  it('reports every invalid setting at once, naming the variable and the value', () => {
    expect(
      problems({
        MARKET_PORT: 'abc',
        RISK_PORT: '70000',
        LOG_LEVEL: 'loud',
        MARKET_CLOCK: 'next tuesday',
        GATEWAY_JWKS_URL: 'ftp://gateway/jwks',
        RISK_VAR_WINDOW_DAYS: '5',
      }),
    ).toEqual([
      'MARKET_PORT must be an integer from 0 to 65535, got "abc"',
      'RISK_PORT must be an integer from 0 to 65535, got "70000"',
      'GATEWAY_JWKS_URL must be an http(s) URL, got "ftp://gateway/jwks"',
      'MARKET_CLOCK must be an ISO-8601 instant such as 2026-03-09T14:00:00Z, got "next tuesday"',
      'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent, got "loud"',
      'RISK_VAR_WINDOW_DAYS must be an integer from 20 to 10000, got "5"',
    ]);
  });

  it('names the key inside a JSON setting and the value it holds', () => {
    expect(problems({ RISK_LIMITS_JSON: '{"basic": -5}' })).toEqual([
      'RISK_LIMITS_JSON.basic must be a positive number, got -5',
    ]);
    expect(problems({ COMPLIANCE_POSITION_LIMITS_JSON: '{"WTI": 1.5}' })).toEqual([
      'COMPLIANCE_POSITION_LIMITS_JSON.WTI must be an integer, got 1.5',
    ]);
  });

  it('refuses unknown keys and broken JSON instead of ignoring them', () => {
    expect(problems({ RISK_LIMITS_JSON: '{"gold": 1}' })).toEqual([
      'RISK_LIMITS_JSON has unknown key(s) gold, got {"gold": 1}',
    ]);
    expect(problems({ COMPLIANCE_POSITION_LIMITS_JSON: '{HH: 1}' })).toEqual([
      'COMPLIANCE_POSITION_LIMITS_JSON must be valid JSON, got "{HH: 1}"',
    ]);
    expect(problems({ RISK_LIMITS_JSON: '[1]' })).toEqual([
      'RISK_LIMITS_JSON must be a JSON object with keys among free, basic, premium, enterprise, got "[1]"',
    ]);
  });

  it('returns frozen settings', () => {
    const settings = loadSettings({});
    expect(Object.isFrozen(settings)).toBe(true);
    expect(Object.isFrozen(settings.riskLimits)).toBe(true);
  });
});
