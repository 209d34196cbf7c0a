import type { FilterQuery } from '@mikro-orm/core';
import { requireRole } from '../common/access.js';
import type { Caller } from '../common/auth.js';
import type { Context } from '../common/context.js';
import { subquery } from '../common/db.js';
import { ForbiddenError, NotFoundError, UnauthenticatedError, UnreachableCaseError } from '../common/errors.js';
import type { AgreementDirectory } from './clients/agreements.client.js';
import { Assignment } from './entities/assignment.entity.js';
import { Engagement } from './entities/engagement.entity.js';
import { Volunteer } from './entities/volunteer.entity.js';
import { EngagementStatus } from './enums.js';
import { loaders } from './loaders.js';
import { isNeutral, type RecordFacts } from './rules/compliance.js';

/*
 * Who sees and does what with a volunteer, written once and asked on every path. Access
 * derives from a current relationship the volunteer's own organisation (or the volunteer)
 * created, never from a record the caller could create alone:
 * - full: the volunteer, admins, an organisation with a current (non-archived) engagement;
 * - basic (name, compliance): a municipality through an assignment under its agreement by an
 *   organisation that accepted it and that the volunteer is engaged with now; the publisher of
 *   an opportunity the volunteer is (still) interested in;
 * - none: everyone else, and everyone once the volunteer is erased.
 */
type AccessLevel = 'full' | 'basic' | 'none';

/** A caller's access to one volunteer: the level, and whose compliance records it reads (besides administrators'). */
interface Access {
  level: AccessLevel;
  verifiers: ReadonlySet<string> | 'all';
}

/** Who coordinates volunteers: lists them, reads expiring compliance, asks for candidates. */
export const COORDINATORS = ['admin', 'organisation', 'municipality'] as const;
const NONE: Access = { level: 'none', verifiers: new Set() };
const ALL: Access = { level: 'full', verifiers: 'all' };
type VolunteerKey = Pick<Volunteer, 'id' | 'erasedAt'>;
/** Assignments of a municipality by organisations that accepted the agreement, of volunteers engaged with them now. */
interface WorkFilter {
  municipalityCode: string;
  $or: { organisationId: string; agreementId: { $in: string[] }; volunteerId: { $in: string[] } }[];
}
const current = { $ne: EngagementStatus.ARCHIVED };
/** The volunteers with a current engagement with the organisation, as a subquery. */
const engagedWith = ({ em }: Context, organisationId: string) =>
  subquery(em.createQueryBuilder(Engagement, 'e').select('e.volunteer_id').where({ organisationId, status: current }));

/** Role-only part of the rule: what a caller gets without looking at any relation. */
function byRole(caller: Caller, volunteerId: string): Access | 'relation' {
  switch (caller.role) {
    case 'admin':
      return ALL;
    case 'volunteer':
      return caller.volunteerId === volunteerId ? ALL : NONE;
    case 'organisation':
    case 'municipality':
      return 'relation';
    case 'anonymous':
    case 'researcher':
    case 'service':
      return NONE;
    default:
      throw new UnreachableCaseError(caller);
  }
}

export class VolunteerAccess {
  constructor(private readonly agreements: AgreementDirectory) {}

  /**
   * The assignments that give a municipality sight of a volunteer, as a filter (null: none):
   * its own, by an organisation that accepted the agreement (the agreements subgraph, asked
   * once a request on the caller's behalf) and that the volunteer is engaged with now.
   */
  private async municipalityWork(ctx: Context, code: string): Promise<WorkFilter | null> {
    const build = async (): Promise<{ filter: WorkFilter | null }> => {
      const agreements = await this.agreements.find(ctx, (await loaders.agreementsWorkedUnder(ctx).load(code)) ?? []);
      const byOrganisation = new Map<string, string[]>();
      for (const a of [...agreements.values()].filter((a) => a.municipalityCode === code)) {
        for (const organisation of a.partyIds) byOrganisation.set(organisation, [...(byOrganisation.get(organisation) ?? []), a.id]);
      }
      const $or = [...byOrganisation].map(([organisationId, ids]) => ({
        organisationId,
        agreementId: { $in: ids },
        volunteerId: { $in: engagedWith(ctx, organisationId) },
      }));
      return { filter: $or.length > 0 ? { municipalityCode: code, $or } : null };
    };
    return (
      (await ctx.loader<string, { filter: WorkFilter | null }>('municipalityWork', (codes) => Promise.all(codes.map(build))).load(code))
        ?.filter ?? null
    );
  }

