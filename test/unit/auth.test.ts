import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { createVerifier, signToken } from '../../subgraphs/common/auth.js';
import { authConfig, DEVELOPMENT_JWT_SECRET } from '../../subgraphs/common/config.js';

const config = authConfig({});
const verify = createVerifier(config);

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

  it('refuses the development secret in production', () => {
    expect(() => authConfig({ NODE_ENV: 'production', JWT_SECRET: DEVELOPMENT_JWT_SECRET })).toThrow(/refused when NODE_ENV=production/);
    expect(() => authConfig({ NODE_ENV: 'production' })).toThrow(/JWT_JWKS_URL/);
    expect(authConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) }).secret).toBe('x'.repeat(40));
  });
});
