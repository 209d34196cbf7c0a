import { Arg, Args, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { requireRole } from '../../common/access.js';
import type { Context } from '../../common/context.js';
import { subquery } from '../../common/db.js';
import { ConnectionArgs, Connection, paginate } from '../../common/pagination.js';
import { DateTimeScalar } from '../../common/scalars.js';
import { accessLevel, personal } from '../access.js';
import { Assignment } from '../entities/assignment.entity.js';
import { Engagement } from '../entities/engagement.entity.js';
import { Volunteer } from '../entities/volunteer.entity.js';
import { Availability, EngagementStatus } from '../enums.js';
import { loaders } from '../loaders.js';
import { MunicipalityRef } from '../stubs.js';

const VolunteerConnection = Connection(Volunteer);

@Resolver(() => Volunteer)
export class VolunteerResolver {
  @Query(() => Volunteer, { nullable: true, description: 'The signed-in volunteer.' })
  me(@Ctx() ctx: Context) {
    requireRole(ctx.caller, ['volunteer'], 'me');
    return ctx.em.findOne(Volunteer, { id: ctx.caller.volunteerId!, erasedAt: null });
  }

  @Query(() => Volunteer, { nullable: true, description: 'A volunteer the caller may see; null otherwise.' })
  async volunteer(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    requireRole(ctx.caller, ['admin', 'volunteer', 'organisation', 'municipality'], 'volunteer');
    const volunteer = await loaders.volunteer(ctx).load(id);
    return volunteer && (await accessLevel(ctx, volunteer)) !== 'none' ? volunteer : null;
  }

  @Query(() => VolunteerConnection, {
    description: 'Volunteers the caller coordinates: an organisation its engaged volunteers, a municipality those on its agreements, admins all.',
  })
  volunteers(@Args(() => ConnectionArgs) page: ConnectionArgs, @Ctx() ctx: Context) {
    requireRole(ctx.caller, ['admin', 'organisation', 'municipality'], 'volunteers');
    const { caller, em } = ctx;
    return paginate(page, ({ limit, offset }) => {
      const qb = em.createQueryBuilder(Volunteer, 'v').select('v.*').where({ erasedAt: null }).orderBy({ name: 'asc', id: 'asc' }).limit(limit).offset(offset);
      if (caller.role === 'organisation') {
        const engaged = em.createQueryBuilder(Engagement, 'e').select('e.volunteer_id').where({ organisationId: caller.organisationId, status: { $ne: EngagementStatus.ARCHIVED } });
        qb.andWhere({ id: { $in: subquery(engaged) } });
      } else if (caller.role === 'municipality') {
        qb.andWhere({ id: { $in: subquery(em.createQueryBuilder(Assignment, 'a').select('a.volunteer_id').where({ municipalityCode: caller.municipalityCode })) } });
      }
      return qb.getResultAndCount();
    });
  }

  @FieldResolver(() => Int, { nullable: true, description: 'For optimistic concurrency: send it back with updateVolunteer (callers who may edit).' })
  version(@Root() v: Volunteer, @Ctx() ctx: Context) {
    return personal(ctx, v, 'full', () => v.version);
  }

  @FieldResolver(() => DateTimeScalar, { nullable: true, description: 'When the volunteer was erased (admins only; every other field is gone then).' })
  erasedAt(@Root() v: Volunteer, @Ctx() ctx: Context) {
    return ctx.caller.role === 'admin' ? v.erasedAt : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Volunteer, organisation (engaged), municipality (on its agreements), admin.' })
  name(@Root() v: Volunteer, @Ctx() ctx: Context) {
    return personal(ctx, v, 'basic', () => v.name);
  }

  @FieldResolver(() => String, { nullable: true })
  email(@Root() v: Volunteer, @Ctx() ctx: Context) {
    return personal(ctx, v, 'full', () => v.email);
  }

  @FieldResolver(() => String, { nullable: true })
  phone(@Root() v: Volunteer, @Ctx() ctx: Context) {
    return personal(ctx, v, 'full', () => v.phone);
  }

  @FieldResolver(() => Int, { nullable: true })
  birthYear(@Root() v: Volunteer, @Ctx() ctx: Context) {
    return personal(ctx, v, 'full', () => v.birthYear);
  }

  @FieldResolver(() => MunicipalityRef, { nullable: true, description: 'Municipality of residence.' })
  municipality(@Root() v: Volunteer, @Ctx() ctx: Context) {
    return personal(ctx, v, 'full', () => (v.municipalityCode ? { code: v.municipalityCode } : null));
  }

  @FieldResolver(() => [String], { nullable: true })
  languages(@Root() v: Volunteer, @Ctx() ctx: Context) {
    return personal(ctx, v, 'full', () => v.languages);
  }

  @FieldResolver(() => [String], { nullable: true })
  skills(@Root() v: Volunteer, @Ctx() ctx: Context) {
    return personal(ctx, v, 'full', () => v.skills);
  }

  @FieldResolver(() => [String], { nullable: true, description: 'Activity codes the volunteer would like to do.' })
  activities(@Root() v: Volunteer, @Ctx() ctx: Context) {
    return personal(ctx, v, 'full', () => v.activities);
  }

  @FieldResolver(() => [Availability], { nullable: true })
  availability(@Root() v: Volunteer, @Ctx() ctx: Context) {
    return personal(ctx, v, 'full', () => v.availability as Availability[]);
  }
}
