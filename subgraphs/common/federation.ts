import 'reflect-metadata';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { parse, type GraphQLSchema } from 'graphql';
import { buildSchema, createResolversMap, type BuildSchemaOptions } from 'type-graphql';
import { fixEnumDefaults } from './enum-defaults.js';

/** v2.9 brings `@listSize` and `@cost` (demand control), which the gateway's cost limit reads from the supergraph. */
const FEDERATION_VERSION = 'https://specs.apollo.dev/federation/v2.9';
const FEDERATION_DIRECTIVES = [
  'key',
  'shareable',
  'external',
  'requires',
  'provides',
  'inaccessible',
  'tag',
  'override',
  'interfaceObject',
  'extends',
  'composeDirective',
  'listSize',
  'cost',
];

/** The Federation 2 `@link`, importing exactly the federation directives the SDL uses. */
function federationLink(sdl: string): string {
  const used = FEDERATION_DIRECTIVES.filter((name) => new RegExp(`@${name}\\b`).test(sdl));
  return `extend schema @link(url: "${FEDERATION_VERSION}", import: [${used.map((d) => `"@${d}"`).join(', ')}])`;
}

/** Descriptions of the root types, the same in every subgraph (type-graphql has no option for them). */
const ROOT_DESCRIPTIONS: Record<string, string> = {
  Query:
    'Reads. Anonymous callers see the public catalogue (organisations, services, municipalities, public agreements, published indicators); personal data and aggregates need a token (Authorization: Bearer) whose role may see them.',
  Mutation:
    'Writes. Each needs a token whose role may make it; bad input fails with extensions.code and extensions.field naming the field and the rule, and nothing is written.',
};

const describeRoots = (sdl: string) =>
  sdl.replace(/^type (Query|Mutation) \{/gm, (line, name: string) => `"""${ROOT_DESCRIPTIONS[name]}"""\n${line}`);

/**
 * type-graphql → printed SDL with directives → Federation 2 subgraph schema,
 * with the entities' `__resolveReference` merged in.
 */
export async function buildFederatedSchema(
  options: Omit<BuildSchemaOptions, 'skipCheck'>,
  referenceResolvers: GraphQLResolverMap<unknown> = {},
): Promise<GraphQLSchema> {
  const schema = await buildSchema({ ...options, skipCheck: true, validate: false });
  const sdl = describeRoots(printSchemaWithDirectives(schema));
  const resolvers = createResolversMap(schema) as GraphQLResolverMap<unknown>;
  for (const [type, fields] of Object.entries(referenceResolvers)) {
    resolvers[type] = { ...(resolvers[type] as object), ...(fields as object) } as GraphQLResolverMap<unknown>[string];
  }
  return fixEnumDefaults(buildSubgraphSchema({ typeDefs: parse(`${federationLink(sdl)}\n${sdl}`), resolvers }));
}
