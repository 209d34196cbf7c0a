import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, Kind, Lexer, TokenKind, type FragmentDefinitionNode, type ValidationContext, type ValidationRule } from 'graphql';
import type { GatewayLimits } from './config.js';
import { operationCost } from './cost.js';

/** The environment variable behind each limit, named in every refusal so an operator knows what to raise. */
export const LIMIT_VARIABLES: Record<keyof GatewayLimits, string> = {
  maxDepth: 'GATEWAY_MAX_DEPTH',
  maxAliases: 'GATEWAY_MAX_ALIASES',
  maxRootFields: 'GATEWAY_MAX_ROOT_FIELDS',
  maxDirectives: 'GATEWAY_MAX_DIRECTIVES',
  maxTokens: 'GATEWAY_MAX_TOKENS',
  maxCost: 'GATEWAY_MAX_COST',
  maxBodyBytes: 'GATEWAY_MAX_BODY_BYTES',
};

/** A refusal that names the limit, its value and the value seen (GRAPHQL_VALIDATION_FAILED, HTTP 400). */
export function limitError(limit: keyof GatewayLimits, message: string): GraphQLError {
  return new GraphQLError(`${message} (${LIMIT_VARIABLES[limit]})`, {
    extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit, http: { status: 400 } },
  });
}

/** graphql-armor reports "Syntax Error: Query depth limit of 10 exceeded, found 12."; keep its words, drop the misleading prefix. */
const armorReport = (limit: keyof GatewayLimits) => ({
  propagateOnRejection: false,
  onReject: [(ctx: ValidationContext | null, error: GraphQLError) => ctx?.reportError(limitError(limit, error.message.replace(/^Syntax Error: /, '')))],
});

function rootFieldsRule(max: number): ValidationRule {
  return (context) => ({
    OperationDefinition(operation) {
      const seen = new Set<FragmentDefinitionNode>();
      const count = (selections: typeof operation.selectionSet.selections): number =>
        selections.reduce((n, selection) => {
          if (selection.kind === Kind.FIELD) return n + (selection.name.value === '__typename' ? 0 : 1);
          if (selection.kind === Kind.INLINE_FRAGMENT) return n + count(selection.selectionSet.selections);
          const fragment = context.getFragment(selection.name.value);
          if (!fragment || seen.has(fragment)) return n;
          seen.add(fragment);
          return n + count(fragment.selectionSet.selections);
        }, 0);
      const found = count(operation.selectionSet.selections);
      if (found > max) context.reportError(limitError('maxRootFields', `Root fields limit of ${max} exceeded, found ${found}.`));
    },
  });
}

/**
 * Counts every token of the query text. graphql-armor's token limit stops
 * the parser at the limit and so cannot say how many it saw; the body size
 * limit bounds the work of counting them all.
 */
function tokensRule(max: number): ValidationRule {
  return (context) => {
    const source = context.getDocument().loc?.source;
    if (source) {
      const lexer = new Lexer(source);
      let found = 0;
      while (lexer.advance().kind !== TokenKind.EOF) found++;
      if (found > max) context.reportError(limitError('maxTokens', `Token limit of ${max} exceeded, found ${found}.`));
    }
    return {};
  };
}

/** Cost needs the variables (`first: $n`), so it runs once the operation is resolved, before any subgraph is asked. */
function costPlugin(max: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, operation, document, request }) {
          if (!operation) return;
          const fragments = Object.fromEntries(
            document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
          );
          const found = operationCost(schema, operation, fragments, request.variables);
          if (found > max) throw limitError('maxCost', `Query cost limit of ${max} exceeded, found ${found}.`);
        },
      };
    },
  };
}

/** Validation rules and plugins that enforce the limits; field suggestions are hidden when introspection is. */
export function limitProtections(limits: GatewayLimits, introspection: boolean): { validationRules: ValidationRule[]; plugins: ApolloServerPlugin[] } {
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, ...armorReport('maxDepth') },
    maxAliases: { n: limits.maxAliases, ...armorReport('maxAliases') },
    maxDirectives: { n: limits.maxDirectives, ...armorReport('maxDirectives') },
    costLimit: { enabled: false },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: !introspection },
  }).protect();
  return {
    validationRules: [tokensRule(limits.maxTokens), rootFieldsRule(limits.maxRootFields), ...armor.validationRules],
    plugins: [...armor.plugins, costPlugin(limits.maxCost)],
  };
}
