/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Where an agreement is in its lifecycle: draft → active → expired or terminated (expired and terminated are final). */
export type AgreementStatus =
  /** in force */
  | 'ACTIVE'
  /** being prepared; not in force (utkast) */
  | 'DRAFT'
  /** its end date has passed (follows the end date; never set by hand) */
  | 'EXPIRED'
  /** ended by a party before its end date (oppsagt); terminatedOn is the day it took effect */
  | 'TERMINATED';

/** Kind of agreement between a municipality and the voluntary sector. */
export type AgreementType =
  /** samarbeidsavtale */
  | 'COLLABORATION_AGREEMENT'
  /** informal, dialogue-based cooperation (dialogbasert samarbeid) */
  | 'INFORMAL_COOPERATION'
  /** driftsstøtte */
  | 'OPERATING_GRANT'
  /** prosjektstøtte */
  | 'PROJECT_GRANT'
  /** service contract won by tender (lov om offentlige anskaffelser) */
  | 'SERVICE_CONTRACT';

/** Where an assignment (oppdrag) stands; completed and cancelled are final. */
export type AssignmentStatus =
  /** under way; becoming active checks what the agreement requires (politiattest, taushetserklæring, training) */
  | 'ACTIVE'
  /** called off; final */
  | 'CANCELLED'
  /** done; final */
  | 'COMPLETED'
  /** agreed, not yet started */
  | 'PLANNED';

/** How far a value can be relied on. */
export type ObservationStatus =
  /** final: the value will not change */
  | 'FINAL'
  /** no value for the area and period */
  | 'MISSING'
  /** provisional (foreløpig): the period is still running; seen by researchers, services and admins only */
  | 'PROVISIONAL'
  /** confidential (prikket): too few people, or held back to protect such a cell; no value */
  | 'SUPPRESSED';

/** What happened to an organisation, as the change feed reports it. */
export type OrganisationChangeKind =
  /** the organisation entered the catalogue */
  | 'CREATED'
  /** the organisation became inactive or dissolved */
  | 'DEACTIVATED'
  /** fields of the organisation changed */
  | 'UPDATED';

/** Kind of organisation in the voluntary sector. */
export type OrganisationKind =
  /** trossamfunn */
  | 'FAITH_COMMUNITY'
  /** informal group of enthusiasts (ildsjeler) */
  | 'INFORMAL_GROUP'
  /** ideell organisasjon (e.g. Kirkens Bymisjon, Frelsesarmeen) */
  | 'NON_PROFIT_WELFARE_PROVIDER'
  /** sosial entreprenør */
  | 'SOCIAL_ENTREPRENEUR'
  /** frivillig organisasjon, often a national body with local chapters */
  | 'VOLUNTARY_ORGANISATION'
  /** frivilligsentral */
  | 'VOLUNTEER_CENTRE';

export type CataloguePageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  search?: string | null | undefined;
}>;


export type CataloguePageQuery = { organisations: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, edges: Array<{ node: { id: string, name: string, kind: OrganisationKind, municipalities: Array<{ code: string, name: string }> } }> } };

export type IndicatorCatalogueQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type IndicatorCatalogueQuery = { indicators: Array<{ code: string, nameEn: string, unitEn: string, periods: Array<string>, observations: { totalCount: number, edges: Array<{ node: { areaCode: string, period: string, value: number | null, status: ObservationStatus } }> } }> };

export type MunicipalityOverviewQueryVariables = Exact<{
  code: string;
  year: number;
}>;


export type MunicipalityOverviewQuery = { municipality: { code: string, name: string, county: { name: string }, agreements: Array<{ id: string, title: string, type: AgreementType, status: AgreementStatus, parties: Array<{ id: string, name: string } | null> }> | null, volunteerStats: { activeVolunteers: number | null, hours: number | null, fullTimeEquivalents: number | null, suppressed: boolean } | null } | null };

export type MyProfileQueryVariables = Exact<{ [key: string]: never; }>;


export type MyProfileQuery = { me: { id: string, name: string | null, email: string | null, assignments: Array<{ id: string, status: AssignmentStatus }> | null } | null };

export type OrganisationChangesQueryVariables = Exact<{
  after?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type OrganisationChangesQuery = { organisationChanges: { pageInfo: { endCursor: string | null, hasNextPage: boolean }, edges: Array<{ node: { kind: OrganisationChangeKind, organisation: { id: string, name: string } | null } }> } };


export const CataloguePageDocument = {"__meta__":{"hash":"sha256:0330d5c86b19f0d173f07359d9d905949654a716168678ef9b7d9a73e4196594"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CataloguePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CataloguePageQuery, CataloguePageQueryVariables>;
export const IndicatorCatalogueDocument = {"__meta__":{"hash":"sha256:ec62ae6f0a356054139895c1be0ecfa37b3b49af3a8cf80c0bf2c6ced4bf9bcf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IndicatorCatalogue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"unitEn"}},{"kind":"Field","name":{"kind":"Name","value":"periods"}},{"kind":"Field","name":{"kind":"Name","value":"observations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"areaCode"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<IndicatorCatalogueQuery, IndicatorCatalogueQueryVariables>;
export const MunicipalityOverviewDocument = {"__meta__":{"hash":"sha256:11e5505cc782c6f99a6b879e13b58fc299ea48bad336f788fd74ced107eec41c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MunicipalityOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MunicipalityCode"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipality"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"county"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"volunteerStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activeVolunteers"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"fullTimeEquivalents"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]}}]} as unknown as DocumentNode<MunicipalityOverviewQuery, MunicipalityOverviewQueryVariables>;
export const MyProfileDocument = {"__meta__":{"hash":"sha256:eec75c480c5d8109cdf81a3b3d456cab3c1a8a8670e5c97d2d7dbd346d54f51a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"assignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<MyProfileQuery, MyProfileQueryVariables>;
export const OrganisationChangesDocument = {"__meta__":{"hash":"sha256:d5000ec3fc3b9525e038b8f2a6041b344db1873338b74273fb8b0d46c5972c21"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganisationChanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationChanges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrganisationChangesQuery, OrganisationChangesQueryVariables>;