import type { EntityManager } from '@mikro-orm/knex';
import { BadUserInputError } from '../../common/errors.js';
import { Compliance } from '../entities/compliance.entity.js';
import { requireText, today } from '../validate.js';
import { loadForWrite } from './volunteer.service.js';

async function complianceOf(em: EntityManager, volunteerId: string): Promise<Compliance> {
  await loadForWrite(em, volunteerId, null);
  return (await em.findOne(Compliance, { volunteerId })) ?? em.create(Compliance, { volunteerId, courses: [] } as unknown as Compliance);
}

function checkDates(verifiedOn: string, validUntil: string | null, names: [string, string]) {
  if (verifiedOn > today()) throw new BadUserInputError(names[0], `${verifiedOn} is in the future`);
  if (validUntil && validUntil < verifiedOn) throw new BadUserInputError(names[1], `${validUntil} is before ${verifiedOn}`);
}

/** Records that a coordinator saw a valid politiattest. The certificate itself is not stored. */
export async function recordPoliceCertificate(em: EntityManager, volunteerId: string, verifiedOn: string, validUntil: string, verifiedBy: string) {
  checkDates(verifiedOn, validUntil, ['verifiedOn', 'validUntil']);
  const compliance = await complianceOf(em, volunteerId);
  Object.assign(compliance, { policeCertificateVerifiedOn: verifiedOn, policeCertificateValidUntil: validUntil, policeCertificateVerifiedBy: verifiedBy });
  await em.flush();
  return compliance;
}

export async function recordConfidentialityDeclaration(em: EntityManager, volunteerId: string, signedOn: string, validUntil: string | null) {
  checkDates(signedOn, validUntil, ['signedOn', 'validUntil']);
  const compliance = await complianceOf(em, volunteerId);
  Object.assign(compliance, { confidentialitySignedOn: signedOn, confidentialityValidUntil: validUntil });
  await em.flush();
  return compliance;
}

export async function recordTrainingCourse(em: EntityManager, volunteerId: string, course: string, completedOn: string) {
  const name = requireText('course', course);
  if (completedOn > today()) throw new BadUserInputError('completedOn', `${completedOn} is in the future`);
  const compliance = await complianceOf(em, volunteerId);
  compliance.courses = [...compliance.courses.filter((c) => c.course !== name), { course: name, completedOn }];
  await em.flush();
  return compliance;
}
