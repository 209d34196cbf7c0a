import type { EntityManager } from '@mikro-orm/knex';
import { BadUserInputError, ConflictError, NotFoundError } from '../../common/errors.js';
import { Engagement } from '../entities/engagement.entity.js';
import { EngagementStatus } from '../enums.js';
import { engagementNext, transitionProblem } from '../rules/lifecycle.js';
import { today } from '../validate.js';
import { loadForWrite } from './volunteer.service.js';

export async function createEngagement(em: EntityManager, volunteerId: string, organisationId: string): Promise<Engagement> {
  await loadForWrite(em, volunteerId, null);
  const existing = await em.findOne(Engagement, { volunteerId, organisationId });
  if (existing) throw new BadUserInputError('organisationId', `the volunteer already has an engagement with this organisation (${existing.id}, ${existing.status})`);
  const engagement = em.create(Engagement, { volunteerId, organisationId, status: EngagementStatus.APPLICANT, appliedOn: today() } as Engagement);
  await em.flush();
  return engagement;
}

export async function loadEngagement(em: EntityManager, id: string): Promise<Engagement> {
  const engagement = await em.findOne(Engagement, { id });
  if (!engagement) throw new NotFoundError('Engagement', id);
  return engagement;
}

/** Moves an engagement along its lifecycle, keeping its dates: active sets the start, archived the end. */
export async function transitionEngagement(em: EntityManager, engagement: Engagement, to: EngagementStatus, version: number, on = today()): Promise<Engagement> {
  if (engagement.version !== version) throw new ConflictError('Engagement', engagement.id, version, engagement.version);
  const problem = transitionProblem(engagementNext, engagement.status, to);
  if (problem) throw new BadUserInputError('status', problem);
  if (to === EngagementStatus.ACTIVE) {
    engagement.startDate ??= on;
    engagement.endDate = null;
  }
  if (to === EngagementStatus.INACTIVE || to === EngagementStatus.ARCHIVED) engagement.endDate ??= on;
  engagement.status = to;
  await em.flush();
  return engagement;
}
