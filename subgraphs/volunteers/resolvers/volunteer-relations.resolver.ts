import { Ctx, Directive, Field, FieldResolver, Float, Int, ObjectType, Resolver, Root } from 'type-graphql';
import type { Context } from '../../common/context.js';
import type { VolunteerAccess } from '../access.js';
import { Assignment } from '../entities/assignment.entity.js';
import { Compliance, ComplianceRecord } from '../entities/compliance-record.entity.js';
import { Consent } from '../entities/consent.entity.js';
import { Engagement } from '../entities/engagement.entity.js';
import { Interest } from '../entities/interest.entity.js';
import { Volunteer } from '../entities/volunteer.entity.js';
import type { VolunteersDeps } from '../index.js';
import { loaders } from '../loaders.js';
import { summary } from '../rules/compliance.js';
import { totalsByYear } from '../rules/hours.js';

@ObjectType({ description: 'Hours in one year.' })
export class YearHours {
  @Directive('@tag(name: "personal")')
  @Field(() => Int, { description: 'The calendar year.' })
  year!: number;
  @Directive('@tag(name: "personal")')
  @Field(() => Float, { description: 'Hours logged in the year, approved or not.' })
  hours!: number;
  @Directive('@tag(name: "personal")')
  @Field(() => Float, { description: 'Hours approved by a coordinator in the year.' })
  approvedHours!: number;
}

@Resolver(() => Volunteer)
export class VolunteerRelationsResolver {
  private readonly access: VolunteerAccess;
  constructor(deps: VolunteersDeps) {
    this.access = deps.access;
  }

  @Directive('@tag(name: "personal")')
  @FieldResolver(() => Compliance, {
    nullable: true,
    description:
      'The latest politiattest, taushetserklæring and courses among the records the caller may read (for coordinators too: name and compliance).',
  })
  compliance(@Root() v: Volunteer, @Ctx() ctx: Context) {
    return this.access.personal(ctx, v, 'basic', async () => {
      const readable = await this.access.readableRecords(ctx, v, (await loaders.complianceRecords(ctx).load(v.id)) ?? []);
      return readable.length > 0 ? summary(readable) : null;
    });
  }

  @Directive('@listSize(assumedSize: 10)')
  @Directive('@tag(name: "personal")')
  @FieldResolver(() => [ComplianceRecord], {
    nullable: true,
    description:
      "Every compliance record and who made it: all of them for the volunteer and admins; for a coordinator its own side's and administrators'.",
  })
  complianceRecords(@Root() v: Volunteer, @Ctx() ctx: Context) {
    return this.access.personal(ctx, v, 'basic', async () =>
      this.access.readableRecords(ctx, v, (await loaders.complianceRecords(ctx).load(v.id)) ?? []),
    );
  }

  @Directive('@listSize(assumedSize: 5)')
  @Directive('@tag(name: "personal")')
  @FieldResolver(() => [Consent], {
    nullable: true,
    description: 'Consents the volunteer has given (and withdrawn); null when the caller may not see them.',
  })
  consents(@Root() v: Volunteer, @Ctx() ctx: Context) {
    return this.access.personal(ctx, v, 'full', async () => (await loaders.consents(ctx).load(v.id)) ?? []);
  }

  @Directive('@listSize(assumedSize: 5)')
  @Directive('@tag(name: "personal")')
  @FieldResolver(() => [Engagement], {
    nullable: true,
    description: "The volunteer's engagements with organisations that the caller may see; null when none may be seen.",
  })
  engagements(@Root() v: Volunteer, @Ctx() ctx: Context) {
    return this.access.personal(ctx, v, 'full', async () => this.access.ownPart(ctx, (await loaders.engagements(ctx).load(v.id)) ?? []));
  }

  @Directive('@listSize(assumedSize: 5)')
  @Directive('@tag(name: "personal")')
  @FieldResolver(() => [Assignment], {
    nullable: true,
    description: "The volunteer's assignments (oppdrag) that the caller may see; null when none may be seen.",
  })
  assignments(@Root() v: Volunteer, @Ctx() ctx: Context) {
    return this.access.personal(ctx, v, 'full', async () => this.access.ownPart(ctx, (await loaders.assignments(ctx).load(v.id)) ?? []));
  }

  @Directive('@listSize(assumedSize: 10)')
  @Directive('@tag(name: "personal")')
  @FieldResolver(() => [Interest], {
    nullable: true,
    description: 'Opportunities the volunteer is interested in (the volunteer and admins).',
  })
  interests(@Root() v: Volunteer, @Ctx() ctx: Context) {
    if (!this.access.mayReadInterests(ctx)) return null;
    return this.access.personal(ctx, v, 'full', async () => (await loaders.interests(ctx).load(v.id)) ?? []);
  }

  @Directive('@listSize(assumedSize: 5)')
  @Directive('@tag(name: "personal")')
  @FieldResolver(() => [YearHours], { nullable: true, description: 'Hours per year over the assignments the caller may see.' })
  hoursTotals(@Root() v: Volunteer, @Ctx() ctx: Context) {
    return this.access.personal(ctx, v, 'full', async () => {
      const assignments = this.access.ownPart(ctx, (await loaders.assignments(ctx).load(v.id)) ?? []);
      const hours = await loaders.hours(ctx).loadMany(assignments.map((a) => a.id));
      return totalsByYear(hours.flatMap((h) => (Array.isArray(h) ? h : [])));
    });
  }
}
