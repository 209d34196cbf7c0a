import { readFileSync } from 'node:fs';
import { addDays } from '../../../subgraphs/common/clock.js';
import { testClock } from '../clock.js';
import type { Probe } from './rules.js';
import { supergraph } from './schema.js';
import type { World } from './world.js';

/*
 * Which roles may run which mutation (DESIGN.md "may write"), one line each, with arguments
 * aimed at side X of the world. `:own` means only the tenant of side X (organisation X,
 * municipality A, volunteer X); the other side's tenant must be refused. A mutation of the
 * schema without a line here fails the suite.
 */
type Allow = 'admin' | 'service' | 'volunteer' | 'volunteer:own' | 'organisation:own' | 'municipality:own';

/** Versions of side X's records, read just before the calls (so a refusal is not a stale-version CONFLICT). */
export interface Versions {
  agreement: number;
  organisation: number;
  service: number;
  municipality: number;
  volunteer: number;
  assignment: number;
  engagement: number;
}

export const VERSIONS_QUERY = `query ($a: ID!, $o: ID!, $s: ID!, $m: MunicipalityCode!, $v: ID!) {
  agreement(id: $a) { version } organisation(id: $o) { version } service(id: $s) { version } municipality(code: $m) { version }
  volunteer(id: $v) { version assignments { version } engagements { version } } }`;

export function mutationTable(world: World, v: Versions): Record<string, { allow: Allow[]; args: Record<string, unknown> }> {
  const X = world.sides.X;
  const today = testClock().today();
  const mun: Allow[] = ['admin', 'municipality:own'];
  const org: Allow[] = ['admin', 'organisation:own'];
  const coordinators: Allow[] = ['admin', 'organisation:own', 'municipality:own'];
  const self: Allow[] = ['admin', 'volunteer:own'];
  return {
    createAgreement: {
      allow: mun,
      args: {
        input: { title: 'Refused', municipalityCode: X.municipality, organisationIds: [X.organisationId], type: 'COLLABORATION_AGREEMENT' },
      },
    },
    updateAgreement: { allow: mun, args: { id: X.agreementId, version: v.agreement, input: { title: 'Refused' } } },
    renewAgreement: { allow: mun, args: { id: X.agreementId, version: v.agreement, input: { startDate: addDays(today, 400) } } },
    respondToAgreement: { allow: org, args: { agreementId: X.agreementId, organisationId: X.organisationId, accept: false } },
    changeAgreementStatus: { allow: mun, args: { id: X.agreementId, version: v.agreement, status: 'TERMINATED' } },
    replaceLiveObservations: {
      allow: ['admin', 'service'],
      args: {
        input: {
          indicatorCode: world.provisional.indicator,
          period: world.provisional.period,
          observations: [{ areaCode: X.municipality, value: 1, status: 'PROVISIONAL' }],
        },
      },
    },
    updateVolunteerPolicy: { allow: mun, args: { code: X.municipality, version: v.municipality, input: { hasVolunteerPolicy: true } } },
    createOrganisation: {
      allow: org,
      args: { input: { name: 'Refused chapter', kind: 'VOLUNTARY_ORGANISATION', parentId: X.organisationId } },
    },
    updateOrganisation: { allow: org, args: { id: X.organisationId, version: v.organisation, input: { description: 'Refused' } } },
    deactivateOrganisation: { allow: org, args: { id: X.organisationId, version: v.organisation } },
    createService: { allow: org, args: { input: { organisationId: X.organisationId, name: 'Refused service' } } },
    updateService: { allow: org, args: { id: X.serviceId, version: v.service, input: { name: 'Refused' } } },
    deactivateService: { allow: org, args: { id: X.serviceId, version: v.service } },
    syncOrganisations: {
      allow: org,
      args: {
        source: 'matrix-x',
        records: [{ externalId: 'refused-1', name: 'Refused', kind: 'VOLUNTARY_ORGANISATION', municipalityCodes: [X.municipality] }],
      },
    },
    registerSyncSource: { allow: ['admin'], args: { source: 'matrix-refused', ownerOrganisationId: X.organisationId } },
    createAssignment: {
      allow: coordinators,
      args: {
        input: {
          volunteerId: X.volunteerId,
          organisationId: X.organisationId,
          agreementId: X.agreementId,
          place: 'Refused place',
          activity: 'visiting_service',
          startDate: today,
        },
      },
    },
    transitionAssignment: { allow: coordinators, args: { id: X.assignmentId, version: v.assignment, status: 'CANCELLED' } },
    logHours: {
      allow: [...coordinators, 'volunteer:own'],
      args: { input: { assignmentId: X.assignmentId, date: addDays(today, -1), hours: 1 } },
    },
    approveHours: { allow: coordinators, args: { ids: [X.hoursId] } },
    recordPoliceCertificate: {
      allow: org,
      args: { volunteerId: X.volunteerId, verifiedOn: addDays(today, -1), validUntil: addDays(today, 1) },
    },
    recordConfidentialityDeclaration: { allow: org, args: { volunteerId: X.volunteerId, signedOn: addDays(today, -1) } },
    recordTrainingCourse: { allow: org, args: { volunteerId: X.volunteerId, course: 'refused_course', completedOn: addDays(today, -1) } },
    createOpportunity: {
      allow: coordinators,
      args: {
        input: {
          title: 'Refused',
          agreementId: X.agreementId,
          organisationId: X.organisationId,
          activity: 'visiting_service',
          place: 'Refused',
          places: 1,
          startDate: addDays(today, 5),
        },
      },
    },
    expressInterest: { allow: ['volunteer'], args: { opportunityId: X.opportunityId } },
    withdrawInterest: { allow: ['volunteer:own'], args: { interestId: X.interestId } },
    // The opportunity is organisation X's; its municipality is not asked here (not run for it).
    acceptInterest: { allow: coordinators, args: { input: { interestId: X.interestId } } },
    createVolunteer: { allow: org, args: { input: { name: 'Refused Person', organisationId: X.organisationId } } },
    updateVolunteer: {
      allow: [...org, 'volunteer:own'],
      args: { id: X.volunteerId, version: v.volunteer, input: { phone: '+47 000 00 000' } },
    },
    giveConsent: { allow: self, args: { volunteerId: X.volunteerId, purpose: 'refused' } },
    withdrawConsent: { allow: self, args: { volunteerId: X.volunteerId, consentId: X.consentId } },
    requestErasure: { allow: self, args: { volunteerId: X.volunteerId } },
    createEngagement: { allow: self, args: { volunteerId: X.volunteerId, organisationId: world.sides.Y.organisationId } },
    transitionEngagement: { allow: [...org, 'volunteer:own'], args: { id: X.engagementId, version: v.engagement, status: 'INACTIVE' } },
  };
}

