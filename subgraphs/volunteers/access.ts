import type { Caller } from '../common/auth.js';
import type { Context } from '../common/context.js';
import { subquery } from '../common/db.js';
import { UnreachableCaseError } from '../common/errors.js';
import { Assignment } from './entities/assignment.entity.js';
import { Engagement } from './entities/engagement.entity.js';
import { Interest } from './entities/interest.entity.js';
import { Opportunity } from './entities/opportunity.entity.js';
import type { Volunteer } from './entities/volunteer.entity.js';
import { EngagementStatus, InterestStatus } from './enums.js';

/**
 * How much of a volunteer a caller may read (DESIGN.md, "Who may see what"):
 * - full: the volunteer, admins, and an organisation the volunteer is engaged with;
 * - basic (name and compliance): a municipality with the volunteer on one of its
 *   agreements, or a publisher of an opportunity the volunteer showed interest in
 *   (and has not withdrawn it);
 * - none: everyone else, and everyone once the volunteer is erased.
 */
export type AccessLevel = 'full' | 'basic' | 'none';

/** Role-only part of the rule: what a caller gets without looking at any relation. */
function byRole(caller: Caller, volunteerId: string): AccessLevel | 'relation' {
  switch (caller.role) {
    case 'admin':
      return 'full';
    case 'volunteer':
      return caller.volunteerId === volunteerId ? 'full' : 'none';
    case 'organisation':
    case 'municipality':
      return 'relation';
    case 'anonymous':
    case 'researcher':
    case 'service':
      return 'none';
    default:
      throw new UnreachableCaseError(caller.role);
  }
}

/** Levels from relations, for a batch of volunteers: two queries whatever the batch size. */
async function relationLevels(ctx: Context, ids: readonly string[]): Promise<Map<string, AccessLevel>> {
  const levels = new Map<string, AccessLevel>();
  const { caller, em } = ctx;
  const interested = async (publisher: object) => {
    const opportunities = em.createQueryBuilder(Opportunity, 'o').select('o.id').where(publisher);
    const rows = await em.find(Interest, { volunteerId: { $in: [...ids] }, status: { $ne: InterestStatus.WITHDRAWN }, opportunityId: { $in: subquery(opportunities) } });
    for (const row of rows) if (!levels.has(row.volunteerId)) levels.set(row.volunteerId, 'basic');
  };
  if (caller.role === 'organisation') {
    const engaged = await em.find(Engagement, { volunteerId: { $in: [...ids] }, organisationId: caller.organisationId!, status: { $ne: EngagementStatus.ARCHIVED } });
    for (const e of engaged) levels.set(e.volunteerId, 'full');
    await interested({ organisationId: caller.organisationId });
  } else if (caller.role === 'municipality') {
    // Raw ids, not partly loaded entities: those would sit in the request's identity map half empty.
    const on: { volunteer_id: string }[] = await em
      .createQueryBuilder(Assignment, 'a')
      .select('a.volunteer_id')
      .where({ volunteerId: { $in: [...ids] }, municipalityCode: caller.municipalityCode })
      .execute('all', false);
    for (const a of on) levels.set(a.volunteer_id, 'basic');
    await interested({ municipalityCode: caller.municipalityCode, organisationId: null });
  }
  return levels;
}

/** The caller's level for a volunteer, batched per request. */
export async function accessLevel(ctx: Context, volunteer: Pick<Volunteer, 'id' | 'erasedAt'>): Promise<AccessLevel> {
  if (volunteer.erasedAt) return 'none';
  const level = byRole(ctx.caller, volunteer.id);
  if (level !== 'relation') return level;
  const loaded = await ctx
    .loader<string, AccessLevel>('accessLevel', async (ids) => {
      const levels = await relationLevels(ctx, ids);
      return ids.map((id) => levels.get(id) ?? 'none');
    })
    .load(volunteer.id);
  return loaded ?? 'none';
}

export const canSeeFull = async (ctx: Context, v: Pick<Volunteer, 'id' | 'erasedAt'>) => (await accessLevel(ctx, v)) === 'full';
export const canSeeBasic = async (ctx: Context, v: Pick<Volunteer, 'id' | 'erasedAt'>) => (await accessLevel(ctx, v)) !== 'none';

/**
 * Every personal field goes through here: deny by default, the value only
 * when the caller's level for this volunteer reaches `needed`. The same
 * resolvers serve queries, nested fields and `_entities` references.
 */
export async function personal<T>(ctx: Context, v: Pick<Volunteer, 'id' | 'erasedAt'>, needed: Exclude<AccessLevel, 'none'>, value: () => T | Promise<T>): Promise<T | null> {
  const level = await accessLevel(ctx, v);
  return level === 'full' || (level === 'basic' && needed === 'basic') ? value() : null;
}
