/**
 * Read and write figures for the volunteers subgraph: `npx tsx bench/volunteers.ts`
 * (SQLite in a temp dir; set DATABASE_URL for PostgreSQL). Adds BENCH_VOLUNTEERS synthetic
 * volunteers (default 20,000) with an assignment and twelve approved hours entries each,
 * then runs autocannon per query and times hours logging one request at a time.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { randomUUID } from 'node:crypto';
import { signToken } from '../subgraphs/common/auth.js';
import { authConfig, databaseConfig } from '../subgraphs/common/config.js';
import { dropSchema } from '../subgraphs/common/db.js';
import { MUNICIPALITIES } from '../subgraphs/common/municipalities.js';
import { createSubgraph } from '../subgraphs/common/server.js';
import type { AgreementDirectory, AgreementInfo } from '../subgraphs/volunteers/clients/agreements.client.js';
import { createVolunteers } from '../subgraphs/volunteers/index.js';
import { ageBand } from '../subgraphs/volunteers/rules/age.js';

/** autocannon ships no types; the part used here. */
interface Result {
  requests: { average: number };
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
}
const autocannon = createRequire(import.meta.url)('autocannon') as (opts: Record<string, unknown>) => Promise<Result>;

process.env.LOG_LEVEL ??= 'warn';
const COUNT = Number(process.env.BENCH_VOLUNTEERS ?? 20_000);
const MUNICIPALITY_COUNT = 40;
const ORGS_PER_MUNICIPALITY = 5;
const dataDir = mkdtempSync(path.join(tmpdir(), 'samspill-bench-'));
const database = { ...databaseConfig(), dataDir, schemaPrefix: `bench${Date.now().toString(36)}_` };
const codes = MUNICIPALITIES.slice(0, MUNICIPALITY_COUNT).map((m) => m.code);
const orgIds = codes.flatMap(() => Array.from({ length: ORGS_PER_MUNICIPALITY }, () => randomUUID()));
// One agreement per municipality, accepted by its organisations; a stand-in answers for the agreements subgraph.
const agreementOf = new Map(codes.map((code) => [code, randomUUID()]));
const agreements = new Map<string, AgreementInfo>(
  codes.map((code, m) => {
    const id = agreementOf.get(code)!;
    const partyIds = orgIds.slice(m * ORGS_PER_MUNICIPALITY, (m + 1) * ORGS_PER_MUNICIPALITY);
    return [
      id,
      {
        id,
        municipalityCode: code,
        status: 'ACTIVE',
        partyIds,
        closed: false,
        requires: { policeCertificate: false, confidentialityDeclaration: false, training: false },
      },
    ];
  }),
);
const directory: AgreementDirectory = {
  find: async (_call, ids) => new Map(ids.flatMap((id) => (agreements.has(id) ? [[id, agreements.get(id)!] as const] : []))),
};
const service = await createSubgraph(createVolunteers({ agreements: directory }), { database, seed: false });
const url = await service.listen(0, '127.0.0.1');

console.log(`adding ${COUNT.toLocaleString('en')} volunteers with ${(COUNT * 12).toLocaleString('en')} hours entries …`);
const knex = service.orm.em.getKnex();
const now = new Date();
const volunteerIds: string[] = [];
const assignmentIds: string[] = [];
for (let start = 0; start < COUNT; start += 1000) {
  const v: object[] = [],
    e: object[] = [],
    a: object[] = [],
    h: object[] = [];
  for (let i = start; i < Math.min(start + 1000, COUNT); i++) {
    const id = randomUUID();
    const org = orgIds[i % orgIds.length];
    const code = codes[Math.floor((i % orgIds.length) / ORGS_PER_MUNICIPALITY)];
    const birthYear = 1940 + (i % 65);
    const activity = ['meal_delivery', 'visiting_service', 'transport'][i % 3];
    volunteerIds.push(id);
    v.push({
      id,
      name: `Bench ${i}`,
      email: `bench.${i}@example.org`,
      birth_year: birthYear,
      municipality_code: code,
      languages: '["nb"]',
      skills: '[]',
      activities: `["${activity}"]`,
      availability: '[]',
      created_at: now,
      updated_at: now,
      version: 1,
    });
    e.push({
      id: randomUUID(),
      volunteer_id: id,
      organisation_id: org,
      status: 'active',
      applied_on: '2024-12-01',
      start_date: '2025-01-01',
      version: 1,
    });
    const assignment = randomUUID();
    assignmentIds.push(assignment);
    a.push({
      id: assignment,
      volunteer_id: id,
      organisation_id: org,
      agreement_id: agreementOf.get(code),
      municipality_code: code,
      place: 'Bench',
      activity,
      start_date: '2025-01-01',
      status: 'active',
      requires_police_certificate: false,
      requires_confidentiality_declaration: false,
      requires_training: false,
      required_courses: '[]',
      version: 1,
    });
    for (let m = 1; m <= 12; m++) {
      h.push({
        id: randomUUID(),
        assignment_id: assignment,
        volunteer_id: id,
        organisation_id: org,
        municipality_code: code,
        date: `2025-${String(m).padStart(2, '0')}-10`,
        hours: 1 + (i % 7),
        activity,
        age_band: ageBand(birthYear, 2025),
        approved: true,
        created_at: now,
      });
    }
  }
  await knex.batchInsert('volunteer', v, 500);
  await knex.batchInsert('engagement', e, 500);
  await knex.batchInsert('assignment', a, 500);
  await knex.batchInsert('hours_entry', h, 500);
  process.stdout.write(`\r  ${Math.min(start + 1000, COUNT).toLocaleString('en')} / ${COUNT.toLocaleString('en')}`);
}
console.log();

