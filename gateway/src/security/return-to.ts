/**
 * Decides where a finished login may send the browser. Only a path on the
 * gateway's own origin survives; everything else becomes `/`. Open redirects
 * in other gateways came from inputs that a naive "starts with /" test lets
 * through but browsers resolve to another host: `//evil`, `/\evil` (WHATWG
 * URL treats `\` as `/` in special schemes), tabs and newlines that the URL
 * parser strips (`/\t/evil`), and percent-encoded backslashes that a later
 * hop decodes. Each is refused before the URL parser's own origin check.
 */

const FALLBACK = '/';
const MAX_LENGTH = 2048;
// C0 controls, DEL and backslash, raw or percent-encoded.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const FORBIDDEN_RAW = /[\u0000-\u001f\u007f\\]/;
const FORBIDDEN_ENCODED = /%(?:[01][0-9a-f]|7f|5c)/i;

function decodedOnce(value: string): string | undefined {
  try {
    return decodeURIComponent(value);
  } catch {
    return undefined;
  }
}

function isPlainPath(value: string): boolean {
  if (!value.startsWith('/') || value.startsWith('//')) return false;
  return !FORBIDDEN_RAW.test(value);
}

/**
 * @param candidate what the query parser produced: a string, an array when the
 *   parameter was repeated (refused: the intent is ambiguous), or nothing.
 * @param origin the gateway's public origin, e.g. `https://app.qenergyz.com`.
 */
export function safeReturnTo(candidate: unknown, origin: string): string {
  if (typeof candidate !== 'string' || candidate.length === 0) return FALLBACK;
  if (candidate.length > MAX_LENGTH) return FALLBACK;
  if (!isPlainPath(candidate) || FORBIDDEN_ENCODED.test(candidate)) return FALLBACK;

  // A path that still escapes once decoded would be dangerous behind any hop
  // that decodes before redirecting.
  const decoded = decodedOnce(candidate);
  if (decoded === undefined || !isPlainPath(decoded)) return FALLBACK;

  let resolved: URL;
  try {
    resolved = new URL(candidate, origin);
  } catch {
    return FALLBACK;
  }
  if (resolved.origin !== new URL(origin).origin) return FALLBACK;

  // Dot segments can collapse into a protocol-relative path: `/.//evil`
  // resolves to the pathname `//evil`, which a browser reads as a host.
  const path = `${resolved.pathname}${resolved.search}${resolved.hash}`;
  return isPlainPath(path) ? path : FALLBACK;
}
