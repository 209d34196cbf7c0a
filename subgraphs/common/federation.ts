import 'reflect-metadata';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { parse, type GraphQLSchema } from 'graphql';
import { buildSchema, createResolversMap, type BuildSchemaOptions } from 'type-graphql';
import { fixEnumDefaults } from './enum-defaults.js';

const FEDERATION_VERSION = 'https://specs.apollo.dev/federation/v2.3';
const FEDERATION_DIRECTIVES = [
  'key', 'shareable', 'external', 'requires', 'provides', 'inaccessible', 'tag', 'override', 'interfaceObject', 'extends', 'composeDirective',
];

/** The Federation 2 `@link`, importing exactly the federation directives the SDL uses. */
export function federationLink(sdl: string): string {
  const used = FEDERATION_DIRECTIVES.filter((name) => new RegExp(`@${name}\\b`).test(sdl));
  return `extend schema @link(url: "${FEDERATION_VERSION}", import: [${used.map((d) => `"@${d}"`).join(', ')}])`;
}

/**
 * type-graphql → printed SDL with directives → Federation 2 subgraph schema,
 * with the entities' `__resolveReference` merged in.
 */
export async function buildFederatedSchema(
  options: Omit<BuildSchemaOptions, 'skipCheck'>,
  referenceResolvers: GraphQLResolverMap<unknown> = {},
): Promise<GraphQLSchema> {
  const schema = await buildSchema({ ...options, skipCheck: true, validate: false });
  const sdl = printSchemaWithDirectives(schema);
  const resolvers = createResolversMap(schema) as GraphQLResolverMap<unknown>;
  for (const [type, fields] of Object.entries(referenceResolvers)) {
    resolvers[type] = { ...(resolvers[type] as object), ...(fields as object) } as GraphQLResolverMap<unknown>[string];
  }
  return fixEnumDefaults(buildSubgraphSchema({ typeDefs: parse(`${federationLink(sdl)}\n${sdl}`), resolvers }));
}
