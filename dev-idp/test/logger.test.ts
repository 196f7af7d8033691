// The JSON line logger: line shape, level threshold and redaction.

import { describe, expect, it } from 'vitest';

import { createJsonLogger, type LogLevel } from '../src/index.js';

function capture(level: LogLevel = 'info') {
  const lines: string[] = [];
  const logger = createJsonLogger({ level, write: (line) => lines.push(line) });
  const entries = () => lines.map((line) => JSON.parse(line) as Record<string, unknown>);
  return { logger, lines, entries };
}

describe('createJsonLogger', () => {
  it('writes one JSON object per line with pino field names, fields before msg', () => {
    const { logger, lines, entries } = capture();

    logger.info({ url: 'http://127.0.0.1:4010' }, 'listening');

    expect(lines).toHaveLength(1);
    expect(lines[0]?.endsWith('}\n')).toBe(true);
    expect(entries()[0]).toEqual({
      level: 30,
      time: expect.any(Number),
      pid: process.pid,
      name: 'dev-idp',
      url: 'http://127.0.0.1:4010',
      msg: 'listening',
    });
    expect(Object.keys(entries()[0] ?? {}).at(-1)).toBe('msg');
  });

  it('drops lines below the configured level', () => {
    const { logger, entries } = capture('warn');

    logger.debug({}, 'a');
    logger.info({}, 'b');
    logger.warn({}, 'c');
    logger.error({}, 'd');

    expect(entries().map((entry) => [entry.level, entry.msg])).toEqual([
      [40, 'c'],
      [50, 'd'],
    ]);
  });

  it('writes nothing at level silent', () => {
    const { logger, lines } = capture('silent');

    logger.error({}, 'boom');

    expect(lines).toEqual([]);
  });

  it('censors secrets by key at any depth', () => {
    const { logger, entries } = capture();

    logger.info(
      {
        password: 'dev',
        request: { headers: { Cookie: 'qdevidp_session=abc', authorization: 'Basic eA==' } },
        tokens: [{ refresh_token: 'rt', scope: 'openid' }],
      },
      'details',
    );

    expect(entries()[0]).toMatchObject({
      password: '[Redacted]',
      request: { headers: { Cookie: '[Redacted]', authorization: '[Redacted]' } },
      tokens: [{ refresh_token: '[Redacted]', scope: 'openid' }],
    });
  });

  it('serialises an error with its type, message and stack', () => {
    const { logger, entries } = capture();

    logger.error({ err: new RangeError('out of range') }, 'failed');

    expect(entries()[0]?.err).toEqual({
      type: 'RangeError',
      message: 'out of range',
      stack: expect.stringContaining('RangeError: out of range'),
    });
  });
});
