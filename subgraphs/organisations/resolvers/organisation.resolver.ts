import { Arg, Args, Ctx, Field, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../common/context.js';
import { BadUserInputError } from '../../common/errors.js';
import { Connection, paginate } from '../../common/pagination.js';
import { OrgNumberScalar } from '../../common/scalars.js';
import { Municipality } from '../entities/municipality.entity.js';
import { Organisation } from '../entities/organisation.entity.js';
import { Service } from '../entities/service.entity.js';
import { organisationQuery } from '../filters.js';
import { loaders } from '../loaders.js';
import { OrganisationsArgs } from '../organisation.input.js';

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
    const qb = organisationQuery(ctx.em, filter);
    return paginate(page, ({ limit, offset }) => qb.orderBy({ name: 'asc', id: 'asc' }).limit(limit).offset(offset).getResultAndCount());
  }

  @FieldResolver(() => Organisation, { nullable: true, description: 'The national body this is a chapter of.' })
  parent(@Root() organisation: Organisation, @Ctx() ctx: Context) {
    return organisation.parentId ? loaders.organisation(ctx).load(organisation.parentId) : null;
  }

  @FieldResolver(() => [Organisation], { description: 'Local chapters.' })
  chapters(@Root() organisation: Organisation, @Ctx() ctx: Context) {
    return loaders.chapters(ctx).load(organisation.id);
  }

  @FieldResolver(() => [Service], { description: 'What the organisation offers.' })
  async services(@Root() organisation: Organisation, @Ctx() ctx: Context) {
    return (await loaders.services(ctx).load(organisation.id)) ?? [];
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
