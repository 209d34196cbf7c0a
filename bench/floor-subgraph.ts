/**
 * The floor of our stack for one entity fetch: Apollo Server + @apollo/subgraph's buildSubgraphSchema over
 * the organisations subgraph's SQLite file, with plain SQL (one prepared statement) for Organisation's
 * reference resolver. No type-graphql, no MikroORM, no request logging, no auth. `npm run bench -- --compare`
 * sends it the very `_entities` fetch it sends the organisations subgraph, to tell the cost of the stack from
 * the cost of our code on it.
 *
 * `tsx bench/floor-subgraph.ts <sqlite file> <port>`; prints the URL when listening.
 */
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import Database from 'libsql';

const [file, portArg] = process.argv.slice(2);
if (!file) throw new Error('usage: floor-subgraph.ts <organisations.sqlite> [port]');

const typeDefs = parse(`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@shareable"])
  type Organisation @key(fields: "id") {
    id: ID!
    name: String!
    kind: String!
    orgNumber: String
  }
  type Query { floor: Int }
`);

interface Row {
  id: string;
  name: string;
  kind: string;
  orgNumber: string | null;
}
const db = new Database(file, { readonly: true });
const byId = db.prepare('select id, name, kind, org_number as orgNumber from organisation where id = ?');

const schema = buildSubgraphSchema({
  typeDefs,
  resolvers: {
    Query: { floor: () => 0 },
    Organisation: { __resolveReference: (ref: { id: string }) => (byId.get(ref.id) as Row | undefined) ?? null },
  } as never,
});
const apollo = new ApolloServer({ schema });
const { url } = await startStandaloneServer(apollo, { listen: { port: Number(portArg ?? 0), host: '127.0.0.1' } });
process.stdout.write(`${url.replace(/\/$/, '')}/graphql\n`);
process.on('SIGTERM', () => void apollo.stop().then(() => process.exit(0)));
