import { randomUUID } from 'node:crypto';
import { PortableMigration } from '../../common/migration.js';
import { seedId } from '../../common/seed-ids.js';
import { ComplianceKind, VerifierKind } from '../enums.js';
import { verifierFromSubject } from '../rules/compliance.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Subjects named an organisation by id, or (the seed) by slug. */
const organisationIdOf = (slugOrId: string) => (UUID.test(slugOrId) ? slugOrId : seedId('organisation', slugOrId));
/** Dates as text, whatever the driver hands back. */
const day = (value: unknown): string | null =>
  value == null ? null : value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10);
const text = (value: unknown): string | null => (value == null ? null : String(value));

/** The courses of an old row: JSON text (SQLite) or parsed (PostgreSQL). */
function coursesOf(value: unknown): { course: string; completedOn: string | null }[] {
  const list: unknown = typeof value === 'string' ? JSON.parse(value) : value;
  if (!Array.isArray(list)) return [];
  return list.flatMap((c) =>
    c && typeof c === 'object' && 'course' in c ? [{ course: String(c.course), completedOn: day(c.completedOn) }] : [],
  );
}

/**
 * Compliance becomes a history of records, each by one verifier, instead of one row per
 * volunteer that any writer could overwrite. What the old rows held is kept: the police
 * certificate by the organisation (or municipality, or admin) its subject names, otherwise
 * by an unknown verifier; the declaration and the courses, which never named one, by an
 * unknown verifier (trusted as an administrator's, so nothing that passed before fails now).
 */
export class Migration20261201000000ComplianceRecords extends PortableMigration {
  override async up() {
    // Read inside the migration's transaction: on a new database the table was made in it.
    const old = await this.execute('select * from compliance');
    this.schema((s) =>
      s.createTable('compliance_record', (t) => {
        t.string('id', 36).primary();
        t.string('volunteer_id', 36).notNullable().references('id').inTable('volunteer');
        t.string('kind').notNullable();
        t.date('verified_on').notNullable();
        t.date('valid_until').nullable();
        t.string('course').nullable();
        t.string('verifier_kind').notNullable();
        t.string('verifier_id', 36).nullable();
        t.string('recorded_by').nullable();
        t.timestamp('recorded_at', { useTz: true }).notNullable();
        t.index(['volunteer_id']);
        t.index(['valid_until']);
      }),
    );
    // As MikroORM keeps a Date: an instant in PostgreSQL, milliseconds in SQLite.
    const now = new Date();
    const recordedAt = this.isPostgres ? now.toISOString() : now.getTime();
    const unknown = { verifier_kind: VerifierKind.UNKNOWN, verifier_id: null, recorded_by: null, recorded_at: recordedAt };
    const rows: Record<string, unknown>[] = [];
    for (const row of old) {
      const base = { volunteer_id: text(row.volunteer_id), course: null };
      const policeOn = day(row.police_certificate_verified_on);
      if (policeOn) {
        const verifiedBy = text(row.police_certificate_verified_by);
        const { verifierKind, verifierId } = verifierFromSubject(verifiedBy, organisationIdOf);
        rows.push({
          ...base,
          id: randomUUID(),
          kind: ComplianceKind.POLICE_CERTIFICATE,
          verified_on: policeOn,
          valid_until: day(row.police_certificate_valid_until),
          verifier_kind: verifierKind,
          verifier_id: verifierId,
          recorded_by: verifiedBy,
          recorded_at: recordedAt,
        });
      }
      const signedOn = day(row.confidentiality_signed_on);
      if (signedOn)
        rows.push({
          ...base,
          ...unknown,
          id: randomUUID(),
          kind: ComplianceKind.CONFIDENTIALITY_DECLARATION,
          verified_on: signedOn,
          valid_until: day(row.confidentiality_valid_until),
        });
      for (const c of coursesOf(row.courses)) {
        if (c.completedOn)
          rows.push({
            ...base,
            ...unknown,
            id: randomUUID(),
            kind: ComplianceKind.TRAINING_COURSE,
            verified_on: c.completedOn,
            valid_until: null,
            course: c.course,
          });
      }
    }
    const knex = this.getKnex();
    for (let i = 0; i < rows.length; i += 200)
      this.addSql(
        knex('compliance_record')
          .insert(rows.slice(i, i + 200))
          .toString(),
      );
    this.schema((s) => s.dropTable('compliance'));
  }
}
