import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, gql, tokenFor } from '../helpers/graphql.js';
import { startStack, type Stack } from '../helpers/stack.js';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack?.close());

const ALTA = `{
  municipality(code: "5601") {
    code name county { code name }
    agreements { title type parties { name } }
    volunteerStats(year: 2025) { activeVolunteers hours suppressed }
    observations(indicators: ["tfou_contributing_organisations"]) { period value status }
  }
}`;

describe('the federated graph through the gateway', () => {
  it('answers Alta with its county and data from all four subgraphs in one query', async () => {
    const { data, errors } = await gql(stack.gatewayUrl, ALTA);
    expect(errors).toBeUndefined();
    const alta = data.municipality;
    expect(alta).toMatchObject({ code: '5601', name: 'Alta', county: { code: '56', name: 'Finnmark' } });
    expect(alta.agreements[0].title).toBe('Alta frivilligsentral, inkl. matombringing');
    expect(alta.agreements[0].parties.map((p: { name: string }) => p.name).sort()).toEqual([
      'Alta Bridgeklubb',
      'Alta Røde Kors',
      'Alta frivilligsentral',
      'Lions Club Alta',
    ]);
    expect(alta.volunteerStats).toEqual({ activeVolunteers: 12, hours: 8 * 6 * 12 + 4 * 4 * 12, suppressed: false });
    expect(alta.observations).toEqual([{ period: '2012', value: 3, status: 'FINAL' }]);
  });

  it('joins Organisation across subgraphs: chapters and their agreements', async () => {
    const { data } = await gql(
      stack.gatewayUrl,
      '{ organisation(orgNumber: "864139442") { name chapters { name agreements { title municipality { name } } } } }',
    );
    const bergen = data.organisation.chapters.find((c: { name: string }) => c.name === 'Bergen Røde Kors');
    expect(bergen.agreements).toEqual([{ title: 'Røde Kors Flyktningguide', municipality: { name: 'Bergen' } }]);
  });

  it('reports a wrong orgNumber check digit with the field named', async () => {
    const response = await gql(stack.gatewayUrl, '{ organisation(orgNumber: "864139441") { name } }');
    expect(codes(response)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(response.errors![0].message).toMatch(/orgNumber.*MOD11/);
  });

  it('reports an unknown municipality code with the field named', async () => {
    const response = await gql(stack.gatewayUrl, 'query ($code: MunicipalityCode!) { municipality(code: $code) { name } }', {
      code: '9999',
    });
    expect(codes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors![0].message).toMatch(/municipalityCode.*9999.*not a municipality/);
  });

  it('refuses malformed GraphQL and unknown fields', async () => {
    expect(codes(await gql(stack.gatewayUrl, '{ municipality(code: "5601") { name '))).toEqual(['GRAPHQL_PARSE_FAILED']);
    const unknown = await gql(stack.gatewayUrl, '{ municipality(code: "5601") { mayor } }');
    expect(codes(unknown)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(unknown.errors![0].message).toMatch(/mayor/);
  });

  it('gives every entity a stable id, so client caches need no hand-written keyFields', async () => {
    const { data, errors } = await gql(
      stack.gatewayUrl,
      '{ municipality(code: "0301") { id code county { id code } } activities { id code } targetGroups { id } indicators { id code } }',
    );
    expect(errors).toBeUndefined();
    expect(data.municipality).toEqual({ id: '0301', code: '0301', county: { id: '03', code: '03' } });
    expect(data.activities[0].id).toBe(`activity:${data.activities[0].code}`);
    expect(data.targetGroups[0].id).toMatch(/^target-group:\w+/);
    expect(new Set(data.activities.map((t: { id: string }) => t.id)).size).toBe(data.activities.length);
    for (const indicator of data.indicators) expect(indicator.id).toBe(indicator.code);
  });

  it('refuses a forged token at the gateway', async () => {
    const response = await gql(stack.gatewayUrl, ALTA, undefined, 'eyJhbGciOiJIUzI1NiJ9.eyJyb2xlIjoiYWRtaW4ifQ.c2lnbmF0dXJl');
    expect(codes(response)).toEqual(['UNAUTHENTICATED']);
  });

  it('forwards the caller: a subgraph sees the verified role', async () => {
    // createOrganisation is refused for anonymous callers by the subgraph itself
    const mutation =
      'mutation { createOrganisation(input: { name: "Alta Sanitetsforening", kind: VOLUNTARY_ORGANISATION, municipalityCodes: ["5601"] }) { name } }';
    expect(codes(await gql(stack.gatewayUrl, mutation))).toEqual(['UNAUTHENTICATED']);
    const { data, errors } = await gql(stack.gatewayUrl, mutation, undefined, await tokenFor({ role: 'admin' }));
    expect(errors).toBeUndefined();
    expect(data.createOrganisation.name).toBe('Alta Sanitetsforening');
  });

  it('reports each service on GET /health', async () => {
    const response = await fetch(new URL('/health', stack.gatewayUrl));
    expect(await response.json()).toEqual({
      status: 'ok',
      gateway: 'ok',
      subgraphs: { organisations: 'ok', agreements: 'ok', volunteers: 'ok', indicators: 'ok' },
    });
  });

  // Last: it stops a subgraph.
  it('still answers the other subgraphs when one is stopped, with an error on the missing fields', async () => {
    await stack.stopSubgraph('volunteers');
    const { data, errors } = await gql(stack.gatewayUrl, ALTA);
    expect(data.municipality.name).toBe('Alta');
    expect(data.municipality.agreements.length).toBeGreaterThan(0);
    expect(data.municipality.observations).toHaveLength(1);
    expect(data.municipality.volunteerStats).toBeNull();
    expect(errors!.length).toBeGreaterThan(0);
    expect(JSON.stringify(errors)).not.toMatch(/127\.0\.0\.1|ECONNREFUSED/);
    const health = await (await fetch(new URL('/health', stack.gatewayUrl))).json();
    expect(health).toMatchObject({ status: 'degraded', subgraphs: { volunteers: 'unavailable', organisations: 'ok' } });
  });
});
