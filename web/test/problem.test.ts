import { describe, expect, it } from 'vitest';
import { ApiError, parseProblem, toProblem } from '../src/api/problem';

const PROBLEM_JSON = 'application/problem+json; charset=utf-8';

describe('parseProblem', () => {
  it('reads every member of an RFC 9457 problem document', () => {
    const body = JSON.stringify({
      type: 'https://docs.qenergyz.com/gateway/errors/invalid-request',
      title: 'The request is not valid',
      status: 400,
      detail: 'company must be a non-empty string',
      code: 'invalid_request',
      requestId: 'req-1',
    });

    expect(parseProblem(400, PROBLEM_JSON, body)).toEqual({
      type: 'https://docs.qenergyz.com/gateway/errors/invalid-request',
      title: 'The request is not valid',
      status: 400,
      detail: 'company must be a non-empty string',
      code: 'invalid_request',
      requestId: 'req-1',
      reasons: [],
    });
  });

  it('keeps each well-formed trade rejection reason and drops the rest', () => {
    const body = JSON.stringify({
      status: 422,
      detail: 'The trade was refused',
      code: 'trade_rejected',
      reasons: [
        { source: 'risk', rule: 'var_limit', message: 'VaR limit exceeded' },
        { source: 'compliance', rule: 'remit', message: 'REMIT reporting required' },
        { source: 'risk', rule: 'no_message' },
        'not an object',
        null,
      ],
    });

    expect(parseProblem(422, PROBLEM_JSON, body).reasons).toEqual([
      { source: 'risk', rule: 'var_limit', message: 'VaR limit exceeded' },
      { source: 'compliance', rule: 'remit', message: 'REMIT reporting required' },
    ]);
  });

  it('takes the HTTP status over a status member that disagrees', () => {
    const body = JSON.stringify({ status: 200, detail: 'odd', code: 'x' });

    expect(parseProblem(503, PROBLEM_JSON, body).status).toBe(503);
  });

  it('never uses an HTML body as the detail', () => {
    const problem = parseProblem(502, 'text/html', '<h1>Bad gateway</h1><script>x()</script>');

    expect(problem.detail).toBe('A backend service answered with an error. Try again shortly.');
    expect(problem.code).toBe('http_502');
    expect(problem.requestId).toBeNull();
  });

  it('falls back to the title when the detail is missing', () => {
    const body = JSON.stringify({ title: 'Sign-in is required', code: 'authentication_required' });

    expect(parseProblem(401, PROBLEM_JSON, body).detail).toBe('Sign-in is required');
  });

  it('gives a generic detail for JSON that is not an object', () => {
    expect(parseProblem(500, 'application/json', '[1,2]').detail).toBe(
      'The gateway answered with an error (HTTP 500).',
    );
    expect(parseProblem(418, 'application/json', '{broken').detail).toBe(
      'The request failed (HTTP 418).',
    );
  });
});

describe('toProblem', () => {
  it('returns the problem an ApiError carries', () => {
    const problem = parseProblem(403, PROBLEM_JSON, JSON.stringify({ code: 'role_required' }));

    expect(toProblem(new ApiError(problem))).toBe(problem);
  });

  it('turns any other thrown value into a client_error problem', () => {
    const problem = toProblem(new TypeError('x is undefined'));

    expect(problem.code).toBe('client_error');
    expect(problem.detail).toBe(
      'Something went wrong in the application. Reload the page and try again.',
    );
  });
});
