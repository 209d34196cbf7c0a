/**
 * Read and write figures for the agreements subgraph: `npx tsx bench/agreements.ts`
 * (SQLite in a temp dir; set DATABASE_URL for PostgreSQL). Starts the organisations and
 * agreements subgraphs on free ports, adds 2,000 agreements, then runs autocannon per query.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { authConfig, databaseConfig } from '../subgraphs/common/config.js';
import { signToken } from '../subgraphs/common/auth.js';
import { MUNICIPALITIES } from '../subgraphs/common/municipalities.js';
import { seedId } from '../subgraphs/common/seed-ids.js';
import { createSubgraph } from '../subgraphs/common/server.js';
import { createOrganisations } from '../subgraphs/organisations/index.js';
import { AgreementType, PartyStatus } from '../subgraphs/agreements/enums.js';
import { Agreement } from '../subgraphs/agreements/entities/agreement.entity.js';
import { AgreementParty } from '../subgraphs/agreements/entities/agreement-party.entity.js';
import { Funding } from '../subgraphs/agreements/entities/funding.entity.js';
import { createAgreements } from '../subgraphs/agreements/index.js';

/** autocannon ships no types; the part used here. */
interface Result {
  requests: { average: number };
  latency: { p50: number; p99: number };
  non2xx: number;
}
const autocannon = createRequire(import.meta.url)('autocannon') as (opts: Record<string, unknown>) => Promise<Result>;

const dataDir = mkdtempSync(path.join(tmpdir(), 'samspill-bench-'));
const database = { ...databaseConfig(), dataDir, schemaPrefix: `bench${Date.now().toString(36)}_` };
const orgs = await createSubgraph(createOrganisations(), { database });
const orgsUrl = await orgs.listen(0, '127.0.0.1');
const service = await createSubgraph(createAgreements({ env: { ...process.env, ORGANISATIONS_URL: orgsUrl } }), { database });
const url = await service.listen(0, '127.0.0.1');
const admin = await signToken(authConfig(), { role: 'admin' });

console.log('adding 2,000 agreements …');
const em = service.orm.em.fork();
const types = Object.values(AgreementType);
const added: Agreement[] = [];
for (let i = 0; i < 2000; i++) {
  added.push(
    em.create(Agreement, {
      title: `Bench ${i}`,
      municipalityCode: MUNICIPALITIES[i % MUNICIPALITIES.length].code,
      type: types[i % types.length],
      formal: types[i % types.length] !== AgreementType.INFORMAL_COOPERATION,
      isPublic: i % 3 !== 0,
    }),
  );
}
// Parents first: the child tables reference them.
await em.flush();
added.forEach((a, i) => {
  em.create(AgreementParty, { agreementId: a.id, organisationId: seedId('organisation', 'termik'), status: PartyStatus.ACCEPTED });
  if (i % 2 === 0) em.create(Funding, { agreementId: a.id, year: 2026, awardedNok: 1000 * i });
});
await em.flush();

const representations = MUNICIPALITIES.slice(0, 50).map((m) => ({ __typename: 'Municipality', code: m.code }));
const cases: [string, string, Record<string, unknown>][] = [
  [
    'agreements(first: 20) with parties and funding',
    '{ agreements(first: 20, filter: { types: [OPERATING_GRANT] }) { totalCount edges { node { title parties { id } funding { year awardedNok } } } } }',
    {},
  ],
  [
    '_entities: 50 municipalities, agreements + agreementStats',
    'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Municipality { agreements { title } agreementStats(year: 2026) { total fundingAwardedNok } } } }',
    { r: representations },
  ],
];
const results: string[] = [];
const post = (query: string, variables: Record<string, unknown>) =>
  fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${admin}` },
    body: JSON.stringify({ query, variables }),
  });
for (const [name, query, variables] of cases) {
  const times: number[] = [];
  for (let i = 0; i < 50; i++) {
    const t = performance.now();
    await (await post(query, variables)).json();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  results.push(`${name}: one at a time, median ${times[25].toFixed(1)} ms over 50`);
  console.log(`running: ${name} (5 s, 10 connections) …`);
  const r = await autocannon({
    url,
    method: 'POST',
    duration: 5,
    connections: 10,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${admin}` },
    body: JSON.stringify({ query, variables }),
  });
  results.push(`${name}: ${Math.round(r.requests.average)} req/s, p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, non-2xx ${r.non2xx}`);
}
console.log('running: createAgreement, 200 sequential writes (each asks the organisations subgraph) …');
const started = performance.now();
for (let i = 0; i < 200; i++) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${admin}` },
    body: JSON.stringify({
      query: 'mutation ($input: CreateAgreementInput!) { createAgreement(input: $input) { id } }',
      variables: {
        input: {
          title: `Write ${i}`,
          municipalityCode: '1824',
          organisationIds: [seedId('organisation', 'termik')],
          type: 'PROJECT_GRANT',
          funding: [{ year: 2026, awardedNok: 10 }],
        },
      },
    }),
  });
  if (!response.ok) throw new Error(`write ${i} failed: ${response.status}`);
}
results.push(`createAgreement: ${((performance.now() - started) / 200).toFixed(1)} ms per write (sequential)`);

console.log(`\nSummary (${database.url ? 'PostgreSQL' : 'SQLite'}, 2,000 agreements):\n  ${results.join('\n  ')}`);
await service.close();
await orgs.close();
rmSync(dataDir, { recursive: true, force: true });
if (database.url) {
  const pg = await import('pg');
  const client = new pg.default.Client({ connectionString: database.url });
  await client.connect();
  for (const name of ['organisations', 'agreements']) await client.query(`drop schema if exists "${database.schemaPrefix}${name}" cascade`);
  await client.end();
}
