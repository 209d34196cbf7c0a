import { createRemoteJWKSet, decodeJwt, jwtVerify, SignJWT, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { ConfigError, JWT_CLOCK_SKEW_DEFAULT_S, JWT_MAX_LIFETIME_DEFAULT_S, type AuthConfig } from './config.js';
import { UnauthenticatedError, UnreachableCaseError } from './errors.js';
import { isMunicipalityCode } from './municipalities.js';

/** Roles from the access table in DESIGN.md, plus `service` for machine jobs (indicator snapshots). */
export const ROLES = ['anonymous', 'volunteer', 'organisation', 'municipality', 'researcher', 'admin', 'service'] as const;
export type Role = (typeof ROLES)[number];

/** The ids a caller of one role does not have (absent, so reading them without narrowing gives undefined). */
interface NoTenant {
  volunteerId?: undefined;
  organisationId?: undefined;
  municipalityCode?: undefined;
}

/**
 * Who is calling, and the ids it acts for: a union by role, so that after
 * `caller.role === 'organisation'` the compiler knows `organisationId` is there.
 */
export type Caller =
  | (NoTenant & { role: 'anonymous'; subject?: undefined })
  | (Omit<NoTenant, 'volunteerId'> & { role: 'volunteer'; subject?: string; volunteerId: string })
  | (Omit<NoTenant, 'organisationId'> & { role: 'organisation'; subject?: string; organisationId: string })
  | (Omit<NoTenant, 'municipalityCode'> & { role: 'municipality'; subject?: string; municipalityCode: string })
  | (NoTenant & { role: 'researcher' | 'admin' | 'service'; subject?: string });

export const ANONYMOUS: Caller = Object.freeze({ role: 'anonymous' });

function callerFromClaims(claims: JWTPayload): Caller {
  const role = claims.role as Role;
  if (!ROLES.includes(role) || role === 'anonymous') {
    throw new UnauthenticatedError(`token has no valid role claim (one of ${ROLES.filter((r) => r !== 'anonymous').join(', ')})`);
  }
  const subject = typeof claims.sub === 'string' ? claims.sub : undefined;
  const need = (claim: 'volunteer' | 'organisation' | 'municipality') => {
    const value = claims[claim];
    if (typeof value !== 'string' || value === '') throw new UnauthenticatedError(`a ${role} token needs a "${claim}" claim`);
    return value;
  };
  switch (role) {
    case 'volunteer':
      return { role, subject, volunteerId: need('volunteer') };
    case 'organisation':
      return { role, subject, organisationId: need('organisation') };
    case 'municipality': {
      const municipalityCode = need('municipality');
      if (!isMunicipalityCode(municipalityCode)) {
        throw new UnauthenticatedError(`the municipality claim "${municipalityCode}" is not a 2024 municipality code`);
      }
      return { role, subject, municipalityCode };
    }
    case 'researcher':
    case 'admin':
    case 'service':
      return { role, subject };
    default:
      throw new UnreachableCaseError(role);
  }
}

export type Verifier = (authorization: string | undefined) => Promise<Caller>;

/** jose codes that mean "not signed by this key": another configured key may still verify the token. */
const OTHER_KEY = new Set([
  'ERR_JWS_SIGNATURE_VERIFICATION_FAILED',
  'ERR_JWKS_NO_MATCHING_KEY',
  'ERR_JWKS_MULTIPLE_MATCHING_KEYS',
  'ERR_JOSE_ALG_NOT_ALLOWED',
  'ERR_JWKS_TIMEOUT',
  'ERR_JWKS_INVALID',
]);

/** The message for a claim jose refused once the signature was good: the token is ours but unusable. */
function claimProblem(error: { code?: string; claim?: string; reason?: string }): string {
  if (error.code === 'ERR_JWT_EXPIRED') return 'the token has expired';
  const { claim, reason } = error;
  if (claim === 'exp' && reason === 'missing') return 'the token has no expiry ("exp" claim); tokens must expire';
  if (reason === 'invalid') return `the token's "${claim}" claim is not a time in seconds`;
  if (claim === 'nbf') return 'the token is not valid yet ("nbf" is in the future)';
  return `the token is not valid here (its "${claim}" claim)`;
}

/**
 * The time rules jose does not apply on its own: a token must not be issued in
 * the future, and must not live longer than the configured maximum (counted from
 * `iat`, or from now when the token has none).
 */
function lifetimeProblem(payload: JWTPayload, now: number, maxLifetime: number, skew: number): string | undefined {
  const exp = payload.exp as number;
  if (payload.iat !== undefined && payload.iat > now + skew) {
    return `the token was issued in the future ("iat" is ${payload.iat - now} s ahead; ${skew} s of clock skew allowed)`;
  }
  const lifetime = payload.iat !== undefined ? exp - payload.iat : exp - now - skew;
  if (lifetime > maxLifetime) return `the token lives ${lifetime} s, longer than the ${maxLifetime} s allowed (JWT_MAX_LIFETIME_S)`;
  return undefined;
}

/** Tokens a verifier remembers (VERIFIED_TOKENS_MAX), and for how long at most (VERIFIED_TOKEN_MAX_AGE_MS), so a withdrawn JWKS key stops counting soon. */
export const VERIFIED_TOKENS_MAX = 1000;
export const VERIFIED_TOKEN_MAX_AGE_MS = 60_000;

/**
 * Tokens that passed every check, by the token itself, with the caller they gave: the gateway
 * forwards the same token with every fetch of a request, and a signed-in client sends it with
 * every request, so a signature is checked once, not at every fetch. A remembered token counts
 * only while it has not expired (`exp`, with the clock skew, as jose counts it) and for at most
 * VERIFIED_TOKEN_MAX_AGE_MS; the oldest is forgotten when the cache is full. Every other check
 * (`iat` and `nbf` in the future, the lifetime) can only have passed for good once it passed.
 */
class VerifiedTokens {
  private readonly tokens = new Map<string, { caller: Caller; exp: number; until: number }>();

  get(token: string, skew: number): Caller | undefined {
    const entry = this.tokens.get(token);
    if (!entry) return undefined;
    const now = Date.now();
    if (entry.exp > Math.floor(now / 1000) - skew && now < entry.until) return entry.caller;
    this.tokens.delete(token);
    return undefined;
  }

  set(token: string, caller: Caller, exp: number): void {
    if (this.tokens.size >= VERIFIED_TOKENS_MAX) this.tokens.delete(this.tokens.keys().next().value!);
    // One caller object serves every request with this token: nobody may change it.
    this.tokens.set(token, { caller: Object.freeze(caller), exp, until: Date.now() + VERIFIED_TOKEN_MAX_AGE_MS });
  }
}

/**
 * Turns an Authorization header into a Caller. No header is the anonymous caller;
 * a header that does not carry a valid token is UNAUTHENTICATED, never anonymous.
 * A valid token has `exp`, is not expired, not issued (`iat`) or valid from (`nbf`)
 * in the future and lives no longer than `maxLifetimeSeconds`, each with
 * `clockSkewSeconds` of tolerance; time is the real time, as the issuer's is.
 */
export function createVerifier(config: AuthConfig): Verifier {
  const keys: (JWTVerifyGetKey | Uint8Array)[] = [];
  if (config.jwksUrl) keys.push(createRemoteJWKSet(new URL(config.jwksUrl)));
  if (config.secret) keys.push(new TextEncoder().encode(config.secret));
  if (keys.length === 0) throw new Error('no JWT key configured');
  const skew = config.clockSkewSeconds ?? JWT_CLOCK_SKEW_DEFAULT_S;
  const maxLifetime = config.maxLifetimeSeconds ?? JWT_MAX_LIFETIME_DEFAULT_S;
  const options = { issuer: config.issuer, audience: config.audience, clockTolerance: skew, requiredClaims: ['exp'] };

  const verified = new VerifiedTokens();

  return async (authorization) => {
    if (!authorization) return ANONYMOUS;
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    if (!match) throw new UnauthenticatedError('the Authorization header must be "Bearer <token>"');
    const known = verified.get(match[1], skew);
    if (known) return known;
    for (const key of keys) {
      let payload: JWTPayload;
      try {
        ({ payload } =
          key instanceof Uint8Array
            ? await jwtVerify(match[1], key, { ...options, algorithms: ['HS256'] })
            : await jwtVerify(match[1], key, { ...options, algorithms: ['RS256', 'ES256'] }));
      } catch (error) {
        const code = (error as { code?: string }).code;
        // The signature held but a claim did not: no other key makes the token usable.
        if (code === 'ERR_JWT_EXPIRED' || code === 'ERR_JWT_CLAIM_VALIDATION_FAILED')
          throw new UnauthenticatedError(claimProblem(error as object));
        if (code && !OTHER_KEY.has(code)) break;
        continue;
      }
      const problem = lifetimeProblem(payload, Math.floor(Date.now() / 1000), maxLifetime, skew);
      if (problem) throw new UnauthenticatedError(problem);
      const caller = callerFromClaims(payload);
      verified.set(match[1], caller, payload.exp as number);
      return caller;
    }
    throw new UnauthenticatedError('the token is not valid');
  };
}

export interface TokenRequest {
  role: Exclude<Role, 'anonymous'>;
  municipality?: string;
  organisation?: string;
  volunteer?: string;
  subject?: string;
  /** Lifetime as jose reads it: '8h', '15m', or an absolute `exp` in seconds (default '8h'). */
  expiresIn?: string | number;
}

/**
 * Signs an HS256 token with the configured secret (development and tests). It always
 * carries `iat` and `exp`; a lifetime over the configured maximum is refused, as the
 * services would refuse the token.
 */
export async function signToken(config: AuthConfig, request: TokenRequest): Promise<string> {
  if (!config.secret) throw new Error('signing needs JWT_SECRET (or the development default)');
  const claims: Record<string, string> = { role: request.role };
  if (request.municipality) claims.municipality = request.municipality;
  if (request.organisation) claims.organisation = request.organisation;
  if (request.volunteer) claims.volunteer = request.volunteer;
  const token = await new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuer(config.issuer)
    .setAudience(config.audience)
    .setSubject(request.subject ?? `${request.role}:${request.organisation ?? request.municipality ?? request.volunteer ?? 'dev'}`)
    .setIssuedAt()
    .setExpirationTime(request.expiresIn ?? '8h')
    .sign(new TextEncoder().encode(config.secret));
  const { iat, exp } = decodeJwt(token) as { iat: number; exp: number };
  const maxLifetime = config.maxLifetimeSeconds ?? JWT_MAX_LIFETIME_DEFAULT_S;
  if (exp - iat > maxLifetime)
    throw new ConfigError(`a token may live at most ${maxLifetime} s (JWT_MAX_LIFETIME_S); ${exp - iat} s asked`);
  return token;
}
