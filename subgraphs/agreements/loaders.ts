import type { EntityData } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import type { Context } from '../common/context.js';
import { byKeys, groupByKeys } from '../common/context.js';
import { placeholders, selectRows } from '../common/light-read.js';
import { visibleAgreements, visibleAgreementsSql } from './access.js';
import { Agreement } from './entities/agreement.entity.js';
import { AgreementParty } from './entities/agreement-party.entity.js';
import { AuditEntry } from './entities/audit-entry.entity.js';
import { Commitment } from './entities/commitment.entity.js';
import { Contact } from './entities/contact.entity.js';
import { AgreementDocument } from './entities/document.entity.js';
import { Funding } from './entities/funding.entity.js';
import { Requirement } from './entities/requirement.entity.js';
import { PartyStatus } from './enums.js';

/** Reads rows of one entity out of a plain SQL result whose columns are prefixed with an alias (`a_id`). */
interface RowMapper<T> {
  /** The select list: `a.id as a_id, …`. */
  columns: string;
  /** A row to a plain object of the entity's shape, values as MikroORM hydrates them (booleans, dates, JSON). */
  map(row: Record<string, unknown>): T;
}

function rowMapper<T extends object>(em: EntityManager, entity: new () => T, alias: string): RowMapper<T> {
  const meta = em.getMetadata().get<T>(entity.name);
  const driver = em.getDriver();
  const platform = em.getPlatform();
  const fields = meta.props.filter((p) => p.fieldNames?.length === 1 && p.persist !== false).map((p) => p.fieldNames[0]);
  const converted = meta.props.filter((p) => p.customType);
  return {
    columns: fields.map((f) => `${alias}.${f} as ${alias}_${f}`).join(', '),
    map(row) {
      const raw: Record<string, unknown> = {};
      for (const f of fields) raw[f] = row[`${alias}_${f}`];
      const data = driver.mapResult(raw as EntityData<T>, meta) as Record<string, unknown>;
      for (const p of converted) if (data[p.name] != null) data[p.name] = p.customType!.convertToJSValue(data[p.name], platform);
      return data as T;
    },
  };
}

/** Built once per ORM (its metadata and platform), on first use. */
const mappersByOrm = new WeakMap<object, { agreement: RowMapper<Agreement>; party: RowMapper<AgreementParty> }>();
function mappers(em: EntityManager) {
  const key = em.getMetadata();
  let found = mappersByOrm.get(key);
  if (!found) mappersByOrm.set(key, (found = { agreement: rowMapper(em, Agreement, 'a'), party: rowMapper(em, AgreementParty, 'p') }));
  return found;
}

/**
 * The agreements the caller may see under each key, newest first, with every organisation named on
 * them, in one plain SQL statement: `from` joins `agreement a`, `key` is the column they are listed
 * under, `where` picks the keys. The named organisations prime the `parties` loader. Rows become
 * plain objects of the entities' shape, without a unit of work; `visibleAgreementsSql` is the
 * same rule as `visibleAgreements`.
 */
async function visibleWithParties(ctx: Context, from: string, key: string, where: string, params: string[]) {
  const { agreement, party } = mappers(ctx.em);
  const visible = visibleAgreementsSql(ctx.caller);
  const rows = await selectRows(
    ctx.em,
    `select ${key} as k_key, ${agreement.columns}, ${party.columns} from ${from} left join agreement_party p on p.agreement_id = a.id ` +
      `where ${where} and ${visible.sql} ` +
      // Newest first, undated last (on SQLite and PostgreSQL alike), by title and id within each key, then the parties by organisation as the `parties` loader orders them.
      'order by k_key, a.start_date is null, a.start_date desc, a.title asc, a.id asc, p.organisation_id asc',
    [...params, ...visible.params],
  );
  const byKey = new Map<string, Agreement[]>();
  const agreements = new Map<string, Agreement>();
  const named = new Map<string, Map<string, AgreementParty>>();
  let last = '';
  for (const row of rows) {
    const [k, id] = [row.k_key as string, row.a_id as string];
    if (!agreements.has(id)) {
      agreements.set(id, agreement.map(row));
      named.set(id, new Map());
    }
    // An agreement's rows are adjacent within a key (one per named organisation): list it once.
    if (`${k}\u0000${id}` !== last) {
      last = `${k}\u0000${id}`;
      if (!byKey.has(k)) byKey.set(k, []);
      byKey.get(k)!.push(agreements.get(id)!);
    }
    const organisationId = row.p_organisation_id as string | null;
    if (organisationId != null && !named.get(id)!.has(organisationId)) named.get(id)!.set(organisationId, party.map(row));
  }
  const parties = loaders.parties(ctx);
  for (const [id, list] of named) parties.prime(id, [...list.values()]);
  return byKey;
}

