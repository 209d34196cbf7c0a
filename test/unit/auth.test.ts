import { SignJWT } from 'jose';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createVerifier, signToken } from '../../subgraphs/common/auth.js';
import { authConfig, DEVELOPMENT_JWT_SECRET } from '../../subgraphs/common/config.js';

const config = authConfig({});
const verify = createVerifier(config);
const now = () => Math.floor(Date.now() / 1000);

/** A token signed with the development secret carrying exactly the time claims given (seconds since the epoch). */
function signed(times: { iat?: number; exp?: number; nbf?: number }, secret = config.secret!) {
  return new SignJWT({ role: 'admin', ...times })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(config.issuer)
    .setAudience(config.audience)
    .sign(new TextEncoder().encode(secret));
}

async function rejected(header: string) {
  const error = await verify(header).then(
    () => null,
    (e) => e,
  );
  expect(error?.extensions?.code).toBe('UNAUTHENTICATED');
  return error.message as string;
}

describe('auth context', () => {
  it('treats a request without a token as anonymous', async () => {
    expect(await verify(undefined)).toEqual({ role: 'anonymous' });
  });

  it('turns a verified token into a caller with the ids it acts for', async () => {
    const token = await signToken(config, { role: 'municipality', municipality: '5601' });
    expect(await verify(`Bearer ${token}`)).toMatchObject({ role: 'municipality', municipalityCode: '5601' });
    const org = await signToken(config, { role: 'organisation', organisation: 'org-1' });
    expect(await verify(`Bearer ${org}`)).toMatchObject({ role: 'organisation', organisationId: 'org-1' });
  });

  it('refuses expired, forged and malformed tokens', async () => {
    const expired = await signToken(config, { role: 'admin', expiresIn: Math.floor(Date.now() / 1000) - 60 });
    expect(await rejected(`Bearer ${expired}`)).toMatch(/expired/);
    const forged = await new SignJWT({ role: 'admin' })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer(config.issuer)
      .setAudience(config.audience)
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode('another-secret-that-is-long-enough-to-sign'));
    expect(await rejected(`Bearer ${forged}`)).toMatch(/not valid/);
    await rejected('Bearer not.a.jwt');
    await rejected('Basic dXNlcjpwYXNz');
  });

  it('refuses a token for another audience', async () => {
    const other = await signToken({ ...config, audience: 'someone-else' }, { role: 'admin' });
    await rejected(`Bearer ${other}`);
  });

  it('refuses a role token without the id it acts for, and an unknown municipality', async () => {
    const token = await new SignJWT({ role: 'municipality' })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer(config.issuer)
      .setAudience(config.audience)
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode(config.secret!));
    expect(await rejected(`Bearer ${token}`)).toMatch(/needs a "municipality" claim/);
    const unknown = await signToken(config, { role: 'municipality', municipality: '9999' });
    expect(await rejected(`Bearer ${unknown}`)).toMatch(/not a 2024 municipality code/);
  });

  it('refuses a token without exp, saying tokens must expire', async () => {
    expect(await rejected(`Bearer ${await signed({ iat: now() })}`)).toMatch(/no expiry \("exp" claim\)/);
    expect(await rejected(`Bearer ${await signed({})}`)).toMatch(/no expiry/);
  });

  it('refuses an expired token, with the clock skew allowed', async () => {
    expect(await rejected(`Bearer ${await signed({ iat: now() - 3600, exp: now() - 61 })}`)).toMatch(/has expired/);
    expect(await verify(`Bearer ${await signed({ iat: now() - 3600, exp: now() - 30 })}`)).toMatchObject({ role: 'admin' });
  });

  describe('remembering verified tokens', () => {
    afterEach(() => vi.useRealTimers());

    it('refuses a remembered token once it has expired, with the clock skew allowed', async () => {
      vi.useFakeTimers({ now: Date.now(), toFake: ['Date'] });
      const fresh = createVerifier({ ...config, clockSkewSeconds: 5 });
      const token = await signed({ iat: now(), exp: now() + 10 });
      expect(await fresh(`Bearer ${token}`)).toMatchObject({ role: 'admin' });
      // Past exp but within the skew: still the remembered caller.
      vi.setSystemTime(Date.now() + 14_000);
      expect(await fresh(`Bearer ${token}`)).toMatchObject({ role: 'admin' });
      // Past exp and the skew, well within the time a token is remembered: refused.
      vi.setSystemTime(Date.now() + 2_000);
      const error = await fresh(`Bearer ${token}`).then(
        () => null,
        (e: Error) => e,
      );
      expect(error?.message).toMatch(/has expired/);
    });
  });

  it('refuses a token issued in the future, beyond the clock skew', async () => {
    expect(await rejected(`Bearer ${await signed({ iat: now() + 300, exp: now() + 600 })}`)).toMatch(
      /issued in the future \("iat" is 30\d s ahead; 60 s of clock skew allowed\)/,
    );
    expect(await verify(`Bearer ${await signed({ iat: now() + 30, exp: now() + 600 })}`)).toMatchObject({ role: 'admin' });
  });

  it('refuses a token not valid yet (nbf), beyond the clock skew', async () => {
    expect(await rejected(`Bearer ${await signed({ iat: now(), nbf: now() + 300, exp: now() + 600 })}`)).toMatch(/not valid yet \("nbf"/);
    expect(await verify(`Bearer ${await signed({ iat: now(), nbf: now() + 30, exp: now() + 600 })}`)).toMatchObject({ role: 'admin' });
  });

  it('refuses a token that lives longer than the maximum lifetime, counted from iat or else from now', async () => {
    const day = 24 * 3600;
    expect(await rejected(`Bearer ${await signed({ iat: now() - 3600, exp: now() + day })}`)).toMatch(
      /longer than the 86400 s allowed \(JWT_MAX_LIFETIME_S\)/,
    );
    expect(await rejected(`Bearer ${await signed({ exp: now() + day + 3600 })}`)).toMatch(/longer than the 86400 s allowed/);
    expect(await verify(`Bearer ${await signed({ iat: now(), exp: now() + day })}`)).toMatchObject({ role: 'admin' });
    expect(await verify(`Bearer ${await signed({ exp: now() + day - 60 })}`)).toMatchObject({ role: 'admin' });
  });

  it('reads the maximum lifetime and the clock skew from the environment', async () => {
    const strict = createVerifier(authConfig({ JWT_MAX_LIFETIME_S: '600', JWT_CLOCK_SKEW_S: '0' }));
    const refusal = await strict(`Bearer ${await signed({ iat: now(), exp: now() + 3600 })}`).catch((e) => e);
    expect(refusal.message).toMatch(/longer than the 600 s allowed/);
    const early = await strict(`Bearer ${await signed({ iat: now() + 5, exp: now() + 300 })}`).catch((e) => e);
    expect(early.message).toMatch(/issued in the future/);
    expect(await strict(`Bearer ${await signed({ iat: now(), exp: now() + 600 })}`)).toMatchObject({ role: 'admin' });
    expect(() => authConfig({ JWT_MAX_LIFETIME_S: 'forever' })).toThrow(/JWT_MAX_LIFETIME_S must be a whole number/);
    expect(() => authConfig({ JWT_CLOCK_SKEW_S: '-1' })).toThrow(/JWT_CLOCK_SKEW_S/);
  });

  it('signs development tokens with iat and exp, and refuses to sign one longer-lived than the maximum', async () => {
    const token = await signToken(config, { role: 'researcher' });
    const [, body] = token.split('.');
    const claims = JSON.parse(Buffer.from(body, 'base64url').toString());
    expect(claims.exp - claims.iat).toBe(8 * 3600);
    await expect(signToken(config, { role: 'admin', expiresIn: '30d' })).rejects.toThrow(/at most 86400 s \(JWT_MAX_LIFETIME_S\)/);
  });

  it('refuses the development secret in production', () => {
    expect(() => authConfig({ NODE_ENV: 'production', JWT_SECRET: DEVELOPMENT_JWT_SECRET })).toThrow(/refused when NODE_ENV=production/);
    expect(() => authConfig({ NODE_ENV: 'production' })).toThrow(/JWT_JWKS_URL/);
    expect(authConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) }).secret).toBe('x'.repeat(40));
  });
});
