import { Arg, Args, Ctx, FieldResolver, ID, Mutation, ObjectType, Field, Query, Resolver, Root } from 'type-graphql';
import { requireRole } from '../../common/access.js';
import { subquery } from '../../common/db.js';
import type { Context } from '../../common/context.js';
import { BadUserInputError, ForbiddenError } from '../../common/errors.js';
import { isCountyCode } from '../../common/municipalities.js';
import { Connection, paginate } from '../../common/pagination.js';
import { OrgNumberScalar } from '../../common/scalars.js';
import { likePattern } from '../../common/text.js';
import { Municipality } from '../entities/municipality.entity.js';
import { Organisation } from '../entities/organisation.entity.js';
import { OrganisationMunicipality } from '../entities/organisation-municipality.entity.js';
import { loaders } from '../loaders.js';
import { CreateOrganisationInput, OrganisationsArgs } from '../organisation.input.js';
import { createOrganisation } from '../organisation.service.js';

const OrganisationConnection = Connection(Organisation);

@ObjectType({ description: 'A postal address.' })
class Address {
  @Field(() => String, { nullable: true }) street!: string | null;
  @Field(() => String, { nullable: true }) postalCode!: string | null;
  @Field(() => String, { nullable: true }) postalPlace!: string | null;
  @Field(() => Municipality, { nullable: true }) municipality!: Municipality | null;
}

@Resolver(() => Organisation)
export class OrganisationResolver {
  @Query(() => Organisation, { nullable: true, description: 'An organisation by id or by organisasjonsnummer (give exactly one).' })
  organisation(
    @Arg('id', () => ID, { nullable: true }) id: string | null,
    @Arg('orgNumber', () => OrgNumberScalar, { nullable: true }) orgNumber: string | null,
    @Ctx() ctx: Context,
  ) {
    if ((id == null) === (orgNumber == null)) throw new BadUserInputError('id', 'give exactly one of id and orgNumber');
    return id != null ? loaders.organisation(ctx).load(id) : loaders.organisationByOrgNumber(ctx).load(orgNumber!);
  }

  @Query(() => OrganisationConnection, { description: 'The partner catalogue, filtered and paged.' })
  organisations(@Args(() => OrganisationsArgs) { filter, ...page }: OrganisationsArgs, @Ctx() ctx: Context) {
    if (filter?.countyCode && !isCountyCode(filter.countyCode)) {
      throw new BadUserInputError('filter.countyCode', `"${filter.countyCode}" is not a county in the 2024 division`);
    }
    return paginate(page, ({ limit, offset }) => {
      const qb = ctx.em.createQueryBuilder(Organisation, 'o').select('o.*').orderBy({ name: 'asc', id: 'asc' }).limit(limit).offset(offset);
      if (filter?.kinds?.length) qb.andWhere({ kind: { $in: filter.kinds } });
      if (filter?.statuses?.length) qb.andWhere({ status: { $in: filter.statuses } });
      if (filter?.search) qb.andWhere(`o.search_text like ? escape '\\'`, [likePattern(filter.search)]);
      if (filter?.municipalityCode || filter?.countyCode) {
        const served = ctx.em.createQueryBuilder(OrganisationMunicipality, 'om').select('om.organisation_id');
        if (filter.municipalityCode) served.where({ municipalityCode: filter.municipalityCode });
        if (filter.countyCode) {
          served.andWhere({
            municipalityCode: { $in: subquery(ctx.em.createQueryBuilder(Municipality, 'm').select('m.code').where({ countyCode: filter.countyCode })) },
          });
        }
        qb.andWhere({ id: { $in: subquery(served) } });
      }
      return qb.getResultAndCount();
    });
  }

  @Mutation(() => Organisation, { description: 'Registers an organisation. Admins may create any; an organisation may create its own chapters.' })
  async createOrganisation(@Arg('input', () => CreateOrganisationInput) input: CreateOrganisationInput, @Ctx() ctx: Context) {
    requireRole(ctx.caller, ['admin', 'organisation'], 'createOrganisation');
    if (ctx.caller.role === 'organisation' && input.parentId !== ctx.caller.organisationId) {
      throw new ForbiddenError('an organisation may only create its own chapters (parentId must be your organisation)');
    }
    return createOrganisation(ctx.em, input);
  }

  @FieldResolver(() => Organisation, { nullable: true, description: 'The national body this is a chapter of.' })
  parent(@Root() organisation: Organisation, @Ctx() ctx: Context) {
    return organisation.parentId ? loaders.organisation(ctx).load(organisation.parentId) : null;
  }

  @FieldResolver(() => [Organisation], { description: 'Local chapters.' })
  chapters(@Root() organisation: Organisation, @Ctx() ctx: Context) {
    return loaders.chapters(ctx).load(organisation.id);
  }

  @FieldResolver(() => [Municipality], { description: 'Municipalities the organisation serves.' })
  async municipalities(@Root() organisation: Organisation, @Ctx() ctx: Context) {
    const codes = (await loaders.servedMunicipalityCodes(ctx).load(organisation.id)) ?? [];
    return (await loaders.municipality(ctx).loadMany(codes)).filter((m): m is Municipality => m instanceof Municipality);
  }

  @FieldResolver(() => Address, { nullable: true })
  async address(@Root() o: Organisation, @Ctx() ctx: Context): Promise<Address | null> {
    if (!o.addressStreet && !o.addressPostalCode && !o.addressMunicipalityCode) return null;
    return {
      street: o.addressStreet,
      postalCode: o.addressPostalCode,
      postalPlace: o.addressPostalPlace,
      municipality: o.addressMunicipalityCode ? await loaders.municipality(ctx).load(o.addressMunicipalityCode) : null,
    };
  }
}
