import { createRemoteJWKSet, jwtVerify, SignJWT, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import type { AuthConfig } from './config.js';
import { UnauthenticatedError, UnreachableCaseError } from './errors.js';
import { isMunicipalityCode } from './municipalities.js';

/** Roles from the access table in DESIGN.md, plus `service` for machine jobs (indicator snapshots). */
export const ROLES = ['anonymous', 'volunteer', 'organisation', 'municipality', 'researcher', 'admin', 'service'] as const;
export type Role = (typeof ROLES)[number];

/** Who is calling, and the ids it acts for. */
export interface Caller {
  role: Role;
  subject?: string;
  volunteerId?: string;
  organisationId?: string;
  municipalityCode?: string;
}

export const ANONYMOUS: Caller = Object.freeze({ role: 'anonymous' });

function callerFromClaims(claims: JWTPayload): Caller {
  const role = claims.role as Role;
  if (!ROLES.includes(role) || role === 'anonymous') {
    throw new UnauthenticatedError(`token has no valid role claim (one of ${ROLES.filter((r) => r !== 'anonymous').join(', ')})`);
  }
  const caller: Caller = { role, subject: typeof claims.sub === 'string' ? claims.sub : undefined };
  const need = (claim: 'volunteer' | 'organisation' | 'municipality') => {
    const value = claims[claim];
    if (typeof value !== 'string' || value === '') throw new UnauthenticatedError(`a ${role} token needs a "${claim}" claim`);
    return value;
  };
  switch (role) {
    case 'volunteer':
      caller.volunteerId = need('volunteer');
      break;
    case 'organisation':
      caller.organisationId = need('organisation');
      break;
    case 'municipality':
      caller.municipalityCode = need('municipality');
      if (!isMunicipalityCode(caller.municipalityCode)) {
        throw new UnauthenticatedError(`the municipality claim "${caller.municipalityCode}" is not a 2024 municipality code`);
      }
      break;
    case 'researcher':
    case 'admin':
    case 'service':
      break;
    default:
      throw new UnreachableCaseError(role);
  }
  return caller;
}

export type Verifier = (authorization: string | undefined) => Promise<Caller>;

/**
 * Turns an Authorization header into a Caller. No header is the anonymous caller;
 * a header that does not carry a valid token is UNAUTHENTICATED, never anonymous.
 */
export function createVerifier(config: AuthConfig): Verifier {
  const keys: (JWTVerifyGetKey | Uint8Array)[] = [];
  if (config.jwksUrl) keys.push(createRemoteJWKSet(new URL(config.jwksUrl)));
  if (config.secret) keys.push(new TextEncoder().encode(config.secret));
  if (keys.length === 0) throw new Error('no JWT key configured');

  return async (authorization) => {
    if (!authorization) return ANONYMOUS;
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    if (!match) throw new UnauthenticatedError('the Authorization header must be "Bearer <token>"');
    let lastError: unknown;
    for (const key of keys) {
      try {
        const options = { issuer: config.issuer, audience: config.audience };
        const { payload } =
          key instanceof Uint8Array
            ? await jwtVerify(match[1], key, { ...options, algorithms: ['HS256'] })
            : await jwtVerify(match[1], key, { ...options, algorithms: ['RS256', 'ES256'] });
        return callerFromClaims(payload);
      } catch (error) {
        if (error instanceof UnauthenticatedError) throw error;
        lastError = error;
      }
    }
    const reason = (lastError as { code?: string })?.code === 'ERR_JWT_EXPIRED' ? 'the token has expired' : 'the token is not valid';
    throw new UnauthenticatedError(reason);
  };
}

export interface TokenRequest {
  role: Exclude<Role, 'anonymous'>;
  municipality?: string;
  organisation?: string;
  volunteer?: string;
  subject?: string;
  /** Lifetime, as jose understands it (default '8h'). */
  expiresIn?: string | number;
}

/** Signs an HS256 token with the configured secret (development and tests). */
export async function signToken(config: AuthConfig, request: TokenRequest): Promise<string> {
  if (!config.secret) throw new Error('signing needs JWT_SECRET (or the development default)');
  const claims: Record<string, string> = { role: request.role };
  if (request.municipality) claims.municipality = request.municipality;
  if (request.organisation) claims.organisation = request.organisation;
  if (request.volunteer) claims.volunteer = request.volunteer;
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuer(config.issuer)
    .setAudience(config.audience)
    .setSubject(request.subject ?? `${request.role}:${request.organisation ?? request.municipality ?? request.volunteer ?? 'dev'}`)
    .setIssuedAt()
    .setExpirationTime(request.expiresIn ?? '8h')
    .sign(new TextEncoder().encode(config.secret));
}
