/**
 * Tells a peer that could not be reached at all (refused, reset, timed out,
 * no route) from one that answered with a refusal, through the error's
 * cause chain as Node's fetch and undici report it.
 */
const UNREACHABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENOTFOUND',
]);

export function isUnreachable(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current instanceof Error; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && (UNREACHABLE_CODES.has(code) || code.startsWith('UND_ERR'))) {
      return true;
    }
    if (current.name === 'TimeoutError' || current.message === 'fetch failed') return true;
    current = current.cause;
  }
  return false;
}
