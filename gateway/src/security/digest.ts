/**
 * SHA-256 as base64url: how the gateway names secrets without storing them
 * (session keys, login bindings, idempotency keys).
 */
import { createHash } from 'node:crypto';

export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('base64url');
}
