/**
 * Starts the real stack for a test file: every process on a free loopback
 * port, SQLite in a fresh temporary directory, the EIA price files beside
 * the repository, and a market clock fixed on a Friday at 10:00 UTC, when
 * the UK market is open and the Middle East is in its weekend.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { startStack, type RunningStack } from '../../scripts/src/stack.js';

export const PRICE_DATA_DIR = fileURLToPath(
  new URL('../../../shared/data/prices/', import.meta.url),
);
export const MARKET_CLOCK = '2026-12-04T10:00:00Z';

export function startTestStack(
  extraGatewayEnv: Record<string, string> = {},
): Promise<RunningStack> {
  return startStack({
    dataDir: mkdtempSync(join(tmpdir(), 'qenergyz-e2e-')),
    priceDataDir: PRICE_DATA_DIR,
    marketClock: MARKET_CLOCK,
    logLevel: 'warn',
    extraGatewayEnv,
  });
}
