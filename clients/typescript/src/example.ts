import { createClient } from './client.js';
import { CataloguePageDocument, MunicipalityOverviewDocument } from './generated/graphql.js';

/**
 * `npx tsx clients/typescript/src/example.ts [gateway URL]` against the started graph (`npm start`):
 * Alta from all four subgraphs, then the first catalogue page for "røde kors". Every field read
 * below is typed from the schema; a renamed field fails `npm run typecheck`, not the user.
 */
export async function example(url = 'http://localhost:4000/graphql') {
  const client = createClient({ url });
  const { municipality } = await client.request(MunicipalityOverviewDocument, { code: '5601', year: 2025 });
  const lines = [`${municipality?.name} (${municipality?.county?.name})`];
  for (const agreement of municipality?.agreements ?? []) lines.push(`  ${agreement.type} ${agreement.status}: ${agreement.title}`);
  const stats = municipality?.volunteerStats;
  lines.push(`  volunteers 2025: ${stats?.suppressed ? 'suppressed (too few to show)' : `${stats?.activeVolunteers}, ${stats?.hours} h`}`);
  const page = await client.request(CataloguePageDocument, { first: 5, search: 'røde kors' });
  lines.push(`catalogue "røde kors": ${page.organisations.totalCount} organisations`);
  for (const edge of page.organisations.edges) lines.push(`  ${edge.node.name}`);
  return lines;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log((await example(process.argv[2])).join('\n'));
}
