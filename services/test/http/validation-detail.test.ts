import { describe, expect, it } from 'vitest';
import { describeViolations } from '../../src/http/validation-detail.js';

describe('describeViolations', () => {
  it('names nested fields with dots and array indexes', () => {
    const detail = describeViolations('body', [
      {
        keyword: 'maximum',
        instancePath: '/positions/2/quantity',
        params: {},
        message: 'must be <= 10',
      },
    ]);
    expect(detail).toBe('body.positions[2].quantity must be <= 10');
  });

  it('names the missing and the extra property', () => {
    const detail = describeViolations('body', [
      { keyword: 'required', instancePath: '/order', params: { missingProperty: 'side' } },
      { keyword: 'additionalProperties', instancePath: '', params: { additionalProperty: 'x' } },
    ]);
    expect(detail).toBe('body.order.side is required; body.x is not an allowed property');
  });

  it('lists the allowed values of an enum', () => {
    const detail = describeViolations('querystring', [
      { keyword: 'enum', instancePath: '/side', params: { allowedValues: ['buy', 'sell'] } },
    ]);
    expect(detail).toBe('querystring.side must be one of "buy", "sell"');
  });

  it('lists at most five problems and counts the rest', () => {
    const many = Array.from({ length: 7 }, (_, i) => ({
      keyword: 'required',
      instancePath: '',
      params: { missingProperty: `f${i}` },
    }));
    expect(describeViolations('body', many)).toBe(
      'body.f0 is required; body.f1 is required; body.f2 is required; body.f3 is required; ' +
        'body.f4 is required (and 2 more)',
    );
  });
});
