import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, isUnionType, Kind, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { MAX_INPUT_NESTING, visitArguments } from './arguments.js';
import { BadUserInputError } from './errors.js';

/** Refusals here happen before execution, where Apollo Server's default status is 500: each says 400 itself. */
const HTTP_400 = { http: { status: 400 } };

/** Counts lists as they are met (the limits of `limits.ts`); throws to refuse. */
export interface ListCounter {
  list(field: string, path: string, length: number): void;
}

/**
 * The operation a request names must exist. Apollo Server leaves an unresolved operation to the
 * executor, which in the gateway (@apollo/gateway) throws a code-less error answered as a 500.
 */
function unresolvedOperation(document: DocumentNode, operationName: string | undefined): GraphQLError {
  const names = document.definitions
    .filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)
    .map((d) => d.name?.value ?? '(unnamed)');
  const message = operationName
    ? `operationName "${operationName.slice(0, 100)}" names no operation of the query, which has ${names.join(', ')}`
    : `the query has ${names.length} operations (${names.join(', ')}); operationName must say which to run`;
  return new GraphQLError(message, { extensions: { code: 'OPERATION_RESOLUTION_FAILURE', field: 'operationName', ...HTTP_400 } });
}

/**
 * An `_entities` representation must be an object naming an entity type of the subgraph;
 * @apollo/subgraph throws a plain Error (an INTERNAL_SERVER_ERROR) for anything else.
 */
function checkRepresentations(schema: GraphQLSchema, representations: unknown): void {
  if (!Array.isArray(representations)) return;
  const entity = schema.getType('_Entity');
  const entities = new Set(isUnionType(entity) ? entity.getTypes().map((t) => t.name) : []);
  representations.forEach((representation: unknown, i) => {
    const typename = (representation as { __typename?: unknown } | null)?.__typename;
    if (typeof representation !== 'object' || representation === null || typeof typename !== 'string' || !entities.has(typename)) {
      throw new BadUserInputError(
        `representations[${i}]`,
        'must be an object whose __typename names an entity type of this subgraph',
        HTTP_400,
      );
    }
  });
}

/**
 * Checks every request once its operation is resolved, before anything runs: the operation
 * exists, no string argument holds a NUL character (U+0000: PostgreSQL refuses it in text and
 * SQLite cuts the statement at it), no input nests absurdly deep, and lists are within `lists`.
 */
export function requestChecks(lists: ListCounter): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request, schema }) {
          if (!operation) throw unresolvedOperation(document, request.operationName);
          if (operation.operation === 'subscription' && !schema.getSubscriptionType()) {
            throw new GraphQLError('this graph has no subscriptions', { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', ...HTTP_400 } });
          }
          visitArguments(document, operation, request.variables, {
            list: (place, length) => lists.list(place.field, place.path, length),
            string(place, value) {
              if (value.includes('\u0000'))
                throw new BadUserInputError(place.path, 'must not contain the NUL character (U+0000)', HTTP_400);
            },
            argument(place, value) {
              if (place.field === '_entities' && place.argument === 'representations') checkRepresentations(schema, value);
            },
            tooDeep(place) {
              throw new BadUserInputError(place.argument, `is nested deeper than ${MAX_INPUT_NESTING} levels`, HTTP_400);
            },
          });
        },
      };
    },
  };
}
