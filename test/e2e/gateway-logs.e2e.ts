import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedId } from '../../subgraphs/common/seed-ids.js';
import { codes, gql, tokenFor } from '../helpers/graphql.js';
import { startStack, type Stack } from '../helpers/stack.js';

/**
 * Runs personal-data operations through the gateway with every in-process service logging
 * at debug level into one file (LOG_DESTINATION), including writes that fail in SQL, then
 * searches the log for every name, e-mail address and phone number involved.
 */
let stack: Stack;
let dir: string;
let logFile: string;
const saved = { LOG_LEVEL: process.env.LOG_LEVEL, LOG_DESTINATION: process.env.LOG_DESTINATION };
/** Seeded volunteers, as the volunteers subgraph stored them. */
let seeded: { id: string; name: string; email: string }[] = [];
/** Everything personal this test sends. */
const sent = {
  names: ['Sigrid Testesen Haugland', 'Sigrid T. Haugland', 'Bjørnar Feilstad', 'Ragnhild Dobbeltvik'],
  emails: ['sigrid.haugland@example.org', 'sigrid.t.haugland@example.org'],
  phones: ['+47 415 55 123', '+47 415 55 999'],
};
const tokens: string[] = [];

const CREATE = 'mutation Create($input: CreateVolunteerInput!) { createVolunteer(input: $input) { id version name email } }';
const UPDATE =
  'mutation Update($id: ID!, $version: Int!, $input: VolunteerInput!) { updateVolunteer(id: $id, version: $version, input: $input) { id version name email } }';

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'samspill-logs-'));
  logFile = path.join(dir, 'stack.log');
  // Read once, when each service makes its logger.
  process.env.LOG_LEVEL = 'debug';
  process.env.LOG_DESTINATION = logFile;
  stack = await startStack();
  const em = stack.subgraphs.volunteers.orm.em.fork();
  seeded = (await em.find<{ id: string; name: string | null; email: string | null }>('Volunteer', {})).filter(
    (v): v is { id: string; name: string; email: string } => Boolean(v.name && v.email),
  );
});
afterAll(async () => {
  await stack?.close();
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  rmSync(dir, { recursive: true, force: true });
});

describe('logs of a run of personal-data operations', () => {
  it('hold no name, e-mail address, phone number or token, though they log every request, statement and failure', async () => {
    expect(seeded.length).toBeGreaterThan(10);
    const admin = await tokenFor({ role: 'admin' });
    tokens.push(admin);

    // Create and edit a volunteer, and read the seeded ones in full.
    const created = await gql(
      stack.gatewayUrl,
      CREATE,
      { input: { name: sent.names[0], email: sent.emails[0], phone: sent.phones[0], birthYear: 1984, municipalityCode: '5601' } },
      admin,
    );
    expect(created.errors).toBeUndefined();
    const { id, version } = created.data.createVolunteer;
    const updated = await gql(
      stack.gatewayUrl,
      UPDATE,
      { id, version, input: { name: sent.names[1], email: sent.emails[1], phone: sent.phones[1] } },
      admin,
    );
    expect(updated.errors).toBeUndefined();
    const listed = await gql(stack.gatewayUrl, '{ volunteers(first: 100) { edges { node { name email phone } } } }', undefined, admin);
    expect(JSON.stringify(listed.data)).toContain(seeded[0].email);
    const volunteer = await tokenFor({ role: 'volunteer', volunteer: seedId('volunteer', 'alta-frivilligsentral-1') });
    tokens.push(volunteer);
    expect((await gql(stack.gatewayUrl, '{ me { name email phone birthYear } }', undefined, volunteer)).errors).toBeUndefined();
    expect(
      (await fetch(new URL('/volunteers/me/export', stack.gatewayUrl), { headers: { authorization: `Bearer ${volunteer}` } })).status,
    ).toBe(200);
    // Refused input: a client error, with the value in the request.
    expect(
      codes(await gql(stack.gatewayUrl, CREATE, { input: { name: sent.names[3], email: `not an address ${sent.names[3]}` } }, admin)),
    ).toEqual(['BAD_USER_INPUT']);

    // Writes that fail in SQL: e-mail addresses made unique in the database, then a duplicate inserted and updated.
    await stack.subgraphs.volunteers.orm.em.getConnection().execute('create unique index test_volunteer_email_unique on volunteer (email)');
    const duplicate = await gql(
      stack.gatewayUrl,
      CREATE,
      { input: { name: sent.names[2], email: seeded[0].email, phone: sent.phones[0], birthYear: 1979 } },
      admin,
    );
    // A unique violation is the client's CONFLICT naming the field (issue 14), never its value.
    expect(codes(duplicate)).toEqual(['CONFLICT']);
    expect(duplicate.errors![0].extensions).toMatchObject({ field: 'email' });
    const clash = await gql(
      stack.gatewayUrl,
      UPDATE,
      { id, version: updated.data.updateVolunteer.version, input: { name: sent.names[3], email: seeded[1].email } },
      admin,
    );
    expect(codes(clash)).toEqual(['CONFLICT']);

    const text = readFileSync(logFile, 'utf8');
    const lines = text
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Record<string, any>);

    // Nothing personal is in it …
    const personal = [...sent.names, ...sent.emails, ...sent.phones, ...seeded.flatMap((v) => [v.name, v.email]), ...tokens];
    const found = personal.filter((value) => text.toLowerCase().includes(value.toLowerCase()));
    expect(found).toEqual([]);
    // Nor any part of an e-mail address or a bearer token.
    expect(text).not.toMatch(/@example\.org|eyJ[\w-]{10,}/);
    // … though the log is there: request lines from the gateway and the volunteers subgraph, statements at debug level, both failures with their shape and code.
    expect(lines.filter((line) => line.msg === 'request' && line.service === 'gateway').length).toBeGreaterThanOrEqual(8);
    expect(lines.some((line) => line.msg === 'request' && line.service === 'volunteers' && line.requestId)).toBe(true);
    const queries = lines.filter((line) => line.msg === 'query' && line.service === 'volunteers');
    // Each with its time apart (transaction control has none).
    expect(
      queries
        .filter((line) => /^(select|insert|update)/.test(line.sql))
        .every((line) => typeof line.durationMs === 'number' && !/\[took/.test(line.sql)),
    ).toBe(true);
    const statements = queries.map((line) => String(line.sql));
    expect(statements.some((sql) => /^insert into (\S+\.)?.volunteer. /.test(sql))).toBe(true);
    expect(statements.some((sql) => /^update (\S+\.)?.volunteer. set/.test(sql))).toBe(true);
    const failures = lines
      .filter((line) => line.msg === 'database error answered as CONFLICT' && line.service === 'volunteers')
      .map((line) => line.err);
    expect(failures).toHaveLength(2);
    for (const [err, verb] of [
      [failures[0], /^insert into .*volunteer.* values \(/],
      [failures[1], /^update .*volunteer.* set /],
    ] as const) {
      expect(err.type).toBe('UniqueConstraintViolationException');
      expect(['23505', 'SQLITE_CONSTRAINT_UNIQUE']).toContain(err.code);
      expect(err.statement).toMatch(verb);
      expect(err.statement).toMatch(/\?/);
    }
  });
});
