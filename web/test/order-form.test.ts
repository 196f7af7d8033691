import { describe, expect, it } from 'vitest';
import type { Order } from '../src/api/types';
import {
  describeOrder,
  emptyDraft,
  summarizeOrder,
  validateDraft,
  type OrderDraft,
} from '../src/trading/order-form';

const ORDER: Order = {
  id: 'o-1',
  instrument: 'BRENT',
  side: 'buy',
  quantity: 5,
  type: 'market',
  limitPrice: null,
  status: 'filled',
  fillPrice: 95.29,
  createdAt: '2026-01-15T09:00:00Z',
  filledAt: '2026-01-15T09:00:00Z',
};

function draft(patch: Partial<OrderDraft>): OrderDraft {
  return { ...emptyDraft('BRENT'), ...patch };
}

describe('validateDraft', () => {
  it('builds a market trade without a limit price', () => {
    expect(validateDraft(draft({ quantity: '3', limitPrice: '80' }))).toEqual({
      ok: true,
      trade: { instrument: 'BRENT', side: 'buy', quantity: 3, type: 'market' },
    });
  });

  it('builds a limit trade with its price, negative prices included', () => {
    const result = validateDraft(draft({ side: 'sell', type: 'limit', limitPrice: '-5.25' }));

    expect(result).toEqual({
      ok: true,
      trade: { instrument: 'BRENT', side: 'sell', quantity: 1, type: 'limit', limitPrice: -5.25 },
    });
  });

  it.each(['0', '-1', '1.5', '', 'ten', '1e3'])('refuses the quantity %j', (quantity) => {
    expect(validateDraft(draft({ quantity }))).toEqual({
      ok: false,
      errors: [
        { field: 'quantity', message: 'Quantity must be a whole number of lots, 1 or more.' },
      ],
    });
  });

  it('asks for a limit price on a limit order', () => {
    expect(validateDraft(draft({ type: 'limit', limitPrice: ' ' }))).toEqual({
      ok: false,
      errors: [{ field: 'limitPrice', message: 'Enter a limit price, e.g. 82.50.' }],
    });
  });

  it('reports every invalid field at once', () => {
    const result = validateDraft({ ...draft({ type: 'limit', quantity: '0' }), instrument: '' });

    expect(result.ok ? [] : result.errors.map((error) => error.field)).toEqual([
      'instrument',
      'quantity',
      'limitPrice',
    ]);
  });
});

describe('describeOrder', () => {
  it('names the fill price of a filled order', () => {
    expect(describeOrder(ORDER)).toBe('Order filled at 95.29');
  });

  it('names the limit of an open order', () => {
    const open: Order = {
      ...ORDER,
      type: 'limit',
      limitPrice: 80,
      status: 'open',
      fillPrice: null,
    };

    expect(describeOrder(open)).toBe('Order open at limit 80.00');
  });

  it('names any other status as it is', () => {
    expect(describeOrder({ ...ORDER, status: 'rejected', fillPrice: null })).toBe('Order rejected');
  });
});

describe('summarizeOrder', () => {
  it('spells out side, lots, instrument and type', () => {
    expect(summarizeOrder(ORDER)).toBe('Buy 5 lots BRENT, market');
    expect(summarizeOrder({ ...ORDER, side: 'sell', quantity: 1 })).toBe(
      'Sell 1 lot BRENT, market',
    );
  });
});
