// Historical-simulation Value at Risk and Expected Shortfall from a list of
// scenario P&Ls. With n scenarios and confidence c, the tail holds the
// k = ceil((1 - c) * n) worst outcomes: VaR is the loss of the k-th worst,
// CVaR the mean loss of all k (Acerbi & Tasche, "On the coherence of expected
// shortfall", 2002). Both are reported as positive amounts, 0 when the tail
// is a gain.

export const CONFIDENCE_LEVELS = [0.95, 0.99] as const;

export interface TailRisk {
  valueAtRisk: number;
  expectedShortfall: number;
}

export interface VarSummary {
  var95: number;
  var99: number;
  cvar95: number;
  cvar99: number;
  scenarios: number;
}

export function tailCount(scenarios: number, confidence: number): number {
  if (!(confidence > 0 && confidence < 1)) {
    throw new RangeError(`confidence must be between 0 and 1, got ${confidence}`);
  }
  // Rounding first keeps (1 - 0.99) * 500 at 5, not 5.000000000000004 -> 6.
  const exact = Math.round((1 - confidence) * scenarios * 1e9) / 1e9;
  return Math.min(scenarios, Math.max(1, Math.ceil(exact)));
}

export function tailRisk(pnl: readonly number[], confidence: number): TailRisk {
  if (pnl.length === 0) return { valueAtRisk: 0, expectedShortfall: 0 };

  const sorted = [...pnl].sort((a, b) => a - b);
  const k = tailCount(sorted.length, confidence);
  const tail = sorted.slice(0, k);
  const kthWorst = tail[k - 1] as number;
  const mean = tail.reduce((sum, value) => sum + value, 0) / k;

  return {
    valueAtRisk: asLoss(kthWorst),
    expectedShortfall: asLoss(mean),
  };
}

export function historicalVar(pnl: readonly number[]): VarSummary {
  const at95 = tailRisk(pnl, 0.95);
  const at99 = tailRisk(pnl, 0.99);
  return {
    var95: at95.valueAtRisk,
    var99: at99.valueAtRisk,
    cvar95: at95.expectedShortfall,
    cvar99: at99.expectedShortfall,
    scenarios: pnl.length,
  };
}

function asLoss(pnl: number): number {
  const loss = Math.round(-pnl * 100) / 100;
  return loss > 0 ? loss : 0;
}
