import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agreement } from '../../subgraphs/agreements/entities/agreement.entity.js';
import { Opportunity } from '../../subgraphs/volunteers/entities/opportunity.entity.js';
import { gql } from '../helpers/graphql.js';
import { startStack, type Stack } from '../helpers/stack.js';

/*
 * Issue 14: a field that points at another subgraph's entity is nullable, so one agreement
 * the caller may not see, or an agreements service that does not answer, nulls that field
 * only, never the whole list of opportunities.
 */

const OPPORTUNITIES = '{ opportunities(first: 50) { edges { node { id title agreement { id title } } } } }';

interface Node {
  id: string;
  title: string;
  agreement: { id: string; title: string } | null;
}

let stack: Stack;
let hiddenAgreementId: string;
beforeAll(async () => {
  stack = await startStack();
  const opportunities = await stack.subgraphs.volunteers.orm.em.fork().find(Opportunity, {}, { orderBy: { id: 'asc' } });
  expect(opportunities.length).toBeGreaterThan(1);
  hiddenAgreementId = opportunities[0].agreementId;
  const em = stack.subgraphs.agreements.orm.em.fork();
  const agreement = await em.findOneOrFail(Agreement, { id: hiddenAgreementId });
  agreement.isPublic = false;
  await em.flush();
});
afterAll(() => stack?.close());

const nodes = (data: { opportunities: { edges: { node: Node }[] } }) => data.opportunities.edges.map((e) => e.node);

describe('an agreement the anonymous caller may not see', () => {
  it('nulls only the agreement of the opportunities under it; the list and the others stay', async () => {
    const { data, errors } = await gql(stack.gatewayUrl, OPPORTUNITIES);
    expect(errors ?? []).toEqual([]);
    const list = nodes(data);
    expect(list.length).toBeGreaterThan(1);
    const hidden = list.filter((n) => n.agreement === null);
    const shown = list.filter((n) => n.agreement !== null);
    expect(hidden.length).toBeGreaterThan(0);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.every((n) => n.agreement!.id !== hiddenAgreementId && n.agreement!.title.length > 0)).toBe(true);
    const underHidden = await stack.subgraphs.volunteers.orm.em.fork().find(Opportunity, { agreementId: hiddenAgreementId });
    expect(hidden.map((n) => n.id).sort()).toEqual(underHidden.map((o) => o.id).sort());
  });
});

describe('the agreements service stopped', () => {
  it('nulls every agreement with an error on its path, and keeps the opportunities', async () => {
    await stack.stopSubgraph('agreements');
    const { data, errors } = await gql(stack.gatewayUrl, OPPORTUNITIES);
    const list = nodes(data);
    expect(list.length).toBeGreaterThan(1);
    expect(list.every((n) => n.title.length > 0 && n.agreement === null)).toBe(true);
    expect(errors?.length).toBeGreaterThan(0);
    expect(errors!.every((e: { path?: unknown[] }) => e.path?.[0] === 'opportunities' && e.path.includes('agreement'))).toBe(true);
  });
});
