/**
 * Hive Gateway (@graphql-hive/gateway's createGatewayRuntime, its defaults) over our committed supergraph,
 * with each subgraph's URL taken from <NAME>_URL, served with node:http. It forwards the caller's
 * Authorization header, as our gateway does, so the subgraphs see the same callers.
 *
 * `tsx bench/hive-gateway.ts <port>`; /graphql answers GraphQL, /healthcheck answers when it is up.
 */
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { createGatewayRuntime } from '@graphql-hive/gateway';
import { SUBGRAPH_NAMES, subgraphUrl } from '../subgraphs/common/config.js';

const port = Number(process.argv[2] ?? 4100);
let supergraph = readFileSync(new URL('../schema/supergraph.graphql', import.meta.url), 'utf8');
for (const name of SUBGRAPH_NAMES) {
  supergraph = supergraph.replace(new RegExp(`(join__graph\\(name: "${name}", url: ")[^"]*(")`), `$1${subgraphUrl(name, process.env)}$2`);
}

const gateway = createGatewayRuntime({
  supergraph,
  propagateHeaders: {
    fromClientToSubgraphs: ({ request }) => {
      const authorization = request.headers.get('authorization');
      return authorization ? { authorization } : {};
    },
  },
});
const server = http.createServer(gateway);
server.listen(port, '127.0.0.1');
process.on('SIGTERM', () => server.close(() => void Promise.resolve(gateway.dispose()).then(() => process.exit(0))));
