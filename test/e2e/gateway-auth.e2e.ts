import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type JWK } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, gql, tokenFor } from '../helpers/graphql.js';
import { startFaultProxy, type FaultProxy } from '../helpers/proxy.js';
import { startGateway, startStack, type RunningGateway, type Stack } from '../helpers/stack.js';

type Key = Awaited<ReturnType<typeof generateKeyPair>>['privateKey'];

let jwks: http.Server;
let stack: Stack;
let production: RunningGateway;
let proxied: RunningGateway;
let proxy: FaultProxy;
const keys: Record<'rs' | 'es' | 'stranger', Key> = {} as never;

/** Signs a token the way an identity provider would: its own key, our issuer and audience unless told otherwise. */
function sign(
  key: Key,
  alg: 'RS256' | 'ES256',
  claims: Record<string, unknown>,
  options: { kid?: string; exp?: string | number; iss?: string } = {},
) {
  return new SignJWT(claims)
    .setProtectedHeader({ alg, kid: options.kid ?? alg.toLowerCase() })
    .setIssuer(options.iss ?? 'samspill')
    .setAudience('samspill')
    .setSubject('idp-user-1')
    .setIssuedAt()
    .setExpirationTime(options.exp ?? '5m')
    .sign(key);
}

const CREATE =
  'mutation { createOrganisation(input: { name: "Kautokeino Sanitetsforening", kind: VOLUNTARY_ORGANISATION, municipalityCodes: ["5626"] }) { name } }';

beforeAll(async () => {
  const rs = await generateKeyPair('RS256');
  const es = await generateKeyPair('ES256');
  keys.rs = rs.privateKey;
  keys.es = es.privateKey;
  keys.stranger = (await generateKeyPair('RS256')).privateKey;
  const published: JWK[] = [
    { ...(await exportJWK(rs.publicKey)), kid: 'rs256', alg: 'RS256', use: 'sig' },
    { ...(await exportJWK(es.publicKey)), kid: 'es256', alg: 'ES256', use: 'sig' },
  ];
  jwks = http.createServer((_req, res) =>
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: published })),
  );
  await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
  // The subgraphs read process.env: they verify the forwarded token against the same JWKS.
  process.env.JWT_JWKS_URL = `http://127.0.0.1:${(jwks.address() as AddressInfo).port}/.well-known/jwks.json`;
  stack = await startStack();
  production = await startGateway(stack.subgraphUrls, { NODE_ENV: 'production', JWT_SECRET: '' });
  proxy = await startFaultProxy(stack.subgraphUrls.organisations);
  proxied = await startGateway({ ...stack.subgraphUrls, organisations: proxy.url });
});
afterAll(async () => {
  await production?.gateway.close();
  await proxied?.gateway.close();
  await proxy?.close();
  await stack?.close();
  await new Promise((resolve) => jwks?.close(resolve));
  delete process.env.JWT_JWKS_URL;
});

async function unauthenticated(url: string, token: string, query = '{ counties { code } }') {
  const response = await gql(url, query, undefined, token);
  expect(codes(response)).toEqual(['UNAUTHENTICATED']);
  expect(response.data ?? null).toBeNull();
  return response.errors![0].message;
}

describe('JWT verification at the gateway (JWKS, production)', () => {
  it('accepts RS256 and ES256 tokens from the JWKS, and the subgraph verifies them again', async () => {
    for (const token of [await sign(keys.rs, 'RS256', { role: 'admin' }), await sign(keys.es, 'ES256', { role: 'admin' })]) {
      const { data, errors } = await gql(production.url, CREATE, undefined, token);
      expect(errors).toBeUndefined();
      expect(data.createOrganisation.name).toBe('Kautokeino Sanitetsforening');
    }
  });

  it('refuses a token signed by a key the JWKS does not publish', async () => {
    expect(await unauthenticated(production.url, await sign(keys.stranger, 'RS256', { role: 'admin' }, { kid: 'rs256' }))).toMatch(
      /not valid/,
    );
  });

  it('refuses an expired token, saying so', async () => {
    const expired = await sign(keys.rs, 'RS256', { role: 'admin' }, { exp: Math.floor(Date.now() / 1000) - 120 });
    expect(await unauthenticated(production.url, expired)).toMatch(/expired/);
  });

  it('refuses another issuer, an unsigned token and malformed headers', async () => {
    await unauthenticated(production.url, await sign(keys.rs, 'RS256', { role: 'admin' }, { iss: 'someone-else' }));
    const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
    await unauthenticated(production.url, `${b64({ alg: 'none' })}.${b64({ role: 'admin', iss: 'samspill', aud: 'samspill' })}.`);
    await unauthenticated(production.url, 'not.a.jwt');
    const basic = await fetch(production.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Basic dXNlcjpwYXNz' },
      body: JSON.stringify({ query: '{ counties { code } }' }),
    });
    const body = (await basic.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(body.errors[0].message).toMatch(/must be "Bearer <token>"/);
  });

  it('refuses development HS256 tokens in production, where only the JWKS is trusted', async () => {
    expect(await unauthenticated(production.url, await tokenFor({ role: 'admin' }))).toMatch(/not valid/);
  });
});

