import { ServiceUnavailableError } from '../common/errors.js';
import { subgraphUrl } from '../common/config.js';
import { agreementsTimeoutMs } from './config.js';

/** What this subgraph needs to know about an agreement, which the agreements subgraph owns. */
export interface AgreementInfo {
  id: string;
  municipalityCode: string;
  partyIds: string[];
  /** Expired or terminated: no new work may be arranged or started under it. */
  closed: boolean;
  /** What the agreement requires of volunteers working under it. */
  requires: { policeCertificate: boolean; confidentialityDeclaration: boolean; training: boolean };
}

/**
 * Looks agreements up. Injectable so rules can be tested with a fake; the
 * real one asks the agreements subgraph over HTTP, never its tables.
 */
export interface AgreementDirectory {
  /** The agreement as the caller may see it, or null when it does not exist (or is hidden from the caller). */
  find(id: string): Promise<AgreementInfo | null>;
}

/** The agreements subgraph did not answer in time or answered with an error; the write is refused (SERVICE_UNAVAILABLE). */
export class AgreementsUnavailableError extends ServiceUnavailableError {
  constructor(reason: string) {
    super('agreements', reason);
  }
}

const QUERY = 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Agreement { id status municipality { code } parties { id } requirements { kind } } } }';

interface EntitiesResponse {
  data?: { _entities: ({ id: string; status?: string; municipality: { code: string }; parties: { id: string }[]; requirements: { kind: string }[] } | null)[] };
  errors?: { message: string }[];
}

/**
 * Asks the agreements subgraph with an `_entities` query, sending the caller's
 * own Authorization header: an agreement the caller may not see is as unknown
 * to this subgraph as one that does not exist.
 */
export function httpAgreementDirectory(authorization: string | undefined, url = subgraphUrl('agreements'), timeoutMs = agreementsTimeoutMs()): AgreementDirectory {
  return {
    async find(id) {
      let body: EntitiesResponse;
      try {
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
          body: JSON.stringify({ query: QUERY, variables: { r: [{ __typename: 'Agreement', id }] } }),
          signal: AbortSignal.timeout(timeoutMs),
        });
        body = (await response.json()) as EntitiesResponse;
        if (!response.ok && !body.data) throw new Error(`HTTP ${response.status}`);
      } catch (error) {
        throw new AgreementsUnavailableError((error as Error).name === 'TimeoutError' ? `no answer within ${timeoutMs} ms` : (error as Error).message);
      }
      if (!body.data) throw new AgreementsUnavailableError(body.errors?.[0]?.message ?? 'no data');
      const found = body.data._entities[0];
      if (!found) return null;
      const kinds = new Set(found.requirements.map((r) => r.kind));
      return {
        id: found.id,
        municipalityCode: found.municipality.code,
        partyIds: found.parties.map((p) => p.id),
        closed: found.status === 'EXPIRED' || found.status === 'TERMINATED',
        requires: { policeCertificate: kinds.has('POLICE_CERTIFICATE'), confidentialityDeclaration: kinds.has('CONFIDENTIALITY_DECLARATION'), training: kinds.has('TRAINING') },
      };
    },
  };
}
