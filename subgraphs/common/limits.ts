import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { sendRequestError, type PlainHandler } from './http-errors.js';
import {
  GraphQLError,
  Kind,
  Lexer,
  Source,
  TokenKind,
  type FragmentDefinitionNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { ConfigError, numberSetting, type Env } from './config.js';
import { requestChecks } from './request-checks.js';

/**
 * What one request may ask of the gateway or of any subgraph: the same settings, read by every
 * service, so a request sent straight to a subgraph meets the limits the gateway would have applied.
 */
export interface RequestLimits {
  /** Deepest field nesting (MAX_DEPTH, default 10). */
  maxDepth: number;
  /** Aliased fields per operation (MAX_ALIASES, default 15). */
  maxAliases: number;
  /** Top-level fields per operation (MAX_ROOT_FIELDS, default 10). */
  maxRootFields: number;
  /** Directives per operation (MAX_DIRECTIVES, default 10). */
  maxDirectives: number;
  /** Lexical tokens in the query text (MAX_TOKENS, default 2000). */
  maxTokens: number;
  /** Bytes of one request body (MAX_BODY_BYTES, default 1 MiB: a registry sync of 1,000 records is about 400 kB). */
  maxBodyBytes: number;
  /**
   * Representations in one `_entities` call, which only the gateway (or a neighbour subgraph) sends
   * (MAX_ENTITY_REPRESENTATIONS, default 5000: a 100-item page with a 20-item list on each is 2,000).
   */
  maxEntityRepresentations: number;
  /**
   * Values in any one list given as an argument, written or in variables (MAX_LIST_ARGUMENT_VALUES,
   * default 2000: twice a registry sync batch, so a batch over SYNC_BATCH_LIMIT still gets the sync's own message).
   */
  maxListArgumentValues: number;
}

/** The environment variable behind each limit, named in every refusal so an operator knows what to raise. */
export const REQUEST_LIMIT_VARIABLES: Record<keyof RequestLimits, string> = {
  maxDepth: 'MAX_DEPTH',
  maxAliases: 'MAX_ALIASES',
  maxRootFields: 'MAX_ROOT_FIELDS',
  maxDirectives: 'MAX_DIRECTIVES',
  maxTokens: 'MAX_TOKENS',
  maxBodyBytes: 'MAX_BODY_BYTES',
  maxEntityRepresentations: 'MAX_ENTITY_REPRESENTATIONS',
  maxListArgumentValues: 'MAX_LIST_ARGUMENT_VALUES',
};

/** The gateway alone read these before every service did; a deployment still setting one would silently lose it. */
const RENAMED = ['maxDepth', 'maxAliases', 'maxRootFields', 'maxDirectives', 'maxTokens', 'maxBodyBytes'] as const;

/** Reads the request limits; a bad value (or a setting under its old gateway-only name) throws a ConfigError naming it. */
export function requestLimits(env: Env): RequestLimits {
  for (const key of RENAMED) {
    const old = `GATEWAY_${REQUEST_LIMIT_VARIABLES[key]}`;
    if (env[old] !== undefined && env[old] !== '') {
      throw new ConfigError(`${old} is now ${REQUEST_LIMIT_VARIABLES[key]}, read by the gateway and every subgraph alike`);
    }
  }
  const limit = (key: keyof RequestLimits, fallback: number, min = 1) =>
    numberSetting(env, REQUEST_LIMIT_VARIABLES[key], fallback, { min });
  return {
    maxDepth: limit('maxDepth', 10),
    maxAliases: limit('maxAliases', 15, 0),
    maxRootFields: limit('maxRootFields', 10),
    maxDirectives: limit('maxDirectives', 10, 0),
    maxTokens: limit('maxTokens', 2000),
    maxBodyBytes: limit('maxBodyBytes', 1024 * 1024),
    maxEntityRepresentations: limit('maxEntityRepresentations', 5000),
    maxListArgumentValues: limit('maxListArgumentValues', 2000),
  };
}

/** A refusal that names the limit, its setting and the value seen (GRAPHQL_VALIDATION_FAILED, HTTP 400). */
export function limitError(limit: string, variable: string, message: string): GraphQLError {
  return new GraphQLError(`${message} (${variable})`, {
    extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit, http: { status: 400 } },
  });
}

const refuse = (limit: keyof RequestLimits, message: string) => limitError(limit, REQUEST_LIMIT_VARIABLES[limit], message);

/** graphql-armor reports "Syntax Error: Query depth limit of 10 exceeded, found 12."; keep its words, drop the misleading prefix. */
const armorReport = (limit: keyof RequestLimits) => ({
  propagateOnRejection: false,
  onReject: [
    (ctx: ValidationContext | null, error: GraphQLError) => ctx?.reportError(refuse(limit, error.message.replace(/^Syntax Error: /, ''))),
  ],
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
      if (found > max) context.reportError(refuse('maxRootFields', `Root fields limit of ${max} exceeded, found ${found}.`));
    },
  });
}

/** Tokens of a query text, all of them (graphql-armor's token limit stops at the limit and so cannot say how many there were). */
function countTokens(source: string | Source): number {
  const lexer = new Lexer(typeof source === 'string' ? new Source(source) : source);
  let found = 0;
  while (lexer.advance().kind !== TokenKind.EOF) found++;
  return found;
}

const tooManyTokens = (max: number, found: number) => refuse('maxTokens', `Token limit of ${max} exceeded, found ${found}.`);

/** The token limit for a query Apollo Server parses itself (GET); POST bodies meet `tokenLimit` first. */
function tokensRule(max: number): ValidationRule {
  return (context) => {
    const source = context.getDocument().loc?.source;
    const found = source ? countTokens(source) : 0;
    if (found > max) context.reportError(tooManyTokens(max, found));
    return {};
  };
}

/**
 * The token limit for POST bodies, before Apollo Server parses and validates the query: lexing is
 * cheap, but parsing and validating 1,000 aliased fields takes seconds. Text the lexer cannot
 * read is left to Apollo Server, which reports the syntax error.
 */
export function tokenLimit(max: number, onError?: (code: string) => void): PlainHandler {
  return (req, res, next) => {
    const query: unknown = (req.body as { query?: unknown } | undefined)?.query;
    if (typeof query !== 'string') return next();
    let found: number;
    try {
      found = countTokens(query);
    } catch {
      return next();
    }
    if (found <= max) return next();
    const error = tooManyTokens(max, found);
    sendRequestError(res, 400, String(error.extensions.code), error.message, { limit: 'maxTokens' }, onError);
  };
}

/** Lists in arguments and `_entities` representations, counted before anything is coerced or run. */
function argumentLimits(limits: RequestLimits) {
  return {
    list(field: string, path: string, length: number): void {
      if (field === '_entities' && path === 'representations') {
        const max = limits.maxEntityRepresentations;
        if (length > max) throw refuse('maxEntityRepresentations', `Entity representations limit of ${max} exceeded, found ${length}.`);
        return;
      }
      const max = limits.maxListArgumentValues;
      if (length > max) throw refuse('maxListArgumentValues', `List argument limit of ${max} values exceeded, found ${length} in ${path}.`);
    },
  };
}

/**
 * The validation rules and plugins every service (the gateway and each subgraph) runs: the
 * limits above, and the checks of `request-checks.ts`. Field suggestions are hidden when introspection is.
 */
export function requestProtections(
  limits: RequestLimits,
  introspection: boolean,
): { validationRules: ValidationRule[]; plugins: ApolloServerPlugin[] } {
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
    plugins: [...armor.plugins, requestChecks(argumentLimits(limits))],
  };
}
