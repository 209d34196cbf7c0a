import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TokenRequest } from '../../subgraphs/common/auth.js';
import { seedId } from '../../subgraphs/common/seed-ids.js';
import { Volunteer } from '../../subgraphs/volunteers/entities/volunteer.entity.js';
import { createVolunteers } from '../../subgraphs/volunteers/index.js';
import { codes, gql, tokenFor } from '../helpers/graphql.js';
import { startSubgraph, type RunningSubgraph } from '../helpers/stack.js';
import { testEnvironment } from '../helpers/clock.js';

let subgraph: RunningSubgraph;
beforeAll(async () => {
  subgraph = await startSubgraph(createVolunteers(testEnvironment()));
});
afterAll(() => subgraph?.close());

const VOLUNTEER = seedId('volunteer', 'kristiansund-rode-kors-2');
const self: TokenRequest = { role: 'volunteer', volunteer: VOLUNTEER };
const call = async (who: TokenRequest | null, query: string, variables?: Record<string, unknown>) =>
  gql(subgraph.url, query, variables, who ? await tokenFor(who) : undefined);
const UPDATE =
  'mutation ($id: ID!, $v: Int!, $input: VolunteerInput!) { updateVolunteer(id: $id, version: $v, input: $input) { phone languages availability version } }';

describe('own profile and consent', () => {
  it('lets the volunteer edit their profile with the version they read, and refuses a stale one', async () => {
    const { version } = (await call(self, '{ me { version } }')).data.me;
    const updated = await call(self, UPDATE, {
      id: VOLUNTEER,
      v: version,
      input: { phone: '+47 000 11 222', languages: ['nb', 'se'], availability: ['WEEKEND'] },
    });
    expect(updated.errors).toBeUndefined();
    expect(updated.data.updateVolunteer).toEqual({
      phone: '+47 000 11 222',
      languages: ['nb', 'se'],
      availability: ['WEEKEND'],
      version: version + 1,
    });
    expect(codes(await call(self, UPDATE, { id: VOLUNTEER, v: version, input: { phone: '1' } }))).toEqual(['CONFLICT']);
  });

  it('refuses bad input naming the field, and writes nothing', async () => {
    const before = await subgraph.service.orm.em.fork().findOneOrFail(Volunteer, { id: VOLUNTEER });
    const { version } = (await call(self, '{ me { version } }')).data.me;
    for (const [input, field] of [
      [{ email: 'not-an-address' }, 'input.email'],
      [{ birthYear: 1850 }, 'input.birthYear'],
      [{ activities: ['knitting'] }, 'input.activities[0]'],
      [{ name: '  ' }, 'input.name'],
    ] as const) {
      const response = await call(self, UPDATE, { id: VOLUNTEER, v: version, input });
      expect(codes(response)).toEqual(['BAD_USER_INPUT']);
      expect(response.errors![0].extensions!.field).toBe(field);
    }
    const after = await subgraph.service.orm.em.fork().findOneOrFail(Volunteer, { id: VOLUNTEER });
    expect({ ...after }).toEqual({ ...before, updatedAt: after.updatedAt, version: after.version });
    expect(after.version).toBe(version);
  });

  it('lets the engaged organisation edit, and no one else', async () => {
    const { version } = (await call(self, '{ me { version } }')).data.me;
    const own = await call({ role: 'organisation', organisation: seedId('organisation', 'kristiansund-rode-kors') }, UPDATE, {
      id: VOLUNTEER,
      v: version,
      input: { skills: ['first_aid'] },
    });
    expect(own.errors).toBeUndefined();
    expect(
      codes(
        await call({ role: 'organisation', organisation: seedId('organisation', 'termik') }, UPDATE, {
          id: VOLUNTEER,
          v: version + 1,
          input: { skills: [] },
        }),
      ),
    ).toEqual(['NOT_FOUND']);
    expect(
      codes(await call({ role: 'municipality', municipality: '1505' }, UPDATE, { id: VOLUNTEER, v: version + 1, input: { skills: [] } })),
    ).toEqual(['FORBIDDEN']);
  });

  it('records consent given and withdrawn, for the volunteer themselves only', async () => {
    const given = await call(self, 'mutation { giveConsent(purpose: "matching") { id purpose withdrawnAt } }');
    expect(given.data.giveConsent).toMatchObject({ purpose: 'matching', withdrawnAt: null });
    const withdrawn = await call(self, 'mutation ($id: ID!) { withdrawConsent(consentId: $id) { withdrawnAt } }', {
      id: given.data.giveConsent.id,
    });
    expect(withdrawn.data.withdrawConsent.withdrawnAt).toEqual(expect.any(String));
    const consents = (await call(self, '{ me { consents { purpose withdrawnAt } } }')).data.me.consents;
    expect(consents.map((c: { purpose: string }) => c.purpose)).toEqual(['contact', 'matching']);
    expect(
      codes(
        await call(self, 'mutation ($v: ID!) { giveConsent(purpose: "x", volunteerId: $v) { id } }', {
          v: seedId('volunteer', 'termik-1'),
        }),
      ),
    ).toEqual(['FORBIDDEN']);
    expect(
      codes(
        await call(
          { role: 'organisation', organisation: seedId('organisation', 'kristiansund-rode-kors') },
          'mutation { giveConsent(purpose: "x") { id } }',
        ),
      ),
    ).toEqual(['FORBIDDEN']);
  });
});
