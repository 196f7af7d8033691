/**
 * The error class every gateway module throws for an expected failure. It
 * carries a catalogue code, a detail for the client, optional extra members
 * for the problem document, and the underlying cause for the log only.
 */
import { ERROR_CATALOGUE, type ErrorCode } from './catalogue.js';

export interface GatewayErrorOptions {
  readonly cause?: unknown;
  /** Extra problem members, e.g. `reasons` of a refused trade. */
  readonly extensions?: Record<string, unknown>;
}

export class GatewayError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly detail: string;
  readonly extensions: Record<string, unknown>;

  constructor(code: ErrorCode, detail: string, options: GatewayErrorOptions = {}) {
    super(`${code}: ${detail}`, { cause: options.cause });
    this.name = 'GatewayError';
    this.code = code;
    this.status = ERROR_CATALOGUE[code].status;
    this.detail = detail;
    this.extensions = options.extensions ?? {};
  }
}

export function isGatewayError(value: unknown): value is GatewayError {
  return value instanceof GatewayError;
}
