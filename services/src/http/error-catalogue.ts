// Every error code the services can answer with, its HTTP status and its title.
// Callers branch on `code`, never on message text, so a code is a contract:
// add new ones here, never reuse or rename an existing one.

export const ERROR_CATALOGUE = {
  invalid_request: {
    status: 400,
    title: 'Invalid request',
    description: 'A parameter, query value or body field failed validation.',
  },
  assertion_invalid: {
    status: 401,
    title: 'Identity assertion invalid',
    description: 'The gateway identity assertion is missing, malformed, expired or not ours.',
  },
  role_required: {
    status: 403,
    title: 'Role required',
    description: 'The caller does not hold a role this route requires.',
  },
  onboarding_required: {
    status: 403,
    title: 'Onboarding required',
    description: 'The caller has no jurisdiction yet and must finish onboarding first.',
  },
  route_unknown: {
    status: 404,
    title: 'Route not found',
    description: 'No route matches the method and path.',
  },
  instrument_unknown: {
    status: 404,
    title: 'Instrument not found',
    description: 'The instrument symbol is not in the catalogue.',
  },
  jurisdiction_unknown: {
    status: 404,
    title: 'Jurisdiction not found',
    description: 'The jurisdiction code has no rule set.',
  },
  order_unknown: {
    status: 404,
    title: 'Order not found',
    description: 'No order with this id belongs to the caller.',
  },
  user_unknown: {
    status: 404,
    title: 'User not found',
    description: 'The caller has no profile yet; the gateway syncs it at login.',
  },
  order_not_cancellable: {
    status: 409,
    title: 'Order not cancellable',
    description: 'Only open orders can be cancelled.',
  },
  client_order_id_conflict: {
    status: 409,
    title: 'Client order id reused',
    description: 'The clientOrderId was already used for a different order.',
  },
  already_onboarded: {
    status: 409,
    title: 'Already onboarded',
    description: 'The caller finished onboarding before; it happens once.',
  },
  payload_too_large: {
    status: 413,
    title: 'Payload too large',
    description: 'The request body exceeds the size limit.',
  },
  unsupported_media_type: {
    status: 415,
    title: 'Unsupported media type',
    description: 'The request body is not JSON.',
  },
  terms_version_outdated: {
    status: 422,
    title: 'Terms version outdated',
    description: 'The accepted terms version is not the current one.',
  },
  identity_keys_unavailable: {
    status: 503,
    title: 'Identity keys unavailable',
    description: 'The gateway key set could not be fetched to verify the assertion.',
  },
  internal_error: {
    status: 500,
    title: 'Internal error',
    description: 'An unexpected failure; the log holds the cause.',
  },
} as const satisfies Record<string, { status: number; title: string; description: string }>;

export type ErrorCode = keyof typeof ERROR_CATALOGUE;
