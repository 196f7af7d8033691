// The real process, `node dev-idp/dist/main.js`, built from the current
// sources first: refusal in production, refusal of invalid settings, and a
// normal start that serves discovery and exits 0 on SIGTERM.

import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ENTRY = join(ROOT, 'dev-idp', 'dist', 'main.js');
const TSC = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');

interface Finished {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Only what the test sets, so the caller's shell cannot change the outcome. */
function environment(variables: Record<string, string>): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH, ...variables };
}

function start(variables: Record<string, string>): ChildProcess {
  return spawn(process.execPath, [ENTRY], {
    env: environment(variables),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

async function run(variables: Record<string, string>): Promise<Finished> {
  const child = start(variables);
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const [code] = (await once(child, 'exit')) as [number | null];
  return { code, stdout, stderr };
}

/** Resolves with the parsed log lines up to and including the one with `msg`. */
function linesUntil(child: ChildProcess, msg: string): Promise<Record<string, unknown>[]> {
  return new Promise((resolve, reject) => {
    const entries: Record<string, unknown>[] = [];
    let buffered = '';
    child.once('exit', (code) => reject(new Error(`exited with ${code} before "${msg}"`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        const entry = JSON.parse(line) as Record<string, unknown>;
        entries.push(entry);
        if (entry.msg === msg) {
          resolve(entries);
        }
      }
    });
  });
}

describe('dev-idp process', () => {
  beforeAll(async () => {
    await promisify(execFile)(process.execPath, [TSC, '-b', 'dev-idp'], { cwd: ROOT });
  });

  it('exits 1 with the refusal on stderr when GATEWAY_PROFILE is production', async () => {
    const result = await run({ GATEWAY_PROFILE: 'production', DEV_IDP_PORT: '0' });

    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'dev-idp: the development identity provider must not run when GATEWAY_PROFILE is production\n',
    );
    expect(result.stdout).toBe('');
  });

  it('exits 1 with the refusal on stderr when NODE_ENV is production', async () => {
    const result = await run({ NODE_ENV: 'production', DEV_IDP_PORT: '0' });

    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'dev-idp: the development identity provider must not run when NODE_ENV is production\n',
    );
  });

  it('exits 1 listing every invalid variable', async () => {
    const result = await run({ DEV_IDP_PORT: 'x', DEV_IDP_CLIENT_ID: 'has space' });

    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      [
        'dev-idp: invalid dev-idp configuration:',
        '- DEV_IDP_PORT must be an integer from 0 to 65535, got "x"',
        '- DEV_IDP_CLIENT_ID must be printable ASCII without spaces, got "has space"',
        '',
      ].join('\n'),
    );
  });

  it('logs where it listens, serves discovery, and exits 0 on SIGTERM', async () => {
    const child = start({ DEV_IDP_PORT: '0', LOG_LEVEL: 'info' });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const [listening] = (await linesUntil(child, 'listening')).slice(-1);
    const url = String(listening?.url);

    const response = await fetch(`${url}/.well-known/openid-configuration`);
    const discovery = (await response.json()) as Record<string, unknown>;
    expect(response.status).toBe(200);
    expect(listening).toMatchObject({ level: 30, issuer: url, clientId: 'qenergyz-gateway' });
    expect(discovery.issuer).toBe(url);

    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    const [code, signal] = (await exited) as [number | null, NodeJS.Signals | null];

    expect(signal).toBeNull();
    expect(code).toBe(0);
    expect(stderr).toBe('');
  });
});
