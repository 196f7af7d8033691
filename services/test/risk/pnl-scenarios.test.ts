import { describe, expect, it } from 'vitest';
import { PriceHistory } from '../../src/market-data/price-history.js';
import { portfolioVar } from '../../src/risk/portfolio-risk.js';
import { netHoldings, pnlScenarios } from '../../src/risk/pnl-scenarios.js';
import { eiaHistory, smallHistory } from '../support/price-data.js';

describe('pnlScenarios', () => {
  const history = smallHistory();

  it('multiplies absolute price changes by lots and lot size', () => {
    // BRENT 80, 81, 79, 82, 80: changes +1, -2, +3, -2, times 2 lots x 1,000 bbl.
    const scenarios = pnlScenarios(history, new Map([['BRENT', 2]]), 500);
    expect(scenarios).toEqual({
      pnl: [2_000, -4_000, 6_000, -4_000],
      window: { from: '2026-01-06', to: '2026-01-09' },
    });
  });

  it('uses only dates on which every held market has a close', () => {
    // HH has no 2026-01-07 close, so BRENT's change is taken 01-06 -> 01-08.
    // BRENT: +1, +1, -2 (x 1,000); HH: +0.5, -0.25, +0.5 (x 10,000).
    const scenarios = pnlScenarios(
      history,
      new Map([
        ['BRENT', 1],
        ['HH', 1],
      ]),
      500,
    );
    expect(scenarios.pnl).toEqual([6_000, -1_500, 3_000]);
  });

  it('keeps only the most recent window of changes', () => {
    const scenarios = pnlScenarios(history, new Map([['WTI', -1]]), 2);
    // WTI 74, 77, 78 are the last three closes: changes +3, +1 on a short.
    expect(scenarios).toEqual({
      pnl: [-3_000, -1_000],
      window: { from: '2026-01-08', to: '2026-01-09' },
    });
  });

  it('has no scenarios without holdings', () => {
    expect(pnlScenarios(history, new Map(), 500)).toEqual({ pnl: [], window: null });
  });
});

describe('netHoldings', () => {
  it('sums duplicate instruments and drops flat ones', () => {
    const net = netHoldings([
      { instrument: 'WTI', quantity: 3 },
      { instrument: 'BRENT', quantity: 2 },
      { instrument: 'WTI', quantity: -1 },
      { instrument: 'BRENT', quantity: -2 },
    ]);
    expect([...net]).toEqual([['WTI', 2]]);
  });
});

describe('portfolioVar on the real WTI history across 2020-04-20', () => {
  async function wtiUntil(date: string) {
    const full = await eiaHistory();
    return new PriceHistory(
      {
        BRENT: full.range('BRENT', { to: date }),
        WTI: full.range('WTI', { to: date }),
        HH: full.range('HH', { to: date }),
      },
      'eia',
    );
  }

  it('takes the -55.29 USD/bbl fall to a negative price as the worst day of a long', async () => {
    const history = await wtiUntil('2020-04-30');
    const scenarios = pnlScenarios(history, new Map([['WTI', 1]]), 10);

    // 18.31 on 2020-04-17 to -36.98 on 2020-04-20, times 1,000 bbl.
    expect(Math.min(...scenarios.pnl)).toBeCloseTo(-55_290, 6);
    expect(scenarios.pnl.every(Number.isFinite)).toBe(true);
    expect(portfolioVar(history, [{ instrument: 'WTI', quantity: 1 }], 10)).toMatchObject({
      var99: 55_290,
      cvar99: 55_290,
      scenarios: 10,
      window: { from: '2020-04-17', to: '2020-04-30' },
    });
  });

  it('takes the rebound from -36.98 as the worst day of a short', async () => {
    const history = await wtiUntil('2020-04-30');
    // -36.98 to 8.91 on 2020-04-21: a 45.89 USD/bbl rise.
    expect(portfolioVar(history, [{ instrument: 'WTI', quantity: -1 }], 10).var99).toBe(45_890);
  });
});
