import type { TokenRequest } from '../../../subgraphs/common/auth.js';
import { addDays } from '../../../subgraphs/common/clock.js';
import { testClock } from '../clock.js';
import { gql, tokenFor } from '../graphql.js';

/*
 * A small world made through the real mutations, two of everything: municipality A works
 * with organisation X (which accepted the agreement), B with Y. Each side has one volunteer,
 * engaged with its organisation and assigned under the agreement, with hours, a compliance
 * record, a consent and an interest. Every personal value is a string found nowhere else,
 * so a response that carries one is caught wherever the value surfaced.
 */

export type SideKey = 'X' | 'Y';

/** Personal values of a side, by what they are (the keys are the "marks" the rules speak of). */
export interface Marks {
  name: string;
  email: string;
  phone: string;
  place: string;
  course: string;
  consent: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
}
export type MarkKind = keyof Marks;

export interface Side {
  key: SideKey;
  municipality: string;
  county: string;
  organisationId: string;
  serviceId: string;
  agreementId: string;
  volunteerId: string;
  engagementId: string;
  assignmentId: string;
  hoursId: string;
  opportunityId: string;
  interestId: string;
  consentId: string;
  marks: Marks;
}

export interface World {
  sides: Record<SideKey, Side>;
  /** A provisional value only researchers, services and admins may read (a restricted mark; whole, as the indicator has no decimals). */
  provisional: { indicator: string; period: string; areaCode: string; value: number };
}

export type Act = (who: TokenRequest | null, query: string, variables?: Record<string, unknown>) => Promise<any>;

/** Runs one request through the gateway and fails loudly when it does not succeed (the world must be built whole). */
export function actor(gatewayUrl: string): Act {
  return async (who, query, variables) => {
    const answer = await gql(gatewayUrl, query, variables, who ? await tokenFor(who) : undefined);
    if (answer.errors) throw new Error(`world: ${query.slice(0, 80)} failed: ${JSON.stringify(answer.errors)}`);
    return answer.data;
  };
}

const ADMIN: TokenRequest = { role: 'admin', subject: 'matrix-admin' };
const SIDE_SETUP: Record<SideKey, { municipality: string; county: string; word: string }> = {
  X: { municipality: '3201', county: '32', word: 'Xanthor' },
  Y: { municipality: '0301', county: '03', word: 'Yselda' },
};

function marksOf(word: string, digit: string): Marks {
  return {
    name: `${word} Probestad`,
    email: `${word.toLowerCase()}.probestad@matrix.example`,
    phone: `+47 9${digit}${digit} 1${digit} 2${digit}`,
    place: `${word}bakken omsorgssenter`,
    course: `${word.toLowerCase()}_kurs`,
    consent: `${word.toLowerCase()}_nyhetsbrev`,
    contactName: `${word} Kontaktesen`,
    contactEmail: `${word.toLowerCase()}.kontakt@matrix.example`,
    contactPhone: `+47 4${digit}${digit} 3${digit} 4${digit}`,
  };
}

