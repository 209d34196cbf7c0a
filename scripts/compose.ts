import { writeFile } from 'node:fs/promises';
import { composeSupergraph } from '../gateway/compose.js';

/** `npm run compose`: writes schema/<name>.graphql for each subgraph and schema/supergraph.graphql. */
const { subgraphs, supergraph } = await composeSupergraph();
for (const [name, sdl] of Object.entries(subgraphs)) {
  await writeFile(new URL(`../schema/${name}.graphql`, import.meta.url), sdl);
  console.log(`schema/${name}.graphql: ${sdl.split('\n').length} lines`);
}
await writeFile(new URL('../schema/supergraph.graphql', import.meta.url), supergraph);
console.log(`schema/supergraph.graphql: ${supergraph.split('\n').length} lines`);
