import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';

/** One GraphQL error as Samspill sends it: `extensions.code` always, `extensions.field` on bad input. */
export interface SamspillError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; field?: string; [key: string]: unknown };
}

/** Thrown when an answer carries errors; `data` holds what did resolve (an outage nulls only its fields). */
export class SamspillRequestError<TResult> extends Error {
  constructor(
    readonly errors: SamspillError[],
    readonly data: TResult | null | undefined,
    readonly status: number,
  ) {
    super(errors.map((e) => `${e.extensions?.code ?? 'ERROR'}: ${e.message}`).join('; '));
    this.name = 'SamspillRequestError';
  }
}

export interface ClientOptions {
  /** The gateway's /graphql URL, e.g. http://localhost:4000/graphql. */
  url: string;
  /** A bearer token (`npm run token`), or none for the public catalogue. */
  token?: string;
  /** Sent as apollographql-client-name, so the gateway's logs and metrics can tell clients apart. */
  clientName?: string;
  fetch?: typeof fetch;
}

/**
 * A minimal typed client: the result and variables types come from the generated document, so
 * `request(MunicipalityOverviewDocument, { code: '5601', year: 2025 })` is checked at compile time.
 * Any client that understands TypedDocumentNode (Apollo Client 4, urql, graphql-request) works the same way.
 */
export function createClient({ url, token, clientName = 'samspill-typescript-client', fetch: fetchFn = fetch }: ClientOptions) {
  return {
    async request<TResult, TVariables extends Record<string, unknown>>(
      document: TypedDocumentNode<TResult, TVariables>,
      ...[variables]: TVariables extends Record<string, never> ? [] : [TVariables]
    ): Promise<TResult> {
      const response = await fetchFn(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'apollographql-client-name': clientName,
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ query: print(document), variables }),
      });
      const body = (await response.json()) as { data?: TResult | null; errors?: SamspillError[] };
      if (body.errors?.length || !body.data) throw new SamspillRequestError(body.errors ?? [], body.data, response.status);
      return body.data;
    },
  };
}
