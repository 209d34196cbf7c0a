import { registerEnumType } from 'type-graphql';

export enum OrganisationKind {
  VOLUNTARY_ORGANISATION = 'voluntary_organisation',
  VOLUNTEER_CENTRE = 'volunteer_centre',
  NON_PROFIT_WELFARE_PROVIDER = 'non_profit_welfare_provider',
  SOCIAL_ENTREPRENEUR = 'social_entrepreneur',
  FAITH_COMMUNITY = 'faith_community',
  INFORMAL_GROUP = 'informal_group',
}
registerEnumType(OrganisationKind, {
  name: 'OrganisationKind',
  description: 'Kind of organisation in the voluntary sector.',
  valuesConfig: {
    VOLUNTARY_ORGANISATION: { description: 'frivillig organisasjon, often a national body with local chapters' },
    VOLUNTEER_CENTRE: { description: 'frivilligsentral' },
    NON_PROFIT_WELFARE_PROVIDER: { description: 'ideell organisasjon (e.g. Kirkens Bymisjon, Frelsesarmeen)' },
    SOCIAL_ENTREPRENEUR: { description: 'sosial entreprenør' },
    FAITH_COMMUNITY: { description: 'trossamfunn' },
    INFORMAL_GROUP: { description: 'informal group of enthusiasts (ildsjeler)' },
  },
});

/** The researchers' grouping (Loga, 2016). */
export enum OrganisationGrouping {
  IDEELL_VELFERDSPRODUKSJON = 'ideell_velferdsproduksjon',
  SMAASKALAFRIVILLIGHET = 'smaaskalafrivillighet',
  SOSIAL_INNOVASJON = 'sosial_innovasjon',
}
registerEnumType(OrganisationGrouping, {
  name: 'OrganisationGrouping',
  description: 'Grouping used by researchers: ideell velferdsproduksjon, småskalafrivillighet, sosial innovasjon.',
  valuesConfig: {
    IDEELL_VELFERDSPRODUKSJON: {
      description: 'non-profit welfare production (ideell velferdsproduksjon): services run under contract or grant',
    },
    SMAASKALAFRIVILLIGHET: { description: 'small-scale volunteering (småskalafrivillighet): local associations and groups' },
    SOSIAL_INNOVASJON: { description: 'social innovation (sosial innovasjon): new ways of meeting needs, often social entrepreneurs' },
  },
});

export enum OrganisationStatus {
  ACTIVE = 'active',
  INACTIVE = 'inactive',
  DISSOLVED = 'dissolved',
}
registerEnumType(OrganisationStatus, {
  name: 'OrganisationStatus',
  description: 'Whether an organisation is active; deactivated organisations stay in the catalogue and the change feed.',
  valuesConfig: {
    ACTIVE: { description: 'active' },
    INACTIVE: { description: 'not active for now; can become active again' },
    DISSOLVED: { description: 'dissolved (oppløst) for good' },
  },
});

/** HSDS service status: active, inactive (paused), defunct (ended for good). */
export enum ServiceStatus {
  ACTIVE = 'active',
  INACTIVE = 'inactive',
  DEFUNCT = 'defunct',
}
registerEnumType(ServiceStatus, {
  name: 'ServiceStatus',
  description: 'HSDS service status.',
  valuesConfig: {
    ACTIVE: { description: 'offered now' },
    INACTIVE: { description: 'paused' },
    DEFUNCT: { description: 'ended for good' },
  },
});

/** What happened to an organisation, as the change feed reports it. */
export enum ChangeKind {
  CREATED = 'created',
  UPDATED = 'updated',
  DEACTIVATED = 'deactivated',
}
registerEnumType(ChangeKind, {
  name: 'OrganisationChangeKind',
  description: 'What happened to an organisation, as the change feed reports it.',
  valuesConfig: {
    CREATED: { description: 'the organisation entered the catalogue' },
    UPDATED: { description: 'fields of the organisation changed' },
    DEACTIVATED: { description: 'the organisation became inactive or dissolved' },
  },
});

/** The outcome of one record in a registry sync. */
export enum SyncOutcomeKind {
  CREATED = 'created',
  UPDATED = 'updated',
  UNCHANGED = 'unchanged',
  REJECTED = 'rejected',
}
registerEnumType(SyncOutcomeKind, {
  name: 'SyncOutcomeKind',
  description: 'What a registry sync did with one record.',
  valuesConfig: {
    CREATED: { description: 'created an organisation' },
    UPDATED: { description: 'changed an organisation' },
    UNCHANGED: { description: 'matched an organisation whose fields were already the same' },
    REJECTED: { description: 'refused for a field error; nothing written for the record' },
  },
});

/** How a sync record found the organisation it updates. */
export enum SyncMatch {
  EXTERNAL_ID = 'external_id',
  ORG_NUMBER = 'org_number',
}
registerEnumType(SyncMatch, {
  name: 'SyncMatch',
  description: 'How a sync record was matched: its (source, externalId) key, or, when the key was new, its orgNumber.',
  valuesConfig: {
    EXTERNAL_ID: { description: 'by the (source, externalId) key of an earlier sync' },
    ORG_NUMBER: { description: 'by organisasjonsnummer, the key being new' },
  },
});
