import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { FetcherResponse } from '@apollo/utils.fetcher';
import { GraphQLError } from 'graphql';
import type { GatewayContext } from './context.js';

/** Sends the caller's own Authorization header and the request id on to the subgraph, which verifies the token again. */
export class ForwardingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>) {
    if (!request.http) return;
    if (context?.authorization) request.http.headers.set('authorization', context.authorization);
    if (context?.requestId) request.http.headers.set('x-request-id', context.requestId);
  }

  /**
   * A subgraph answers 4xx when it refuses a request (a custom scalar the gateway
   * cannot check, a token it does not accept). Pass its own error on, code and
   * message, instead of "400: Bad Request" with the subgraph's URL in it.
   */
  override async errorFromResponse(response: FetcherResponse) {
    const body = await this.parseBody(response).catch(() => null);
    const first = (body as { errors?: { message?: string; extensions?: { code?: string } }[] } | null)?.errors?.[0];
    if (first?.message && first.extensions?.code) {
      return new GraphQLError(first.message, { extensions: { code: first.extensions.code } });
    }
    return new GraphQLError(`subgraph answered HTTP ${response.status}`, { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  }
}
