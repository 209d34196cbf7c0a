import type { EntityManager, QueryBuilder } from '@mikro-orm/knex';
import { subquery } from '../../common/db.js';
import { paginate } from '../../common/pagination.js';
import { likePattern } from '../../common/text.js';
import { Municipality } from '../entities/municipality.entity.js';
import { Organisation } from '../entities/organisation.entity.js';
import { OrganisationMunicipality } from '../entities/organisation-municipality.entity.js';
import { Service } from '../entities/service.entity.js';
import { ServiceMunicipality } from '../entities/service-municipality.entity.js';
import { ServiceTerm, type TermScheme } from '../entities/service-term.entity.js';
import type { OrganisationFilter, OrganisationsArgs } from '../inputs/organisation.args.js';
import type { ServiceFilter, ServicesArgs } from '../inputs/service.args.js';
import { checkFilter } from '../rules/catalogue-filter.js';

/* The catalogue's two lists, filtered and paged: organisations and services. */

const countyMunicipalities = (em: EntityManager, countyCode: string) =>
  subquery(em.createQueryBuilder(Municipality, 'm').select('m.code').where({ countyCode }));

/** Ids of services carrying a taxonomy code. */
const servicesWithTerm = (em: EntityManager, scheme: TermScheme, code: string) =>
  em.createQueryBuilder(ServiceTerm, 'st').select('st.service_id').where({ scheme, code });

/** Organisations: served municipalities or address, kind, status, offered activity and target group, folded text. */
function organisationQuery(em: EntityManager, filter: OrganisationFilter | null | undefined): QueryBuilder<Organisation> {
  checkFilter(filter);
  const qb = em.createQueryBuilder(Organisation, 'o').select('o.*');
  if (!filter) return qb;
  if (filter.kinds?.length) qb.andWhere({ kind: { $in: filter.kinds } });
  if (filter.statuses?.length) qb.andWhere({ status: { $in: filter.statuses } });
  if (filter.search) qb.andWhere(`o.search_text like ? escape '\\'`, [likePattern(filter.search)]);
  const place = filter.municipalityCode ? [filter.municipalityCode] : null;
  for (const codes of [place, filter.countyCode ? countyMunicipalities(em, filter.countyCode) : null]) {
    if (!codes) continue;
    const served = em
      .createQueryBuilder(OrganisationMunicipality, 'om')
      .select('om.organisation_id')
      .where({ municipalityCode: { $in: codes } });
    qb.andWhere({ $or: [{ id: { $in: subquery(served) } }, { addressMunicipalityCode: { $in: codes } }] });
  }
  const terms: [TermScheme, string | null | undefined][] = [
    ['activity', filter.activity],
    ['target_group', filter.targetGroup],
  ];
  for (const [scheme, code] of terms) {
    if (!code) continue;
    const offering = em
      .createQueryBuilder(Service, 's')
      .select('s.organisation_id')
      .where({ id: { $in: subquery(servicesWithTerm(em, scheme, code)) } });
    qb.andWhere({ id: { $in: subquery(offering) } });
  }
  return qb;
}

/** Services: where offered, the provider's kind, taxonomy codes, status, provider, folded text. */
function serviceQuery(em: EntityManager, filter: ServiceFilter | null | undefined): QueryBuilder<Service> {
  checkFilter(filter);
  const qb = em.createQueryBuilder(Service, 's').select('s.*');
  if (!filter) return qb;
  if (filter.statuses?.length) qb.andWhere({ status: { $in: filter.statuses } });
  if (filter.organisationId) qb.andWhere({ organisationId: filter.organisationId });
  if (filter.search) qb.andWhere(`s.search_text like ? escape '\\'`, [likePattern(filter.search)]);
  const place = filter.municipalityCode ? [filter.municipalityCode] : null;
  for (const codes of [place, filter.countyCode ? countyMunicipalities(em, filter.countyCode) : null]) {
    if (!codes) continue;
    const offered = em
      .createQueryBuilder(ServiceMunicipality, 'sm')
      .select('sm.service_id')
      .where({ municipalityCode: { $in: codes } });
    qb.andWhere({ id: { $in: subquery(offered) } });
  }
  if (filter.kinds?.length) {
    const providers = em
      .createQueryBuilder(Organisation, 'o')
      .select('o.id')
      .where({ kind: { $in: filter.kinds } });
    qb.andWhere({ organisationId: { $in: subquery(providers) } });
  }
  if (filter.activity) qb.andWhere({ id: { $in: subquery(servicesWithTerm(em, 'activity', filter.activity)) } });
  if (filter.targetGroup) qb.andWhere({ id: { $in: subquery(servicesWithTerm(em, 'target_group', filter.targetGroup)) } });
  return qb;
}

/** A page of organisations, by name. */
export function searchOrganisations(em: EntityManager, { filter, ...page }: OrganisationsArgs) {
  const qb = organisationQuery(em, filter);
  return paginate(page, ({ limit, offset }) => qb.orderBy({ name: 'asc', id: 'asc' }).limit(limit).offset(offset).getResultAndCount());
}

/** A page of services, by name. */
export function searchServices(em: EntityManager, { filter, ...page }: ServicesArgs) {
  const qb = serviceQuery(em, filter);
  return paginate(page, ({ limit, offset }) => qb.orderBy({ name: 'asc', id: 'asc' }).limit(limit).offset(offset).getResultAndCount());
}
