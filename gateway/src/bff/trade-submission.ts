/**
 * Submitting a trade: one at a time per user, and at most once per
 * `Idempotency-Key`. The key is scoped to the user; the first final answer
 * (201 with the order, or 422 with the refusal) is kept for a day and
 * replayed for the same key and body, marked `Idempotent-Replayed: true`.
 * The key also fixes the client order id sent to trading, so a retry that
 * reaches trading after a lost answer still cannot place a second order.
 * Answers that are not final (503, 504) are not kept: the retry runs again.
 */
import { randomUUID } from 'node:crypto';

import type { FastifyReply, FastifyRequest } from 'fastify';

import type { GatewayContext } from '../auth/gateway-context.js';
import { GatewayError, isGatewayError } from '../errors/gateway-error.js';
import { sha256 } from '../security/digest.js';
import { PROBLEM_CONTENT_TYPE, problemDocument } from '../errors/problem.js';
import type { StoredAnswer } from './idempotency-store.js';
import { sessionOf } from './route-guards.js';
import { runTradeWorkflow, type TradeRequest } from './trade-workflow.js';
import { callsFor } from './user-calls.js';

const KEY_FORMAT = /^[A-Za-z0-9_.:-]{1,128}$/;
const REPLAY_TTL_MS = 24 * 60 * 60_000;

export function idempotencyKeyOf(request: FastifyRequest): string | undefined {
  const value = request.headers['idempotency-key'];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !KEY_FORMAT.test(value)) {
    throw new GatewayError(
      'invalid_request',
      'header Idempotency-Key must be 1–128 letters, digits or . _ : -',
    );
  }
  return value;
}

function fingerprintOf(trade: TradeRequest): string {
  const { instrument, side, quantity, type, limitPrice } = trade;
  return sha256(JSON.stringify([instrument, side, quantity, type, limitPrice ?? null]));
}

function send(reply: FastifyReply, answer: StoredAnswer): FastifyReply {
  if (answer.status >= 400) reply.header('content-type', PROBLEM_CONTENT_TYPE);
  return reply.code(answer.status).send(answer.body);
}

export async function submitTrade(
  ctx: GatewayContext,
  request: FastifyRequest,
  reply: FastifyReply,
  trade: TradeRequest,
): Promise<FastifyReply> {
  const userId = sessionOf(request).user.id;
  const key = idempotencyKeyOf(request);
  const storeKey = key === undefined ? undefined : `${userId}\n${key}`;
  const clientOrderId = `gw-${storeKey ? sha256(storeKey).slice(0, 40) : randomUUID()}`;
  const fingerprint = fingerprintOf(trade);

  return ctx.locks.run(`trade:${userId}`, async () => {
    const stored = storeKey ? await ctx.idempotency.get(storeKey) : undefined;
    if (stored) {
      if (stored.fingerprint !== fingerprint) {
        throw new GatewayError(
          'idempotency_key_reused',
          'this Idempotency-Key was used for a different trade',
        );
      }
      reply.header('idempotent-replayed', 'true');
      return send(reply, stored);
    }

    let answer: StoredAnswer;
    try {
      const order = await runTradeWorkflow(callsFor(ctx, request), trade, clientOrderId);
      request.log.info({ orderId: order.id, status: order.status }, 'trade placed');
      answer = { status: 201, body: { order }, fingerprint };
    } catch (error) {
      if (!isGatewayError(error) || error.code !== 'trade_rejected') throw error;
      const body = problemDocument(error.code, error.detail, String(request.id), error.extensions);
      answer = { status: error.status, body, fingerprint };
    }

    if (storeKey) await ctx.idempotency.put(storeKey, answer, REPLAY_TTL_MS);
    return send(reply, answer);
  });
}
