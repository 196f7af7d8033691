import { describe, expect, it } from 'vitest';

import { isUnreachable } from '../src/upstream/unreachable.js';

function withCode(message: string, code: string): Error {
  return Object.assign(new Error(message), { code });
}

describe('isUnreachable', () => {
  it('sees a refused connection through the cause chain of fetch', () => {
    const error = new TypeError('fetch failed', { cause: withCode('connect', 'ECONNREFUSED') });

    expect(isUnreachable(new Error('discovery', { cause: error }))).toBe(true);
  });

  it('sees an undici timeout', () => {
    expect(isUnreachable(withCode('headers', 'UND_ERR_HEADERS_TIMEOUT'))).toBe(true);
  });

  it('does not take a refusal by a reachable provider for an outage', () => {
    expect(isUnreachable(withCode('invalid_grant', 'OAUTH_RESPONSE_BODY_ERROR'))).toBe(false);
    expect(isUnreachable('not an error')).toBe(false);
  });
});