async function buildSide(act: Act, key: SideKey, digit: string): Promise<Side> {
  const { municipality, county, word } = SIDE_SETUP[key];
  const marks = marksOf(word, digit);
  const today = testClock().today();
  const mun: TokenRequest = { role: 'municipality', municipality, subject: `coordinator-${key}` };
  const org = (organisationId: string): TokenRequest => ({ role: 'organisation', organisation: organisationId, subject: `org-${key}` });

  const organisationId = (
    await act(ADMIN, 'mutation ($i: CreateOrganisationInput!) { createOrganisation(input: $i) { id } }', {
      i: { name: `${word} frivilligsentral`, kind: 'VOLUNTEER_CENTRE', municipalityCodes: [municipality] },
    })
  ).createOrganisation.id as string;
  const serviceId = (
    await act(org(organisationId), 'mutation ($i: CreateServiceInput!) { createService(input: $i) { id } }', {
      i: { organisationId, name: `${word} besøkstjeneste`, activities: ['visiting_service'], municipalityCodes: [municipality] },
    })
  ).createService.id as string;
  const agreement = await act(mun, 'mutation ($i: CreateAgreementInput!) { createAgreement(input: $i) { id } }', {
    i: {
      title: `${word}-avtalen`,
      municipalityCode: municipality,
      organisationIds: [organisationId],
      type: 'COLLABORATION_AGREEMENT',
      status: 'ACTIVE',
      isPublic: true,
      startDate: addDays(today, -60),
      endDate: addDays(today, 300),
      activities: ['visiting_service'],
      targetGroups: ['home_dwelling_elderly'],
      contacts: [{ side: 'ORGANISATION', organisationId, name: marks.contactName, email: marks.contactEmail, phone: marks.contactPhone }],
    },
  });
  const agreementId = agreement.createAgreement.id as string;
  await act(org(organisationId), 'mutation ($a: ID!) { respondToAgreement(agreementId: $a, accept: true) { id } }', { a: agreementId });

  const volunteer = await act(
    org(organisationId),
    'mutation ($i: CreateVolunteerInput!) { createVolunteer(input: $i) { id engagements { id version } } }',
    {
      i: {
        name: marks.name,
        email: marks.email,
        phone: marks.phone,
        birthYear: 1950 + Number(digit),
        municipalityCode: municipality,
        languages: ['nb'],
        skills: ['cooking'],
        activities: ['visiting_service'],
        availability: ['WEEKEND'],
        organisationId,
      },
    },
  );
  const volunteerId = volunteer.createVolunteer.id as string;
  const [engagement] = volunteer.createVolunteer.engagements as { id: string; version: number }[];
  await act(org(organisationId), 'mutation ($id: ID!, $v: Int!) { transitionEngagement(id: $id, version: $v, status: ACTIVE) { id } }', {
    id: engagement.id,
    v: engagement.version,
  });
  const assignment = (
    await act(mun, 'mutation ($i: CreateAssignmentInput!) { createAssignment(input: $i) { id version } }', {
      i: { volunteerId, organisationId, agreementId, place: marks.place, activity: 'visiting_service', startDate: addDays(today, -30) },
    })
  ).createAssignment as { id: string; version: number };
  const assignmentId = assignment.id;
  await act(
    org(organisationId),
    'mutation ($v: ID!, $on: Date!, $until: Date!) { recordPoliceCertificate(volunteerId: $v, verifiedOn: $on, validUntil: $until) { policeCertificateVerifiedOn } }',
    { v: volunteerId, on: addDays(today, -20), until: addDays(today, 20) },
  );
  await act(
    org(organisationId),
    'mutation ($v: ID!, $c: String!, $on: Date!) { recordTrainingCourse(volunteerId: $v, course: $c, completedOn: $on) { policeCertificateVerifiedOn } }',
    { v: volunteerId, c: marks.course, on: addDays(today, -19) },
  );
  await act(org(organisationId), 'mutation ($id: ID!, $v: Int!) { transitionAssignment(id: $id, version: $v, status: ACTIVE) { id } }', {
    id: assignmentId,
    v: assignment.version,
  });
  const self: TokenRequest = { role: 'volunteer', volunteer: volunteerId, subject: `volunteer-${key}` };
  const hoursId = (
    await act(self, 'mutation ($i: LogHoursInput!) { logHours(input: $i) { id } }', {
      i: { assignmentId, date: addDays(today, -2), hours: 2.5, activity: 'visiting_service' },
    })
  ).logHours.id as string;
  const consentId = (await act(self, 'mutation ($p: String!) { giveConsent(purpose: $p) { id } }', { p: marks.consent })).giveConsent.id;
  const opportunityId = (
    await act(org(organisationId), 'mutation ($i: CreateOpportunityInput!) { createOpportunity(input: $i) { id } }', {
      i: {
        title: `${word} trenger besøksvenner`,
        agreementId,
        organisationId,
        activity: 'visiting_service',
        place: `${word} sentrum`,
        places: 3,
        startDate: addDays(today, 10),
      },
    })
  ).createOpportunity.id as string;
  const interestId = (await act(self, 'mutation ($o: ID!) { expressInterest(opportunityId: $o) { id } }', { o: opportunityId }))
    .expressInterest.id as string;
  return {
    key,
    municipality,
    county,
    organisationId,
    serviceId,
    agreementId,
    volunteerId,
    engagementId: engagement.id,
    assignmentId,
    hoursId,
    opportunityId,
    interestId,
    consentId,
    marks,
  };
}

export async function buildWorld(gatewayUrl: string): Promise<World> {
  const act = actor(gatewayUrl);
  const X = await buildSide(act, 'X', '1');
  const Y = await buildSide(act, 'Y', '2');
  const provisional = {
    indicator: 'volunteer_hours',
    period: String(Number(testClock().today().slice(0, 4)) + 1),
    areaCode: X.municipality,
    value: 987654,
  };
  await act(
    { role: 'service', subject: 'matrix-snapshot' },
    'mutation ($i: ReplaceLiveObservationsInput!) { replaceLiveObservations(input: $i) { period } }',
    {
      i: {
        indicatorCode: provisional.indicator,
        period: provisional.period,
        observations: [{ areaCode: provisional.areaCode, value: provisional.value, status: 'PROVISIONAL' }],
      },
    },
  );
  return { sides: { X, Y }, provisional };
}
