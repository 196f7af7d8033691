import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { ConfigError, loadConfig } from '../src/config/load-config.js';

function configFile(content: unknown): string {
  const file = join(mkdtempSync(join(tmpdir(), 'qgw-config-')), 'gateway.json');
  writeFileSync(file, JSON.stringify(content));
  return file;
}

function problemsOf(env: NodeJS.ProcessEnv): readonly string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected the configuration to be refused');
}

describe('loadConfig', () => {
  it('runs on defaults alone, with the development provider', () => {
    const config = loadConfig({});

    expect(config.profile).toBe('development');
    expect(config.server.port).toBe(8080);
    expect(config.server.publicUrl).toBe('http://localhost:8080');
    expect(config.session.idleTimeoutMs).toBe(30 * 60_000);
    expect(Object.keys(config.providers)).toEqual(['dev']);
    expect(config.providers['dev']?.issuer).toBe('http://127.0.0.1:4010');
  });

  it('lets the config file override defaults and the environment override the file', () => {
    const file = configFile({ server: { port: 9000, host: '127.0.0.1' }, log: { level: 'warn' } });

    const config = loadConfig({ GATEWAY_CONFIG_FILE: file, GATEWAY_SERVER__PORT: '9100' });

    expect(config.server.port).toBe(9100);
    expect(config.server.host).toBe('127.0.0.1');
    expect(config.log.level).toBe('warn');
  });

  it('changes one field of the development provider without restating the rest', () => {
    const config = loadConfig({ GATEWAY_PROVIDERS__DEV__ISSUER: 'http://127.0.0.1:4999' });

    expect(config.providers['dev']?.issuer).toBe('http://127.0.0.1:4999');
    expect(config.providers['dev']?.clientId).toBe('qenergyz-gateway');
  });

  it('reports every invalid setting at once, naming setting, value and source', () => {
    const problems = problemsOf({
      GATEWAY_SERVER__PORT: '70000',
      GATEWAY_LOG__LEVEL: 'loud',
      GATEWAY_SESSION__IDLE_TIMEOUT_MS: '-5',
    });

    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(
      /^server\.port: .*got "70000" \(from environment GATEWAY_SERVER__PORT\)$/,
    );
    expect(problems.find((p) => p.startsWith('log.level'))).toContain('got "loud"');
    expect(problems.find((p) => p.startsWith('session.idleTimeoutMs'))).toContain('got "-5"');
  });

  it('refuses unknown settings instead of ignoring them', () => {
    const problems = problemsOf({ GATEWAY_SERVER__PROT: '1' });

    expect(problems).toEqual([
      'server.prot is not a known setting (from environment GATEWAY_SERVER__PROT)',
    ]);
  });

  it('refuses a non-numeric port with the value it got', () => {
    const problems = problemsOf({ GATEWAY_SERVER__PORT: 'eighty' });

    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('got "eighty"');
  });

  it('hides secret values in messages', () => {
    const file = configFile({ providers: { dev: { clientSecret: '' } } });

    const problems = problemsOf({ GATEWAY_CONFIG_FILE: file });

    expect(problems[0]).toMatch(/^providers\.dev\.clientSecret: .*got \(hidden\)/);
  });

  it('hides secrets nested inside a value it shows', () => {
    const problems = problemsOf({ GATEWAY_PROVIDERS: '[{"clientSecret":"S3CR3T-VALUE"}]' });

    expect(problems.join('\n')).not.toContain('S3CR3T-VALUE');
    expect(problems.join('\n')).toContain('(hidden)');
  });

  it('names the file when the config file is not JSON', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'qgw-config-')), 'broken.json');
    writeFileSync(file, '{ nope');

    expect(() => loadConfig({ GATEWAY_CONFIG_FILE: file })).toThrow(`${file} is not valid JSON`);
  });

  it('refuses the development provider and insecure settings in production', () => {
    const file = configFile({
      profile: 'production',
      providers: {
        dev: {
          name: 'Dev',
          issuer: 'http://127.0.0.1:4010',
          clientId: 'qenergyz-gateway',
          clientSecret: 'dev-gateway-secret',
        },
      },
    });

    const problems = problemsOf({ GATEWAY_CONFIG_FILE: file });

    expect(problems).toContain(
      'server.publicUrl must be https in production (cookies would not be Secure), got "http://localhost:8080"',
    );
    expect(problems.some((p) => p.includes('development identity provider is not allowed'))).toBe(
      true,
    );
    expect(
      problems.some((p) => p.startsWith('providers.dev.clientSecret is a default secret')),
    ).toBe(true);
    expect(problems).toContain('session.encryptionKeys must be set in production');
  });

  it('does not add the development provider in production, and demands one', () => {
    const problems = problemsOf({ GATEWAY_PROFILE: 'production' });

    expect(problems.some((p) => p.includes('providers.dev'))).toBe(false);
    expect(problems).toContain(
      'providers must name at least one identity provider, or nobody can sign in',
    );
  });

  it('freezes the result', () => {
    const config = loadConfig({});

    expect(Object.isFrozen(config.server)).toBe(true);
  });
});
