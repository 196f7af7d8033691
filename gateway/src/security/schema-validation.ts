/**
 * Route schema validation with two Ajv instances. Query strings and path
 * parameters arrive as text, so they are coerced to the schema's types
 * (`?limit=5` is the integer 5). JSON bodies are not: a body that says
 * `"quantity": "Infinity"`, `"0x10"` or `true` is a type error, never a
 * number, because coercion turns such strings into values that slip past
 * `minimum`/`maximum` (Ajv skips range checks for non-finite numbers).
 */
import { Ajv, type Options } from 'ajv';
import type { FastifyInstance, FastifySchema } from 'fastify';

const common: Options = {
  removeAdditional: false,
  useDefaults: true,
  allErrors: false,
  strict: false,
};

export function installSchemaValidation(app: FastifyInstance): void {
  const bodies = new Ajv({ ...common, coerceTypes: false });
  const text = new Ajv({ ...common, coerceTypes: 'array' });

  app.setValidatorCompiler(({ schema, httpPart }: { schema: FastifySchema; httpPart?: string }) =>
    (httpPart === 'body' ? bodies : text).compile(schema as object),
  );
}
