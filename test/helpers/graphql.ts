import { authConfig } from '../../subgraphs/common/config.js';
import { signToken, type TokenRequest } from '../../subgraphs/common/auth.js';

export interface GraphQLResponse<T = any> {
  status: number;
  headers: Headers;
  data?: T;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
}

/** Posts a GraphQL request over real HTTP. */
export async function gql<T = any>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  token?: string,
): Promise<GraphQLResponse<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: GraphQLResponse['errors'] };
  return { status: response.status, headers: response.headers, ...body };
}

/** A development token for a role (signed with the development secret, as `npm run token` does). */
export const tokenFor = (request: TokenRequest) => signToken(authConfig({}), request);

/** The codes of a response's errors. */
export const codes = (response: GraphQLResponse) => (response.errors ?? []).map((e) => e.extensions?.code);
