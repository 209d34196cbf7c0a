import { registerEnumType } from 'type-graphql';

export enum AgreementType {
  COLLABORATION_AGREEMENT = 'collaboration_agreement',
  SERVICE_CONTRACT = 'service_contract',
  OPERATING_GRANT = 'operating_grant',
  PROJECT_GRANT = 'project_grant',
  INFORMAL_COOPERATION = 'informal_cooperation',
}
registerEnumType(AgreementType, {
  name: 'AgreementType',
  description: 'Kind of agreement between a municipality and the voluntary sector.',
  valuesConfig: {
    COLLABORATION_AGREEMENT: { description: 'samarbeidsavtale' },
    SERVICE_CONTRACT: { description: 'service contract won by tender (lov om offentlige anskaffelser)' },
    OPERATING_GRANT: { description: 'driftsstøtte' },
    PROJECT_GRANT: { description: 'prosjektstøtte' },
    INFORMAL_COOPERATION: { description: 'informal, dialogue-based cooperation (dialogbasert samarbeid)' },
  },
});

export enum AgreementStatus {
  DRAFT = 'draft',
  ACTIVE = 'active',
  EXPIRED = 'expired',
  TERMINATED = 'terminated',
}
registerEnumType(AgreementStatus, {
  name: 'AgreementStatus',
  description: 'Where an agreement is in its lifecycle: draft → active → expired or terminated (expired and terminated are final).',
  valuesConfig: {
    DRAFT: { description: 'being prepared; not in force (utkast)' },
    ACTIVE: { description: 'in force' },
    EXPIRED: { description: 'its end date has passed (follows the end date; never set by hand)' },
    TERMINATED: { description: 'ended by a party before its end date (oppsagt); terminatedOn is the day it took effect' },
  },
});

export enum Initiator {
  MUNICIPALITY = 'municipality',
  ORGANISATION = 'organisation',
  ENTHUSIAST = 'enthusiast',
  JOINT = 'joint',
}
registerEnumType(Initiator, {
  name: 'Initiator',
  description: 'Who took the initiative to an agreement.',
  valuesConfig: {
    MUNICIPALITY: { description: 'the municipality (kommunen)' },
    ORGANISATION: { description: 'the organisation' },
    ENTHUSIAST: { description: 'an individual enthusiast (ildsjel)' },
    JOINT: { description: 'jointly' },
  },
});

/** Which side of the agreement brings a commitment or a contact person. */
export enum Side {
  MUNICIPALITY = 'municipality',
  ORGANISATION = 'organisation',
}
registerEnumType(Side, {
  name: 'AgreementSide',
  description: 'Which side of an agreement brings a commitment or a contact person.',
  valuesConfig: {
    MUNICIPALITY: { description: 'the municipality (kommunen)' },
    ORGANISATION: { description: 'the organisation' },
  },
});

/** What a side commits to, as the sources list it. */
export enum CommitmentKind {
  FUNDING = 'funding',
  OFFICE_SPACE = 'office_space',
  EMPLOYED_COORDINATOR = 'employed_coordinator',
  STAFF_TIME = 'staff_time',
  TRAINING = 'training',
  INSURANCE = 'insurance',
  RECRUITMENT = 'recruitment',
  VOLUNTEERS = 'volunteers',
  ACTIVITIES = 'activities',
  COORDINATION = 'coordination',
}
registerEnumType(CommitmentKind, {
  name: 'CommitmentKind',
  description: 'What a side commits to under an agreement (the usual side in parentheses).',
  valuesConfig: {
    FUNDING: { description: 'funding in NOK per year (municipality)' },
    OFFICE_SPACE: { description: 'kontorplass (municipality)' },
    EMPLOYED_COORDINATOR: { description: 'an employed coordinator for the volunteers (municipality)' },
    STAFF_TIME: { description: 'staff working time, e.g. in nursing homes, to coordinate volunteers (municipality)' },
    TRAINING: { description: 'opplæring of volunteers and staff (either side)' },
    INSURANCE: { description: 'yrkesskadeforsikring / insurance of the volunteers (municipality)' },
    RECRUITMENT: { description: 'help with recruiting volunteers (either side)' },
    VOLUNTEERS: { description: 'volunteers (organisation)' },
    ACTIVITIES: { description: 'activities run for the users (organisation)' },
    COORDINATION: { description: 'coordination of the volunteer work (organisation)' },
  },
});

/** What a volunteer working under the agreement must have. */
export enum RequirementKind {
  POLICE_CERTIFICATE = 'police_certificate',
  CONFIDENTIALITY_DECLARATION = 'confidentiality_declaration',
  TRAINING = 'training',
}
registerEnumType(RequirementKind, {
  name: 'VolunteerRequirementKind',
  description: 'What a volunteer working under an agreement must have.',
  valuesConfig: {
    POLICE_CERTIFICATE: { description: 'politiattest' },
    CONFIDENTIALITY_DECLARATION: { description: 'signed taushetserklæring' },
    TRAINING: { description: 'completed training (opplæring)' },
  },
});

/** Where an organisation named on an agreement stands: it is a party only once it has accepted. */
export enum PartyStatus {
  PROPOSED = 'proposed',
  ACCEPTED = 'accepted',
  DECLINED = 'declined',
}
registerEnumType(PartyStatus, {
  name: 'AgreementPartyStatus',
  description: 'Where an organisation named on an agreement stands: it is a party only once it has accepted.',
  valuesConfig: {
    PROPOSED: { description: 'named by the municipality, waiting for the organisation to answer' },
    ACCEPTED: { description: 'the organisation (or an admin for it) accepted: a party to the agreement' },
    DECLINED: { description: 'the organisation (or an admin for it) declined' },
  },
});

/** What a write did to an agreement, in its audit trail. */
export enum AuditAction {
  CREATED = 'created',
  UPDATED = 'updated',
  STATUS_CHANGED = 'status_changed',
  EXPIRED = 'expired',
  PARTY_ACCEPTED = 'party_accepted',
  PARTY_DECLINED = 'party_declined',
}
registerEnumType(AuditAction, {
  name: 'AgreementAuditAction',
  description: 'What a write did to an agreement, in its audit trail.',
  valuesConfig: {
    CREATED: { description: 'the agreement was registered' },
    UPDATED: { description: 'fields of the agreement were changed' },
    STATUS_CHANGED: { description: 'a caller activated or terminated the agreement' },
    EXPIRED: { description: 'the end date passed (written by the expiry sweep)' },
    PARTY_ACCEPTED: { description: 'a named organisation accepted to be a party' },
    PARTY_DECLINED: { description: 'a named organisation declined to be a party' },
  },
});
