import type { NeighbourSettings } from '../../common/config.js';
import { createSubgraphClient, type FetchLike, type OnBehalfOf } from '../../common/subgraph-client.js';

/** What the agreements subgraph needs to know of an organisation; the organisations subgraph owns it. */
export interface OrganisationInfo {
  id: string;
  name: string;
  orgNumber: string | null;
}

/** Finds organisations by id on the caller's behalf; ids the organisations subgraph does not know are absent from the map. */
export interface OrganisationsClient {
  find(ids: readonly string[], call: OnBehalfOf): Promise<Map<string, OrganisationInfo>>;
}

/**
 * The organisations subgraph asked over HTTP (`_entities`), never its tables. A failure
 * (down, slow, errors) is SERVICE_UNAVAILABLE naming the organisations service.
 */
export function organisationsClient(settings: NeighbourSettings, fetchImpl?: FetchLike): OrganisationsClient {
  const client = createSubgraphClient(settings, fetchImpl);
  return {
    async find(ids, call) {
      const unique = [...new Set(ids)];
      const found = new Map<string, OrganisationInfo>();
      if (unique.length === 0) return found;
      const rows = await client.entities<OrganisationInfo>(
        call,
        'Organisation',
        unique.map((id) => ({ id })),
        'id name orgNumber',
      );
      for (const org of rows) if (org) found.set(org.id, org);
      return found;
    },
  };
}
