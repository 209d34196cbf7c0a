import type { Context } from '../common/context.js';
import { byKeys, groupByKeys } from '../common/context.js';
import { placeholders } from '../common/light-read.js';
import { County } from './entities/county.entity.js';
import { Municipality } from './entities/municipality.entity.js';
import { Organisation } from './entities/organisation.entity.js';
import { Service } from './entities/service.entity.js';
import type { TermScheme } from './entities/service-term.entity.js';

/**
 * Per-request batched lookups: one SQL statement per kind, however many keys a request asks for.
 * All are reads of the public catalogue that need no unit of work, so they are light reads
 * (`ctx.reads`, common/light-read.ts): plain SQL, rows mapped to the entities' properties, no fork.
 */

/** One `where column in (…)` over `keys`. */
const inList = (column: string, keys: readonly unknown[]) => `${column} in (${placeholders(keys.length)})`;

/** Organisations by id (`id:<id>`) and by organisasjonsnummer (`orgNumber:<number>`), both in one statement. */
const organisationRefs = (ctx: Context) =>
  ctx.loader<string, Organisation>('organisationRefs', async (keys) => {
    const ids: string[] = [];
    const numbers: string[] = [];
    for (const key of keys) (key.startsWith('id:') ? ids : numbers).push(key.slice(key.indexOf(':') + 1));
    const where = [ids.length ? inList('id', ids) : '', numbers.length ? inList('org_number', numbers) : ''].filter(Boolean).join(' or ');
    const rows = await ctx.reads.entities(Organisation, `select * from organisation where ${where}`, [...ids, ...numbers]);
    const found = new Map<string, Organisation>();
    for (const row of rows) {
      found.set(`id:${row.id}`, row);
      if (row.orgNumber) found.set(`orgNumber:${row.orgNumber}`, row);
    }
    return keys.map((key) => found.get(key) ?? null);
  });

/** Codes of a one-to-many link table, grouped by `owner` and ordered by `code`. */
const codesBy = (ctx: Context, table: string, owner: string, code: string, ids: readonly string[], extra = '', params: unknown[] = []) =>
  ctx.reads
    .rows(`select ${owner} as owner, ${code} as code from ${table} where ${inList(owner, ids)}${extra} order by ${code} asc`, [
      ...ids,
      ...params,
    ])
    .then((rows) =>
      groupByKeys(ids, rows as { owner: string; code: string }[], (row) => row.owner).map((group) => group.map((row) => row.code)),
    );

export const loaders = {
  municipality: (ctx: Context) =>
    ctx.loader<string, Municipality>('municipality', async (codes) =>
      byKeys(
        codes,
        await ctx.reads.entities(Municipality, `select * from municipality where ${inList('code', codes)}`, codes),
        (m) => m.code,
      ),
    ),
  county: (ctx: Context) =>
    ctx.loader<string, County>('county', async (codes) =>
      byKeys(codes, await ctx.reads.entities(County, `select * from county where ${inList('code', codes)}`, codes), (c) => c.code),
    ),
  organisation: (ctx: Context) => ({ load: (id: string) => organisationRefs(ctx).load(`id:${id}`) }),
  organisationByOrgNumber: (ctx: Context) => ({ load: (orgNumber: string) => organisationRefs(ctx).load(`orgNumber:${orgNumber}`) }),
  servedMunicipalityCodes: (ctx: Context) =>
    ctx.loader<string, string[]>('servedMunicipalityCodes', (ids) =>
      codesBy(ctx, 'organisation_municipality', 'organisation_id', 'municipality_code', ids),
    ),
  chapters: (ctx: Context) =>
    ctx.loader<string, Organisation[]>('chapters', async (ids) =>
      groupByKeys(
        ids,
        await ctx.reads.entities(Organisation, `select * from organisation where ${inList('parent_id', ids)} order by name asc`, ids),
        (o) => o.parentId!,
      ),
    ),
  countyMunicipalities: (ctx: Context) =>
    ctx.loader<string, Municipality[]>('countyMunicipalities', async (codes) =>
      groupByKeys(
        codes,
        await ctx.reads.entities(Municipality, `select * from municipality where ${inList('county_code', codes)} order by code asc`, codes),
        (m) => m.countyCode,
      ),
    ),
  service: (ctx: Context) =>
    ctx.loader<string, Service>('service', async (ids) =>
      byKeys(ids, await ctx.reads.entities(Service, `select * from service where ${inList('id', ids)}`, ids), (s) => s.id),
    ),
  services: (ctx: Context) =>
    ctx.loader<string, Service[]>('services', async (ids) =>
      groupByKeys(
        ids,
        await ctx.reads.entities(Service, `select * from service where ${inList('organisation_id', ids)} order by name asc`, ids),
        (s) => s.organisationId,
      ),
    ),
  serviceMunicipalityCodes: (ctx: Context) =>
    ctx.loader<string, string[]>('serviceMunicipalityCodes', (ids) =>
      codesBy(ctx, 'service_municipality', 'service_id', 'municipality_code', ids),
    ),
  serviceTerms: (ctx: Context, scheme: TermScheme) =>
    ctx.loader<string, string[]>(`serviceTerms:${scheme}`, (ids) =>
      codesBy(ctx, 'service_term', 'service_id', 'code', ids, ' and scheme = ?', [scheme]),
    ),
};
