import { generateKeyPair, SignJWT, UnsecuredJWT } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  createAssertionVerifier,
  type AssertionVerifier,
} from '../../src/identity/verify-assertion.js';
import { createGatewaySigner, ISSUER, type GatewaySigner } from '../support/gateway-signer.js';

let signer: GatewaySigner;
let verify: AssertionVerifier;

beforeAll(async () => {
  signer = await createGatewaySigner();
  verify = createAssertionVerifier(signer.identity, 'trading');
});

async function rejection(token: string) {
  const error = await verify(token).then(
    () => null,
    (e: unknown) => e as { reason: string; message: string },
  );
  expect(error).not.toBeNull();
  return error as { reason: string; message: string };
}

describe('verifyAssertion', () => {
  it('returns the identity carried by a valid gateway assertion', async () => {
    const token = await signer.sign('trading', { roles: ['trader', 'admin'], jurisdiction: 'ME' });

    const identity = await verify(token);

    expect(identity).toMatchObject({
      userId: 'user-1',
      email: 'ada@example.com',
      name: 'Ada Trader',
      roles: ['trader', 'admin'],
      tier: 'basic',
      jurisdiction: 'ME',
      sessionId: 'session-1',
    });
    expect(identity.assertionId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('accepts a null jurisdiction before onboarding', async () => {
    const identity = await verify(await signer.sign('trading', { jurisdiction: null }));
    expect(identity.jurisdiction).toBeNull();
  });

  it('refuses an assertion addressed to another service', async () => {
    const error = await rejection(await signer.sign('market'));
    expect(error).toMatchObject({ reason: 'invalid', message: 'assertion claim aud is invalid' });
  });

  it('refuses an assertion from another issuer', async () => {
    const error = await rejection(await signer.sign('trading', {}, { issuer: 'someone-else' }));
    expect(error.message).toBe('assertion claim iss is invalid');
  });

  it('refuses an expired assertion beyond the 5 s clock tolerance', async () => {
    const issuedAt = Math.floor(Date.now() / 1000) - 70;
    const error = await rejection(await signer.sign('trading', {}, { issuedAt }));
    expect(error.message).toBe('assertion has expired');
  });

  it('accepts an assertion expired by less than the clock tolerance', async () => {
    const issuedAt = Math.floor(Date.now() / 1000) - 62;
    await expect(verify(await signer.sign('trading', {}, { issuedAt }))).resolves.toBeDefined();
  });

  it('refuses an assertion issued more than 90 s ago even when its exp is far away', async () => {
    const issuedAt = Math.floor(Date.now() / 1000) - 120;
    const token = await signer.sign(
      'trading',
      {},
      { issuedAt, lifetimeSeconds: 10 * 365 * 86_400 },
    );

    expect((await rejection(token)).reason).toBe('invalid');
  });

  it('refuses an assertion issued in the future', async () => {
    const issuedAt = Math.floor(Date.now() / 1000) + 3_600;

    expect((await rejection(await signer.sign('trading', {}, { issuedAt }))).reason).toBe(
      'invalid',
    );
  });

  it('refuses an assertion whose typ is not JWT', async () => {
    const now = Math.floor(Date.now() / 1000);
    const token = await new SignJWT({
      email: 'a@b.c',
      name: 'A',
      roles: ['trader'],
      tier: 'basic',
      jurisdiction: 'UK',
      sid: 's',
    })
      .setProtectedHeader({ alg: 'ES256', kid: 'gateway-key-1', typ: 'at+jwt' })
      .setIssuer(ISSUER)
      .setSubject('user-1')
      .setAudience('trading')
      .setIssuedAt(now)
      .setExpirationTime(now + 60)
      .setJti('j-1')
      .sign(signer.privateKey);

    expect((await rejection(token)).reason).toBe('invalid');
  });

  it('refuses an unsigned (alg none) assertion', async () => {
    const token = new UnsecuredJWT({ sub: 'user-1', roles: ['admin'] })
      .setIssuer(ISSUER)
      .setAudience('trading')
      .setIssuedAt()
      .setExpirationTime('60s')
      .encode();
    const error = await rejection(token);
    expect(error.reason).toBe('invalid');
  });

  it('refuses an assertion signed by a key the gateway does not publish', async () => {
    const other = await generateKeyPair('ES256');
    const error = await rejection(await signer.sign('trading', {}, { key: other.privateKey }));
    expect(error.message).toBe('assertion signature is not from the gateway');
  });

  it('refuses HS256 signed with the public key as the shared secret', async () => {
    const jwk = signer.jwks.keys[0] as { x: string; y: string };
    const secret = new TextEncoder().encode(JSON.stringify(jwk));
    const token = await new SignJWT({ sub: 'user-1', roles: ['admin'] })
      .setProtectedHeader({ alg: 'HS256', kid: 'gateway-key-1' })
      .setIssuer(ISSUER)
      .setAudience('trading')
      .setIssuedAt()
      .setExpirationTime('60s')
      .setJti('j')
      .sign(secret);
    const error = await rejection(token);
    expect(error.message).toBe('assertion algorithm is not ES256');
  });

  it('refuses an assertion whose roles include an unknown role', async () => {
    const error = await rejection(await signer.sign('trading', { roles: ['trader', 'root'] }));
    expect(error.message).toBe('assertion claim roles.1 is invalid');
  });

  it('refuses an assertion without a tier', async () => {
    const error = await rejection(await signer.sign('trading', { tier: undefined }));
    expect(error.message).toBe('assertion claim tier is invalid');
  });

  it('refuses a token that is not a JWT at all', async () => {
    const error = await rejection('not.a.jwt');
    expect(error).toMatchObject({ reason: 'invalid', message: 'assertion is malformed' });
  });
});
