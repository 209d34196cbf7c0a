import type { Role, TokenRequest } from '../../../subgraphs/common/auth.js';
import type { ArgFiller, Tag } from './schema.js';
import type { MarkKind, Side, SideKey, World } from './world.js';

/*
 * The expected permissions, kept small: DESIGN.md's "who may see what" as levels per
 * caller and side of the world. Everything else (which fields, which paths) comes from the schema.
 */

export interface Probe {
  name: string;
  role: Role;
  token: TokenRequest | null;
  /** The side of the world the caller belongs to (tenants), none for the others. */
  side?: SideKey;
}

/** Each role of the project, and two tenants of each tenant role. */
export function callers(world: World): Probe[] {
  const { X, Y } = world.sides;
  const tenants = (s: Side): Probe[] => [
    {
      name: `volunteer ${s.key}`,
      role: 'volunteer',
      side: s.key,
      token: { role: 'volunteer', volunteer: s.volunteerId, subject: `v-${s.key}` },
    },
    {
      name: `organisation ${s.key}`,
      role: 'organisation',
      side: s.key,
      token: { role: 'organisation', organisation: s.organisationId, subject: `o-${s.key}` },
    },
    {
      name: `municipality ${s.municipality}`,
      role: 'municipality',
      side: s.key,
      token: { role: 'municipality', municipality: s.municipality, subject: `m-${s.key}` },
    },
  ];
  return [
    { name: 'anonymous', role: 'anonymous', token: null },
    { name: 'researcher', role: 'researcher', token: { role: 'researcher', subject: 'r' } },
    { name: 'service', role: 'service', token: { role: 'service', subject: 's' } },
    { name: 'admin', role: 'admin', token: { role: 'admin', subject: 'a' } },
    ...tenants(X),
    ...tenants(Y),
  ];
}

/**
 * What a caller may read of one side's people (DESIGN.md): everything for the volunteer, their
 * organisation and admins; name and compliance (and the work under its own agreement) for the
 * municipality whose agreement the organisation accepted; nothing for anyone else.
 */
export type Level = 'full' | 'basic' | 'none';
export function personLevel(caller: Probe, side: SideKey): Level {
  if (caller.role === 'admin') return 'full';
  if (caller.side !== side) return 'none';
  return caller.role === 'municipality' ? 'basic' : 'full';
}

/** Contact persons, the audit trail and who answered a proposal: the parties of the agreement (its municipality and accepted organisations) and admins. */
export function partyOf(caller: Probe, side: SideKey): boolean {
  return caller.role === 'admin' || (caller.side === side && (caller.role === 'municipality' || caller.role === 'organisation'));
}

/** Types whose personal fields belong to an agreement's parties rather than to a volunteer. */
const PARTY_TYPES = ['AgreementContact', 'AgreementAuditEntry', 'AgreementFieldChange', 'AgreementParty'];
const PARTY_FIELDS = ['Agreement.contacts', 'Agreement.auditTrail', 'Agreement.proposedParties'];

/**
 * What kind of data a tagged field holds: a volunteer's (personal, or a restricted id of a personal
 * record), an agreement party's (contacts, audit trail), or work in progress (unpublished indicators,
 * provisional values: restricted only, checked through the provisional value the world stores).
 */
export type DataKind = 'person' | 'party' | 'unpublished';
export function kindOf(typeField: string, tags: Tag[], typeHasPersonal: boolean): DataKind {
  const [type] = typeField.split('.');
  if (PARTY_TYPES.includes(type) || PARTY_FIELDS.includes(typeField)) return 'party';
  if (tags.includes('personal') || (typeHasPersonal && type !== 'Query')) return 'person';
  return 'unpublished';
}

/**
 * With basic access (a municipality): a volunteer's name and compliance, and the work done
 * under its agreement reached from the agreement (Agreement.assignments and below), never
 * another field of the volunteer: a path is allowed when every step out of a Volunteer is one of these.
 */
export const BASIC_VOLUNTEER_FIELDS = ['id', 'name', 'compliance', 'complianceRecords'];

