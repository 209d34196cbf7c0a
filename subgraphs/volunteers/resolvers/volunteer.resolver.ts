import { Arg, Args, Ctx, Directive, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { requireRole } from '../../common/access.js';
import type { Context } from '../../common/context.js';
import { ConnectionArgs, Connection, paginate } from '../../common/pagination.js';
import { DateTimeScalar } from '../../common/scalars.js';
import { signedInVolunteer, type VolunteerAccess } from '../access.js';
import { Volunteer } from '../entities/volunteer.entity.js';
import { Availability } from '../enums.js';
import type { VolunteersDeps } from '../index.js';
import { loaders } from '../loaders.js';
import { MunicipalityRef } from '../stubs.js';

const VolunteerConnection = Connection(Volunteer);

/** Availability codes as stored are the enum's values. */
const AVAILABILITY: ReadonlySet<string> = new Set(Object.values(Availability));
const isAvailability = (code: string): code is Availability => AVAILABILITY.has(code);

@Resolver(() => Volunteer)
export class VolunteerResolver {
  private readonly access: VolunteerAccess;
  constructor(deps: VolunteersDeps) {
    this.access = deps.access;
  }

  @Directive('@tag(name: "personal")')
  @Query(() => Volunteer, { nullable: true, description: 'The signed-in volunteer.' })
  me(@Ctx() ctx: Context) {
    return ctx.em.findOne(Volunteer, { id: signedInVolunteer(ctx.caller, 'me'), erasedAt: null });
  }

  @Directive('@tag(name: "personal")')
  @Query(() => Volunteer, { nullable: true, description: 'A volunteer the caller may see; null otherwise.' })
  async volunteer(@Arg('id', () => ID, { description: 'Identifier of the volunteer.' }) id: string, @Ctx() ctx: Context) {
    requireRole(ctx.caller, ['admin', 'volunteer', 'organisation', 'municipality'], 'volunteer');
    const volunteer = await loaders.volunteer(ctx).load(id);
    return volunteer && (await this.access.level(ctx, volunteer)) !== 'none' ? volunteer : null;
  }

  @Directive('@tag(name: "personal")')
  @Query(() => VolunteerConnection, {
    description:
      'Volunteers the caller coordinates: an organisation its engaged volunteers, a municipality those on its agreements, admins all.',
  })
  async volunteers(@Args(() => ConnectionArgs) page: ConnectionArgs, @Ctx() ctx: Context) {
    const coordinated = await this.access.coordinatedVolunteers(ctx);
    return paginate(page, ({ limit, offset }) =>
      ctx.em.findAndCount(Volunteer, { $and: [{ erasedAt: null }, coordinated] }, { orderBy: { name: 'asc', id: 'asc' }, limit, offset }),
    );
  }

  @Directive('@tag(name: "personal")')
  @FieldResolver(() => Int, {
    nullable: true,
    description: 'For optimistic concurrency: send it back with updateVolunteer (callers who may edit).',
  })
  version(@Root() v: Volunteer, @Ctx() ctx: Context) {
    return this.access.personal(ctx, v, 'full', () => v.version);
  }

  @Directive('@tag(name: "personal")')
  @FieldResolver(() => DateTimeScalar, {
    nullable: true,
    description: 'When the volunteer was erased (admins only; every other field is gone then).',
  })
  erasedAt(@Root() v: Volunteer, @Ctx() ctx: Context) {
    return this.access.mayReadErasure(ctx) ? v.erasedAt : null;
  }

  @Directive('@tag(name: "personal")')
  @FieldResolver(() => String, {
    nullable: true,
    description: 'Volunteer, organisation (engaged), municipality (on its agreements), admin.',
  })
  name(@Root() v: Volunteer, @Ctx() ctx: Context) {
    return this.access.personal(ctx, v, 'basic', () => v.name);
  }

  @Directive('@tag(name: "personal")')
  @FieldResolver(() => String, { nullable: true, description: 'E-mail address; null when the caller may not see it.' })
  email(@Root() v: Volunteer, @Ctx() ctx: Context) {
    return this.access.personal(ctx, v, 'full', () => v.email);
  }

  @Directive('@tag(name: "personal")')
  @FieldResolver(() => String, { nullable: true, description: 'Phone number; null when the caller may not see it.' })
  phone(@Root() v: Volunteer, @Ctx() ctx: Context) {
    return this.access.personal(ctx, v, 'full', () => v.phone);
  }

  @Directive('@tag(name: "personal")')
  @FieldResolver(() => Int, { nullable: true, description: 'Year of birth; null when the caller may not see it.' })
  birthYear(@Root() v: Volunteer, @Ctx() ctx: Context) {
    return this.access.personal(ctx, v, 'full', () => v.birthYear);
  }

  @Directive('@tag(name: "personal")')
  @FieldResolver(() => MunicipalityRef, { nullable: true, description: 'Municipality of residence.' })
  municipality(@Root() v: Volunteer, @Ctx() ctx: Context) {
    return this.access.personal(ctx, v, 'full', () => (v.municipalityCode ? { code: v.municipalityCode } : null));
  }

  @Directive('@tag(name: "personal")')
  @FieldResolver(() => [String], {
    nullable: true,
    description: 'Language codes (ISO 639-1), e.g. nb, en, ar; null when the caller may not see them.',
  })
  languages(@Root() v: Volunteer, @Ctx() ctx: Context) {
    return this.access.personal(ctx, v, 'full', () => v.languages);
  }

  @Directive('@tag(name: "personal")')
  @FieldResolver(() => [String], {
    nullable: true,
    description: 'Skills the volunteer offers, e.g. "førerkort" or "musikk"; null when the caller may not see them.',
  })
  skills(@Root() v: Volunteer, @Ctx() ctx: Context) {
    return this.access.personal(ctx, v, 'full', () => v.skills);
  }

  @Directive('@tag(name: "personal")')
  @FieldResolver(() => [String], { nullable: true, description: 'Activity codes the volunteer would like to do.' })
  activities(@Root() v: Volunteer, @Ctx() ctx: Context) {
    return this.access.personal(ctx, v, 'full', () => v.activities);
  }

  @Directive('@tag(name: "personal")')
  @FieldResolver(() => [Availability], {
    nullable: true,
    description: 'When the volunteer can give time; null when the caller may not see it.',
  })
  availability(@Root() v: Volunteer, @Ctx() ctx: Context) {
    return this.access.personal(ctx, v, 'full', () => v.availability.filter(isAvailability));
  }
}
