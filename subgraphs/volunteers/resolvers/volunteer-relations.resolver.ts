import { Ctx, Field, FieldResolver, Float, Int, ObjectType, Resolver, Root } from 'type-graphql';
import type { Context } from '../../common/context.js';
import { personal } from '../access.js';
import { Assignment } from '../entities/assignment.entity.js';
import { Compliance } from '../entities/compliance.entity.js';
import { Consent } from '../entities/consent.entity.js';
import { Engagement } from '../entities/engagement.entity.js';
import { HoursEntry } from '../entities/hours-entry.entity.js';
import { Interest } from '../entities/interest.entity.js';
import { Volunteer } from '../entities/volunteer.entity.js';
import { loaders } from '../loaders.js';

@ObjectType({ description: 'Hours in one year.' })
export class YearHours {
  @Field(() => Int) year!: number;
  @Field(() => Float) hours!: number;
  @Field(() => Float) approvedHours!: number;
}

/** Totals per year, newest first. */
export function totalsByYear(entries: readonly HoursEntry[]): YearHours[] {
  const years = new Map<number, YearHours>();
  for (const e of entries) {
    const year = Number(e.date.slice(0, 4));
    const total = years.get(year) ?? { year, hours: 0, approvedHours: 0 };
    total.hours += e.hours;
    if (e.approved) total.approvedHours += e.hours;
    years.set(year, total);
  }
  return [...years.values()].sort((a, b) => b.year - a.year);
}

/** An organisation sees its own part of a volunteer's work, not what they do for others. */
const ownPart = <T extends { organisationId: string }>(ctx: Context, rows: T[]) =>
  ctx.caller.role === 'organisation' ? rows.filter((r) => r.organisationId === ctx.caller.organisationId) : rows;

@Resolver(() => Volunteer)
export class VolunteerRelationsResolver {
  @FieldResolver(() => Compliance, { nullable: true, description: 'Police certificate, confidentiality and training: for coordinators too (name and compliance).' })
  compliance(@Root() v: Volunteer, @Ctx() ctx: Context) {
    return personal(ctx, v, 'basic', () => loaders.compliance(ctx).load(v.id));
  }

  @FieldResolver(() => [Consent], { nullable: true })
  consents(@Root() v: Volunteer, @Ctx() ctx: Context) {
    return personal(ctx, v, 'full', async () => (await loaders.consents(ctx).load(v.id)) ?? []);
  }

  @FieldResolver(() => [Engagement], { nullable: true })
  engagements(@Root() v: Volunteer, @Ctx() ctx: Context) {
    return personal(ctx, v, 'full', async () => ownPart(ctx, (await loaders.engagements(ctx).load(v.id)) ?? []));
  }

  @FieldResolver(() => [Assignment], { nullable: true })
  assignments(@Root() v: Volunteer, @Ctx() ctx: Context) {
    return personal(ctx, v, 'full', async () => ownPart(ctx, (await loaders.assignments(ctx).load(v.id)) ?? []));
  }

  @FieldResolver(() => [Interest], { nullable: true, description: 'Opportunities the volunteer is interested in (the volunteer and admins).' })
  interests(@Root() v: Volunteer, @Ctx() ctx: Context) {
    if (ctx.caller.role === 'organisation') return null;
    return personal(ctx, v, 'full', async () => (await loaders.interests(ctx).load(v.id)) ?? []);
  }

  @FieldResolver(() => [YearHours], { nullable: true, description: 'Hours per year over the assignments the caller may see.' })
  hoursTotals(@Root() v: Volunteer, @Ctx() ctx: Context) {
    return personal(ctx, v, 'full', async () => {
      const assignments = ownPart(ctx, (await loaders.assignments(ctx).load(v.id)) ?? []);
      const hours = await loaders.hours(ctx).loadMany(assignments.map((a) => a.id));
      return totalsByYear(hours.flatMap((h) => (Array.isArray(h) ? h : [])));
    });
  }
}
