import type { Context } from '../../common/context.js';
import { BadUserInputError, NotFoundError, UniqueConflictError } from '../../common/errors.js';
import { assertVersion, versionedWrite } from '../../common/versioned-write.js';
import { Engagement } from '../entities/engagement.entity.js';
import { EngagementStatus } from '../enums.js';
import { engagementNext, transitionProblem } from '../rules/lifecycle.js';
import { loadVolunteer } from './volunteer.service.js';

/** The volunteer applies to an organisation (or an admin registers it). */
export async function createEngagement(ctx: Context, volunteerId: string, organisationId: string): Promise<Engagement> {
  await loadVolunteer(ctx, volunteerId);
  const existing = await ctx.em.findOne(Engagement, { volunteerId, organisationId });
  if (existing)
    throw new UniqueConflictError(
      'organisationId',
      `the volunteer already has an engagement with this organisation (${existing.id}, ${existing.status})`,
    );
  const engagement = ctx.em.create(Engagement, {
    volunteerId,
    organisationId,
    status: EngagementStatus.APPLICANT,
    appliedOn: ctx.clock.today(),
  });
  await ctx.em.flush();
  return engagement;
}

export async function loadEngagement(ctx: Context, id: string): Promise<Engagement> {
  const engagement = await ctx.em.findOne(Engagement, { id });
  if (!engagement) throw new NotFoundError('Engagement', id);
  return engagement;
}

/** Moves an engagement along its lifecycle, keeping its dates: active sets the start, archived the end. */
export async function transitionEngagement(
  ctx: Context,
  engagement: Engagement,
  to: EngagementStatus,
  version: number,
): Promise<Engagement> {
  assertVersion('Engagement', engagement.id, version, engagement.version);
  const on = ctx.clock.today();
  return versionedWrite(ctx.em, { entity: Engagement, label: 'Engagement', id: engagement.id, version }, (row) => {
    const problem = transitionProblem(engagementNext, row.status, to);
    if (problem) throw new BadUserInputError('status', problem);
    if (to === EngagementStatus.ACTIVE) {
      row.startDate ??= on;
      row.endDate = null;
    }
    if (to === EngagementStatus.INACTIVE || to === EngagementStatus.ARCHIVED) row.endDate ??= on;
    row.status = to;
  });
}
