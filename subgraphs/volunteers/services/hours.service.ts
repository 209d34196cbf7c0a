import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import type { Caller } from '../../common/auth.js';
import { BadUserInputError, ForbiddenError } from '../../common/errors.js';
import { Assignment } from '../entities/assignment.entity.js';
import { HoursEntry } from '../entities/hours-entry.entity.js';
import { Volunteer } from '../entities/volunteer.entity.js';
import { AssignmentStatus } from '../enums.js';
import type { LogHoursInput } from '../inputs/assignment.input.js';
import { ageBand } from '../rules/compliance.js';
import { checkActivity, today } from '../validate.js';
import { loadAssignment, requireAssignmentCoordinator } from './assignment.service.js';

const MAX_HOURS_PER_DAY = 24;

/**
 * Logs hours on an assignment: the volunteer for themselves, or a coordinator.
 * Everything is checked before the one insert: hours in (0, 24], at most 24
 * in a day across the volunteer's assignments, one entry per assignment and
 * day, a date inside the assignment's period and not in the future.
 */
export async function logHours(em: EntityManager, caller: Caller, input: LogHoursInput): Promise<HoursEntry> {
  if (!Number.isFinite(input.hours) || input.hours <= 0 || input.hours > MAX_HOURS_PER_DAY) {
    throw new BadUserInputError('input.hours', `must be more than 0 and at most ${MAX_HOURS_PER_DAY}, got ${input.hours}`);
  }
  const assignment = await loadAssignment(em, input.assignmentId, 'input.assignmentId');
  if (!(caller.role === 'volunteer' && caller.volunteerId === assignment.volunteerId)) requireAssignmentCoordinator(caller, assignment, 'logHours');
  const activity = input.activity ?? assignment.activity;
  checkActivity('input.activity', activity);
  if (input.date > today()) throw new BadUserInputError('input.date', `${input.date} is in the future`);
  if (input.date < assignment.startDate || (assignment.endDate && input.date > assignment.endDate)) {
    throw new BadUserInputError('input.date', `${input.date} is outside the assignment's period (${assignment.startDate} – ${assignment.endDate ?? 'open'})`);
  }
  if (assignment.status !== AssignmentStatus.ACTIVE && assignment.status !== AssignmentStatus.COMPLETED) {
    throw new BadUserInputError('input.assignmentId', `the assignment is ${assignment.status}; hours are logged on active or completed assignments`);
  }
  const duplicate = await em.findOne(HoursEntry, { assignmentId: assignment.id, date: input.date });
  if (duplicate) throw new BadUserInputError('input.date', `hours for this assignment on ${input.date} are already logged (entry ${duplicate.id}); one entry per assignment and day`);
  const sameDay = await em.find(HoursEntry, { volunteerId: assignment.volunteerId, date: input.date });
  const dayTotal = sameDay.reduce((sum, h) => sum + h.hours, 0) + input.hours;
  if (dayTotal > MAX_HOURS_PER_DAY) throw new BadUserInputError('input.hours', `would make ${dayTotal} hours on ${input.date}; at most ${MAX_HOURS_PER_DAY} in a day`);
  const volunteer = await em.findOneOrFail(Volunteer, { id: assignment.volunteerId });
  const entry = em.create(HoursEntry, {
    assignmentId: assignment.id,
    volunteerId: assignment.volunteerId,
    organisationId: assignment.organisationId,
    municipalityCode: assignment.municipalityCode,
    date: input.date,
    hours: input.hours,
    activity,
    ageBand: ageBand(volunteer.birthYear, Number(input.date.slice(0, 4))),
  } as HoursEntry);
  try {
    await em.flush();
  } catch (error) {
    // Two requests for the same day raced past the check above; the unique index decides.
    if (error instanceof UniqueConstraintViolationException) throw new BadUserInputError('input.date', `hours for this assignment on ${input.date} are already logged`);
    throw error;
  }
  return entry;
}

/** A coordinator approves entries; all are checked before any is changed. */
export async function approveHours(em: EntityManager, caller: Caller, ids: string[]): Promise<HoursEntry[]> {
  if (caller.role === 'volunteer') throw new ForbiddenError('volunteers cannot approve hours; a coordinator does');
  const entries = await em.find(HoursEntry, { id: { $in: ids } });
  const missing = ids.filter((id) => !entries.some((e) => e.id === id));
  if (missing.length) throw new BadUserInputError('ids', `no hours entry has id ${missing.join(', ')}`);
  const assignments = new Map((await em.find(Assignment, { id: { $in: [...new Set(entries.map((e) => e.assignmentId))] } })).map((a) => [a.id, a]));
  for (const entry of entries) requireAssignmentCoordinator(caller, assignments.get(entry.assignmentId)!, 'approveHours');
  const now = new Date();
  for (const entry of entries) Object.assign(entry, { approved: true, approvedAt: entry.approvedAt ?? now, approvedBy: entry.approvedBy ?? caller.subject ?? caller.role });
  await em.flush();
  return entries;
}
