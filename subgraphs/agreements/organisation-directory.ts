import { ServiceUnavailableError } from '../common/errors.js';
import { subgraphUrl } from '../common/config.js';

/** What the agreements subgraph needs to know of an organisation; the organisations subgraph owns it. */
export interface OrganisationInfo {
  id: string;
  name: string;
  orgNumber: string | null;
}

/** On whose behalf a lookup is made: the caller's Authorization header and request id are forwarded. */
export interface LookupCall {
  authorization?: string;
  requestId?: string;
}

/** Finds organisations by id; ids it does not know are absent from the map. */
export interface OrganisationDirectory {
  find(ids: readonly string[], call: LookupCall): Promise<Map<string, OrganisationInfo>>;
}

export interface HttpDirectoryOptions {
  /** URL of the organisations subgraph's /graphql, or a function read at each call (default: ORGANISATIONS_URL, else localhost:ORGANISATIONS_PORT). */
  url?: string | (() => string);
  /** Give up after this many milliseconds (default 5000). */
  timeoutMs?: number;
}

/** The organisations subgraph could not be asked (down, slow or answering errors): SERVICE_UNAVAILABLE, the reason only in the log. */
export class OrganisationsUnavailableError extends ServiceUnavailableError {
  constructor(reason: string) {
    super('organisations', reason);
  }
}

const QUERY = 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Organisation { id name orgNumber } } }';
/** Representations per request, far under any body limit. */
const CHUNK = 500;

/**
 * Asks the organisations subgraph over HTTP with a federation `_entities` query
 * (one request per 500 ids) rather than reading its tables: that subgraph owns organisations.
 */
export function httpOrganisationDirectory(options: HttpDirectoryOptions = {}): OrganisationDirectory {
  const urlOf = typeof options.url === 'function' ? options.url : () => (options.url as string | undefined) ?? subgraphUrl('organisations');
  const timeoutMs = options.timeoutMs ?? 5000;

  async function ask(ids: string[], call: LookupCall): Promise<(OrganisationInfo | null)[]> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (call.authorization) headers.authorization = call.authorization;
    if (call.requestId) headers['x-request-id'] = call.requestId;
    let response: Response;
    try {
      response = await fetch(urlOf(), {
        method: 'POST',
        headers,
        body: JSON.stringify({ query: QUERY, variables: { r: ids.map((id) => ({ __typename: 'Organisation', id })) } }),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      const name = (error as Error).name;
      throw new OrganisationsUnavailableError(name === 'TimeoutError' ? `no answer within ${timeoutMs} ms` : (error as Error).message);
    }
    const body = (await response.json().catch(() => ({}))) as { data?: { _entities?: (OrganisationInfo | null)[] }; errors?: { message: string }[] };
    if (!response.ok || body.errors?.length || !body.data?._entities) {
      throw new OrganisationsUnavailableError(`HTTP ${response.status}${body.errors?.length ? `: ${body.errors[0].message}` : ''}`);
    }
    return body.data._entities;
  }

  return {
    async find(ids, call) {
      const unique = [...new Set(ids)];
      const found = new Map<string, OrganisationInfo>();
      for (let i = 0; i < unique.length; i += CHUNK) {
        for (const org of await ask(unique.slice(i, i + CHUNK), call)) if (org) found.set(org.id, org);
      }
      return found;
    },
  };
}
