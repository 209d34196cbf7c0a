import { Arg, Args, Ctx, Directive, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../common/context.js';
import { Connection } from '../../common/pagination.js';
import { Municipality } from '../entities/municipality.entity.js';
import { Organisation } from '../entities/organisation.entity.js';
import { Service } from '../entities/service.entity.js';
import { ServicesArgs } from '../inputs/service.args.js';
import { CreateServiceInput, UpdateServiceInput } from '../inputs/service.input.js';
import { loaders } from '../loaders.js';
import { searchServices } from '../services/search.service.js';
import { createService, deactivateService, updateService } from '../services/service.service.js';
import { TaxonomyTerm, activityTerms, targetGroupTerms } from './taxonomy.resolver.js';

const ServiceConnection = Connection(Service);

@Resolver(() => Service)
export class ServiceResolver {
  @Query(() => Service, { nullable: true, description: 'A service by id; null when there is none.' })
  service(@Arg('id', () => ID, { description: 'Identifier of the service.' }) id: string, @Ctx() ctx: Context) {
    return loaders.service(ctx).load(id);
  }

  @Query(() => ServiceConnection, { description: 'What organisations offer, filtered and paged.' })
  services(@Args(() => ServicesArgs) args: ServicesArgs, @Ctx() ctx: Context) {
    return searchServices(ctx.em, args);
  }

  @Mutation(() => Service, { description: 'Adds a service: admins for any organisation, an organisation for itself and its chapters.' })
  createService(
    @Arg('input', () => CreateServiceInput, { description: 'The new service.' }) input: CreateServiceInput,
    @Ctx() ctx: Context,
  ) {
    return createService(ctx, input);
  }

  @Mutation(() => Service, { description: 'Updates a service; a stale version gets CONFLICT.' })
  updateService(
    @Arg('id', () => ID, { description: 'The service to change.' }) id: string,
    @Arg('version', () => Int, { description: "The service's version as last read; a different current version fails with CONFLICT." })
    version: number,
    @Arg('input', () => UpdateServiceInput, { description: 'The fields to change; fields left out stay as they are, null clears.' })
    input: UpdateServiceInput,
    @Ctx() ctx: Context,
  ) {
    return updateService(ctx, id, version, input);
  }

  @Mutation(() => Service, { description: 'Marks a service inactive; a stale version gets CONFLICT.' })
  deactivateService(
    @Arg('id', () => ID, { description: 'The service to mark inactive.' }) id: string,
    @Arg('version', () => Int, { description: "The service's version as last read; a different current version fails with CONFLICT." })
    version: number,
    @Ctx() ctx: Context,
  ) {
    return deactivateService(ctx, id, version);
  }

  @FieldResolver(() => Organisation, { description: 'Who offers it.' })
  organisation(@Root() service: Service, @Ctx() ctx: Context) {
    return loaders.organisation(ctx).load(service.organisationId);
  }

  @Directive('@listSize(assumedSize: 5)')
  @FieldResolver(() => [TaxonomyTerm], { description: 'Activities the service offers (shared taxonomy).' })
  async activities(@Root() service: Service, @Ctx() ctx: Context) {
    return activityTerms((await loaders.serviceTerms(ctx, 'activity').load(service.id)) ?? []);
  }

  @Directive('@listSize(assumedSize: 5)')
  @FieldResolver(() => [TaxonomyTerm], { description: 'Target groups the service is for (shared taxonomy).' })
  async targetGroups(@Root() service: Service, @Ctx() ctx: Context) {
    return targetGroupTerms((await loaders.serviceTerms(ctx, 'target_group').load(service.id)) ?? []);
  }

  @Directive('@listSize(assumedSize: 5)')
  @FieldResolver(() => [Municipality], { description: 'Municipalities where it is offered.' })
  async municipalities(@Root() service: Service, @Ctx() ctx: Context) {
    const codes = (await loaders.serviceMunicipalityCodes(ctx).load(service.id)) ?? [];
    return (await loaders.municipality(ctx).loadMany(codes)).filter((m): m is Municipality => m instanceof Municipality);
  }
}
