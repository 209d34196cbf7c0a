import { Arg, Args, Ctx, Directive, Field, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../common/context.js';
import { BadUserInputError } from '../../common/errors.js';
import { Connection } from '../../common/pagination.js';
import { OrgNumberScalar } from '../../common/scalars.js';
import { Municipality } from '../entities/municipality.entity.js';
import { Organisation } from '../entities/organisation.entity.js';
import { Service } from '../entities/service.entity.js';
import { OrganisationsArgs } from '../inputs/organisation.args.js';
import { loaders } from '../loaders.js';
import { searchOrganisations } from '../services/search.service.js';

const OrganisationConnection = Connection(Organisation);

@ObjectType({ description: 'A postal address.' })
class Address {
  @Field(() => String, { nullable: true, description: 'Street address, e.g. "Storgata 1".' }) street!: string | null;
  @Field(() => String, { nullable: true, description: 'Four-digit postal code (postnummer).' }) postalCode!: string | null;
  @Field(() => String, { nullable: true, description: 'Postal place (poststed).' }) postalPlace!: string | null;
  @Field(() => Municipality, { nullable: true, description: 'The municipality the address lies in.' }) municipality!: Municipality | null;
}

@Resolver(() => Organisation)
export class OrganisationResolver {
  @Query(() => Organisation, { nullable: true, description: 'An organisation by id or by organisasjonsnummer (give exactly one).' })
  organisation(
    @Arg('id', () => ID, { nullable: true, description: 'Identifier of the organisation.' }) id: string | null,
    @Arg('orgNumber', () => OrgNumberScalar, { nullable: true, description: 'Nine-digit organisasjonsnummer (Enhetsregisteret).' })
    orgNumber: string | null,
    @Ctx() ctx: Context,
  ) {
    if (id != null && orgNumber == null) return loaders.organisation(ctx).load(id);
    if (orgNumber != null && id == null) return loaders.organisationByOrgNumber(ctx).load(orgNumber);
    throw new BadUserInputError('id', 'give exactly one of id and orgNumber');
  }

  @Query(() => OrganisationConnection, { description: 'The partner catalogue, filtered and paged.' })
  organisations(@Args(() => OrganisationsArgs) args: OrganisationsArgs, @Ctx() ctx: Context) {
    return searchOrganisations(ctx.em, args);
  }

  @FieldResolver(() => Organisation, { nullable: true, description: 'The national body this is a chapter of.' })
  parent(@Root() organisation: Organisation, @Ctx() ctx: Context) {
    return organisation.parentId ? loaders.organisation(ctx).load(organisation.parentId) : null;
  }

  @FieldResolver(() => [Organisation], { description: 'Local chapters.' })
  chapters(@Root() organisation: Organisation, @Ctx() ctx: Context) {
    return loaders.chapters(ctx).load(organisation.id);
  }

  @Directive('@listSize(assumedSize: 10)')
  @FieldResolver(() => [Service], { description: 'What the organisation offers.' })
  async services(@Root() organisation: Organisation, @Ctx() ctx: Context) {
    return (await loaders.services(ctx).load(organisation.id)) ?? [];
  }

  @Directive('@listSize(assumedSize: 10)')
  @FieldResolver(() => [Municipality], { description: 'Municipalities the organisation serves.' })
  async municipalities(@Root() organisation: Organisation, @Ctx() ctx: Context) {
    const codes = (await loaders.servedMunicipalityCodes(ctx).load(organisation.id)) ?? [];
    return (await loaders.municipality(ctx).loadMany(codes)).filter((m): m is Municipality => m instanceof Municipality);
  }

  @FieldResolver(() => Address, { nullable: true, description: 'Postal address (forretningsadresse); null when none is known.' })
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
