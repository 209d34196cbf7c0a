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
registerEnumType(AgreementStatus, { name: 'AgreementStatus' });

export enum Initiator {
  MUNICIPALITY = 'municipality',
  ORGANISATION = 'organisation',
  ENTHUSIAST = 'enthusiast',
  JOINT = 'joint',
}
registerEnumType(Initiator, {
  name: 'Initiator',
  valuesConfig: { ENTHUSIAST: { description: 'an individual enthusiast (ildsjel)' }, JOINT: { description: 'jointly' } },
});

/** Which side of the agreement brings a commitment or a contact person. */
export enum Side {
  MUNICIPALITY = 'municipality',
  ORGANISATION = 'organisation',
}
registerEnumType(Side, { name: 'AgreementSide' });

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
  valuesConfig: {
    POLICE_CERTIFICATE: { description: 'politiattest' },
    CONFIDENTIALITY_DECLARATION: { description: 'signed taushetserklæring' },
    TRAINING: { description: 'completed training (opplæring)' },
  },
});

/** What a write did to an agreement, in its audit trail. */
export enum AuditAction {
  CREATED = 'created',
  UPDATED = 'updated',
  STATUS_CHANGED = 'status_changed',
  EXPIRED = 'expired',
}
registerEnumType(AuditAction, {
  name: 'AgreementAuditAction',
  valuesConfig: { EXPIRED: { description: 'the end date passed (written by the expiry sweep)' } },
});
