/**
 * Readiness: can this instance serve traffic? Each dependency (the session
 * store, every backend service, every identity provider's discovery
 * document) is probed in parallel with a short timeout; one that is down
 * makes the whole answer 503 and is named in it.
 */
import type { GatewayContext } from '../auth/gateway-context.js';
import { SERVICE_NAMES } from '../config/schema.js';

const PROBE_TIMEOUT_MS = 1_500;

export interface DependencyStatus {
  readonly status: 'up' | 'down';
  readonly latencyMs: number;
  readonly error?: string;
}

async function probe(check: () => Promise<void>): Promise<DependencyStatus> {
  const started = performance.now();
  try {
    await check();
    return { status: 'up', latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    const message = error instanceof Error ? error.message : 'unreachable';
    return { status: 'down', latencyMs: Math.round(performance.now() - started), error: message };
  }
}

async function httpOk(url: string): Promise<void> {
  const response = await fetch(url, { signal: AbortSignal.timeout(PROBE_TIMEOUT_MS) });
  await response.body?.cancel();
  if (!response.ok) throw new Error(`answered ${response.status}`);
}

export async function checkReadiness(
  ctx: GatewayContext,
): Promise<{ ready: boolean; dependencies: Record<string, DependencyStatus> }> {
  const checks: [string, () => Promise<void>][] = [
    ['sessionStore', () => ctx.sessions.store.ping()],
    ...SERVICE_NAMES.map((name): [string, () => Promise<void>] => [
      `service:${name}`,
      () => httpOk(new URL('/health/live', ctx.config.services[name].url).href),
    ]),
    ...Object.entries(ctx.config.providers).map(([id, provider]): [string, () => Promise<void>] => [
      `provider:${id}`,
      () => httpOk(`${provider.issuer.replace(/\/$/, '')}/.well-known/openid-configuration`),
    ]),
  ];

  const results = await Promise.all(
    checks.map(async ([name, check]) => [name, await probe(check)] as const),
  );
  const dependencies = Object.fromEntries(results);
  return { ready: results.every(([, result]) => result.status === 'up'), dependencies };
}
