import type { FetchLike } from '../../common/subgraph-client.js';

/** The gateway did not answer, or answered with errors: nothing read may be stored. */
export class GatewayRequestError extends Error {}

interface GraphQLAnswer<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** A GraphQL response body: an object; what `data` holds is the query's to say. */
const isAnswer = <T>(value: unknown): value is GraphQLAnswer<T> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A GraphQL client of the gateway for the snapshot job (which reads the whole graph,
 * not one neighbour's entities): it fails on any error, so a partial read is never stored.
 */
export function gatewayClient(url: string, token: string, fetchImpl: FetchLike = fetch) {
  return async function request<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    let response: Response;
    try {
      response = await fetchImpl(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
      });
    } catch (error) {
      throw new GatewayRequestError(`cannot reach the gateway at ${url}: ${error instanceof Error ? error.message : String(error)}`);
    }
    const answer: unknown = await response.json().catch(() => ({}));
    const body: GraphQLAnswer<T> = isAnswer<T>(answer) ? answer : {};
    if (body.errors?.length) {
      const shown = body.errors.slice(0, 3).map((e) => `${e.extensions?.code ?? 'ERROR'}: ${e.message}`);
      const more = body.errors.length > 3 ? ` (and ${body.errors.length - 3} more)` : '';
      throw new GatewayRequestError(`the gateway answered with errors: ${shown.join('; ')}${more}`);
    }
    if (!response.ok || !body.data) throw new GatewayRequestError(`the gateway answered HTTP ${response.status} without data`);
    return body.data;
  };
}

export type GatewayRequest = ReturnType<typeof gatewayClient>;
