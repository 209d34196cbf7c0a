import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { ConfigError } from '../subgraphs/common/config.js';
import type { GatewayContext } from './context.js';

/** The code of a refused operation (the name GraphOS' persisted-query lists use). */
export const NOT_TRUSTED = 'PERSISTED_QUERY_NOT_IN_LIST';

/**
 * The operations a gateway set up with TRUSTED_DOCUMENTS accepts: a manifest of `"sha256:<hex>":
 * "<operation text>"`, the shape graphql-codegen's client preset writes
 * (clients/typescript/src/generated/persisted-documents.json). Keys are checked against their text.
 */
export function readTrustedDocuments(path: string): Map<string, string> {
  let manifest: Record<string, unknown>;
  try {
    manifest = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ConfigError(`TRUSTED_DOCUMENTS: cannot read ${path} as a JSON manifest (${(error as Error).message})`);
  }
  const documents = new Map<string, string>();
  for (const [key, text] of Object.entries(manifest)) {
    const hash = key.replace(/^sha256:/, '');
    if (typeof text !== 'string' || sha256(text) !== hash)
      throw new ConfigError(`TRUSTED_DOCUMENTS: the entry ${key} of ${path} is not the sha256 of its operation`);
    documents.set(hash, text);
  }
  return documents;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * Accepts only the trusted operations: sent by hash alone (APQ's request shape,
 * `extensions.persistedQuery.sha256Hash`, so a client sends no query text at all) or as their exact
 * text. Anything else is refused with PERSISTED_QUERY_NOT_IN_LIST and HTTP 400 before it runs.
 */
export function trustedDocumentsPlugin(documents: Map<string, string>): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart({ request }) {
      const hash = (request.extensions?.persistedQuery as { sha256Hash?: unknown } | undefined)?.sha256Hash;
      // A known hash without text: fill the text in, so Apollo's APQ step finds it (and checks the hash).
      if (request.query === undefined && typeof hash === 'string' && documents.has(hash)) request.query = documents.get(hash);
      return {
        async didResolveOperation({ source }) {
          if (!documents.has(sha256(source)))
            throw new GraphQLError('This gateway runs only trusted operations (TRUSTED_DOCUMENTS); this one is not among them.', {
              extensions: { code: NOT_TRUSTED, http: { status: 400 } },
            });
        },
      };
    },
  };
}
