// A small structured logger: one JSON object per line on stdout, with the
// field names and numeric levels pino uses, so the dev-idp lines read like the
// gateway's and pino tooling can format them. Fields come first, then a short
// lowercase message. Values under sensitive keys are censored at any depth.

export const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'] as const;

export type LogLevel = (typeof LOG_LEVELS)[number];

export type LogFields = Record<string, unknown>;

export interface DevIdpLogger {
  debug(fields: LogFields, message: string): void;
  info(fields: LogFields, message: string): void;
  warn(fields: LogFields, message: string): void;
  error(fields: LogFields, message: string): void;
}

export interface JsonLoggerOptions {
  level?: LogLevel;
  /** Receives each complete line, newline included; stdout by default. */
  write?: (line: string) => void;
}

const LEVEL_NUMBERS: Record<LogLevel, number> = {
  trace: 10,
  debug: 20,
  info: 30,
  warn: 40,
  error: 50,
  fatal: 60,
  silent: Infinity,
};

/** Keys whose values never reach a log line (compared lowercased). */
const REDACTED_KEYS = new Set([
  'authorization',
  'client_secret',
  'clientsecret',
  'code',
  'code_verifier',
  'cookie',
  'cookiekeys',
  'id_token',
  'access_token',
  'refresh_token',
  'password',
  'set-cookie',
]);

export const REDACTED = '[Redacted]';

function redact(value: unknown, depth: number): unknown {
  if (value instanceof Error) {
    return { type: value.name, message: value.message, stack: value.stack };
  }

  if (depth > 4 || value === null || typeof value !== 'object') {
    return value;
  }

  if (Array.isArray(value)) {
    return value.map((item) => redact(item, depth + 1));
  }

  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    copy[key] = REDACTED_KEYS.has(key.toLowerCase()) ? REDACTED : redact(item, depth + 1);
  }
  return copy;
}

export function createJsonLogger(options: JsonLoggerOptions = {}): DevIdpLogger {
  const threshold = LEVEL_NUMBERS[options.level ?? 'info'];
  const write = options.write ?? ((line: string) => void process.stdout.write(line));

  function log(level: Exclude<LogLevel, 'silent'>, fields: LogFields, message: string): void {
    const levelNumber = LEVEL_NUMBERS[level];
    if (levelNumber < threshold) {
      return;
    }

    const entry = {
      level: levelNumber,
      time: Date.now(),
      pid: process.pid,
      name: 'dev-idp',
      ...(redact(fields, 0) as LogFields),
      msg: message,
    };
    write(`${JSON.stringify(entry)}\n`);
  }

  return {
    debug: (fields, message) => log('debug', fields, message),
    info: (fields, message) => log('info', fields, message),
    warn: (fields, message) => log('warn', fields, message),
    error: (fields, message) => log('error', fields, message),
  };
}

/** A logger that drops everything, for tests and embedding. */
export const silentLogger: DevIdpLogger = createJsonLogger({ level: 'silent' });
