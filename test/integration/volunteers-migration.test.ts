import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../subgraphs/common/db.js';
import { seedId } from '../../subgraphs/common/seed-ids.js';
import { ComplianceRecord } from '../../subgraphs/volunteers/entities/compliance-record.entity.js';
import { createVolunteers } from '../../subgraphs/volunteers/index.js';
import { migrations } from '../../subgraphs/volunteers/migrations/index.js';
import { testEnvironment } from '../helpers/clock.js';
import { testDatabase } from '../helpers/db.js';

const database = testDatabase();
afterAll(() => database.drop());
const { entities } = createVolunteers(testEnvironment());
const open = (upTo: number) =>
  openDatabase({ name: 'volunteers', entities: [...entities], migrations: migrations.slice(0, upTo), config: database });

describe('the compliance records migration', () => {
  it('keeps what the single compliance row held, as records by the verifier its subject names, or an unknown one', async () => {
    const V1 = seedId('volunteer', 'migrated-1');
    const V2 = seedId('volunteer', 'migrated-2');
    const ORG = seedId('organisation', 'some-organisation');
    const before = await open(1);
    const knex = before.em.getKnex();
    const now = before.config.get('driver')?.name === 'PostgreSqlDriver' ? new Date().toISOString() : Date.now();
    const volunteer = (id: string) => ({
      id,
      name: 'Migrert',
      languages: '[]',
      skills: '[]',
      activities: '[]',
      availability: '[]',
      created_at: now,
      updated_at: now,
      version: 1,
    });
    await knex('volunteer').insert([volunteer(V1), volunteer(V2)]);
    await knex('compliance').insert([
      {
        volunteer_id: V1,
        police_certificate_verified_on: '2025-01-10',
        police_certificate_verified_by: 'organisation:termik',
        police_certificate_valid_until: '2028-01-10',
        confidentiality_signed_on: '2025-01-11',
        confidentiality_valid_until: null,
        courses: JSON.stringify([{ course: 'termik_grunnopplaering', completedOn: '2025-01-12' }]),
      },
      {
        volunteer_id: V2,
        police_certificate_verified_on: '2025-02-01',
        police_certificate_verified_by: `organisation:${ORG}`,
        police_certificate_valid_until: '2026-02-01',
        courses: '[]',
      },
    ]);
    await before.close(true);

    const after = await open(migrations.length);
    try {
      const records = await after.em.fork().find(ComplianceRecord, {}, { orderBy: { volunteerId: 'asc', verifiedOn: 'asc' } });
      const shape = records.map((r) => ({
        volunteerId: r.volunteerId,
        kind: r.kind,
        verifiedOn: r.verifiedOn,
        validUntil: r.validUntil,
        course: r.course,
        verifierKind: r.verifierKind,
        verifierId: r.verifierId,
      }));
      const byTermik = { verifierKind: 'organisation', verifierId: seedId('organisation', 'termik') };
      const unknown = { verifierKind: 'unknown', verifierId: null };
      expect(shape).toEqual(
        expect.arrayContaining([
          { volunteerId: V1, kind: 'police_certificate', verifiedOn: '2025-01-10', validUntil: '2028-01-10', course: null, ...byTermik },
          { volunteerId: V1, kind: 'confidentiality_declaration', verifiedOn: '2025-01-11', validUntil: null, course: null, ...unknown },
          {
            volunteerId: V1,
            kind: 'training_course',
            verifiedOn: '2025-01-12',
            validUntil: null,
            course: 'termik_grunnopplaering',
            ...unknown,
          },
          {
            volunteerId: V2,
            kind: 'police_certificate',
            verifiedOn: '2025-02-01',
            validUntil: '2026-02-01',
            course: null,
            verifierKind: 'organisation',
            verifierId: ORG,
          },
        ]),
      );
      expect(shape).toHaveLength(4);
      expect(records.every((r) => r.recordedAt instanceof Date && !Number.isNaN(r.recordedAt.getTime()))).toBe(true);
      await expect(after.em.getKnex()('compliance').select('*')).rejects.toThrow();
    } finally {
      await after.close(true);
    }
  });
});
