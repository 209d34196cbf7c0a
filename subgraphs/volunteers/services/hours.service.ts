import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { Context } from '../../common/context.js';
import { BadUserInputError, ForbiddenError } from '../../common/errors.js';
import { Assignment } from '../entities/assignment.entity.js';
import { HoursEntry } from '../entities/hours-entry.entity.js';
import { Volunteer } from '../entities/volunteer.entity.js';
import { AssignmentStatus } from '../enums.js';
import type { LogHoursInput } from '../inputs/assignment.input.js';
import type { VolunteerAccess } from '../access.js';
import { ageBand } from '../rules/age.js';
import { checkActivity, checkNotFuture } from '../rules/validation.js';
import { loadAssignment } from './assignment.service.js';
import { lockRow } from '../../common/versioned-write.js';

const MAX_HOURS_PER_DAY = 24;
/** The least that is logged: a quarter of an hour (so 5e-324 or 0.001 is a mistake, not work). */
const MIN_HOURS = 0.25;

/**
 * Logs hours on an assignment: the volunteer for themselves, or a coordinator.
 * Everything is checked before the one insert: hours in [0.25, 24], at most 24
 * in a day across the volunteer's assignments, one entry per assignment and
 * day, a date inside the assignment's period and not in the future.
 */
export async function logHours(ctx: Context, access: VolunteerAccess, input: LogHoursInput): Promise<HoursEntry> {
  const { caller, em } = ctx;
  if (!Number.isFinite(input.hours) || input.hours < MIN_HOURS || input.hours > MAX_HOURS_PER_DAY) {
    throw new BadUserInputError(
      'input.hours',
      `must be from ${MIN_HOURS} (a quarter of an hour) to ${MAX_HOURS_PER_DAY}, got ${input.hours}`,
    );
  }
  const assignment = await loadAssignment(ctx, input.assignmentId, 'input.assignmentId');
  if (!(caller.role === 'volunteer' && caller.volunteerId === assignment.volunteerId))
    await access.requireAssignmentCoordinator(ctx, assignment, 'logHours');
  const activity = input.activity ?? assignment.activity;
  checkActivity('input.activity', activity);
  checkNotFuture('input.date', input.date, ctx.clock.today());
  if (input.date < assignment.startDate || (assignment.endDate && input.date > assignment.endDate)) {
    throw new BadUserInputError(
      'input.date',
      `${input.date} is outside the assignment's period (${assignment.startDate} – ${assignment.endDate ?? 'open'})`,
    );
  }
  if (assignment.status !== AssignmentStatus.ACTIVE && assignment.status !== AssignmentStatus.COMPLETED) {
    throw new BadUserInputError(
      'input.assignmentId',
      `the assignment is ${assignment.status}; hours are logged on active or completed assignments`,
    );
  }
  try {
    // The day's cap spans the volunteer's assignments: the volunteer's row is locked while the
    // day is summed and the entry written, so two entries at once cannot both fit under it.
    return await em.transactional(async (tx) => {
      const volunteer = await lockRow(tx, Volunteer, { id: assignment.volunteerId });
      if (!volunteer) throw new BadUserInputError('input.assignmentId', `the assignment's volunteer no longer exists`);
      const duplicate = await tx.findOne(HoursEntry, { assignmentId: assignment.id, date: input.date });
      if (duplicate)
        throw new BadUserInputError(
          'input.date',
          `hours for this assignment on ${input.date} are already logged (entry ${duplicate.id}); one entry per assignment and day`,
        );
      const sameDay = await tx.find(HoursEntry, { volunteerId: assignment.volunteerId, date: input.date });
      const dayTotal = sameDay.reduce((sum, h) => sum + h.hours, 0) + input.hours;
      if (dayTotal > MAX_HOURS_PER_DAY)
        throw new BadUserInputError('input.hours', `would make ${dayTotal} hours on ${input.date}; at most ${MAX_HOURS_PER_DAY} in a day`);
      const entry = tx.create(HoursEntry, {
        assignmentId: assignment.id,
        volunteerId: assignment.volunteerId,
        organisationId: assignment.organisationId,
        municipalityCode: assignment.municipalityCode,
        date: input.date,
        hours: input.hours,
        activity,
        ageBand: ageBand(volunteer.birthYear, Number(input.date.slice(0, 4))),
        createdAt: ctx.clock.now(),
      });
      await tx.flush();
      return entry;
    });
  } catch (error) {
    // Two requests for the same day raced past the check above; the unique index decides.
    if (error instanceof UniqueConstraintViolationException)
      throw new BadUserInputError('input.date', `hours for this assignment on ${input.date} are already logged`);
    throw error;
  }
}

/** A coordinator approves entries; all are checked before any is changed. */
export async function approveHours(ctx: Context, access: VolunteerAccess, ids: string[]): Promise<HoursEntry[]> {
  const { caller, em } = ctx;
  if (caller.role === 'volunteer') throw new ForbiddenError('volunteers cannot approve hours; a coordinator does');
  const entries = await em.find(HoursEntry, { id: { $in: ids } });
  const missing = ids.filter((id) => !entries.some((e) => e.id === id));
  if (missing.length) throw new BadUserInputError('ids', `no hours entry has id ${missing.join(', ')}`);
  const assignments = new Map(
    (await em.find(Assignment, { id: { $in: [...new Set(entries.map((e) => e.assignmentId))] } })).map((a) => [a.id, a]),
  );
  for (const entry of entries) {
    const assignment = assignments.get(entry.assignmentId);
    if (!assignment) throw new BadUserInputError('ids', `hours entry ${entry.id} has no assignment`);
    await access.requireAssignmentCoordinator(ctx, assignment, 'approveHours');
  }
  const now = ctx.clock.now();
  for (const entry of entries)
    Object.assign(entry, {
      approved: true,
      approvedAt: entry.approvedAt ?? now,
      approvedBy: entry.approvedBy ?? caller.subject ?? caller.role,
    });
  await em.flush();
  return entries;
}