describe('tokens that do not expire as they must', () => {
  const now = () => Math.floor(Date.now() / 1000);
  /** An admin token from the identity provider's key with exactly these time claims. */
  const timed = (times: { iat?: number; exp?: number; nbf?: number }) =>
    new SignJWT({ role: 'admin', ...times })
      .setProtectedHeader({ alg: 'RS256', kid: 'rs256' })
      .setIssuer('samspill')
      .setAudience('samspill')
      .sign(keys.rs);
  const cases = [
    { label: 'without exp', times: () => ({ iat: now() }), message: /no expiry/ },
    { label: 'expired', times: () => ({ iat: now() - 7200, exp: now() - 3600 }), message: /has expired/ },
    { label: 'issued in the future', times: () => ({ iat: now() + 3600, exp: now() + 7200 }), message: /issued in the future/ },
    { label: 'not valid yet', times: () => ({ iat: now(), nbf: now() + 3600, exp: now() + 7200 }), message: /not valid yet/ },
    {
      label: 'living longer than JWT_MAX_LIFETIME_S',
      times: () => ({ iat: now(), exp: now() + 30 * 24 * 3600 }),
      message: /JWT_MAX_LIFETIME_S/,
    },
  ];

  it.each(cases)('refuses a token $label at the gateway and straight at every subgraph', async ({ times, message }) => {
    const token = await timed(times());
    expect(await unauthenticated(production.url, token)).toMatch(message);
    expect(await unauthenticated(stack.gatewayUrl, token)).toMatch(message);
    for (const url of Object.values(stack.subgraphUrls)) expect(await unauthenticated(url, token, '{ _service { sdl } }')).toMatch(message);
    const download = await fetch(new URL('/volunteers/me/export', stack.gatewayUrl), { headers: { authorization: `Bearer ${token}` } });
    expect(download.status).toBe(401);
    const direct = await fetch(new URL('/volunteers/me/export', stack.subgraphUrls.volunteers), {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(direct.status).toBe(401);
  });

  it('accepts the same kind of token when its times are right', async () => {
    const token = await timed({ iat: now(), exp: now() + 600 });
    for (const url of [production.url, stack.gatewayUrl])
      expect((await gql(url, '{ counties { code } }', undefined, token)).errors).toBeUndefined();
    for (const url of Object.values(stack.subgraphUrls))
      expect((await gql(url, '{ _service { sdl } }', undefined, token)).errors).toBeUndefined();
  });
});

describe('the caller forwarded to the subgraphs', () => {
  it('sends the verified Authorization header on to each subgraph', async () => {
    const token = await sign(keys.rs, 'RS256', { role: 'admin' });
    const { errors } = await gql(proxied.url, '{ municipality(code: "5601") { name } }', undefined, token);
    expect(errors).toBeUndefined();
    expect(proxy.requests.at(-1)!.headers.authorization).toBe(`Bearer ${token}`);
  });

  it('is verified again by the subgraph, which refuses a forged token sent to it directly', async () => {
    const forged = await sign(keys.stranger, 'RS256', { role: 'admin' }, { kid: 'rs256' });
    expect(await unauthenticated(stack.subgraphUrls.organisations, forged, '{ county(code: "56") { name } }')).toMatch(/not valid/);
  });
});
