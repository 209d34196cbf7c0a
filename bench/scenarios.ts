/**
 * What the comparison run asks: the five operations of issue 12, each a function that makes the next
 * request body (so autocannon can vary the variables per request) and the headers it goes with.
 */
import { authConfig } from '../subgraphs/common/config.js';
import { signToken } from '../subgraphs/common/auth.js';
import { MUNICIPALITIES } from '../subgraphs/common/municipalities.js';
import { seedId } from '../subgraphs/common/seed-ids.js';

export interface Scenario {
  key: string;
  title: string;
  headers: Record<string, string>;
  /** The body of the i-th request. */
  body(i: number): string;
}

const MUNICIPALITY = `query Municipality($code: MunicipalityCode!) {
  municipality(code: $code) {
    name
    county { name }
    agreements { title type formal parties { name } }
    volunteerStats(year: 2025) { activeVolunteers hours fullTimeEquivalents suppressed }
    observations { indicatorCode period value status }
  }
}`;

const CATALOGUE = `query Catalogue($county: String) {
  organisations(first: 20, filter: { countyCode: $county }) {
    totalCount
    edges { cursor node { id name kind municipalities { name } agreements { title } } }
  }
}`;

const CHANGES = `query Changes($after: String) {
  organisationChanges(after: $after, first: 50) {
    totalCount
    edges { cursor node { kind organisation { id name } } }
  }
}`;

const AGREEMENTS = `query CoordinatorAgreements {
  agreements(first: 20) {
    totalCount
    edges { node { id title type status formal parties { name } municipality { name } } }
  }
}`;

export const ENTITIES = `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Organisation { id name kind orgNumber } } }`;

const json = { 'content-type': 'application/json' };
const bodyOf = (query: string, variables: Record<string, unknown> = {}) => JSON.stringify({ query, variables });

/** The five operations; tokens are development tokens signed with the configured secret. */
export async function scenarios(env: NodeJS.ProcessEnv): Promise<Scenario[]> {
  const auth = authConfig(env);
  const partner = await signToken(auth, { role: 'organisation', organisation: seedId('organisation', 'norges-rode-kors') });
  const coordinator = await signToken(auth, { role: 'municipality', municipality: '1824' });
  const codes = MUNICIPALITIES.map((m) => m.code);
  const counties = [...new Set(MUNICIPALITIES.map((m) => m.countyCode))];
  const bearer = (token: string) => ({ ...json, authorization: `Bearer ${token}` });
  return [
    {
      key: 'a',
      title: `municipality, all four subgraphs, varied over ${codes.length} municipalities`,
      headers: json,
      body: (i) => bodyOf(MUNICIPALITY, { code: codes[i % codes.length] }),
    },
    {
      key: 'b',
      title: 'municipality, all four subgraphs, one municipality (5601)',
      headers: json,
      body: () => bodyOf(MUNICIPALITY, { code: '5601' }),
    },
    {
      key: 'c',
      title: `catalogue page (20 organisations with municipalities and agreements), varied over ${counties.length} counties`,
      headers: json,
      body: (i) => bodyOf(CATALOGUE, { county: counties[i % counties.length] }),
    },
    {
      key: 'd',
      title: "partner's change-feed pull (organisationChanges, 50, token)",
      headers: bearer(partner),
      body: () => bodyOf(CHANGES, { after: null }),
    },
    { key: 'e', title: "coordinator's agreements page (20, token for 1824)", headers: bearer(coordinator), body: () => bodyOf(AGREEMENTS) },
  ];
}

/** An `_entities` fetch of `ids` Organisations, as the gateway sends one to the organisations subgraph. */
export const entitiesBody = (ids: string[]) => bodyOf(ENTITIES, { representations: ids.map((id) => ({ __typename: 'Organisation', id })) });
