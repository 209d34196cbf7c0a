import { Arg, Ctx, Directive, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { requireRole } from '../../common/access.js';
import { addDays } from '../../common/clock.js';
import type { Context } from '../../common/context.js';
import { BadUserInputError } from '../../common/errors.js';
import { DateScalar } from '../../common/scalars.js';
import { COORDINATORS, type VolunteerAccess } from '../access.js';
import { Compliance, ComplianceRecord } from '../entities/compliance-record.entity.js';
import { Volunteer } from '../entities/volunteer.entity.js';
import { ComplianceKind } from '../enums.js';
import type { VolunteersDeps } from '../index.js';
import { loaders } from '../loaders.js';
import { runningOut, summary } from '../rules/compliance.js';
import { recordCheck, type Check } from '../services/compliance.service.js';

const PERSONAL = '@tag(name: "personal")';

@ObjectType({ description: 'A police certificate or confidentiality declaration that runs out soon.' })
class ComplianceAlert {
  @Directive(PERSONAL) @Field(() => Volunteer, { description: 'The volunteer whose document runs out.' }) volunteer!: Volunteer;
  @Directive(PERSONAL)
  @Field(() => ComplianceKind, { description: 'Which document runs out: politiattest or taushetserklæring.' })
  kind!: ComplianceKind;
  @Directive(PERSONAL) @Field(() => DateScalar, { description: 'Last day the document is valid.' }) validUntil!: string;
  @Directive(PERSONAL) @Field(() => Int, { description: 'Days from today to validUntil (0 = runs out today).' }) daysLeft!: number;
}

const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
/** Who records compliance: an organisation with a current engagement with the volunteer, or an admin. */
const RECORDERS = ['admin', 'organisation'] as const;

@Resolver()
export class ComplianceResolver {
  private readonly access: VolunteerAccess;
  constructor(deps: VolunteersDeps) {
    this.access = deps.access;
  }

  /** Records one check and answers with the volunteer's compliance as the caller now reads it. */
  private async record(ctx: Context, volunteerId: string, check: Check, action: string): Promise<Compliance> {
    requireRole(ctx.caller, RECORDERS, action);
    const record = await recordCheck(ctx, this.access, volunteerId, check, action);
    const volunteer = await loaders.volunteer(ctx).load(volunteerId);
    const all = await ctx.em.find(ComplianceRecord, { volunteerId }, { orderBy: { verifiedOn: 'asc', recordedAt: 'asc', id: 'asc' } });
    return summary(volunteer ? await this.access.readableRecords(ctx, volunteer, all) : [record]);
  }

  @Query(() => [ComplianceAlert], {
    description:
      'Volunteers the caller coordinates whose politiattest or taushetserklæring (the furthest one it may read) runs out within N days (0-366).',
  })
  @Directive(PERSONAL)
  async expiringCompliance(
    @Arg('withinDays', () => Int, { description: 'How many days ahead to look, 0-366.' }) withinDays: number,
    @Ctx() ctx: Context,
  ): Promise<ComplianceAlert[]> {
    requireRole(ctx.caller, COORDINATORS, 'expiringCompliance');
    if (!Number.isInteger(withinDays) || withinDays < 0 || withinDays > 366)
      throw new BadUserInputError('withinDays', `must be between 0 and 366, got ${withinDays}`);
    const from = ctx.clock.today();
    const to = addDays(from, withinDays);
    const ending = await ctx.em.find(ComplianceRecord, {
      kind: { $in: [ComplianceKind.POLICE_CERTIFICATE, ComplianceKind.CONFIDENTIALITY_DECLARATION] },
      validUntil: { $gte: from, $lte: to },
    });
    const ids = [...new Set(ending.map((r) => r.volunteerId))];
    const volunteers = (await loaders.volunteer(ctx).loadMany(ids)).filter((v): v is Volunteer => v instanceof Volunteer);
    const alerts: ComplianceAlert[] = [];
    // All records and access of these volunteers in a few batched queries, not one per volunteer.
    await Promise.all(
      volunteers.map(async (volunteer) => {
        const readable = await this.access.readableRecords(ctx, volunteer, (await loaders.complianceRecords(ctx).load(volunteer.id)) ?? []);
        for (const { kind, validUntil } of runningOut(readable, from, to))
          alerts.push({ volunteer, kind, validUntil, daysLeft: daysBetween(from, validUntil) });
      }),
    );
    return alerts.sort(
      (a, b) => a.validUntil.localeCompare(b.validUntil) || a.volunteer.id.localeCompare(b.volunteer.id) || a.kind.localeCompare(b.kind),
    );
  }

  @Mutation(() => Compliance, {
    description:
      'Records that the caller (an organisation the volunteer is engaged with, or an admin) saw a valid politiattest: a new record by the caller. The certificate itself is never stored.',
  })
  recordPoliceCertificate(
    @Arg('volunteerId', () => ID, { description: 'The volunteer whose politiattest was seen.' }) volunteerId: string,
    @Arg('verifiedOn', () => DateScalar, { description: 'The day the coordinator saw the politiattest; not in the future.' })
    verifiedOn: string,
    @Arg('validUntil', () => DateScalar, { description: 'Last day the politiattest is valid.' }) validUntil: string,
    @Ctx() ctx: Context,
  ) {
    const check: Check = {
      kind: ComplianceKind.POLICE_CERTIFICATE,
      verifiedOn,
      validUntil,
      fields: { verifiedOn: 'verifiedOn', validUntil: 'validUntil' },
    };
    return this.record(ctx, volunteerId, check, 'recordPoliceCertificate');
  }

  @Mutation(() => Compliance, {
    description: 'Records a signed confidentiality declaration (taushetserklæring): a new record by the caller.',
  })
  recordConfidentialityDeclaration(
    @Arg('volunteerId', () => ID, { description: 'The volunteer who signed the taushetserklæring.' }) volunteerId: string,
    @Arg('signedOn', () => DateScalar, { description: 'The day it was signed; not in the future.' }) signedOn: string,
    @Arg('validUntil', () => DateScalar, { nullable: true, description: 'Last day it is valid; leave out when it does not run out.' })
    validUntil: string | null,
    @Ctx() ctx: Context,
  ) {
    const check: Check = {
      kind: ComplianceKind.CONFIDENTIALITY_DECLARATION,
      verifiedOn: signedOn,
      validUntil,
      fields: { verifiedOn: 'signedOn', validUntil: 'validUntil' },
    };
    return this.record(ctx, volunteerId, check, 'recordConfidentialityDeclaration');
  }

  @Mutation(() => Compliance, { description: 'Records a completed training course: a new record by the caller.' })
  recordTrainingCourse(
    @Arg('volunteerId', () => ID, { description: 'The volunteer who completed the course.' }) volunteerId: string,
    @Arg('course', () => String, { description: 'Name of the course, as the agreement or opportunity requires it.' }) course: string,
    @Arg('completedOn', () => DateScalar, { description: 'The day the course was completed; not in the future.' }) completedOn: string,
    @Ctx() ctx: Context,
  ) {
    const check: Check = {
      kind: ComplianceKind.TRAINING_COURSE,
      verifiedOn: completedOn,
      validUntil: null,
      course,
      fields: { verifiedOn: 'completedOn' },
    };
    return this.record(ctx, volunteerId, check, 'recordTrainingCourse');
  }
}
