/**
 * Reads the raw layers of configuration: a JSON config file and the
 * environment. Environment variables use the `GATEWAY_` prefix and `__` to
 * descend a level: `GATEWAY_SERVER__PUBLIC_URL` sets `server.publicUrl`.
 * Values that look like JSON arrays or objects are parsed as JSON. Each leaf
 * remembers where it came from so validation errors can name the source.
 */
import { readFileSync } from 'node:fs';

export type RawTree = Record<string, unknown>;

export interface ConfigLayer {
  readonly values: RawTree;
  /** dotted path → human-readable origin, e.g. `GATEWAY_SERVER__PORT`. */
  readonly origins: Map<string, string>;
}

const ENV_PREFIX = 'GATEWAY_';
const CONFIG_FILE_VARIABLE = 'GATEWAY_CONFIG_FILE';

function camelCase(segment: string): string {
  return segment.toLowerCase().replace(/_([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());
}

function parseEnvValue(raw: string): unknown {
  const trimmed = raw.trim();
  if (!trimmed.startsWith('[') && !trimmed.startsWith('{')) return raw;
  try {
    return JSON.parse(trimmed) as unknown;
  } catch {
    return raw;
  }
}

function setPath(tree: RawTree, path: string[], value: unknown): void {
  let node = tree;
  for (const key of path.slice(0, -1)) {
    const next = node[key];
    if (typeof next !== 'object' || next === null || Array.isArray(next)) node[key] = {};
    node = node[key] as RawTree;
  }
  node[path[path.length - 1] as string] = value;
}

function recordOrigins(value: unknown, path: string, origin: string, origins: Map<string, string>) {
  origins.set(path, origin);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return;
  for (const [key, child] of Object.entries(value)) {
    recordOrigins(child, path ? `${path}.${key}` : key, origin, origins);
  }
}

export function environmentLayer(env: NodeJS.ProcessEnv): ConfigLayer {
  const values: RawTree = {};
  const origins = new Map<string, string>();

  for (const [name, raw] of Object.entries(env)) {
    if (!name.startsWith(ENV_PREFIX) || name === CONFIG_FILE_VARIABLE || raw === undefined)
      continue;
    const path = name.slice(ENV_PREFIX.length).split('__').map(camelCase);
    if (path.some((segment) => segment.length === 0)) continue;
    const value = parseEnvValue(raw);
    setPath(values, path, value);
    recordOrigins(value, path.join('.'), `environment ${name}`, origins);
  }
  return { values, origins };
}

export class ConfigFileError extends Error {
  readonly code = 'config_file_unreadable';
}

export function fileLayer(env: NodeJS.ProcessEnv): ConfigLayer {
  const file = env[CONFIG_FILE_VARIABLE];
  if (!file) return { values: {}, origins: new Map() };

  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (cause) {
    throw new ConfigFileError(`${CONFIG_FILE_VARIABLE}: cannot read ${file}`, { cause });
  }

  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (cause) {
    throw new ConfigFileError(`${CONFIG_FILE_VARIABLE}: ${file} is not valid JSON`, { cause });
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new ConfigFileError(`${CONFIG_FILE_VARIABLE}: ${file} must hold a JSON object`);
  }

  const origins = new Map<string, string>();
  recordOrigins(parsed, '', `config file ${file}`, origins);
  origins.delete('');
  return { values: parsed as RawTree, origins };
}

/** Deep merge: objects merge key by key, anything else (arrays too) replaces. */
export function mergeTrees(base: RawTree, over: RawTree): RawTree {
  const result: RawTree = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const current = result[key];
    const bothObjects =
      typeof value === 'object' &&
      value !== null &&
      !Array.isArray(value) &&
      typeof current === 'object' &&
      current !== null &&
      !Array.isArray(current);
    result[key] = bothObjects ? mergeTrees(current as RawTree, value as RawTree) : value;
  }
  return result;
}
