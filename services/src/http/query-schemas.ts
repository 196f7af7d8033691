// Query-string schemas shared by every route. Query strings arrive as text and
// the validator does not coerce types (so that body fields stay strict);
// integer query values are therefore matched as digits and range-checked here,
// with the same kind of detail the schema errors give.

import { ProblemError } from './problem.js';

/** For routes that take no query parameters: any parameter is refused. */
export const noQuerySchema = { type: 'object', additionalProperties: false } as const;

/** Schema fragment for an integer carried in a query string. */
export const integerQuerySchema = { type: 'string', pattern: '^[0-9]{1,9}$' } as const;

export function parseIntegerQuery(
  field: string,
  raw: string | undefined,
  range: { min: number; max: number; fallback: number },
): number {
  if (raw === undefined) return range.fallback;

  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < range.min || value > range.max) {
    const detail = `querystring.${field} must be an integer from ${range.min} to ${range.max}, got ${raw}`;
    throw new ProblemError('invalid_request', detail);
  }
  return value;
}
