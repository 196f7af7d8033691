// RFC 9457 problem documents. Handlers throw a ProblemError with a catalogue
// code and a detail naming the field or value at fault; the error handler turns
// it into `application/problem+json`.

import { ERROR_CATALOGUE, type ErrorCode } from './error-catalogue.js';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export interface ProblemDocument {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: ErrorCode;
  requestId?: string;
}

export class ProblemError extends Error {
  readonly code: ErrorCode;
  readonly status: number;

  constructor(code: ErrorCode, detail: string, options?: { cause?: unknown }) {
    super(detail, options);
    this.name = 'ProblemError';
    this.code = code;
    this.status = ERROR_CATALOGUE[code].status;
  }
}

export function problemType(code: ErrorCode): string {
  return `urn:qenergyz:problem:${code}`;
}

export function problemDocument(code: ErrorCode, detail: string, requestId?: string) {
  const entry = ERROR_CATALOGUE[code];
  const document: ProblemDocument = {
    type: problemType(code),
    title: entry.title,
    status: entry.status,
    detail,
    code,
  };
  if (requestId !== undefined) document.requestId = requestId;
  return document;
}
