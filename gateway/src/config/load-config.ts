/**
 * Loads the configuration: schema defaults, then the config file named by
 * `GATEWAY_CONFIG_FILE`, then `GATEWAY_*` environment variables. Every
 * problem is collected and reported at once, each naming the setting, the
 * value received and where it came from. The result is frozen.
 */
import type { z } from 'zod';

import { developmentDefaults } from './development-defaults.js';
import { productionProblems } from './production-rules.js';
import { configSchema, type GatewayConfig } from './schema.js';
import { environmentLayer, fileLayer, mergeTrees, type RawTree } from './sources.js';

export class ConfigError extends Error {
  readonly code = 'config_invalid';
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(`invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

const SECRET_KEY = /secret|password|key/i;

function valueAt(tree: RawTree, path: readonly PropertyKey[]): unknown {
  let node: unknown = tree;
  for (const key of path) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

function describeValue(path: readonly PropertyKey[], value: unknown): string {
  if (value === undefined) return 'nothing';
  if (path.some((key) => SECRET_KEY.test(String(key)))) return '(hidden)';
  // Secrets nested inside the value shown are hidden too.
  return JSON.stringify(value, (key, inner: unknown) =>
    key !== '' && SECRET_KEY.test(key) ? '(hidden)' : inner,
  );
}

function describeIssue(issue: z.core.$ZodIssue, input: RawTree, origins: Map<string, string>) {
  const path = issue.path.map(String);
  const dotted = path.join('.') || '(root)';

  if (issue.code === 'unrecognized_keys') {
    return issue.keys
      .map((key) => {
        const full = path.length ? `${dotted}.${key}` : key;
        const origin = origins.get(full);
        return `${full} is not a known setting${origin ? ` (from ${origin})` : ''}`;
      })
      .join('\n  - ');
  }

  const value = valueAt(input, issue.path);
  const origin = origins.get(path.join('.'));
  const from = origin ? ` (from ${origin})` : '';
  return `${dotted}: ${issue.message.toLowerCase()}, got ${describeValue(path, value)}${from}`;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const file = fileLayer(env);
  const environment = environmentLayer(env);
  const input = mergeTrees(file.values, environment.values);
  return validateConfig(input, new Map([...file.origins, ...environment.origins]));
}

/** Validates an in-memory object (tests and embedding) with the same rules. */
export function parseConfig(input: RawTree): GatewayConfig {
  return validateConfig(input, new Map());
}

function validateConfig(given: RawTree, origins: Map<string, string>): GatewayConfig {
  const input = mergeTrees(developmentDefaults(given['profile']), given);
  const parsed = configSchema.safeParse(input);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => describeIssue(i, input, origins)));
  }

  const problems = productionProblems(parsed.data);
  if (problems.length > 0) throw new ConfigError(problems);
  return deepFreeze(parsed.data);
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