  /** The caller's access to a volunteer; the relations behind it are read in batches per request (loaders.ts). */
  private async of(ctx: Context, volunteer: VolunteerKey): Promise<Access> {
    const { caller } = ctx;
    if (volunteer.erasedAt) return NONE;
    const access = byRole(caller, volunteer.id);
    if (access !== 'relation') return access;
    if (caller.role === 'organisation') {
      const own = new Set([caller.organisationId]);
      if (await loaders.engagedWith(ctx, caller.organisationId).load(volunteer.id)) return { level: 'full', verifiers: own };
      const interested = await loaders.interestedIn(ctx, { organisationId: caller.organisationId }).load(volunteer.id);
      return interested ? { level: 'basic', verifiers: own } : NONE;
    }
    if (caller.role === 'municipality') {
      const work = await this.municipalityWork(ctx, caller.municipalityCode);
      const through = work ? ((await loaders.workOrganisations(ctx, work).load(volunteer.id)) ?? []) : [];
      const publisher = { municipalityCode: caller.municipalityCode, organisationId: null };
      const interested = await loaders.interestedIn(ctx, publisher).load(volunteer.id);
      return through.length > 0 || interested ? { level: 'basic', verifiers: new Set([...through, caller.municipalityCode]) } : NONE;
    }
    return NONE;
  }

  /** none, basic (name and compliance) or full. */
  async level(ctx: Context, volunteer: VolunteerKey): Promise<AccessLevel> {
    return (await this.of(ctx, volunteer)).level;
  }

  /** Every personal field goes through here: deny by default, the value only when the caller's level reaches `needed`. */
  async personal<T>(ctx: Context, v: VolunteerKey, needed: Exclude<AccessLevel, 'none'>, value: () => T | Promise<T>): Promise<T | null> {
    const level = await this.level(ctx, v);
    return level === 'full' || (level === 'basic' && needed === 'basic') ? value() : null;
  }

  /** The compliance records the caller reads: all for the volunteer and admins; for others administrators' and their own side's, never another party's. */
  async readableRecords<R extends RecordFacts>(ctx: Context, v: VolunteerKey, records: readonly R[]): Promise<R[]> {
    const { level, verifiers } = await this.of(ctx, v);
    if (level === 'none') return [];
    if (verifiers === 'all') return [...records];
    return records.filter((r) => isNeutral(r) || (r.verifierId !== null && verifiers.has(r.verifierId)));
  }

  /** A write that needs the volunteer in full (compliance records): NOT_FOUND for who cannot see them, FORBIDDEN for who sees only the name. */
  async requireFull(ctx: Context, volunteerId: string, action: string): Promise<Volunteer> {
    const volunteer = await ctx.em.findOne(Volunteer, { id: volunteerId, erasedAt: null });
    const level = volunteer ? await this.level(ctx, volunteer) : 'none';
    if (!volunteer || level === 'none') throw new NotFoundError('Volunteer', volunteerId);
    if (level !== 'full') throw new ForbiddenError(`${action} needs the volunteer's organisation: a current engagement with them`);
    return volunteer;
  }

  /** Which volunteers a coordinator lists: an organisation its engaged ones, a municipality those it has sight of, admins all. */
  async coordinatedVolunteers(ctx: Context): Promise<FilterQuery<Volunteer>> {
    const { caller, em } = ctx;
    requireRole(caller, COORDINATORS, 'volunteers');
    if (caller.role === 'organisation') return { id: { $in: engagedWith(ctx, caller.organisationId) } };
    if (caller.role === 'municipality') {
      const work = await this.municipalityWork(ctx, caller.municipalityCode);
      return { id: { $in: work ? subquery(em.createQueryBuilder(Assignment, 'a').select('a.volunteer_id').where(work)) : [] } };
    }
    return {};
  }

  /** Who works where is personal: an assignment (and its hours) is for the volunteer, its organisation, a municipality with sight of it and admins. Null: none. */
  async assignmentFilter(ctx: Context): Promise<FilterQuery<Assignment> | null> {
    const { caller } = ctx;
    if (caller.role === 'admin') return {};
    if (caller.role === 'organisation') return { organisationId: caller.organisationId };
    if (caller.role === 'municipality') return this.municipalityWork(ctx, caller.municipalityCode);
    if (caller.role === 'volunteer') return { volunteerId: caller.volunteerId };
    return null;
  }