/** Query roots that show a municipality (basic access) the volunteers it has sight of; other personal roots need full access. */
export const BASIC_ROOTS = ['Query.volunteer', 'Query.volunteers', 'Query.expiringCompliance'];
/** Records of a volunteer that basic access never reaches: engagements, consents, interests, matches. */
export const NOT_BASIC_TYPES = ['Engagement', 'Consent', 'Interest', 'OpportunityMatch', 'CandidateMatch'];

/** Full access short of an admin's: what a volunteer's organisation or the volunteer does not read although it reads the rest. */
export const NOT_FOR: Partial<Record<Role, string[]>> = {
  // Which opportunities a volunteer looks at is theirs; the whole export is the volunteer's (volunteers access.ts).
  organisation: ['Volunteer.interests', 'Query.myData'],
  // Candidates and expiring compliance are for coordinators (COORDINATORS in volunteers access.ts).
  volunteer: ['Query.candidatesFor', 'Query.expiringCompliance'],
};

/** Roots naming a side's record whose answers still reach beyond the side (open opportunities anywhere): no "sees what the admin sees" there. */
export const OPEN_ROOTS = ['Query.opportunitiesFor'];

/** Which marks need which access (basic: a municipality's sight; party: the agreement's parties). */
export const MARK_NEEDS: Record<MarkKind, Level | 'party'> = {
  name: 'basic',
  course: 'basic',
  place: 'basic',
  email: 'full',
  phone: 'full',
  consent: 'full',
  contactName: 'party',
  contactEmail: 'party',
  contactPhone: 'party',
};
export function maySeeMark(caller: Probe, side: SideKey, kind: MarkKind): boolean {
  const need = MARK_NEEDS[kind];
  if (need === 'party') return partyOf(caller, side);
  const level = personLevel(caller, side);
  return level === 'full' || (level === 'basic' && need === 'basic');
}

/** Unpublished indicators and provisional values: researchers, the snapshot service and admins (indicators access.ts). */
export const SEES_UNPUBLISHED: Role[] = ['researcher', 'service', 'admin'];

/** Errors that count as a refusal: the caller is told no, or that there is nothing (it may not know it exists). */
export const REFUSALS = ['FORBIDDEN', 'UNAUTHENTICATED', 'NOT_FOUND'];

/**
 * Arguments of the fields on a path, from the world: those naming a record name the side's
 * one; the rest bound the answer. A required argument missing here fails the suite.
 */
export function argsFor(world: World, side: Side): ArgFiller {
  const year = Number(new Date().toISOString().slice(0, 4));
  const byField: Record<string, unknown> = {
    'Query.agreement.id': side.agreementId,
    'Query.indicator.code': world.provisional.indicator,
    'Query.county.code': side.county,
    'Query.municipality.code': side.municipality,
    'Query.municipalities.countyCode': side.county,
    'Query.service.id': side.serviceId,
    'Query.opportunity.id': side.opportunityId,
    'Query.volunteer.id': side.volunteerId,
    'Query.organisation.id': side.organisationId,
    'Query.myData.volunteerId': side.volunteerId,
    'Query.agreementProposals.organisationId': side.organisationId,
    'Query.opportunities.municipalityCode': side.municipality,
    'Query.expiringAgreements.municipalityCode': side.municipality,
    'Query.expiringAgreements.withinDays': 3650,
    'Query.expiringCompliance.withinDays': 366,
    'Query.observations.areas': [side.municipality],
    'Query.observations.indicators': [world.provisional.indicator],
    'Query.observations.periods': [world.provisional.period],
  };
  const byArg: Record<string, unknown> = {
    first: 5,
    volunteerId: side.volunteerId,
    opportunityId: side.opportunityId,
    year,
  };
  return (type, field, arg) => byField[`${type}.${field}.${arg}`] ?? byArg[arg];
}

/** Representation keys of the world's records, per entity type, for `_entities` straight at a subgraph. */
export function entityId(world: World, side: Side, type: string): string | undefined {
  const ids: Record<string, string> = {
    Volunteer: side.volunteerId,
    Assignment: side.assignmentId,
    HoursEntry: side.hoursId,
    Engagement: side.engagementId,
    Agreement: side.agreementId,
    Organisation: side.organisationId,
    Opportunity: side.opportunityId,
    Service: side.serviceId,
    Municipality: side.municipality,
    County: side.county,
    Indicator: world.provisional.indicator,
  };
  return ids[type];
}
