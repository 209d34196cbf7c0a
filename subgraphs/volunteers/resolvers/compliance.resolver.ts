import { Arg, Ctx, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { requireRole } from '../../common/access.js';
import type { Context } from '../../common/context.js';
import { BadUserInputError, NotFoundError } from '../../common/errors.js';
import { DateScalar } from '../../common/scalars.js';
import { accessLevel } from '../access.js';
import { Compliance } from '../entities/compliance.entity.js';
import { Volunteer } from '../entities/volunteer.entity.js';
import { ComplianceKind } from '../enums.js';
import { loaders } from '../loaders.js';
import { recordConfidentialityDeclaration, recordPoliceCertificate, recordTrainingCourse } from '../services/compliance.service.js';
import { today } from '../validate.js';

@ObjectType({ description: 'A police certificate or confidentiality declaration that runs out soon.' })
class ComplianceAlert {
  @Field(() => Volunteer) volunteer!: Volunteer;
  @Field(() => ComplianceKind) kind!: ComplianceKind;
  @Field(() => DateScalar) validUntil!: string;
  @Field(() => Int) daysLeft!: number;
}

const COORDINATORS = ['admin', 'organisation', 'municipality'] as const;
const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** Coordinators record compliance for volunteers they can see. */
async function coordinated(ctx: Context, volunteerId: string, action: string) {
  requireRole(ctx.caller, COORDINATORS, action);
  const volunteer = await loaders.volunteer(ctx).load(volunteerId);
  if (!volunteer || (await accessLevel(ctx, volunteer)) === 'none') throw new NotFoundError('Volunteer', volunteerId);
}

@Resolver()
export class ComplianceResolver {
  @Query(() => [ComplianceAlert], { description: 'Volunteers the caller coordinates whose politiattest or taushetserklæring runs out within N days (0-366).' })
  async expiringCompliance(@Arg('withinDays', () => Int) withinDays: number, @Ctx() ctx: Context): Promise<ComplianceAlert[]> {
    requireRole(ctx.caller, COORDINATORS, 'expiringCompliance');
    if (!Number.isInteger(withinDays) || withinDays < 0 || withinDays > 366) throw new BadUserInputError('withinDays', `must be between 0 and 366, got ${withinDays}`);
    const from = today();
    const to = addDays(from, withinDays);
    const window = { $gte: from, $lte: to };
    const rows = await ctx.em.find(Compliance, { $or: [{ policeCertificateValidUntil: window }, { confidentialityValidUntil: window }] });
    const volunteers = await loaders.volunteer(ctx).loadMany(rows.map((r) => r.volunteerId));
    // All levels in one batch (the access loader), not one query per row.
    const levels = await Promise.all(volunteers.map((v) => (v instanceof Volunteer ? accessLevel(ctx, v) : 'none')));
    const alerts: ComplianceAlert[] = [];
    for (const [i, row] of rows.entries()) {
      const volunteer = volunteers[i];
      if (!(volunteer instanceof Volunteer) || levels[i] === 'none') continue;
      const days = (until: string) => Math.round((Date.parse(until) - Date.parse(from)) / 86_400_000);
      const within = (until: string | null): until is string => !!until && until >= from && until <= to;
      if (within(row.policeCertificateValidUntil)) alerts.push({ volunteer, kind: ComplianceKind.POLICE_CERTIFICATE, validUntil: row.policeCertificateValidUntil, daysLeft: days(row.policeCertificateValidUntil) });
      if (within(row.confidentialityValidUntil)) alerts.push({ volunteer, kind: ComplianceKind.CONFIDENTIALITY_DECLARATION, validUntil: row.confidentialityValidUntil, daysLeft: days(row.confidentialityValidUntil) });
    }
    return alerts.sort((a, b) => a.validUntil.localeCompare(b.validUntil) || a.volunteer.id.localeCompare(b.volunteer.id));
  }

  @Mutation(() => Compliance, { description: 'Records that a coordinator saw a valid politiattest. The certificate itself is never stored.' })
  async recordPoliceCertificate(
    @Arg('volunteerId', () => ID) volunteerId: string,
    @Arg('verifiedOn', () => DateScalar) verifiedOn: string,
    @Arg('validUntil', () => DateScalar) validUntil: string,
    @Ctx() ctx: Context,
  ) {
    await coordinated(ctx, volunteerId, 'recordPoliceCertificate');
    return recordPoliceCertificate(ctx.em, volunteerId, verifiedOn, validUntil, ctx.caller.subject ?? ctx.caller.role);
  }

  @Mutation(() => Compliance, { description: 'Records a signed confidentiality declaration (taushetserklæring).' })
  async recordConfidentialityDeclaration(
    @Arg('volunteerId', () => ID) volunteerId: string,
    @Arg('signedOn', () => DateScalar) signedOn: string,
    @Arg('validUntil', () => DateScalar, { nullable: true }) validUntil: string | null,
    @Ctx() ctx: Context,
  ) {
    await coordinated(ctx, volunteerId, 'recordConfidentialityDeclaration');
    return recordConfidentialityDeclaration(ctx.em, volunteerId, signedOn, validUntil);
  }

  @Mutation(() => Compliance)
  async recordTrainingCourse(
    @Arg('volunteerId', () => ID) volunteerId: string,
    @Arg('course', () => String) course: string,
    @Arg('completedOn', () => DateScalar) completedOn: string,
    @Ctx() ctx: Context,
  ) {
    await coordinated(ctx, volunteerId, 'recordTrainingCourse');
    return recordTrainingCourse(ctx.em, volunteerId, course, completedOn);
  }
}
