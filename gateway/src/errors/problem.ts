/**
 * Builds RFC 9457 problem documents. The `type` is a stable URI per code so
 * clients and documentation can link to it; `requestId` lets a user quote the
 * failing request to support without exposing anything internal.
 */
import { ERROR_CATALOGUE, type ErrorCode } from './catalogue.js';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';
const TYPE_BASE = 'https://docs.qenergyz.com/gateway/errors/';

export interface ProblemDocument {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly code: ErrorCode;
  readonly requestId: string;
  readonly [extension: string]: unknown;
}

export function problemDocument(
  code: ErrorCode,
  detail: string,
  requestId: string,
  extensions: Record<string, unknown> = {},
): ProblemDocument {
  const entry = ERROR_CATALOGUE[code];
  return {
    ...extensions,
    type: TYPE_BASE + code.replaceAll('_', '-'),
    title: entry.title,
    status: entry.status,
    detail,
    code,
    requestId,
  };
}
