import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../common/context.js';
import { Connection, paginate } from '../../common/pagination.js';
import { ServiceStatus } from '../enums.js';
import { Municipality } from '../entities/municipality.entity.js';
import { Organisation } from '../entities/organisation.entity.js';
import { Service } from '../entities/service.entity.js';
import { serviceQuery } from '../filters.js';
import { loaders } from '../loaders.js';
import { CreateServiceInput, ServicesArgs, UpdateServiceInput } from '../service.input.js';
import { createService, updateService } from '../service.service.js';
import { TaxonomyTerm, activityTerms, targetGroupTerms } from './taxonomy.resolver.js';

const ServiceConnection = Connection(Service);

@Resolver(() => Service)
export class ServiceResolver {
  @Query(() => Service, { nullable: true })
  service(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return loaders.service(ctx).load(id);
  }

  @Query(() => ServiceConnection, { description: 'What organisations offer, filtered and paged.' })
  services(@Args(() => ServicesArgs) { filter, ...page }: ServicesArgs, @Ctx() ctx: Context) {
    const qb = serviceQuery(ctx.em, filter);
    return paginate(page, ({ limit, offset }) => qb.orderBy({ name: 'asc', id: 'asc' }).limit(limit).offset(offset).getResultAndCount());
  }

  @Mutation(() => Service, { description: 'Adds a service: admins for any organisation, an organisation for itself and its chapters.' })
  createService(@Arg('input', () => CreateServiceInput) input: CreateServiceInput, @Ctx() ctx: Context) {
    return createService(ctx.em, ctx.caller, input);
  }

  @Mutation(() => Service, { description: 'Updates a service; a stale version gets CONFLICT.' })
  updateService(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => UpdateServiceInput) input: UpdateServiceInput,
    @Ctx() ctx: Context,
  ) {
    return updateService(ctx.em, ctx.caller, id, version, input);
  }

  @Mutation(() => Service, { description: 'Marks a service inactive; a stale version gets CONFLICT.' })
  deactivateService(@Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Ctx() ctx: Context) {
    return updateService(ctx.em, ctx.caller, id, version, { status: ServiceStatus.INACTIVE });
  }

  @FieldResolver(() => Organisation, { description: 'Who offers it.' })
  organisation(@Root() service: Service, @Ctx() ctx: Context) {
    return loaders.organisation(ctx).load(service.organisationId);
  }

  @FieldResolver(() => [TaxonomyTerm])
  async activities(@Root() service: Service, @Ctx() ctx: Context) {
    return activityTerms((await loaders.serviceTerms(ctx, 'activity').load(service.id)) ?? []);
  }

  @FieldResolver(() => [TaxonomyTerm])
  async targetGroups(@Root() service: Service, @Ctx() ctx: Context) {
    return targetGroupTerms((await loaders.serviceTerms(ctx, 'target_group').load(service.id)) ?? []);
  }

  @FieldResolver(() => [Municipality], { description: 'Municipalities where it is offered.' })
  async municipalities(@Root() service: Service, @Ctx() ctx: Context) {
    const codes = (await loaders.serviceMunicipalityCodes(ctx).load(service.id)) ?? [];
    return (await loaders.municipality(ctx).loadMany(codes)).filter((m): m is Municipality => m instanceof Municipality);
  }
}