const token = (request: Parameters<typeof signToken>[1]) => signToken(authConfig(), request);
const researcher = await token({ role: 'researcher' });
const municipality = await token({ role: 'municipality', municipality: codes[0] });
const organisation = await token({ role: 'organisation', organisation: orgIds[0] });
const STATS =
  'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Municipality { volunteerStats(year: 2025) { activeVolunteers hours byActivity { key hours } byAgeBand { key activeVolunteers } } } } }';
const cases: [string, string, string, Record<string, unknown>][] = [
  ['_entities: 1 municipality, volunteerStats', researcher, STATS, { r: [{ __typename: 'Municipality', code: codes[0] }] }],
  [
    `_entities: ${MUNICIPALITY_COUNT} municipalities (all hours), volunteerStats`,
    researcher,
    STATS,
    { r: codes.map((code) => ({ __typename: 'Municipality', code })) },
  ],
  [
    '_entities: 50 organisations, volunteerStats',
    researcher,
    'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Organisation { volunteerStats(year: 2025) { activeVolunteers fullTimeEquivalents } } } }',
    { r: orgIds.slice(0, 50).map((id) => ({ __typename: 'Organisation', id })) },
  ],
  [
    '_entities: 100 volunteers as municipality (access checked)',
    municipality,
    'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Volunteer { name email compliance { policeCertificateValidUntil } } } }',
    { r: volunteerIds.slice(0, 100).map((id) => ({ __typename: 'Volunteer', id })) },
  ],
  [
    'volunteers(first: 50) as organisation',
    organisation,
    '{ volunteers(first: 50) { totalCount edges { node { name email hoursTotals { year hours } } } } }',
    {},
  ],
];
const results: string[] = [];
for (const [name, auth, query, variables] of cases) {
  const check = (await (
    await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${auth}` },
      body: JSON.stringify({ query, variables }),
    })
  ).json()) as { errors?: unknown };
  if (check.errors) throw new Error(`${name}: ${JSON.stringify(check.errors)}`);
  console.log(`running: ${name} …`);
  const r = await autocannon({
    url,
    method: 'POST',
    connections: 10,
    duration: 5,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${auth}` },
    body: JSON.stringify({ query, variables }),
  });
  results.push(
    `${name.padEnd(62)} ${r.requests.average.toFixed(0).padStart(6)} req/s  p50 ${String(r.latency.p50).padStart(4)} ms  p99 ${String(r.latency.p99).padStart(4)} ms  non-2xx ${r.non2xx + r.errors}`,
  );
}

console.log('logging hours one request at a time …');
const writes = 200;
const started = performance.now();
for (let i = 0; i < writes; i++) {
  const assignmentId = assignmentIds[i];
  const body = JSON.stringify({
    query: 'mutation ($input: LogHoursInput!) { logHours(input: $input) { id } }',
    variables: { input: { assignmentId, date: '2026-01-05', hours: 2 } },
  });
  const response = (await (
    await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await token({ role: 'admin' })}` },
      body,
    })
  ).json()) as { errors?: unknown };
  if (response.errors) throw new Error(JSON.stringify(response.errors));
}
results.push(
  `${'logHours, sequential (validate + insert)'.padEnd(62)} ${((performance.now() - started) / writes).toFixed(1).padStart(6)} ms per write`,
);

console.log(`\nvolunteers subgraph, ${COUNT.toLocaleString('en')} volunteers, ${database.url ? 'PostgreSQL' : 'SQLite'}:`);
for (const line of results) console.log(`  ${line}`);
if (database.url) await dropSchema(service.orm, database, 'volunteers');
await service.close();
rmSync(dataDir, { recursive: true, force: true });
