// Reading the sign-in form body: the accepted media type and the size limit,
// whether the size is declared up front or only seen while streaming.

import type { IncomingMessage } from 'node:http';
import { Readable } from 'node:stream';

import { describe, expect, it } from 'vitest';

import { FORM_BODY_LIMIT_BYTES, readFormBody } from '../src/form-body.js';

function request(headers: Record<string, string>, chunks: string[]): IncomingMessage {
  const stream = Readable.from(chunks.map((chunk) => Buffer.from(chunk)));
  return Object.assign(stream, { headers }) as unknown as IncomingMessage;
}

const FORM = { 'content-type': 'application/x-www-form-urlencoded' };

describe('readFormBody', () => {
  it('parses a URL-encoded body, with a charset parameter in any case', async () => {
    const result = await readFormBody(
      request({ 'content-type': 'Application/X-WWW-Form-Urlencoded; charset=UTF-8' }, [
        'login=trader%40qenergyz.test',
        '&password=dev',
      ]),
    );

    expect(result.ok).toBe(true);
    expect(result.ok && Object.fromEntries(result.fields)).toEqual({
      login: 'trader@qenergyz.test',
      password: 'dev',
    });
  });

  it.each<Record<string, string>>([
    {},
    { 'content-type': 'application/json' },
    { 'content-type': 'multipart/form-data' },
  ])('refuses the content type of %j with 415', async (headers) => {
    const result = await readFormBody(request(headers, ['{}']));

    expect(result).toEqual({
      ok: false,
      status: 415,
      reason: 'the sign-in form must be sent as application/x-www-form-urlencoded',
    });
  });

  it('refuses a declared length over the limit with 413 before reading', async () => {
    const result = await readFormBody(request({ ...FORM, 'content-length': '101' }, ['x']), 100);

    expect(result).toEqual({ ok: false, status: 413, reason: 'request body is too large' });
  });

  it('refuses a streamed body that grows over the limit with 413', async () => {
    const chunks = ['login=', 'x'.repeat(60), 'y'.repeat(60)];

    const result = await readFormBody(request(FORM, chunks), 100);

    expect(result).toEqual({ ok: false, status: 413, reason: 'request body is too large' });
  });

  it('accepts a body of exactly the limit', async () => {
    const body = `login=${'x'.repeat(94)}`;

    const result = await readFormBody(request(FORM, [body]), 100);

    expect(result.ok && result.fields.get('login')).toHaveLength(94);
  });

  it('has a 16 KiB default limit', () => {
    expect(FORM_BODY_LIMIT_BYTES).toBe(16 * 1024);
  });
});