  /** An assignment, or an hours entry on one, as a check (batched for `_entities`). */
  async maySeeWork(ctx: Context, work: { assignmentId: string; organisationId: string; volunteerId: string }): Promise<boolean> {
    const { caller } = ctx;
    if (caller.role === 'admin') return true;
    if (caller.role === 'organisation') return work.organisationId === caller.organisationId;
    if (caller.role === 'volunteer') return work.volunteerId === caller.volunteerId;
    if (caller.role !== 'municipality') return false;
    const visible = await ctx
      .loader<string, boolean>('visibleWork', async (ids) => {
        const filter = await this.assignmentFilter(ctx);
        const seen = new Set(filter ? (await ctx.em.find(Assignment, { $and: [filter, { id: { $in: [...ids] } }] })).map((a) => a.id) : []);
        return ids.map((id) => seen.has(id));
      })
      .load(work.assignmentId);
    return visible === true;
  }

  /** Coordinators of an assignment: its organisation, a municipality with sight of it, admins. */
  async requireAssignmentCoordinator(ctx: Context, a: Assignment, action: string): Promise<void> {
    requireRole(ctx.caller, COORDINATORS, action);
    const coordinates = await this.maySeeWork(ctx, { assignmentId: a.id, organisationId: a.organisationId, volunteerId: a.volunteerId });
    if (!coordinates) throw new ForbiddenError(`${action}: you are not a coordinator for this`);
  }

  /** An engagement is for the volunteer, its organisation and admins. */
  maySeeEngagement(ctx: Context, e: Pick<Engagement, 'organisationId' | 'volunteerId'>): boolean {
    const { caller } = ctx;
    if (caller.role === 'admin') return true;
    if (caller.role === 'organisation') return e.organisationId === caller.organisationId;
    if (caller.role === 'volunteer') return e.volunteerId === caller.volunteerId;
    return false;
  }

  /** An organisation sees its own part of a volunteer's work, not what they do for others. */
  ownPart<T extends { organisationId: string }>(ctx: Context, rows: T[]): T[] {
    const { caller } = ctx;
    return caller.role === 'organisation' ? rows.filter((r) => r.organisationId === caller.organisationId) : rows;
  }

  /** Interests say which opportunities a volunteer looks at: for the volunteer and admins, not for an organisation. */
  mayReadInterests(ctx: Context): boolean {
    return ctx.caller.role !== 'organisation';
  }

  /** When a volunteer was erased: admins only (every other field is gone then). */
  mayReadErasure(ctx: Context): boolean {
    return ctx.caller.role === 'admin';
  }
}

/** Organisations act for themselves, municipalities for themselves, admins for anyone. */
export function requireCoordinatorOf(
  caller: Caller,
  target: { organisationId?: string | null; municipalityCode?: string | null },
  action: string,
) {
  if (caller.role === 'admin') return;
  if (caller.role === 'organisation' && target.organisationId && caller.organisationId === target.organisationId) return;
  if (caller.role === 'municipality' && target.municipalityCode && caller.municipalityCode === target.municipalityCode) return;
  if (caller.role === 'anonymous') throw new UnauthenticatedError(`${action} needs a signed-in caller`);
  throw new ForbiddenError(`${action}: you are not a coordinator for this`);
}

/** The volunteer a self-service action is for: a volunteer always themselves, an admin whoever it names. */
export function selfOrAdmin(caller: Caller, volunteerId: string | null | undefined, action: string): string {
  requireRole(caller, ['volunteer', 'admin'], action);
  if (caller.role === 'volunteer') {
    if (volunteerId && volunteerId !== caller.volunteerId) throw new ForbiddenError(`${action}: a volunteer acts only for themselves`);
    return caller.volunteerId;
  }
  if (!volunteerId) throw new ForbiddenError(`${action}: an admin must name the volunteerId`);
  return volunteerId;
}

/** The signed-in volunteer's own id, for what only a volunteer does for themselves. */
export function signedInVolunteer(caller: Caller, action: string): string {
  if (caller.role === 'volunteer') return caller.volunteerId;
  requireRole(caller, ['volunteer'], action);
  throw new ForbiddenError(`${action} is for volunteers`);
}
