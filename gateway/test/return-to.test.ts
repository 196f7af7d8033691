/**
 * returnTo must only ever resolve to a path on the gateway's own origin.
 * Each hostile value below has broken some gateway's open-redirect check;
 * the test resolves the result the way a browser would and compares origins.
 */
import { describe, expect, it } from 'vitest';

import { safeReturnTo } from '../src/security/return-to.js';

const ORIGIN = 'http://localhost:8080';

const hostile: [string, unknown][] = [
  ['protocol-relative', '//evil.example/'],
  ['triple slash', '///evil.example'],
  ['backslash after slash', '/\\evil.example'],
  ['percent-encoded backslash', '/%5Cevil.example'],
  ['lowercase percent-encoded backslash', '/%5cevil.example'],
  ['tab between slashes', '/\t/evil.example'],
  ['line feed between slashes', '/\n/evil.example'],
  ['carriage return between slashes', '/\r/evil.example'],
  ['encoded tab between slashes', '/%09/evil.example'],
  ['encoded slash after slash', '/%2F/evil.example'],
  ['scheme without slashes', 'https:evil.example'],
  ['http with one slash', 'http:/evil.example'],
  ['javascript scheme', 'javascript:alert(1)'],
  ['absolute URL', 'https://evil.example/'],
  ['repeated parameter', ['/dashboard', '//evil.example']],
  ['empty string', ''],
  ['relative path', 'dashboard'],
  ['not a string', 42],
  ['over-long path', `/${'a'.repeat(3000)}`],
  ['malformed escape', '/%E0%A4%A'],
  // Dot segments that collapse into a protocol-relative path once resolved.
  ['dot segment before a double slash', '/.//evil.example'],
  ['encoded dot segment before a double slash', '/%2e//evil.example'],
  ['parent segment before a double slash', '/x/..//evil.example'],
  ['leading parent segment', '/..//evil.example'],
];

describe('safeReturnTo', () => {
  it.each(hostile)('turns a %s into /', (_name, value) => {
    const result = safeReturnTo(value, ORIGIN);

    expect(result).toBe('/');
    expect(new URL(result, ORIGIN).origin).toBe(ORIGIN);
  });

  it('keeps a same-origin path with its query intact', () => {
    expect(safeReturnTo('/dashboard?tab=risk', ORIGIN)).toBe('/dashboard?tab=risk');
  });

  it('keeps a fragment and normalises dot segments inside the origin', () => {
    expect(safeReturnTo('/a/../orders#open', ORIGIN)).toBe('/orders#open');
  });

  it('keeps an encoded space, which cannot change the origin', () => {
    expect(safeReturnTo('/search?q=brent%20crude', ORIGIN)).toBe('/search?q=brent%20crude');
  });
});
