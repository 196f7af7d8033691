/**
 * The API client's public surface and the app's single instance of it. One
 * instance means one in-memory CSRF token shared by every screen; tests build
 * their own with a fake `fetch`.
 */
import { createGatewayApi } from './gateway-api';
import { createHttpClient } from './http-client';

export { createGatewayApi, newIdempotencyKey, type GatewayApi } from './gateway-api';
export { createHttpClient, type FetchLike, type HttpClient } from './http-client';
export { ApiError, parseProblem, toProblem, type Problem, type RejectionReason } from './problem';
export type * from './types';

export const gateway = createGatewayApi(
  createHttpClient((input, init) => window.fetch(input, init)),
);
