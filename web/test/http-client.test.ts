import { describe, expect, it, vi } from 'vitest';
import { createHttpClient } from '../src/api/http-client';
import { ApiError } from '../src/api/problem';
import { createFakeFetch, jsonResponse, noContent, problemResponse } from './fake-fetch';

function setup() {
  const fake = createFakeFetch();
  return { fake, http: createHttpClient(fake.fetch) };
}

async function rejection(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected the request to fail');
}

describe('http client', () => {
  it('sends the CSRF token on a GET to /api/* with the same-origin cookie', async () => {
    const { fake, http } = setup();
    http.setCsrfToken('csrf-1');
    fake.answer(jsonResponse(200, { orders: [] }));

    await http.request('/api/orders');

    expect(fake.calls[0]).toMatchObject({
      url: '/api/orders',
      method: 'GET',
      credentials: 'same-origin',
      headers: { 'X-CSRF-Token': 'csrf-1' },
    });
  });

  it('does not send the CSRF token on a GET outside /api/*', async () => {
    const { fake, http } = setup();
    http.setCsrfToken('csrf-1');
    fake.answer(jsonResponse(200, { providers: [] }));

    await http.request('/auth/providers');

    expect(fake.calls[0]?.headers).not.toHaveProperty('X-CSRF-Token');
  });

  it('sends the CSRF token and a JSON body on a POST', async () => {
    const { fake, http } = setup();
    http.setCsrfToken('csrf-2');
    fake.answer(noContent());

    const result = await http.request('/auth/logout', { method: 'POST', body: { a: 1 } });

    expect(result).toBeUndefined();
    expect(fake.calls[0]).toMatchObject({
      method: 'POST',
      body: { a: 1 },
      headers: { 'X-CSRF-Token': 'csrf-2', 'Content-Type': 'application/json' },
    });
  });

  it('throws an ApiError with the problem, reasons included, on a 422', async () => {
    const { fake, http } = setup();
    const reasons = [{ source: 'risk', rule: 'max_lots', message: 'Too many lots' }];
    fake.answer(
      problemResponse(422, {
        detail: 'Refused',
        code: 'trade_rejected',
        requestId: 'r-9',
        reasons,
      }),
    );

    const error = await rejection(http.request('/api/trades', { method: 'POST', body: {} }));

    expect(error.status).toBe(422);
    expect(error.code).toBe('trade_rejected');
    expect(error.problem.detail).toBe('Refused');
    expect(error.problem.requestId).toBe('r-9');
    expect(error.problem.reasons).toEqual(reasons);
  });

  it('forgets the CSRF token and tells listeners when the gateway answers 401', async () => {
    const { fake, http } = setup();
    const lost = vi.fn();
    http.onUnauthorized(lost);
    http.setCsrfToken('csrf-3');
    fake.answer(problemResponse(401, { code: 'authentication_required', detail: 'Sign in' }));

    const error = await rejection(http.request('/api/dashboard'));

    expect(error.status).toBe(401);
    expect(lost).toHaveBeenCalledTimes(1);
    expect(http.hasCsrfToken()).toBe(false);
  });

  it('stops telling a listener once it has been removed', async () => {
    const { fake, http } = setup();
    const lost = vi.fn();
    const remove = http.onUnauthorized(lost);
    remove();
    fake.answer(problemResponse(401, { code: 'authentication_required' }));

    await rejection(http.request('/api/orders'));

    expect(lost).not.toHaveBeenCalled();
  });

  it('reports a failed connection as a network_error problem with status 0', async () => {
    const { fake, http } = setup();
    fake.answer(new TypeError('Failed to fetch'));

    const error = await rejection(http.request('/api/orders'));

    expect(error.status).toBe(0);
    expect(error.code).toBe('network_error');
  });

  it('rethrows the abort itself when the caller aborted the request', async () => {
    const { fake, http } = setup();
    const controller = new AbortController();
    controller.abort();
    const abort = new DOMException('aborted', 'AbortError');
    fake.answer(abort);

    await expect(http.request('/api/orders', { signal: controller.signal })).rejects.toBe(abort);
  });

  it('reports a success body that is not JSON as invalid_response', async () => {
    const { fake, http } = setup();
    fake.answer(new Response('<html>', { status: 200, headers: { 'Content-Type': 'text/html' } }));

    const error = await rejection(http.request('/api/orders'));

    expect(error.code).toBe('invalid_response');
  });
});
