/**
 * What the gateway's pipeline costs, measured against peers in the same run:
 *
 * - `GET /auth/me` (request id, cookie parsing, session load, problem-ready
 *   error handling) against a bare Fastify app that parses the same cookie
 *   and looks the session up in a Map: the floor any Node gateway pays.
 * - `GET /api/orders` through the gateway (CSRF check, a freshly signed
 *   ES256 assertion, an upstream call) against the same trading service
 *   called directly with one pre-signed assertion.
 *
 * Everything listens on loopback and stops by itself. Usage:
 * `npm run build && node bench/dist/pipeline-overhead.js [seconds]`.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import fastifyCookie from '@fastify/cookie';
import { buildGateway, parseConfig } from '@qenergyz/gateway';
import { startServices } from '@qenergyz/services';
import Fastify from 'fastify';
import { SignJWT, exportJWK, generateKeyPair } from 'jose';

import { runLoad, type LoadResult } from './load.js';

const seconds = Number(process.argv[2] ?? 3);

async function bareFastifyPeer(
  cookieValue: string,
): Promise<{ url: string; close(): Promise<void> }> {
  const sessions = new Map([[cookieValue, { user: { id: 'dev:u-trader' }, csrfToken: 'x' }]]);
  const app = Fastify();
  await app.register(fastifyCookie);
  app.get('/me', async (request, reply) => {
    const session = sessions.get(request.cookies['qgw_session'] ?? '');
    if (!session) return reply.code(401).send({ code: 'authentication_required' });
    return session;
  });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  return { url, close: () => app.close() };
}

const WIDTHS = [34, 9, 8, 8, 9, 7];

function line(cells: string[]): string {
  const padded = cells.map((cell, i) =>
    i === 0 ? cell.padEnd(WIDTHS[0] ?? 0) : cell.padStart(WIDTHS[i] ?? 0),
  );
  return `| ${padded.join(' | ')} |`;
}

function row(name: string, result: LoadResult, peer?: LoadResult): string {
  const ratio = peer ? (result.requestsPerSecond / peer.requestsPerSecond).toFixed(2) : '1.00';
  return line([
    name,
    String(result.requestsPerSecond),
    result.p50Ms.toFixed(1),
    result.p99Ms.toFixed(1),
    ratio,
    String(result.non2xx + result.errors),
  ]);
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'qenergyz-bench-'));
  const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
  const publicJwk = { ...(await exportJWK(publicKey)), kid: 'bench', alg: 'ES256' };
  const keyFile = join(dir, 'signing-key.json');
  writeFileSync(keyFile, JSON.stringify({ ...(await exportJWK(privateKey)), kid: 'bench' }));

  const services = await startServices({
    dataDir: dir,
    jwks: { keys: [publicJwk] },
    services: ['trading'],
  });
  const gateway = await buildGateway(
    parseConfig({
      log: { level: 'silent' },
      web: { distDir: '' },
      identity: { signingKeyFile: keyFile },
      services: { trading: { url: services.urls.trading } },
    }),
  );
  const gatewayUrl = await gateway.app.listen({ host: '127.0.0.1', port: 0 });
  const user = {
    id: 'dev:u-trader',
    email: 'trader@qenergyz.test',
    name: 'Tara Trader',
    roles: ['trader'] as const,
    tier: 'basic' as const,
    jurisdiction: 'UK' as const,
    company: 'Bench Ltd',
    onboarded: true,
  };
  const { cookieValue, record } = await gateway.context.sessions.create({
    provider: 'dev',
    user: { ...user, roles: [...user.roles] },
    tokens: {},
  });
  const cookie = `qgw_session=${cookieValue}`;
  const peer = await bareFastifyPeer(cookieValue);
  const { email, name, tier, jurisdiction } = user;
  const assertion = await new SignJWT({
    email,
    name,
    tier,
    jurisdiction,
    roles: ['trader'],
    sid: 'b',
  })
    .setProtectedHeader({ alg: 'ES256', kid: 'bench', typ: 'JWT' })
    .setIssuer('qenergyz-gateway')
    .setSubject(user.id)
    .setAudience('trading')
    .setIssuedAt()
    .setExpirationTime('10m')
    .setJti('bench-assertion')
    .sign(privateKey);

  const options = { durationSeconds: seconds };
  const peerMe = await runLoad({ ...options, url: `${peer.url}/me`, headers: { cookie } });
  const gatewayMe = await runLoad({
    ...options,
    url: `${gatewayUrl}/auth/me`,
    headers: { cookie },
  });
  const direct = await runLoad({
    ...options,
    url: `${services.urls.trading}/orders`,
    headers: { authorization: `Bearer ${assertion}` },
  });
  const viaGateway = await runLoad({
    ...options,
    url: `${gatewayUrl}/api/orders`,
    headers: { cookie, 'x-csrf-token': record.csrfToken },
  });

  console.log(`\nGateway pipeline overhead (${seconds} s per row, 16 connections, loopback)\n`);
  console.log(line(['scenario', 'req/s', 'p50 ms', 'p99 ms', 'vs peer', 'errors']));
  console.log(`|${WIDTHS.map((width) => '-'.repeat(width + 2)).join('|')}|`);
  console.log(row('peer: bare Fastify cookie lookup', peerMe));
  console.log(row('gateway GET /auth/me', gatewayMe, peerMe));
  console.log(row('peer: trading GET /orders direct', direct));
  console.log(row('gateway GET /api/orders', viaGateway, direct));

  await gateway.app.close();
  await peer.close();
  await services.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
