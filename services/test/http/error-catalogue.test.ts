import { describe, expect, it } from 'vitest';
import { ERROR_CATALOGUE } from '../../src/http/error-catalogue.js';
import { problemDocument, ProblemError } from '../../src/http/problem.js';

describe('error catalogue', () => {
  const entries = Object.entries(ERROR_CATALOGUE);

  it('gives every code an HTTP error status, a title and a description', () => {
    for (const [code, entry] of entries) {
      expect(code).toMatch(/^[a-z]+(_[a-z]+)*$/);
      expect(entry.status).toBeGreaterThanOrEqual(400);
      expect(entry.status).toBeLessThan(600);
      expect(entry.title.length).toBeGreaterThan(0);
      expect(entry.description.length).toBeGreaterThan(0);
    }
  });

  it('uses each title once, so two codes never read alike', () => {
    const titles = entries.map(([, entry]) => entry.title);
    expect(new Set(titles).size).toBe(titles.length);
  });

  it('builds RFC 9457 documents with a type per code', () => {
    expect(
      problemDocument('order_unknown', 'params.id x is not one of your orders', 'req-1'),
    ).toEqual({
      type: 'urn:qenergyz:problem:order_unknown',
      title: 'Order not found',
      status: 404,
      detail: 'params.id x is not one of your orders',
      code: 'order_unknown',
      requestId: 'req-1',
    });
  });

  it('gives a ProblemError the status of its code', () => {
    const error = new ProblemError('terms_version_outdated', 'x');
    expect(error.status).toBe(422);
    expect(error.code).toBe('terms_version_outdated');
  });
});
