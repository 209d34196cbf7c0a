import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Organisation } from '../../subgraphs/organisations/entities/organisation.entity.js';
import { OrganisationKind, OrganisationStatus } from '../../subgraphs/organisations/enums.js';
import { createOrganisations } from '../../subgraphs/organisations/index.js';
import { startSubgraph, type RunningSubgraph } from '../helpers/stack.js';
import { testEnvironment } from '../helpers/clock.js';

const run = promisify(execFile);
let subgraph: RunningSubgraph;
beforeAll(async () => {
  subgraph = await startSubgraph(createOrganisations(testEnvironment()));
});
afterAll(() => subgraph?.close());

/** Runs `npm run import:brreg -- <file>` against the running subgraph's own database (same DATA_DIR / DATABASE_URL and schema prefix). */
async function importFile(...args: string[]) {
  const config = subgraph.service.orm.config;
  const env: Record<string, string> = { ...(process.env as Record<string, string>), LOG_LEVEL: 'silent' };
  const dbName = config.get('dbName');
  if (process.env.DATABASE_URL) env.DB_SCHEMA_PREFIX = String(config.get('schema')).replace(/organisations$/, '');
  else env.DATA_DIR = String(dbName).replace(/\/organisations\.sqlite$/, '');
  const { stdout } = await run('npm', ['run', '--silent', 'import:brreg', '--', ...args], { env, cwd: process.cwd() });
  return stdout;
}

const find = (orgNumber: string) => subgraph.service.orm.em.fork().findOne(Organisation, { orgNumber });

// Each test runs the npm script as a process of its own (tsx compiles the subgraph at start): slow on a loaded machine.
describe('npm run import:brreg', { timeout: 180_000 }, () => {
  it('imports the Enhetsregisteret fixture through the sync path, with progress and a summary', async () => {
    const dry = await importFile('test/fixtures/brreg-enheter.json', '--dry-run');
    expect(dry).toMatch(/summary: 12 units: 8 created, 1 updated, 0 unchanged, 3 rejected .*\(dry run\)/);
    expect(await find('991000003')).toBeNull();

    const out = await importFile('test/fixtures/brreg-enheter.json');
    expect(out).toMatch(/batch 1\/1: 12\/12 records/);
    expect(out).toMatch(/rejected 991000496: address.municipalityCode "9999" is not a municipality/);
    expect(out).toMatch(/rejected 991000705: orgNumber .*MOD11/);
    expect(out).toMatch(/rejected 991000631: kind is required/);
    expect(out).toMatch(/summary: 12 units: 8 created, 1 updated, 0 unchanged, 3 rejected/);

    const chapter = await find('991000070');
    const parent = await find('991000003');
    expect(chapter).toMatchObject({ parentId: parent!.id, registeredInFrivillighetsregisteret: true, addressMunicipalityCode: '5601' });
    expect((await find('991000143'))!.parentId).toBe((await find('864139442'))!.id);
    expect((await find('991000216'))!.kind).toBe(OrganisationKind.VOLUNTEER_CENTRE);
    expect((await find('991000569'))!.status).toBe(OrganisationStatus.DISSOLVED);
    expect((await find('864139442'))!.addressStreet).toBe('Hausmanns gate 7');
  });

  it('changes nothing when the same file is imported again', async () => {
    const out = await importFile('test/fixtures/brreg-enheter.json');
    expect(out).toMatch(/summary: 12 units: 0 created, 0 updated, 9 unchanged, 3 rejected/);
  });

  it('says what is wrong with a file that is not the API shape', async () => {
    await expect(importFile('package.json')).rejects.toMatchObject({ stderr: expect.stringMatching(/_embedded/) });
  });
});
