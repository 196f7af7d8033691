/**
 * RFC 9457 problem documents as the gateway sends them, and the error the
 * client throws for every failed call. Parsing is defensive: a proxy in front
 * of the gateway may answer with HTML or nothing at all, and none of that text
 * is ever shown, so every problem the UI renders has a plain-text detail.
 */

export type ReasonSource = 'risk' | 'compliance';

export interface RejectionReason {
  readonly source: ReasonSource;
  readonly rule: string;
  readonly message: string;
}

export interface Problem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly code: string;
  readonly requestId: string | null;
  readonly reasons: readonly RejectionReason[];
}

/** Status 0 marks a request that never got an HTTP answer. */
export const NETWORK_PROBLEM_STATUS = 0;

const FALLBACK_DETAIL: Readonly<Record<number, string>> = {
  0: 'The gateway could not be reached. Check the connection and try again.',
  401: 'Sign-in is required.',
  403: 'This action is not allowed.',
  404: 'The requested resource was not found.',
  429: 'Too many requests. Wait a moment and try again.',
  502: 'A backend service answered with an error. Try again shortly.',
  503: 'A backend service is unavailable. Try again shortly.',
  504: 'A backend service did not answer in time. Try again shortly.',
};

export class ApiError extends Error {
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail);
    this.name = 'ApiError';
    this.problem = problem;
  }

  get status(): number {
    return this.problem.status;
  }

  get code(): string {
    return this.problem.code;
  }
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

function fallbackDetail(status: number): string {
  if (FALLBACK_DETAIL[status] !== undefined) return FALLBACK_DETAIL[status];
  if (status >= 500) return `The gateway answered with an error (HTTP ${status}).`;
  return `The request failed (HTTP ${status}).`;
}

function parseReasons(value: unknown): RejectionReason[] {
  if (!Array.isArray(value)) return [];

  return value.flatMap((item: unknown): RejectionReason[] => {
    if (typeof item !== 'object' || item === null) return [];
    const record = item as Record<string, unknown>;
    const message = text(record.message);
    if (message === null) return [];
    const source = record.source === 'compliance' ? 'compliance' : 'risk';
    return [{ source, rule: text(record.rule) ?? 'unspecified', message }];
  });
}

function parseJsonObject(body: string): Record<string, unknown> | null {
  try {
    const parsed: unknown = JSON.parse(body);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

/**
 * Builds a problem from an HTTP answer. Only JSON bodies are read; the HTTP
 * status wins over a `status` member that disagrees with it.
 */
export function parseProblem(status: number, contentType: string | null, body: string): Problem {
  const isJson = /\bjson\b/i.test(contentType ?? '');
  const record = isJson ? parseJsonObject(body) : null;
  const detail = text(record?.detail) ?? text(record?.title) ?? fallbackDetail(status);

  return {
    type: text(record?.type) ?? 'about:blank',
    title: text(record?.title) ?? `HTTP ${status}`,
    status,
    detail,
    code: text(record?.code) ?? `http_${status}`,
    requestId: text(record?.requestId),
    reasons: parseReasons(record?.reasons),
  };
}

/** The problem for a request that failed before any answer arrived. */
export function networkProblem(): Problem {
  return { ...parseProblem(NETWORK_PROBLEM_STATUS, null, ''), code: 'network_error' };
}

/** Any thrown value as a problem, so a render path never has to guess. */
export function toProblem(error: unknown): Problem {
  if (error instanceof ApiError) return error.problem;
  return {
    ...parseProblem(NETWORK_PROBLEM_STATUS, null, ''),
    title: 'Unexpected error',
    detail: 'Something went wrong in the application. Reload the page and try again.',
    code: 'client_error',
  };
}
