import type { EntityManager } from '@mikro-orm/knex';
import { BadUserInputError } from '../common/errors.js';
import { foldForSearch } from '../common/text.js';
import { Organisation } from './entities/organisation.entity.js';
import { OrganisationMunicipality } from './entities/organisation-municipality.entity.js';
import type { CreateOrganisationInput } from './organisation.input.js';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const URL_PATTERN = /^https?:\/\/[^\s]+$/;

export const searchTextOf = (o: Pick<Organisation, 'name' | 'description'>) => foldForSearch(`${o.name} ${o.description ?? ''}`);

/** Checks everything a new organisation needs before anything is written. */
async function validate(em: EntityManager, input: CreateOrganisationInput) {
  if (!input.name.trim()) throw new BadUserInputError('input.name', 'must not be empty');
  if (input.email && !EMAIL.test(input.email)) throw new BadUserInputError('input.email', `"${input.email}" is not an e-mail address`);
  if (input.website && !URL_PATTERN.test(input.website)) throw new BadUserInputError('input.website', 'must be an http(s) URL');
  if (input.orgNumber) {
    const holder = await em.findOne(Organisation, { orgNumber: input.orgNumber });
    if (holder) throw new BadUserInputError('input.orgNumber', `${input.orgNumber} is already registered to "${holder.name}" (${holder.id})`);
  }
  if (input.parentId && !(await em.findOne(Organisation, { id: input.parentId }))) {
    throw new BadUserInputError('input.parentId', `no organisation has id ${input.parentId}`);
  }
}

export async function createOrganisation(em: EntityManager, input: CreateOrganisationInput): Promise<Organisation> {
  await validate(em, input);
  return em.transactional(async (tx) => {
    const organisation = tx.create(Organisation, {
      name: input.name.trim(),
      orgNumber: input.orgNumber ?? null,
      kind: input.kind,
      grouping: input.grouping ?? null,
      description: input.description ?? null,
      icnpoCategories: input.icnpoCategories ?? [],
      parentId: input.parentId ?? null,
      email: input.email ?? null,
      phone: input.phone ?? null,
      website: input.website ?? null,
      addressStreet: input.address?.street ?? null,
      addressPostalCode: input.address?.postalCode ?? null,
      addressPostalPlace: input.address?.postalPlace ?? null,
      addressMunicipalityCode: input.address?.municipalityCode ?? null,
      registeredInFrivillighetsregisteret: input.registeredInFrivillighetsregisteret ?? false,
      searchText: '',
    } as Organisation);
    organisation.searchText = searchTextOf(organisation);
    await tx.flush();
    for (const code of new Set(input.municipalityCodes ?? [])) {
      tx.create(OrganisationMunicipality, { organisationId: organisation.id, municipalityCode: code });
    }
    await tx.flush();
    return organisation;
  });
}
