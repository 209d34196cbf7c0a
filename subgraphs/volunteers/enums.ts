import { registerEnumType } from 'type-graphql';

/** Lifecycle of a volunteer's engagement with an organisation (see rules/lifecycle.ts). */
export enum EngagementStatus {
  APPLICANT = 'applicant',
  ACTIVE = 'active',
  INACTIVE = 'inactive',
  ARCHIVED = 'archived',
}
registerEnumType(EngagementStatus, { name: 'EngagementStatus' });

/** Lifecycle of an assignment (oppdrag); becoming ACTIVE checks compliance. */
export enum AssignmentStatus {
  PLANNED = 'planned',
  ACTIVE = 'active',
  COMPLETED = 'completed',
  CANCELLED = 'cancelled',
}
registerEnumType(AssignmentStatus, { name: 'AssignmentStatus' });

export enum InterestStatus {
  PENDING = 'pending',
  ACCEPTED = 'accepted',
  WITHDRAWN = 'withdrawn',
}
registerEnumType(InterestStatus, { name: 'InterestStatus' });

/** When a volunteer can give time, and when an opportunity needs it. */
export enum Availability {
  WEEKDAY_DAYTIME = 'weekday_daytime',
  WEEKDAY_EVENING = 'weekday_evening',
  WEEKEND = 'weekend',
}
registerEnumType(Availability, { name: 'Availability' });

export enum ComplianceKind {
  POLICE_CERTIFICATE = 'police_certificate',
  CONFIDENTIALITY_DECLARATION = 'confidentiality_declaration',
}
registerEnumType(ComplianceKind, {
  name: 'ComplianceKind',
  valuesConfig: { POLICE_CERTIFICATE: { description: 'politiattest' }, CONFIDENTIALITY_DECLARATION: { description: 'taushetserklæring' } },
});