export const permits = (caller: Probe, allow: Allow[]) =>
  allow.some((a) => a === caller.role || (a === `${caller.role}:own` && caller.side === 'X'));

/** The mutation document for a field of the schema, its arguments as variables typed as the schema types them. */
export function mutationText(name: string, args: Record<string, unknown>): string {
  const field = supergraph.getMutationType()!.getFields()[name];
  const used = field.args.filter((a) => a.name in args);
  const vars = used.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const call = used.map((a) => `${a.name}: $${a.name}`).join(', ');
  return `mutation${vars ? ` (${vars})` : ''} { ${name}${call ? `(${call})` : ''} { __typename } }`;
}

/** What the refused calls must leave as it was: side X's records and the counts of everything they could add to. */
export const SNAPSHOT_QUERY = `query ($a: ID!, $o: ID!, $m: MunicipalityCode!, $v: ID!, $i: String!, $area: String!) {
  agreements(first: 1) { totalCount } volunteers(first: 1) { totalCount } organisations(first: 1) { totalCount }
  services(first: 1) { totalCount } organisationChanges(first: 1) { totalCount } opportunities(first: 1) { totalCount }
  agreement(id: $a) { version status title parties { id } proposedParties { status } auditTrail { id } }
  organisation(id: $o) { version description status chapters { id } services { id version name status } }
  municipality(code: $m) { version hasVolunteerPolicy }
  volunteer(id: $v) {
    version name phone erasedAt consents { id withdrawnAt } engagements { id status version } interests { id status }
    assignments { id status version hours { id approved } } complianceRecords { id }
  }
  observations(indicators: [$i], areas: [$area], first: 100) { totalCount edges { node { value period status } } }
}`;

/** The HTTP downloads the gateway passes through, as gateway/exports.ts lists them (read, not copied). */
export function exportRoutes(): { path: string; subgraph: string }[] {
  const source = readFileSync('gateway/exports.ts', 'utf8');
  return [...source.matchAll(/\{ path: '([^']+)', subgraph: '([^']+)' \}/g)].map(([, path, subgraph]) => ({ path, subgraph }));
}
