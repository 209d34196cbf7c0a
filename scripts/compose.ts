import { writeFile } from 'node:fs/promises';
import { composeSupergraph } from './supergraph.js';

/** `npm run compose`: writes schema/<name>.graphql for each subgraph, schema/supergraph.graphql and schema/api.graphql (the clients' schema). */
const { subgraphs, supergraph, api } = await composeSupergraph();
for (const [name, sdl] of Object.entries(subgraphs)) {
  await writeFile(new URL(`../schema/${name}.graphql`, import.meta.url), sdl);
  console.log(`schema/${name}.graphql: ${sdl.split('\n').length} lines`);
}
await writeFile(new URL('../schema/supergraph.graphql', import.meta.url), supergraph);
console.log(`schema/supergraph.graphql: ${supergraph.split('\n').length} lines`);
await writeFile(new URL('../schema/api.graphql', import.meta.url), api);
console.log(`schema/api.graphql: ${api.split('\n').length} lines`);
