import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { requireRole } from '../../common/access.js';
import type { Context } from '../../common/context.js';
import { MunicipalityRef } from '../stubs.js';
import { maySeePersonalData } from '../access.js';
import { Volunteer } from '../entities/volunteer.entity.js';

/** Personal fields resolve to null for a caller who may not see them; nothing reaches the response otherwise. */
const personal = <T>(ctx: Context, volunteer: Volunteer, value: T): T | null => (maySeePersonalData(ctx.caller, volunteer) ? value : null);

@Resolver(() => Volunteer)
export class VolunteerResolver {
  @Query(() => Volunteer, { nullable: true, description: 'The signed-in volunteer.' })
  me(@Ctx() ctx: Context) {
    requireRole(ctx.caller, ['volunteer'], 'me');
    return ctx.em.findOne(Volunteer, { id: ctx.caller.volunteerId!, erasedAt: null });
  }

  @Query(() => Volunteer, { nullable: true, description: 'A volunteer, for callers allowed to see them.' })
  async volunteer(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    requireRole(ctx.caller, ['admin', 'volunteer'], 'volunteer');
    const volunteer = await ctx.em.findOne(Volunteer, { id });
    return volunteer && maySeePersonalData(ctx.caller, volunteer) ? volunteer : null;
  }

  @FieldResolver(() => String, { nullable: true })
  name(@Root() v: Volunteer, @Ctx() ctx: Context) {
    return personal(ctx, v, v.name);
  }

  @FieldResolver(() => String, { nullable: true })
  email(@Root() v: Volunteer, @Ctx() ctx: Context) {
    return personal(ctx, v, v.email);
  }

  @FieldResolver(() => String, { nullable: true })
  phone(@Root() v: Volunteer, @Ctx() ctx: Context) {
    return personal(ctx, v, v.phone);
  }

  @FieldResolver(() => Int, { nullable: true })
  birthYear(@Root() v: Volunteer, @Ctx() ctx: Context) {
    return personal(ctx, v, v.birthYear);
  }

  @FieldResolver(() => MunicipalityRef, { nullable: true, description: 'Municipality of residence.' })
  municipality(@Root() v: Volunteer, @Ctx() ctx: Context) {
    return personal(ctx, v, v.municipalityCode ? { code: v.municipalityCode } : null);
  }

  @FieldResolver(() => [String], { nullable: true })
  languages(@Root() v: Volunteer, @Ctx() ctx: Context) {
    return personal(ctx, v, v.languages);
  }

  @FieldResolver(() => [String], { nullable: true })
  skills(@Root() v: Volunteer, @Ctx() ctx: Context) {
    return personal(ctx, v, v.skills);
  }
}
