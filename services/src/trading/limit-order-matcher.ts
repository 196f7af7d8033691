// Fills resting limit orders when the quote moves through their limit. Quote
// updates for one instrument are handled one after another, so two ticks can
// never fill the same order twice (the store also refuses a second fill).

import type { FastifyBaseLogger } from 'fastify';
import { instrument as instrumentOf, type InstrumentSymbol } from '../market-data/instruments.js';
import type { Quote, QuoteSource } from '../market-data/quote-source.js';
import type { TradingStore } from '../storage/trading-store.js';
import { isMarketable } from './order-execution.js';

export interface LimitOrderMatcher {
  /** Resolves once every quote received so far has been matched. */
  idle(): Promise<void>;
  stop(): void;
}

export function startLimitOrderMatcher(
  quotes: QuoteSource,
  store: TradingStore,
  log: FastifyBaseLogger,
): LimitOrderMatcher {
  const queues = new Map<InstrumentSymbol, Promise<void>>();

  const unsubscribe = quotes.subscribe((quote) => {
    const previous = queues.get(quote.symbol) ?? Promise.resolve();
    const next = previous
      .then(() => matchQuote(quote, store, log))
      .catch((error: unknown) =>
        log.error({ err: error, symbol: quote.symbol }, 'limit matching failed'),
      );
    queues.set(quote.symbol, next);
  });

  return {
    idle: async () => {
      await Promise.all(queues.values());
    },
    stop: unsubscribe,
  };
}

async function matchQuote(quote: Quote, store: TradingStore, log: FastifyBaseLogger) {
  const { lotSize } = instrumentOf(quote.symbol);
  const open = await store.listOpenOrders(quote.symbol);

  for (const order of open) {
    if (order.limitPrice === null || !isMarketable(order.side, order.limitPrice, quote.price)) {
      continue;
    }
    const filled = await store.fillOpenOrder(order.id, {
      price: quote.price,
      at: quote.asOf,
      lotSize,
    });
    if (filled !== null) log.info({ orderId: order.id, price: quote.price }, 'limit order filled');
  }
}