/** Per-request batched reads of agreements the caller may see: one query per batch. */
export const loaders = {
  agreement: (ctx: Context) =>
    ctx.loader<string, Agreement>('agreement', async (ids) => {
      return byKeys(
        ids,
        await ctx.em.find(Agreement, { $and: [{ id: { $in: [...ids] } }, visibleAgreements(ctx.em, ctx.caller)] }),
        (a) => a.id,
      );
    }),
  replacedBy: (ctx: Context) =>
    ctx.loader<string, Agreement>('agreementReplacedBy', async (ids) => {
      const rows = await ctx.em.find(Agreement, { $and: [{ replacesId: { $in: [...ids] } }, visibleAgreements(ctx.em, ctx.caller)] });
      return byKeys(ids, rows, (a) => a.replacesId ?? '');
    }),
  /** Plain SQL, one statement per batch (`visibleWithParties`). */
  byMunicipality: (ctx: Context) =>
    ctx.loader<string, Agreement[]>('agreementsByMunicipality', async (codes) => {
      const found = await visibleWithParties(
        ctx,
        'agreement a',
        'a.municipality_code',
        `a.municipality_code in (${placeholders(codes.length)})`,
        [...codes],
      );
      return codes.map((code) => found.get(code) ?? []);
    }),
  /** Agreements it is party to: it accepted (a proposal shows in agreementProposals). Plain SQL, one statement per batch. */
  byOrganisation: (ctx: Context) =>
    ctx.loader<string, Agreement[]>('agreementsByOrganisation', async (ids) => {
      const found = await visibleWithParties(
        ctx,
        'agreement_party o join agreement a on a.id = o.agreement_id',
        'o.organisation_id',
        `o.organisation_id in (${placeholders(ids.length)}) and o.status = ?`,
        [...ids, PartyStatus.ACCEPTED],
      );
      return ids.map((id) => found.get(id) ?? []);
    }),
  /** Every organisation named on each agreement, whatever its answer (`rules/parties.ts` tells parties from proposals). */
  parties: (ctx: Context) =>
    ctx.loader<string, AgreementParty[]>('parties', async (ids) => {
      const rows = await ctx.em.find(AgreementParty, { agreementId: { $in: [...ids] } }, { orderBy: { organisationId: 'asc' } });
      return groupByKeys(ids, rows, (p) => p.agreementId);
    }),
};

/** One query per kind of row for all the agreements of a request. */
function rowsOf<T extends { agreementId: string }>(name: string, find: (em: EntityManager, ids: string[]) => Promise<T[]>) {
  return (ctx: Context) =>
    ctx.loader<string, T[]>(name, async (ids) => groupByKeys(ids, await find(ctx.em, [...ids]), (row) => row.agreementId));
}

/** The rows of each list of an agreement, in the order they are shown. */
export const partLoaders = {
  commitments: rowsOf('commitments', (em, ids) =>
    em.find(Commitment, { agreementId: { $in: ids } }, { orderBy: { side: 'asc', kind: 'asc', id: 'asc' } }),
  ),
  requirements: rowsOf('requirements', (em, ids) => em.find(Requirement, { agreementId: { $in: ids } }, { orderBy: { kind: 'asc' } })),
  funding: rowsOf('funding', (em, ids) => em.find(Funding, { agreementId: { $in: ids } }, { orderBy: { year: 'asc' } })),
  contacts: rowsOf('contacts', (em, ids) =>
    em.find(Contact, { agreementId: { $in: ids } }, { orderBy: { side: 'asc', name: 'asc', id: 'asc' } }),
  ),
  documents: rowsOf('documents', (em, ids) =>
    em.find(AgreementDocument, { agreementId: { $in: ids } }, { orderBy: { title: 'asc', id: 'asc' } }),
  ),
  audit: rowsOf('audit', (em, ids) => em.find(AuditEntry, { agreementId: { $in: ids } }, { orderBy: { at: 'asc', id: 'asc' } })),
};
