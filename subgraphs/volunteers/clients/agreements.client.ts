import type { OnBehalfOf, SubgraphClient } from '../../common/subgraph-client.js';

/** What this subgraph needs to know about an agreement, which the agreements subgraph owns. */
export interface AgreementInfo {
  id: string;
  municipalityCode: string;
  /** DRAFT, ACTIVE, EXPIRED or TERMINATED. */
  status: string;
  /** The organisations that accepted the agreement: the agreements subgraph lists only those as parties. */
  partyIds: string[];
  /** Expired or terminated: no new work may be arranged or started under it. */
  closed: boolean;
  /** What the agreement requires of volunteers working under it. */
  requires: { policeCertificate: boolean; confidentialityDeclaration: boolean; training: boolean };
}

/**
 * Looks agreements up on the caller's behalf. Injectable (`createVolunteers({ agreements })`)
 * so rules can be tested with a fake; the real one asks the agreements subgraph, never its tables.
 */
export interface AgreementDirectory {
  /** The agreements the caller may see, by id; an id the agreements subgraph does not know or hides from the caller is absent. */
  find(call: OnBehalfOf, ids: readonly string[]): Promise<Map<string, AgreementInfo>>;
}

interface AgreementAnswer {
  id: string;
  status?: string | null;
  municipality: { code: string };
  parties: { id: string }[];
  requirements: { kind: string }[];
}

const SELECTION = 'id status municipality { code } parties { id } requirements { kind }';

/** Reads an `_entities` answer into what the rules need. */
function toInfo(found: AgreementAnswer): AgreementInfo {
  const kinds = new Set(found.requirements.map((r) => r.kind));
  const status = found.status ?? 'ACTIVE';
  return {
    id: found.id,
    municipalityCode: found.municipality.code,
    status,
    partyIds: found.parties.map((p) => p.id),
    closed: status === 'EXPIRED' || status === 'TERMINATED',
    requires: {
      policeCertificate: kinds.has('POLICE_CERTIFICATE'),
      confidentialityDeclaration: kinds.has('CONFIDENTIALITY_DECLARATION'),
      training: kinds.has('TRAINING'),
    },
  };
}

/**
 * Asks the agreements subgraph with one `_entities` query per batch, forwarding the
 * caller's own token and request id: an agreement the caller may not see is as unknown
 * here as one that does not exist. A failure is SERVICE_UNAVAILABLE naming agreements.
 */
export function agreementDirectory(client: SubgraphClient): AgreementDirectory {
  return {
    async find(call, ids) {
      const unique = [...new Set(ids)];
      const found = new Map<string, AgreementInfo>();
      if (unique.length === 0) return found;
      const answers = await client.entities<AgreementAnswer>(
        call,
        'Agreement',
        unique.map((id) => ({ id })),
        SELECTION,
      );
      for (const answer of answers) if (answer) found.set(answer.id, toInfo(answer));
      return found;
    },
  };
}
