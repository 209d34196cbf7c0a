import { readFileSync } from 'node:fs';
import { buildSchema, Kind, parse, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { declaredCosts, operationCost, pageSizeError } from '../../gateway/cost.js';

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

/** The demand-control directives as the supergraph links them, `@cost` renamed to show the import is read. */
const DECLARED_SDL = `
  directive @link(url: String, as: String, import: [link__Import]) repeatable on SCHEMA
  scalar link__Import
  directive @listSize(assumedSize: Int, slicingArguments: [String!], sizedFields: [String!], requireOneSlicingArgument: Boolean = true) on FIELD_DEFINITION
  directive @weight(weight: Int!) on FIELD_DEFINITION
  schema @link(url: "https://specs.apollo.dev/cost/v0.1", import: ["@listSize", { name: "@cost", as: "@weight" }]) { query: Query }
  type Query {
    things: [Thing!]! @listSize(assumedSize: 3)
    search(limit: Int): [Thing!]! @listSize(slicingArguments: ["limit"], assumedSize: 50)
    page(first: Int, after: String): ThingConnection!
  }
  type Thing { id: ID! children: [Thing!]! @listSize(assumedSize: 2) others: [Thing!]! score: Int @weight(weight: 10) }
  type ThingConnection { edges: [ThingEdge!]! totalCount: Int! }
  type ThingEdge { cursor: String! node: Thing! }
`;
const declaredSchema = buildSchema(DECLARED_SDL);
const declared = declaredCosts(DECLARED_SDL);

function declaredCost(query: string, variables?: Record<string, unknown>) {
  const operation = parse(query).definitions[0] as OperationDefinitionNode;
  return operationCost(declaredSchema, operation, {}, variables, declared);
}

describe('operation cost with the sizes the schema declares', () => {
  it('reads @listSize and @cost off the fields, under the names the @link imports', () => {
    expect(declared.get('Query.things')).toEqual({ assumedSize: 3 });
    expect(declared.get('Query.search')).toEqual({ assumedSize: 50, slicingArguments: ['limit'] });
    expect(declared.get('Thing.score')).toEqual({ weight: 10 });
    expect(declared.has('Thing.others')).toBe(false);
    // Without an import, the spec's namespaced names.
    const namespaced = declaredCosts(
      'directive @cost__listSize(assumedSize: Int) on FIELD_DEFINITION\ntype Query { a: [Int] @cost__listSize(assumedSize: 4) b: [Int] }',
    );
    expect([...namespaced]).toEqual([['Query.a', { assumedSize: 4 }]]);
  });

  it('weighs an unpaged list by its assumedSize, one without by the default 20, and a field by its weight', () => {
    expect(declaredCost('{ things { id } }')).toBe(1 + 3);
    expect(declaredCost('{ things { children { id } } }')).toBe(1 + 3 * (1 + 2));
    expect(declaredCost('{ things { others { id } } }')).toBe(1 + 3 * (1 + 20));
    expect(declaredCost('{ things { score } }')).toBe(1 + 3 * 10);
  });

  it('weighs a list by its slicing argument when given, else by its assumedSize', () => {
    expect(declaredCost('{ search(limit: 7) { id } }')).toBe(1 + 7);
    expect(declaredCost('query ($n: Int) { search(limit: $n) { id } }', { n: 4 })).toBe(1 + 4);
    expect(declaredCost('{ search { id } }')).toBe(1 + 50);
  });

  it("reads the committed supergraph: the catalogue page of 20 organisations and an admin's 100 volunteers are under 10,000", () => {
    const supergraphSdl = readFileSync(new URL('../../schema/supergraph.graphql', import.meta.url), 'utf8');
    const costs = declaredCosts(supergraphSdl);
    expect(costs.get('Service.activities')).toEqual({ assumedSize: 5 });
    expect(costs.get('Municipality.agreements')).toEqual({ assumedSize: 10 });
    const supergraph = buildSchema(supergraphSdl);
    const page = (first: number, sizes = costs) =>
      operationCost(
        supergraph,
        parse(`{ organisations(first: ${first}) { totalCount edges { node { name kind municipalities { name }
          services { name activities { code nameEn } targetGroups { code nameEn } } } } } }`).definitions[0] as OperationDefinitionNode,
        {},
        {},
        sizes,
      );
    // 1 + first × (edges, node, name, kind, municipalities + 10 × name, services + 10 × (name, activities + 5 × 2, targetGroups + 5 × 2))
    expect(page(20)).toBe(1 + 20 * (1 + 4 + 1 + 10 + 1 + 10 * (3 + 20)));
    expect(page(20)).toBe(4941);
    // Every unpaged list weighed 20, as before these sizes were declared: over the limit of 10,000.
    expect(page(20, new Map())).toBe(1 + 20 * (1 + 4 + 1 + 20 + 1 + 20 * (3 + 40 + 40)));
    expect(page(20, new Map())).toBe(33_741);
    const volunteers = parse(`{ volunteers(first: 100) { totalCount edges { node { id name email municipality { name }
      assignments { place activity status startDate endDate organisation { name } agreement { title } } } } } }`);
    // 1 + 100 × (totalCount, edges, node, id, name, email, municipality + name, assignments + 5 × (5 + 2 + 2))
    expect(operationCost(supergraph, volunteers.definitions[0] as OperationDefinitionNode, {}, {}, costs)).toBe(5401);
  });
});

describe('page sizes, checked before the cost', () => {
  it('refuses a `first` over 100 or under 1 as the subgraphs do, naming the argument and the root field', () => {
    const error = pageSizeError(schema, parse('{ page(first: 500) { totalCount } }'));
    expect(error?.message).toBe('first: must be between 1 and 100, got 500');
    expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first', path: ['page'] });
    expect(pageSizeError(schema, parse('query ($n: Int) { p: page(first: $n) { totalCount } }'), { n: 0 })?.extensions).toMatchObject({
      path: ['p'],
    });
    expect(pageSizeError(schema, parse('{ page(first: 100) { totalCount } page2: page { totalCount } }'))).toBeUndefined();
  });

  it('checks the slicing arguments a @listSize names', () => {
    expect(pageSizeError(declaredSchema, parse('{ search(limit: 101) { id } }'), {}, declared)?.message).toBe(
      'limit: must be between 1 and 100, got 101',
    );
  });
});
