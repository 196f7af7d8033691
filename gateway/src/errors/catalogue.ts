/**
 * The one catalogue of error codes the gateway answers with. Each code has its
 * HTTP status and a short title; the detail of a particular problem is given
 * where it is raised. Clients branch on `code`, which never changes once
 * published; titles may be reworded.
 */

export interface ErrorEntry {
  readonly status: number;
  readonly title: string;
}

export const ERROR_CATALOGUE = {
  invalid_request: { status: 400, title: 'The request is not valid' },
  invalid_json: { status: 400, title: 'The request body is not valid JSON' },
  login_state_invalid: { status: 400, title: 'The login attempt is unknown or has expired' },
  login_binding_mismatch: { status: 400, title: 'The login was started in another browser' },
  login_issuer_mismatch: { status: 400, title: 'The login answer came from another issuer' },
  login_failed: { status: 400, title: 'The identity provider did not complete the login' },
  authentication_required: { status: 401, title: 'Sign-in is required' },
  csrf_token_invalid: { status: 403, title: 'The CSRF token is missing or wrong' },
  origin_not_allowed: {
    status: 403,
    title: 'The request comes from an origin that is not allowed',
  },
  role_required: { status: 403, title: 'The user lacks the role this action needs' },
  onboarding_required: { status: 403, title: 'Onboarding must be completed first' },
  provider_unknown: { status: 404, title: 'The identity provider is not configured' },
  route_not_found: { status: 404, title: 'No such route' },
  resource_not_found: { status: 404, title: 'The resource does not exist' },
  conflict: { status: 409, title: 'The request conflicts with the current state' },
  precondition_failed: { status: 412, title: 'A precondition of the request does not hold' },
  payload_too_large: { status: 413, title: 'The request body is too large' },
  uri_too_long: { status: 414, title: 'The request URL is too long' },
  unsupported_media_type: { status: 415, title: 'The content type is not accepted here' },
  range_not_satisfiable: { status: 416, title: 'The requested range is not available' },
  trade_rejected: { status: 422, title: 'The trade was refused by a pre-trade check' },
  idempotency_key_reused: {
    status: 422,
    title: 'The Idempotency-Key was used for another request',
  },
  unprocessable: { status: 422, title: 'The request cannot be processed as given' },
  too_many_requests: { status: 429, title: 'Too many requests' },
  headers_too_large: { status: 431, title: 'The request headers are too large' },
  upstream_failed: { status: 502, title: 'A backend service answered with an error' },
  upstream_unavailable: { status: 503, title: 'A backend service is unavailable' },
  provider_unavailable: { status: 503, title: 'The identity provider is unavailable' },
  not_ready: { status: 503, title: 'The gateway is not ready' },
  upstream_timeout: { status: 504, title: 'A backend service did not answer in time' },
  internal_error: { status: 500, title: 'Internal error' },
} as const satisfies Record<string, ErrorEntry>;

export type ErrorCode = keyof typeof ERROR_CATALOGUE;

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.hasOwn(ERROR_CATALOGUE, value);
}
