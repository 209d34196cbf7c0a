import type { ApolloServerPlugin } from '@apollo/server';
import { getVariableValues, Kind, type FragmentDefinitionNode, type GraphQLSchema, type ValidationRule } from 'graphql';
import { LRUCache } from 'lru-cache';
import { limitError, requestProtections } from '../subgraphs/common/limits.js';
import { LIMIT_VARIABLES, type GatewayLimits } from './config.js';
import { declaredCosts, operationCost, pageSizeError, type DeclaredCosts } from './cost.js';
import { cacheKey } from './response-cache.js';

/** Operations (document, operation name, variable values) whose cost was found within the limit, most recent first. */
const PASSED_OPERATIONS = 2000;

/**
 * Cost needs the variables (`first: $n`), so it runs once the operation is resolved, before any
 * subgraph is asked. A page size over the maximum is refused first, with the subgraphs' own
 * error, since its cost would never be spent.
 */
function costPlugin(max: number, declared: DeclaredCosts): ApolloServerPlugin {
  // The verdict depends on the document, the operation chosen in it and the variable values alone, so one
  // that let an operation through is kept (a refusal is worked out again: it is rare and costs no fetch).
  const passed = new LRUCache<string, true>({ max: PASSED_OPERATIONS });
  let passedFor: GraphQLSchema | undefined;
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, operation, document, request, queryHash }) {
          // An operation name that resolves to nothing was refused before (common/request-checks.ts).
          if (!operation) return;
          if (schema !== passedFor) {
            passed.clear();
            passedFor = schema;
          }
          const key = queryHash === undefined ? undefined : cacheKey(queryHash, operation.name?.value, request.variables);
          if (key !== undefined && passed.has(key)) return;
          // Variables with their defaults applied; malformed ones are left to execution, which names them.
          const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {});
          const variables = coerced.coerced ?? request.variables ?? {};
          const tooLarge = pageSizeError(schema, document, variables, declared);
          if (tooLarge) throw tooLarge;
          const fragments = Object.fromEntries(
            document.definitions
              .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
              .map((d) => [d.name.value, d]),
          );
          const found = operationCost(schema, operation, fragments, variables, declared);
          if (found > max) throw limitError('maxCost', LIMIT_VARIABLES.maxCost, `Query cost limit of ${max} exceeded, found ${found}.`);
          if (key !== undefined) passed.set(key, true);
        },
      };
    },
  };
}

/**
 * The limits every service shares (common/limits.ts) and the gateway's cost limit, which needs
 * the whole supergraph to weigh a query (its `@listSize` and `@cost` directives).
 */
export function limitProtections(
  limits: GatewayLimits,
  introspection: boolean,
  supergraphSdl: string,
): { validationRules: ValidationRule[]; plugins: ApolloServerPlugin[] } {
  const shared = requestProtections(limits, introspection);
  return {
    validationRules: shared.validationRules,
    plugins: [...shared.plugins, costPlugin(limits.maxCost, declaredCosts(supergraphSdl))],
  };
}
