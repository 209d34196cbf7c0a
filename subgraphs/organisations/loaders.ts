import type { Context } from '../common/context.js';
import { byKeys, groupByKeys } from '../common/context.js';
import { County } from './entities/county.entity.js';
import { Municipality } from './entities/municipality.entity.js';
import { Organisation } from './entities/organisation.entity.js';
import { OrganisationMunicipality } from './entities/organisation-municipality.entity.js';
import { Service } from './entities/service.entity.js';
import { ServiceMunicipality } from './entities/service-municipality.entity.js';
import { ServiceTerm, type TermScheme } from './entities/service-term.entity.js';

/** Per-request batched lookups: one SQL query per kind, however many keys a request asks for. */
export const loaders = {
  municipality: (ctx: Context) =>
    ctx.loader<string, Municipality>('municipality', async (codes) =>
      byKeys(codes, await ctx.em.find(Municipality, { code: { $in: [...codes] } }), (m) => m.code),
    ),
  county: (ctx: Context) =>
    ctx.loader<string, County>('county', async (codes) => byKeys(codes, await ctx.em.find(County, { code: { $in: [...codes] } }), (c) => c.code)),
  organisation: (ctx: Context) =>
    ctx.loader<string, Organisation>('organisation', async (ids) =>
      byKeys(ids, await ctx.em.find(Organisation, { id: { $in: [...ids] } }), (o) => o.id),
    ),
  organisationByOrgNumber: (ctx: Context) =>
    ctx.loader<string, Organisation>('organisationByOrgNumber', async (numbers) =>
      byKeys(numbers, await ctx.em.find(Organisation, { orgNumber: { $in: [...numbers] } }), (o) => o.orgNumber!),
    ),
  servedMunicipalityCodes: (ctx: Context) =>
    ctx.loader<string, string[]>('servedMunicipalityCodes', async (ids) =>
      groupByKeys(ids, await ctx.em.find(OrganisationMunicipality, { organisationId: { $in: [...ids] } }, { orderBy: { municipalityCode: 'asc' } }), (row) => row.organisationId).map(
        (rows) => rows.map((row) => row.municipalityCode),
      ),
    ),
  chapters: (ctx: Context) =>
    ctx.loader<string, Organisation[]>('chapters', async (ids) =>
      groupByKeys(ids, await ctx.em.find(Organisation, { parentId: { $in: [...ids] } }, { orderBy: { name: 'asc' } }), (o) => o.parentId!),
    ),
  countyMunicipalities: (ctx: Context) =>
    ctx.loader<string, Municipality[]>('countyMunicipalities', async (codes) =>
      groupByKeys(codes, await ctx.em.find(Municipality, { countyCode: { $in: [...codes] } }, { orderBy: { code: 'asc' } }), (m) => m.countyCode),
    ),
  service: (ctx: Context) =>
    ctx.loader<string, Service>('service', async (ids) => byKeys(ids, await ctx.em.find(Service, { id: { $in: [...ids] } }), (s) => s.id)),
  services: (ctx: Context) =>
    ctx.loader<string, Service[]>('services', async (ids) =>
      groupByKeys(ids, await ctx.em.find(Service, { organisationId: { $in: [...ids] } }, { orderBy: { name: 'asc' } }), (s) => s.organisationId),
    ),
  serviceMunicipalityCodes: (ctx: Context) =>
    ctx.loader<string, string[]>('serviceMunicipalityCodes', async (ids) =>
      groupByKeys(ids, await ctx.em.find(ServiceMunicipality, { serviceId: { $in: [...ids] } }, { orderBy: { municipalityCode: 'asc' } }), (r) => r.serviceId).map(
        (rows) => rows.map((r) => r.municipalityCode),
      ),
    ),
  serviceTerms: (ctx: Context, scheme: TermScheme) =>
    ctx.loader<string, string[]>(`serviceTerms:${scheme}`, async (ids) =>
      groupByKeys(ids, await ctx.em.find(ServiceTerm, { serviceId: { $in: [...ids] }, scheme }, { orderBy: { code: 'asc' } }), (r) => r.serviceId).map(
        (rows) => rows.map((r) => r.code),
      ),
    ),
};
