import { registerEnumType } from 'type-graphql';

/** Lifecycle of a volunteer's engagement with an organisation (see rules/lifecycle.ts). */
export enum EngagementStatus {
  APPLICANT = 'applicant',
  ACTIVE = 'active',
  INACTIVE = 'inactive',
  ARCHIVED = 'archived',
}
registerEnumType(EngagementStatus, {
  name: 'EngagementStatus',
  description: "Where a volunteer's engagement with an organisation stands; archived is final.",
  valuesConfig: {
    APPLICANT: { description: 'applied; not yet taken on by the organisation' },
    ACTIVE: { description: 'volunteering with the organisation' },
    INACTIVE: { description: 'taking a break; can become active again' },
    ARCHIVED: { description: 'ended; final' },
  },
});

/** Lifecycle of an assignment (oppdrag); becoming ACTIVE checks compliance. */
export enum AssignmentStatus {
  PLANNED = 'planned',
  ACTIVE = 'active',
  COMPLETED = 'completed',
  CANCELLED = 'cancelled',
}
registerEnumType(AssignmentStatus, {
  name: 'AssignmentStatus',
  description: 'Where an assignment (oppdrag) stands; completed and cancelled are final.',
  valuesConfig: {
    PLANNED: { description: 'agreed, not yet started' },
    ACTIVE: { description: 'under way; becoming active checks what the agreement requires (politiattest, taushetserklæring, training)' },
    COMPLETED: { description: 'done; final' },
    CANCELLED: { description: 'called off; final' },
  },
});

export enum InterestStatus {
  PENDING = 'pending',
  ACCEPTED = 'accepted',
  WITHDRAWN = 'withdrawn',
}
registerEnumType(InterestStatus, {
  name: 'InterestStatus',
  description: "Where a volunteer's interest in an opportunity stands.",
  valuesConfig: {
    PENDING: { description: 'waiting for a coordinator' },
    ACCEPTED: { description: 'a coordinator accepted it and an assignment was made' },
    WITHDRAWN: { description: 'the volunteer withdrew it' },
  },
});

/** When a volunteer can give time, and when an opportunity needs it. */
export enum Availability {
  WEEKDAY_DAYTIME = 'weekday_daytime',
  WEEKDAY_EVENING = 'weekday_evening',
  WEEKEND = 'weekend',
}
registerEnumType(Availability, {
  name: 'Availability',
  description: 'When a volunteer can give time, or when an opportunity needs it.',
  valuesConfig: {
    WEEKDAY_DAYTIME: { description: 'Monday to Friday, daytime' },
    WEEKDAY_EVENING: { description: 'Monday to Friday, evenings' },
    WEEKEND: { description: 'Saturday and Sunday' },
  },
});

/** What a compliance record is about. */
export enum ComplianceKind {
  POLICE_CERTIFICATE = 'police_certificate',
  CONFIDENTIALITY_DECLARATION = 'confidentiality_declaration',
  TRAINING_COURSE = 'training_course',
}
registerEnumType(ComplianceKind, {
  name: 'ComplianceKind',
  description: 'What a compliance record is about.',
  valuesConfig: {
    POLICE_CERTIFICATE: { description: 'politiattest' },
    CONFIDENTIALITY_DECLARATION: { description: 'taushetserklæring' },
    TRAINING_COURSE: { description: 'a completed training course (opplæring)' },
  },
});

/** Who made a compliance record. */
export enum VerifierKind {
  ORGANISATION = 'organisation',
  MUNICIPALITY = 'municipality',
  ADMIN = 'admin',
  /** Recorded before records named their verifier (kept from the single compliance row); trusted as an admin's. */
  UNKNOWN = 'unknown',
}
registerEnumType(VerifierKind, {
  name: 'ComplianceVerifierKind',
  description: 'Which kind of caller made a compliance record.',
  valuesConfig: {
    ORGANISATION: { description: 'a coordinator of an organisation (frivillig organisasjon, frivilligsentral …)' },
    MUNICIPALITY: { description: 'a coordinator of a municipality (kommune)' },
    ADMIN: { description: 'an administrator' },
    UNKNOWN: { description: "recorded before records named their verifier; counts as an administrator's" },
  },
});
