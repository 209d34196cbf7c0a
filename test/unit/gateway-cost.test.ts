import { buildSchema, Kind, parse, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { operationCost } from '../../gateway/cost.js';

const schema = buildSchema(`
  type Query { thing(id: ID!): Thing  things: [Thing!]!  page(first: Int, after: String): ThingConnection! }
  type Thing { id: ID! tags: [String!]! children: [Thing!]! parent: Thing }
  type ThingConnection { edges: [ThingEdge!]! totalCount: Int! }
  type ThingEdge { cursor: String! node: Thing! }
`);

function cost(query: string, variables?: Record<string, unknown>) {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  return operationCost(schema, operation, fragments, variables);
}

describe('operation cost', () => {
  it('counts each field once per parent object', () => {
    expect(cost('{ thing(id: 1) { id tags parent { id } } }')).toBe(5);
  });

  it('weighs an unpaged list by the default page size of 20, nested lists multiplied', () => {
    expect(cost('{ things { id } }')).toBe(1 + 20);
    expect(cost('{ things { children { id } } }')).toBe(1 + 20 + 400);
  });

  it('weighs a connection by `first`, literal or variable, and its edges only once', () => {
    expect(cost('{ page(first: 50) { totalCount edges { node { id } } } }')).toBe(1 + 50 * 4);
    expect(cost('query ($n: Int) { page(first: $n) { edges { node { id } } } }', { n: 5 })).toBe(1 + 5 * 3);
    expect(cost('{ page { edges { node { id } } } }')).toBe(1 + 20 * 3);
  });

  it('follows fragments and inline fragments, and ignores __typename', () => {
    expect(cost('{ things { ...f ... on Thing { tags } __typename } } fragment f on Thing { id }')).toBe(1 + 20 * 2);
  });
});
