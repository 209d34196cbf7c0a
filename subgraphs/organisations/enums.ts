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
});

export enum OrganisationStatus {
  ACTIVE = 'active',
  INACTIVE = 'inactive',
  DISSOLVED = 'dissolved',
}
registerEnumType(OrganisationStatus, { name: 'OrganisationStatus' });

/** HSDS service status: active, inactive (paused), defunct (ended for good). */
export enum ServiceStatus {
  ACTIVE = 'active',
  INACTIVE = 'inactive',
  DEFUNCT = 'defunct',
}
registerEnumType(ServiceStatus, { name: 'ServiceStatus' });

/** What happened to an organisation, as the change feed reports it. */
export enum ChangeKind {
  CREATED = 'created',
  UPDATED = 'updated',
  DEACTIVATED = 'deactivated',
}
registerEnumType(ChangeKind, { name: 'OrganisationChangeKind' });

/** The outcome of one record in a registry sync. */
export enum SyncOutcomeKind {
  CREATED = 'created',
  UPDATED = 'updated',
  UNCHANGED = 'unchanged',
  REJECTED = 'rejected',
}
registerEnumType(SyncOutcomeKind, { name: 'SyncOutcomeKind' });

/** How a sync record found the organisation it updates. */
export enum SyncMatch {
  EXTERNAL_ID = 'external_id',
  ORG_NUMBER = 'org_number',
}
registerEnumType(SyncMatch, { name: 'SyncMatch', description: 'How a sync record was matched: its (source, externalId) key, or, when the key was new, its orgNumber.' });
