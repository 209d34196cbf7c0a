/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query CataloguePage($first: Int, $after: String, $search: String) {\n  organisations(first: $first, after: $after, filter: {search: $search}) {\n    totalCount\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n    edges {\n      node {\n        id\n        name\n        kind\n        municipalities {\n          code\n          name\n        }\n      }\n    }\n  }\n}": typeof types.CataloguePageDocument,
    "query IndicatorCatalogue($first: Int) {\n  indicators {\n    code\n    nameEn\n    unitEn\n    periods\n    observations(first: $first) {\n      totalCount\n      edges {\n        node {\n          areaCode\n          period\n          value\n          status\n        }\n      }\n    }\n  }\n}": typeof types.IndicatorCatalogueDocument,
    "query MunicipalityOverview($code: MunicipalityCode!, $year: Int!) {\n  municipality(code: $code) {\n    code\n    name\n    county {\n      name\n    }\n    agreements {\n      id\n      title\n      type\n      status\n      parties {\n        id\n        name\n      }\n    }\n    volunteerStats(year: $year) {\n      activeVolunteers\n      hours\n      fullTimeEquivalents\n      suppressed\n    }\n  }\n}": typeof types.MunicipalityOverviewDocument,
    "query MyProfile {\n  me {\n    id\n    name\n    email\n    assignments {\n      id\n      status\n    }\n  }\n}": typeof types.MyProfileDocument,
    "query OrganisationChanges($after: String, $first: Int) {\n  organisationChanges(first: $first, after: $after) {\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n    edges {\n      node {\n        kind\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n}": typeof types.OrganisationChangesDocument,
};
const documents: Documents = {
    "query CataloguePage($first: Int, $after: String, $search: String) {\n  organisations(first: $first, after: $after, filter: {search: $search}) {\n    totalCount\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n    edges {\n      node {\n        id\n        name\n        kind\n        municipalities {\n          code\n          name\n        }\n      }\n    }\n  }\n}": types.CataloguePageDocument,
    "query IndicatorCatalogue($first: Int) {\n  indicators {\n    code\n    nameEn\n    unitEn\n    periods\n    observations(first: $first) {\n      totalCount\n      edges {\n        node {\n          areaCode\n          period\n          value\n          status\n        }\n      }\n    }\n  }\n}": types.IndicatorCatalogueDocument,
    "query MunicipalityOverview($code: MunicipalityCode!, $year: Int!) {\n  municipality(code: $code) {\n    code\n    name\n    county {\n      name\n    }\n    agreements {\n      id\n      title\n      type\n      status\n      parties {\n        id\n        name\n      }\n    }\n    volunteerStats(year: $year) {\n      activeVolunteers\n      hours\n      fullTimeEquivalents\n      suppressed\n    }\n  }\n}": types.MunicipalityOverviewDocument,
    "query MyProfile {\n  me {\n    id\n    name\n    email\n    assignments {\n      id\n      status\n    }\n  }\n}": types.MyProfileDocument,
    "query OrganisationChanges($after: String, $first: Int) {\n  organisationChanges(first: $first, after: $after) {\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n    edges {\n      node {\n        kind\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n}": types.OrganisationChangesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CataloguePage($first: Int, $after: String, $search: String) {\n  organisations(first: $first, after: $after, filter: {search: $search}) {\n    totalCount\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n    edges {\n      node {\n        id\n        name\n        kind\n        municipalities {\n          code\n          name\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query CataloguePage($first: Int, $after: String, $search: String) {\n  organisations(first: $first, after: $after, filter: {search: $search}) {\n    totalCount\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n    edges {\n      node {\n        id\n        name\n        kind\n        municipalities {\n          code\n          name\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IndicatorCatalogue($first: Int) {\n  indicators {\n    code\n    nameEn\n    unitEn\n    periods\n    observations(first: $first) {\n      totalCount\n      edges {\n        node {\n          areaCode\n          period\n          value\n          status\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query IndicatorCatalogue($first: Int) {\n  indicators {\n    code\n    nameEn\n    unitEn\n    periods\n    observations(first: $first) {\n      totalCount\n      edges {\n        node {\n          areaCode\n          period\n          value\n          status\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MunicipalityOverview($code: MunicipalityCode!, $year: Int!) {\n  municipality(code: $code) {\n    code\n    name\n    county {\n      name\n    }\n    agreements {\n      id\n      title\n      type\n      status\n      parties {\n        id\n        name\n      }\n    }\n    volunteerStats(year: $year) {\n      activeVolunteers\n      hours\n      fullTimeEquivalents\n      suppressed\n    }\n  }\n}"): (typeof documents)["query MunicipalityOverview($code: MunicipalityCode!, $year: Int!) {\n  municipality(code: $code) {\n    code\n    name\n    county {\n      name\n    }\n    agreements {\n      id\n      title\n      type\n      status\n      parties {\n        id\n        name\n      }\n    }\n    volunteerStats(year: $year) {\n      activeVolunteers\n      hours\n      fullTimeEquivalents\n      suppressed\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyProfile {\n  me {\n    id\n    name\n    email\n    assignments {\n      id\n      status\n    }\n  }\n}"): (typeof documents)["query MyProfile {\n  me {\n    id\n    name\n    email\n    assignments {\n      id\n      status\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrganisationChanges($after: String, $first: Int) {\n  organisationChanges(first: $first, after: $after) {\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n    edges {\n      node {\n        kind\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query OrganisationChanges($after: String, $first: Int) {\n  organisationChanges(first: $first, after: $after) {\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n    edges {\n      node {\n        kind\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;