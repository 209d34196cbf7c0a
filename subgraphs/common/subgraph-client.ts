import type { NeighbourSettings, SubgraphName } from './config.js';
import { ServiceUnavailableError } from './errors.js';

/** On whose behalf a subgraph asks another: the caller's own token and the request id are forwarded. */
export interface OnBehalfOf {
  authorization?: string;
  requestId?: string;
}

/** Asks another subgraph for entities it owns, the way the gateway would: one `_entities` query. */
export interface SubgraphClient {
  readonly service: SubgraphName;
  /**
   * The entities of `typename` with the given keys, in the same order; null where the
   * other subgraph does not know the key or does not show it to this caller.
   * `selection` is the field selection inside `... on <typename> { }`.
   * Any failure (down, slow, HTTP error, GraphQL errors) is SERVICE_UNAVAILABLE naming the service.
   */
  entities<T>(call: OnBehalfOf, typename: string, keys: readonly Record<string, unknown>[], selection: string): Promise<(T | null)[]>;
}

/** The part of `fetch` the client uses, so a test can hand in its own. */
export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

/** Representations per request: far under any body limit, and within the subgraphs' own `_entities` cap. */
const ENTITIES_CHUNK = 100;

interface EntitiesAnswer<T> {
  data?: { _entities?: (T | null)[] } | null;
  errors?: { message: string }[];
}

/**
 * A client of one neighbour subgraph at `settings.url`, waiting at most `settings.timeoutMs`
 * per request. It reads no other subgraph's tables: the owner answers for its data.
 */
export function createSubgraphClient(settings: NeighbourSettings, fetchImpl: FetchLike = fetch): SubgraphClient {
  const unavailable = (reason: string) => new ServiceUnavailableError(settings.name, reason);

  async function ask<T>(
    call: OnBehalfOf,
    typename: string,
    keys: readonly Record<string, unknown>[],
    selection: string,
  ): Promise<(T | null)[]> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (call.authorization) headers.authorization = call.authorization;
    if (call.requestId) headers['x-request-id'] = call.requestId;
    const query = `query Entities($representations: [_Any!]!) { _entities(representations: $representations) { ... on ${typename} { ${selection} } } }`;
    const representations = keys.map((key) => ({ __typename: typename, ...key }));
    let response: Response;
    let body: EntitiesAnswer<T>;
    try {
      response = await fetchImpl(settings.url, {
        method: 'POST',
        headers,
        body: JSON.stringify({ query, variables: { representations } }),
        signal: AbortSignal.timeout(settings.timeoutMs),
      });
      body = (await response.json().catch(() => ({}))) as EntitiesAnswer<T>;
    } catch (error) {
      const name = (error as Error).name;
      throw unavailable(
        name === 'TimeoutError' || name === 'AbortError' ? `no answer within ${settings.timeoutMs} ms` : (error as Error).message,
      );
    }
    if (!response.ok || body.errors?.length || !Array.isArray(body.data?._entities)) {
      throw unavailable(`HTTP ${response.status}${body.errors?.length ? `: ${body.errors[0].message}` : ''}`);
    }
    const entities = body.data!._entities!;
    if (entities.length !== keys.length) throw unavailable(`asked for ${keys.length} ${typename} entities, got ${entities.length}`);
    return entities;
  }

  return {
    service: settings.name,
    async entities<T>(call: OnBehalfOf, typename: string, keys: readonly Record<string, unknown>[], selection: string) {
      const found: (T | null)[] = [];
      for (let i = 0; i < keys.length; i += ENTITIES_CHUNK)
        found.push(...(await ask<T>(call, typename, keys.slice(i, i + ENTITIES_CHUNK), selection)));
      return found;
    },
  };
}
